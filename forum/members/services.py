"""A member's profile: who they are and what they can help with, and changing it."""
from dataclasses import dataclass

from flask import abort
from sqlalchemy import delete, exists, select

from forum.accounts.forms import name_key
from forum.accounts.models import STATUS_ACTIVE, STATUS_ERASED, STATUS_SUSPENDED, User
from forum.board.models import Category, Thread
from forum.extensions import db
from forum.members.models import TagExpertise, ThemeExpertise
from forum.tags.models import Tag, ThreadTag

# Accounts whose page every member may see: they are (or were) part of the forum. An application
# that waits, or was refused, is no member yet: its page exists for moderators only.
LISTED_STATUSES = (STATUS_ACTIVE, STATUS_SUSPENDED, STATUS_ERASED)


# A tag is expertise one can name, and is shown, only while a question members can see carries it:
# a tag left on removed questions alone would show what was removed.
_TAG_ON_A_VISIBLE_QUESTION = exists(
    select(ThreadTag.thread_id).join(Thread, Thread.id == ThreadTag.thread_id)
    .where(ThreadTag.tag_id == Tag.id, Thread.deleted_at.is_(None))
)


@dataclass(frozen=True)
class Expertise:
    themes: list[Category]
    tags: list[Tag]

    def __bool__(self) -> bool:
        return bool(self.themes or self.tags)


def member_or_404(user_id: int, viewer) -> User:
    user = db.session.get(User, user_id)
    if user is None or (user.status not in LISTED_STATUSES and not viewer.can_moderate):
        abort(404)
    return user


def expertise_of(user_id: int) -> Expertise:
    themes = db.session.scalars(
        select(Category).join(ThemeExpertise, ThemeExpertise.category_id == Category.id)
        .where(ThemeExpertise.user_id == user_id).order_by(Category.name, Category.id)
    ).all()
    tags = db.session.scalars(
        select(Tag).join(TagExpertise, TagExpertise.tag_id == Tag.id)
        .where(TagExpertise.user_id == user_id, Tag.thread_count > 0, _TAG_ON_A_VISIBLE_QUESTION)
        .order_by(Tag.slug)
    ).all()
    return Expertise(themes=list(themes), tags=list(tags))


def tags_with_slugs(slugs: list[str]) -> dict[str, Tag]:
    """The tags among `slugs` that visible questions carry, by slug."""
    if not slugs:
        return {}
    found = select(Tag).where(Tag.slug.in_(slugs), Tag.thread_count > 0, _TAG_ON_A_VISIBLE_QUESTION)
    return {tag.slug: tag for tag in db.session.scalars(found)}


def name_taken_in_organisation(user: User, name: str) -> bool:
    """Whether another active or suspended member of the same municipality (or of the VNG, for
    staff) goes by `name`: two identical bylines, and a mention by that name would name nobody.
    Keeping one's own name is never refused, so namesakes from before can still edit the rest."""
    if name_key(name) == name_key(user.name):
        return False
    colleagues = db.session.scalars(
        select(User.name).where(
            User.id != user.id,
            User.status.in_((STATUS_ACTIVE, STATUS_SUSPENDED)),
            User.municipality_id.is_(None) if user.municipality_id is None
            else User.municipality_id == user.municipality_id,
        )
    )
    # Compared here, not in SQL: SQLite lowercases ASCII only.
    return any(name_key(colleague) == name_key(name) for colleague in colleagues)


def update_profile(user: User, *, name: str, job_title: str, theme_ids: list[int], tag_ids: list[int]) -> None:
    """Set name, job title and expertise; expertise kept keeps its date."""
    user.name = name
    user.job_title = job_title
    _replace(ThemeExpertise, ThemeExpertise.category_id, "category_id", user.id, set(theme_ids))
    _replace(TagExpertise, TagExpertise.tag_id, "tag_id", user.id, set(tag_ids))


def _replace(model, column, attribute: str, user_id: int, wanted: set[int]) -> None:
    have = set(db.session.scalars(select(column).where(model.user_id == user_id)))
    if have - wanted:
        db.session.execute(delete(model).where(model.user_id == user_id, column.in_(have - wanted)))
    db.session.add_all(model(user_id=user_id, **{attribute: value}) for value in sorted(wanted - have))
