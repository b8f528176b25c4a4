"""Member accounts: a person working for a municipality, or VNG staff without one."""
import secrets
from datetime import datetime

from flask_login import AnonymousUserMixin, UserMixin
from sqlalchemy import CheckConstraint, ForeignKey, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from forum.clock import utcnow
from forum.extensions import db
from forum.municipalities.models import Municipality

ROLE_MEMBER = "member"
ROLE_MODERATOR = "moderator"
ROLE_ADMIN = "admin"
ROLES = (ROLE_MEMBER, ROLE_MODERATOR, ROLE_ADMIN)

STATUS_UNCONFIRMED = "unconfirmed"  # verified domain: waits for the e-mailed link
STATUS_PENDING = "pending"  # other domain: waits for a moderator
STATUS_ACTIVE = "active"
STATUS_REJECTED = "rejected"
STATUS_SUSPENDED = "suspended"
STATUS_ERASED = "erased"  # personal data removed (AVG); the row stays so posts keep their place
STATUSES = (STATUS_UNCONFIRMED, STATUS_PENDING, STATUS_ACTIVE, STATUS_REJECTED, STATUS_SUSPENDED,
            STATUS_ERASED)

PASSWORD_HASH_METHOD = "scrypt"


def _new_session_token() -> str:
    return secrets.token_hex(16)


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(f"role IN {ROLES}", name="role"),
        CheckConstraint(f"status IN {STATUSES}", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(100))
    job_title: Mapped[str] = mapped_column(String(100), default="")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=ROLE_MEMBER)
    status: Mapped[str] = mapped_column(String(20), default=STATUS_PENDING, index=True)
    # Part of the login session: changing it logs the account out everywhere.
    session_token: Mapped[str] = mapped_column(String(32), default=_new_session_token)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    approved_at: Mapped[datetime | None]
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    last_login_at: Mapped[datetime | None]
    # Visits, for the 'Nieuw' page (forum/following/reading.py): written at most every few minutes.
    last_seen_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    previous_visit_at: Mapped[datetime | None]

    # Two-factor login: a base32 TOTP secret, the last time step used (no replays),
    # and the hashes of unused recovery codes, one per line.
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_last_step: Mapped[int | None]
    recovery_code_hashes: Mapped[str | None] = mapped_column(Text)
    erased_at: Mapped[datetime | None]

    municipality: Mapped[Municipality | None] = relationship(lazy="joined", innerjoin=False)

    # Flask-Login: the session carries id and session token together.
    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    @property
    def is_active(self) -> bool:
        return self.status == STATUS_ACTIVE

    @property
    def is_moderator(self) -> bool:
        return self.role in (ROLE_MODERATOR, ROLE_ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN

    @property
    def can_post(self) -> bool:
        return self.is_active

    @property
    def has_two_factor(self) -> bool:
        return self.totp_secret is not None

    @property
    def can_moderate(self) -> bool:
        """Moderators act only with two-factor login set up (BIO: privileged accounts)."""
        return self.is_active and self.is_moderator and self.has_two_factor

    @property
    def is_erased(self) -> bool:
        return self.status == STATUS_ERASED

    @property
    def signature(self) -> str:
        """'J. de Vries, beleidsadviseur' — the person, after the municipality."""
        return f"{self.name}, {self.job_title}" if self.job_title else self.name

    @property
    def organisation_name(self) -> str:
        return self.municipality.display_name if self.municipality else "VNG"

    def can_be_suspended_by(self, actor) -> bool:
        """Moderators suspend members, administrators also moderators; nobody themselves."""
        if not actor.can_moderate or actor.id == self.id or self.is_admin:
            return False
        return actor.is_admin or not self.is_moderator

    def can_be_erased_by(self, actor) -> bool:
        """Members erase their own account; administrators any account but an administrator's."""
        if actor.is_authenticated and actor.id == self.id:
            return True
        return actor.can_moderate and actor.is_admin and not self.is_admin

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password, method=PASSWORD_HASH_METHOD)
        self.end_other_sessions()

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def end_other_sessions(self) -> None:
        self.session_token = _new_session_token()

    @staticmethod
    def active_members_of(municipality_id: int):
        """A municipality's active member accounts, by name."""
        return (
            select(User)
            .where(User.municipality_id == municipality_id, User.status == STATUS_ACTIVE)
            .order_by(func.lower(User.name), User.id)
        )

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"


class LoginSession(db.Model):
    """One login in one browser, known on the server: logging out deletes it, so that a copy
    of the session cookie stops working too; "Overal uitloggen" deletes all of an account's."""
    __tablename__ = "login_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # random, also in the signed cookie
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @staticmethod
    def new_id() -> str:
        return secrets.token_urlsafe(32)


class AnonymousUser(AnonymousUserMixin):
    is_moderator = False
    is_admin = False
    can_post = False
    can_moderate = False
    has_two_factor = False
    municipality = None
