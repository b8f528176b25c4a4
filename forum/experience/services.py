"""Which municipalities shared experience on a topic, and how alike two municipalities are.

"Gemeenten zoals de uwe" score, from 0 to 1:
- 0.5 when both lie in the same province (same region, same provincial rules and partners);
- up to 0.5 for a comparable number of inhabitants: 0.5 * (1 - |ln(a / b)| / ln(4)), so
  0.5 for equal size, 0.25 when one is twice the other, 0 from four times onwards.
Ties go to the municipality that contributed more, then by name.
"""
import math
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from forum.board.models import Category, Post, Thread
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


def _contributors(condition, *joins) -> list[Contributor]:
    """Municipalities with replies matching `condition`, most replies first: one aggregate query."""
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


def contributors_to_thread(thread_id: int) -> list[Contributor]:
    return _contributors(Post.thread_id == thread_id)


def contributors_to_categories(category_ids: list[int]) -> list[Contributor]:
    return _contributors(Thread.category_id.in_(category_ids), (Thread, Thread.id == Post.thread_id))


def contributors_to_tag(tag_id: int) -> list[Contributor]:
    from forum.tags.models import ThreadTag

    return _contributors(ThreadTag.tag_id == tag_id, (ThreadTag, ThreadTag.thread_id == Post.thread_id))


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
    domain = aliased(Category)
    domain_id = func.coalesce(Category.parent_id, Category.id)
    questions = func.sum(case((Post.position == 1, 1), else_=0)).label("questions")
    replies = func.sum(case((Post.position > 1, 1), else_=0)).label("replies")
    counts = (
        select(domain_id.label("domain_id"), questions, replies)
        .select_from(Post)
        .join(Thread, Thread.id == Post.thread_id)
        .join(Category, Category.id == Thread.category_id)
        .where(Post.municipality_id == municipality_id)
        .group_by(domain_id)
        .subquery()
    )
    statement = (
        select(domain, counts.c.questions, counts.c.replies)
        .join(counts, counts.c.domain_id == domain.id)
        .order_by(domain.position, domain.id)
    )
    return [DomainContribution(d, int(q or 0), int(r or 0)) for d, q, r in db.session.execute(statement)]
