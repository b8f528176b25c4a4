"""A record of each login and failed password for an account: shown to its owner, kept briefly."""
from datetime import datetime

from flask import request
from sqlalchemy import ForeignKey, Index, String, select
from sqlalchemy.orm import Mapped, mapped_column

from forum.clock import utcnow
from forum.extensions import db

USER_AGENT_MAX_LENGTH = 200


class LoginRecord(db.Model):
    __tablename__ = "login_records"
    __table_args__ = (
        Index("ix_login_records_user_created", "user_id", "created_at"),
        Index("ix_login_records_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    succeeded: Mapped[bool]
    # Emptied by `flask privacy retention` after PRIVACY_IP_RETENTION_DAYS.
    ip_address: Mapped[str | None] = mapped_column(String(45))
    user_agent: Mapped[str] = mapped_column(String(USER_AGENT_MAX_LENGTH), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @staticmethod
    def of_user(user_id: int):
        return (
            select(LoginRecord)
            .where(LoginRecord.user_id == user_id)
            .order_by(LoginRecord.created_at.desc(), LoginRecord.id.desc())
        )


def record_attempt(user, succeeded: bool) -> None:
    """Note a login (or a wrong password) for `user`, from this request's address."""
    db.session.add(LoginRecord(
        user_id=user.id, succeeded=succeeded, ip_address=request.remote_addr,
        user_agent=(request.user_agent.string or "")[:USER_AGENT_MAX_LENGTH],
    ))
    db.session.flush()
