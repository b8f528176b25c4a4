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


def contributors_to_thread(thread_id: int) -> list[Contributor]:
    """Municipalities that replied in the thread, most replies first (one aggregate over its posts)."""
    return _contributors(Post.thread_id == thread_id)


def _contributors(condition, *joins) -> list[Contributor]:
    replies = func.count(Post.id).label("replies")
    statement = select(Municipality, replies).join(Post, Post.municipality_id == Municipality.id)
    for join in joins:
        statement = statement.join(*join)
    statement = (
        statement.where(Post.position > 1, condition)
        .group_by(Municipality.id)
        .order_by(replies.desc(), Municipality.name)
    )
    return [Contributor(municipality, count) for municipality, count in db.session.execute(statement)]


def _counted(model, condition) -> list[Contributor]:
    """From the counters kept per theme or tag: one small query, however many posts."""
    replies = func.sum(model.reply_count).label("replies")
    statement = (
        select(Municipality, replies).join(model, model.municipality_id == Municipality.id)
        .where(condition).group_by(Municipality.id)
        .having(func.sum(model.reply_count) > 0)
        .order_by(replies.desc(), Municipality.name)
    )
    return [Contributor(municipality, int(count)) for municipality, count in db.session.execute(statement)]


def contributors_to_categories(category_ids: list[int]) -> list[Contributor]:
    return _counted(CategoryExperience, CategoryExperience.category_id.in_(category_ids))


def contributors_to_tag(tag_id: int) -> list[Contributor]:
    return _counted(TagExperience, TagExperience.tag_id == tag_id)


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
    domain_of = {category.id: category.parent_id or category.id for category in categories.values()}
    questions = dict(db.session.execute(
        select(Thread.category_id, func.count()).where(Thread.municipality_id == municipality_id)
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
