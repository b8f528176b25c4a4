"""Which municipalities shared experience on a topic, and how alike two municipalities are.

"Gemeenten zoals de uwe" score, from 0 to 1:
- 0.5 when both lie in the same province (same region, same provincial rules and partners);
- up to 0.5 for a comparable number of inhabitants: 0.5 * (1 - |ln(a / b)| / ln(4)), so
  0.5 for equal size, 0.25 when one is twice the other, 0 from four times onwards.
Ties go to the municipality that contributed more, then by name.
"""
import math
from dataclasses import dataclass

from sqlalchemy import func, select

from forum.board.models import Category, Post, Thread
from forum.experience.models import CategoryExperience, TagExperience
from forum.extensions import db
from forum.municipalities.models import Municipality

SAME_PROVINCE_WEIGHT = 0.5
SIZE_WEIGHT = 0.5
SIZE_RATIO_LIMIT = 4  # from this ratio of inhabitants on, size no longer counts as comparable
SHOWN_ON_TOPIC_PAGES = 10


@dataclass
class Contributor:
    municipality: Municipality
    replies: int
    similarity: float = 0.0


@dataclass
class TopContributors:
    """The first few contributors of a topic page, and how many municipalities contributed in all."""
    shown: list[Contributor]
    total: int

    def __bool__(self) -> bool:
        return self.total > 0

    @property
    def not_shown(self) -> int:
        return self.total - len(self.shown)


def contributors_to_thread(thread_id: int, limit: int = SHOWN_ON_TOPIC_PAGES) -> TopContributors:
    """Municipalities that replied in the thread, most replies first. The count reads only the
    index (thread_id, municipality_id, position), however long the thread."""
    return _top(_replies_per_municipality(Post, Post.thread_id == thread_id, Post.position > 1), limit)


def _replies_per_municipality(source, *conditions):
    """(municipality_id, replies) of posts, or summed from an experience counter table."""
    replies = func.count() if source is Post else func.sum(source.reply_count)
    return (
        select(source.municipality_id, replies.label("replies"))
        .where(*conditions).group_by(source.municipality_id).having(replies > 0)
    )


def _ranked(counts):
    """Municipalities joined to their counts, most replies first, then by name."""
    counts = counts.subquery()
    statement = (
        select(Municipality, counts.c.replies)
        .join(counts, counts.c.municipality_id == Municipality.id)
        .order_by(counts.c.replies.desc(), Municipality.name)
    )
    return statement, counts


def _top(counts, limit: int) -> TopContributors:
    """Only the shown rows become objects; a window count says how many there are in all
    (a long thread has replies from hundreds of municipalities)."""
    statement, counts = _ranked(counts.add_columns(func.count().over().label("total")))
    rows = db.session.execute(statement.add_columns(counts.c.total).limit(limit)).all()
    total = rows[0].total if rows else 0
    return TopContributors([Contributor(row[0], int(row.replies)) for row in rows], total)


def _all(counts) -> list[Contributor]:
    statement, _ = _ranked(counts)
    return [Contributor(municipality, int(replies)) for municipality, replies in db.session.execute(statement)]


def _in_categories(category_ids: list[int]):
    return _replies_per_municipality(CategoryExperience, CategoryExperience.category_id.in_(category_ids))


def _with_tag(tag_id: int):
    return _replies_per_municipality(TagExperience, TagExperience.tag_id == tag_id)


def top_contributors_to_categories(category_ids: list[int], limit: int = SHOWN_ON_TOPIC_PAGES) -> TopContributors:
    return _top(_in_categories(category_ids), limit)


def top_contributors_to_tag(tag_id: int, limit: int = SHOWN_ON_TOPIC_PAGES) -> TopContributors:
    return _top(_with_tag(tag_id), limit)


def contributors_to_categories(category_ids: list[int]) -> list[Contributor]:
    """Every contributing municipality, for ranking them by likeness."""
    return _all(_in_categories(category_ids))


def contributors_to_tag(tag_id: int) -> list[Contributor]:
    return _all(_with_tag(tag_id))


def similarity(own: Municipality, other: Municipality) -> float:
    score = SAME_PROVINCE_WEIGHT if own.province == other.province else 0.0
    if own.population > 0 and other.population > 0:
        distance = abs(math.log(own.population / other.population)) / math.log(SIZE_RATIO_LIMIT)
        score += SIZE_WEIGHT * max(0.0, 1 - distance)
    return round(score, 3)


def like_yours(own: Municipality, contributors: list[Contributor]) -> list[Contributor]:
    """The contributors other than `own`, most alike first."""
    ranked = [c for c in contributors if c.municipality.id != own.id]
    for contributor in ranked:
        contributor.similarity = similarity(own, contributor.municipality)
    return sorted(ranked, key=lambda c: (-c.similarity, -c.replies, c.municipality.name))


@dataclass
class DomainContribution:
    domain: Category
    questions: int
    replies: int


def contributions_per_domain(municipality_id: int) -> list[DomainContribution]:
    """Questions and replies of one municipality per VNG domain, in the domains' order."""
    categories = {category.id: category for category in db.session.scalars(select(Category))}
    domain_of = {category.id: category.domain_id for category in categories.values()}
    questions = dict(db.session.execute(
        select(Thread.category_id, func.count())
        .where(Thread.municipality_id == municipality_id, Thread.deleted_at.is_(None))
        .group_by(Thread.category_id)
    ).all())
    replies = dict(db.session.execute(
        select(CategoryExperience.category_id, CategoryExperience.reply_count)
        .where(CategoryExperience.municipality_id == municipality_id)
    ).all())
    per_domain: dict[int, list[int]] = {}
    for counts, slot in ((questions, 0), (replies, 1)):
        for category_id, count in counts.items():
            per_domain.setdefault(domain_of[category_id], [0, 0])[slot] += count
    domains = sorted((categories[domain_id] for domain_id in per_domain), key=lambda d: (d.position, d.id))
    return [DomainContribution(domain, *per_domain[domain.id]) for domain in domains]
