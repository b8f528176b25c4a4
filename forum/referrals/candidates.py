"""Who may be offered a question: VNG experts for its theme, members who named its theme or tags
as their expertise, and members of municipalities that replied before in its theme or tags.

Each source is one query; the rules that leave members out (the asker, the asker's municipality,
inactive members, those who opted out, those offered it already, those at their weekly cap)
are one more. No query per member.
"""
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from forum.accounts.models import STATUS_ACTIVE, User
from forum.board.models import Thread
from forum.experience.models import CategoryExperience, TagExperience
from forum.extensions import db
from forum.following.models import NotificationSettings
from forum.members.models import TagExpertise, ThemeExpertise
from forum.referrals.models import (
    REASON_ASKED_VNG,
    REASON_EXPERIENCE,
    REASON_EXPERTISE,
    REASON_VNG_EXPERT,
    Referral,
)
from forum.tags.models import ThreadTag

WEEK = timedelta(days=7)
# Municipalities with the most replies in a theme first; further down the list the chance of help is small.
EXPERIENCED_MUNICIPALITIES = 20


def vng_experts(category_id: int):
    """The ids of VNG staff (members without a municipality) who are expert for the theme."""
    return (
        select(User.id)
        .join(ThemeExpertise, ThemeExpertise.user_id == User.id)
        .where(ThemeExpertise.category_id == category_id, User.municipality_id.is_(None))
    )


def candidates_for(thread: Thread) -> dict[int, str]:
    """Who may help with `thread`, by member id, with the most telling reason; in order of priority."""
    tag_ids = select(ThreadTag.tag_id).where(ThreadTag.thread_id == thread.id).scalar_subquery()
    found: dict[int, str] = {}
    for user_id in db.session.scalars(vng_experts(thread.category_id)):
        found.setdefault(user_id, REASON_VNG_EXPERT)
    named = select(ThemeExpertise.user_id).where(ThemeExpertise.category_id == thread.category_id).union(
        select(TagExpertise.user_id).where(TagExpertise.tag_id.in_(tag_ids))
    )
    for user_id in db.session.scalars(named):
        found.setdefault(user_id, REASON_EXPERTISE)
    for user_id in db.session.scalars(_members_with_experience(thread, tag_ids)):
        found.setdefault(user_id, REASON_EXPERIENCE)
    return found


def _members_with_experience(thread: Thread, tag_ids):
    replies = (
        select(CategoryExperience.municipality_id.label("municipality_id"),
               CategoryExperience.reply_count.label("replies"))
        .where(CategoryExperience.category_id == thread.category_id, CategoryExperience.reply_count > 0)
        .union_all(
            select(TagExperience.municipality_id, TagExperience.reply_count)
            .where(TagExperience.tag_id.in_(tag_ids), TagExperience.reply_count > 0)
        )
        .subquery()
    )
    municipalities = (
        select(replies.c.municipality_id)
        .group_by(replies.c.municipality_id)
        .order_by(func.sum(replies.c.replies).desc(), replies.c.municipality_id)
        .limit(EXPERIENCED_MUNICIPALITIES)
        .subquery()
    )
    return select(User.id).where(User.municipality_id.in_(select(municipalities.c.municipality_id))).order_by(User.id)


def eligible(user_ids, thread: Thread, now: datetime, weekly_cap: int | None) -> set[int]:
    """Of `user_ids`, those who may be offered `thread` now. `weekly_cap` None: a question the asker
    addressed to the VNG, which goes to its experts whatever they had this week and whatever they
    chose for offers (answering it is their job)."""
    if not user_ids:
        return set()
    statement = (
        select(User.id)
        .outerjoin(NotificationSettings, NotificationSettings.user_id == User.id)
        .where(
            User.id.in_(user_ids),
            User.status == STATUS_ACTIVE,
            ~select(Referral.id).where(Referral.thread_id == thread.id, Referral.user_id == User.id).exists(),
        )
    )
    if thread.author_id is not None:
        statement = statement.where(User.id != thread.author_id)
    if thread.municipality_id is not None:
        statement = statement.where(
            or_(User.municipality_id.is_(None), User.municipality_id != thread.municipality_id)
        )
    if weekly_cap is not None:
        statement = statement.where(func.coalesce(NotificationSettings.help_requests, True).is_(True))
        offered_this_week = (
            select(func.count()).select_from(Referral)
            .where(Referral.user_id == User.id, Referral.sent_at > now - WEEK,
                   Referral.reason != REASON_ASKED_VNG)
            .scalar_subquery()
        )
        statement = statement.where(offered_this_week < weekly_cap)
    return set(db.session.scalars(statement))
