"""Saving, finding and discarding drafts; the view commits."""
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from forum.board.lookups import theme_by_id
from forum.clock import utcnow
from forum.drafts.models import Draft
from forum.extensions import db


def draft_of(user_id: int, kind: str, target_id: int) -> Draft | None:
    return db.session.scalar(
        select(Draft).where(Draft.user_id == user_id, Draft.kind == kind, Draft.target_id == target_id))


def save_draft(user, kind: str, target_id: int, *, title: str, body: str, category_id: int | None):
    """Keep what the member wrote here, replacing their earlier draft for the same place; an empty
    composer keeps nothing. Returns the time saved, or None when the draft was removed."""
    if not title.strip() and not body.strip():
        discard_draft(user.id, kind, target_id)
        return None
    if category_id is not None and theme_by_id(category_id) is None:
        category_id = None
    now = utcnow()
    values = {"user_id": user.id, "kind": kind, "target_id": target_id, "title": title,
              "category_id": category_id, "body": body, "updated_at": now}
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(Draft).values(values)
    # Two saves at once (a typing pause and the button) must not meet the unique key as an error.
    db.session.execute(statement.on_conflict_do_update(
        index_elements=["user_id", "kind", "target_id"],
        set_={name: statement.excluded[name] for name in ("title", "category_id", "body", "updated_at")},
    ))
    return now


def discard_draft(user_id: int, kind: str, target_id: int) -> None:
    db.session.execute(
        delete(Draft).where(Draft.user_id == user_id, Draft.kind == kind, Draft.target_id == target_id))


def own_draft(user_id: int, draft_id: int) -> Draft | None:
    """The draft if it is this member's: another's draft does not exist for them."""
    return db.session.scalar(select(Draft).where(Draft.id == draft_id, Draft.user_id == user_id))
