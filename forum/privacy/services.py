"""AVG: what the forum holds about a member, erasing it, and forgetting old records."""
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import joinedload

from forum.accounts.login_records import LoginRecord
from forum.accounts.models import STATUS_ACTIVE, STATUS_ERASED, User
from forum.board.models import Post, PostRevision, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.moderation import audit, counters
from forum.moderation.models import ACTION_ERASE, TARGET_USER, AuditEntry, Flag
from forum.privacy.models import SentMail
from forum.privacy.signals import account_erased

ERASED_NAME = "Voormalig lid"
UNUSABLE_PASSWORD = "!"  # no hash matches it: werkzeug refuses what it cannot parse


def _iso(moment):
    return moment.isoformat(timespec="seconds") + "Z" if moment else None


def export_data(user: User) -> dict:
    """Everything the forum holds about `user`, as plain data for a JSON download."""
    posts = db.session.scalars(
        select(Post).where(Post.author_id == user.id).options(joinedload(Post.thread))
        .order_by(Post.created_at, Post.id)
    ).all()
    revisions = db.session.scalars(
        select(PostRevision).where(PostRevision.editor_id == user.id)
        .order_by(PostRevision.created_at, PostRevision.id)
    ).all()
    flags = db.session.scalars(select(Flag).where(Flag.reporter_id == user.id).order_by(Flag.id)).all()
    logins = db.session.scalars(LoginRecord.of_user(user.id)).all()
    mails = db.session.scalars(
        select(SentMail).where(SentMail.recipient == user.email).order_by(SentMail.sent_at)
    ).all()
    moderation = db.session.scalars(
        select(AuditEntry).where(AuditEntry.target_type == TARGET_USER, AuditEntry.target_id == user.id)
        .order_by(AuditEntry.created_at)
    ).all()
    return {
        "account": {
            "id": user.id, "name": user.name, "job_title": user.job_title, "email": user.email,
            "municipality": user.municipality.name if user.municipality else None,
            "role": user.role, "status": user.status, "created_at": _iso(user.created_at),
            "approved_at": _iso(user.approved_at), "last_login_at": _iso(user.last_login_at),
            "two_factor_enabled": user.has_two_factor,
        },
        "posts": [{
            "id": post.id, "thread_id": post.thread_id, "thread_title": post.thread.title,
            "is_question": post.is_question, "text": post.body_markdown,
            "created_at": _iso(post.created_at), "edited_at": _iso(post.edited_at),
            "removed_by_moderator": post.is_deleted,
        } for post in posts],
        "revisions_you_made": [{
            "post_id": revision.post_id, "title": revision.title, "previous_text": revision.body_markdown,
            "created_at": _iso(revision.created_at),
        } for revision in revisions],
        "flags": [{
            "post_id": flag.post_id, "kind": flag.kind, "reason": flag.reason, "status": flag.status,
            "created_at": _iso(flag.created_at),
        } for flag in flags],
        "logins": [{
            "succeeded": record.succeeded, "ip_address": record.ip_address,
            "user_agent": record.user_agent, "at": _iso(record.created_at),
        } for record in logins],
        "mails_sent_to_you": [{
            "subject": mail.subject, "at": _iso(mail.sent_at),
        } for mail in mails],
        "moderation_of_your_account": [{
            "action": entry.action, "reason": entry.reason, "at": _iso(entry.created_at),
        } for entry in moderation],
    }


def erase_account(user: User, actor: User, reason: str = "") -> None:
    """Remove the person, keep the knowledge: posts stay, shown as their municipality only."""
    if user.status == STATUS_ACTIVE:
        counters.municipality(user.municipality_id, members=-1)
    old_email = user.email
    if actor.id != user.id:
        audit.record(actor, ACTION_ERASE, TARGET_USER, user.id, ERASED_NAME, reason)
    for column in (Post.author_id, Thread.author_id, Thread.last_poster_id, PostRevision.editor_id):
        db.session.execute(
            update(column.class_).where(column == user.id).values({column.key: None})
            .execution_options(synchronize_session=False)
        )
    db.session.execute(update(Flag).where(Flag.reporter_id == user.id).values(reporter_id=None))
    # Names in the audit log are personal data too; the actions themselves stay accountable.
    db.session.execute(
        update(AuditEntry).where(AuditEntry.target_type == TARGET_USER, AuditEntry.target_id == user.id)
        .values(target_label=ERASED_NAME)
    )
    db.session.execute(delete(LoginRecord).where(LoginRecord.user_id == user.id))
    db.session.execute(delete(SentMail).where(SentMail.recipient == old_email))
    user.name = ERASED_NAME
    user.job_title = ""
    user.email = f"verwijderd-{user.id}@verwijderd.invalid"  # RFC 2606: never deliverable
    user.password_hash = UNUSABLE_PASSWORD
    user.totp_secret = user.totp_last_step = user.recovery_code_hashes = None
    user.status = STATUS_ERASED
    user.erased_at = utcnow()
    user.end_other_sessions()
    db.session.flush()
    db.session.expire_all()
    account_erased.send(user)


def apply_retention(now=None) -> dict[str, int]:
    """Forget IP addresses, login records and sent-mail records older than configured."""
    now = now or utcnow()
    config = current_app.config
    ip_limit = now - timedelta(days=config["PRIVACY_IP_RETENTION_DAYS"])
    login_limit = now - timedelta(days=config["PRIVACY_LOGIN_RETENTION_DAYS"])
    mail_limit = now - timedelta(days=config["PRIVACY_MAIL_RETENTION_DAYS"])
    logins = db.session.execute(delete(LoginRecord).where(LoginRecord.created_at < login_limit)).rowcount
    addresses = db.session.execute(
        update(LoginRecord)
        .where(LoginRecord.created_at < ip_limit,
               or_(LoginRecord.ip_address.is_not(None), LoginRecord.user_agent != ""))
        .values(ip_address=None, user_agent="")
    ).rowcount
    mails = db.session.execute(delete(SentMail).where(SentMail.sent_at < mail_limit)).rowcount
    return {"login_records": logins, "ip_addresses": addresses, "sent_mails": mails}
