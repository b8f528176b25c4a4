"""Offer unanswered questions to members who may help, and route questions addressed to the VNG.

A scheduled job (and `flask referrals run`) looks at questions still without a reply some working
days after they were asked; each is offered once to each member, in the order of candidates.py,
as a "Kunt u helpen?" notification that is mailed or put in the digest as the member chose.
"""
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import insert, select

from forum.board.models import Post, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.following.models import KIND_HELP_REQUEST, Notification
from forum.following.notify import queue_instant_mails
from forum.following.upsert import insert_or_update
from forum.referrals.candidates import candidates_for, eligible, vng_experts
from forum.referrals.models import REASON_ASKED_VNG, Referral, VngQuestion
from forum.referrals.workdays import add_working_days

BATCH_SIZE = 200


def offer_unanswered(now: datetime) -> int:
    """Offer every question that has waited long enough without a reply; the number of offers made."""
    config = current_app.config
    days = config["ROUTING_UNANSWERED_AFTER_WORKING_DAYS"]
    offers, after_id = 0, 0
    while True:
        # In batches by id, so that a long backlog is read in pieces and every question gets its turn.
        waiting = db.session.scalars(
            select(Thread)
            .where(
                Thread.id > after_id,
                Thread.reply_count == 0,
                Thread.deleted_at.is_(None),
                Thread.merged_into_id.is_(None),
                # Working days are at least as many calendar days: a cheap bound before the exact check.
                Thread.created_at <= now - timedelta(days=days),
                Thread.created_at >= now - timedelta(days=config["ROUTING_MAX_AGE_DAYS"]),
            )
            .order_by(Thread.id)
            .limit(BATCH_SIZE)
        ).all()
        if not waiting:
            return offers
        after_id = waiting[-1].id
        for thread in waiting:
            if add_working_days(thread.created_at, days) <= now:
                offers += _offer(thread, _chosen(thread, now), now)


def _chosen(thread: Thread, now: datetime) -> dict[int, str]:
    """The members `thread` goes to, with their reason: the candidates allowed, most telling first."""
    config = current_app.config
    candidates = candidates_for(thread)
    allowed = eligible(set(candidates), thread, now, config["ROUTING_MAX_PER_MEMBER_PER_WEEK"])
    chosen = [user_id for user_id in candidates if user_id in allowed][:config["ROUTING_MAX_MEMBERS_PER_QUESTION"]]
    return {user_id: candidates[user_id] for user_id in chosen}


def ask_vng(thread: Thread, now: datetime | None = None) -> int:
    """The asker addressed `thread` to the VNG: mark it so, and offer it to the theme's VNG experts at once."""
    now = now or utcnow()
    if db.session.get(VngQuestion, thread.id) is None:
        db.session.add(VngQuestion(thread_id=thread.id, asked_at=now))
    experts = set(db.session.scalars(vng_experts(thread.category_id)))
    allowed = eligible(experts, thread, now, weekly_cap=None)
    return _offer(thread, dict.fromkeys(sorted(allowed), REASON_ASKED_VNG), now)


def is_vng_question(thread_id: int) -> bool:
    return db.session.get(VngQuestion, thread_id) is not None


def _offer(thread: Thread, reasons: dict[int, str], now: datetime) -> int:
    """One referral and one "Kunt u helpen?" notification per member; mails for those who want them at once."""
    if not reasons:
        return 0
    question_id = db.session.scalar(select(Post.id).where(Post.thread_id == thread.id, Post.position == 1))
    # Another run offering the same question at the same moment wins for its members: only the
    # referrals written here are notified, so nobody is asked twice and neither run fails.
    written = set(db.session.scalars(
        insert_or_update(Referral).values([
            {"thread_id": thread.id, "user_id": user_id, "reason": reason, "sent_at": now}
            for user_id, reason in reasons.items()
        ]).on_conflict_do_nothing().returning(Referral.user_id)
    ))
    if not written:
        return 0
    db.session.execute(insert(Notification), [
        {"user_id": user_id, "kind": KIND_HELP_REQUEST, "thread_id": thread.id, "post_id": question_id,
         "actor_id": thread.author_id, "created_at": now}
        for user_id in reasons if user_id in written
    ])
    queue_instant_mails(post_id=question_id)
    db.session.flush()
    return len(written)
