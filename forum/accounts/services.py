"""Account use cases: registering, activating, logging in, passwords. These flush; views commit."""
from datetime import timedelta
from functools import cache

from flask import current_app, url_for
from flask_babel import format_timedelta
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update
from werkzeug.security import check_password_hash, generate_password_hash

from forum.accounts import tokens
from forum.accounts.login_records import record_attempt
from forum.accounts.models import (
    PASSWORD_HASH_METHOD,
    ROLE_ADMIN,
    ROLE_MEMBER,
    ROLE_MODERATOR,
    STATUS_ACTIVE,
    STATUS_PENDING,
    STATUS_UNCONFIRMED,
    User,
)
from forum.clock import utcnow
from forum.extensions import db
from forum.mail import send_mail
from forum.municipalities.models import Municipality
from forum.municipalities.services import municipality_for_email
from forum.text import normalize_email

PASSWORD_MIN_LENGTH = 12
PASSWORD_MAX_LENGTH = 200  # long passphrases are welcome; the cap only bounds the hashing work

ROLE_LABELS = {ROLE_MEMBER: _l("Lid"), ROLE_MODERATOR: _l("Moderator"), ROLE_ADMIN: _l("Beheerder")}


def forum_name() -> str:
    return current_app.config["FORUM_NAME"]


class AccountExists(ValueError):
    """An account with this e-mail address already exists."""


def find_user_by_email(address: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalize_email(address)))


def municipality_choices() -> list[tuple[int, str]]:
    """(id, name) of every municipality, by name, for the registration form."""
    listed = Municipality.in_list_order(db.session.scalars(Municipality.ordered_by_name()))
    return [(m.id, m.list_name) for m in listed]


def confirms_by_mail(address: str, municipality: Municipality) -> bool:
    """Whether the address is on a verified domain of the chosen municipality: then no moderator."""
    owner = municipality_for_email(address)
    return owner is not None and owner.id == municipality.id


def register_member(*, municipality: Municipality, name: str, job_title: str, email: str,
                    password: str) -> bool:
    """Register, or tell the owner of a known address by mail; True if it is confirmed by mail.

    The answer does not depend on whether the address was known, so that the registration form
    cannot be used to find out who has an account (the login and reset forms keep that secret too).
    """
    email = normalize_email(email)
    by_mail = confirms_by_mail(email, municipality)
    existing = find_user_by_email(email)
    if existing is not None:
        # The same work as for a new account, so that the time taken tells nothing either.
        generate_password_hash(password, method=PASSWORD_HASH_METHOD)
        if existing.status == STATUS_UNCONFIRMED:  # probably lost the first mail
            send_confirmation(existing)
            return by_mail
        send_mail(
            existing.email, _("U heeft al een account bij het %(forum)s", forum=forum_name()),
            "already_registered", user=existing,
            login_url=url_for("accounts.login", _external=True),
            reset_url=url_for("accounts.forgot_password", _external=True),
        )
        return by_mail
    user = User(email=email, name=name, job_title=job_title, municipality=municipality,
                status=STATUS_UNCONFIRMED if by_mail else STATUS_PENDING)
    user.set_password(password)
    db.session.add(user)
    db.session.flush()  # a duplicate registered a moment ago fails here, before any mail
    if by_mail:
        send_confirmation(user)
    return by_mail


def _valid_for(config_key: str) -> str:
    """'3 dagen', '2 uur': how long a mailed link works."""
    return format_timedelta(timedelta(seconds=current_app.config[config_key]))


def send_confirmation(user: User) -> None:
    link = url_for("accounts.confirm", token=tokens.confirmation_token(user), _external=True)
    send_mail(
        user.email, _("Bevestig uw e-mailadres voor het %(forum)s", forum=forum_name()),
        "confirm_email", user=user, link=link, valid_for=_valid_for("EMAIL_CONFIRM_MAX_AGE"),
    )


def resend_confirmation(address: str) -> None:
    """A new link for an account that still waits for one; silently nothing otherwise."""
    user = find_user_by_email(address)
    if user is not None and user.status == STATUS_UNCONFIRMED:
        send_confirmation(user)


def activate(user: User, from_status: str, **changes) -> bool:
    """Move `user` from `from_status` to active and count the member; False if someone was first.

    A conditional UPDATE, so that a double click or two moderators at once count the member once.
    """
    result = db.session.execute(
        update(User)
        .where(User.id == user.id, User.status == from_status)
        .values(status=STATUS_ACTIVE, **changes)
    )
    if result.rowcount != 1:
        db.session.refresh(user)
        return False
    if user.municipality_id is not None:
        db.session.execute(
            update(Municipality)
            .where(Municipality.id == user.municipality_id)
            .values(member_count=Municipality.member_count + 1)
        )
    db.session.flush()
    return True


def confirm_email(user: User) -> bool:
    """Activate the account whose link was followed; False if it was not waiting for one."""
    return activate(user, STATUS_UNCONFIRMED)


@cache
def _dummy_password_hash() -> str:
    return generate_password_hash("not a password of anyone", method=PASSWORD_HASH_METHOD)


def authenticate(email: str, password: str) -> User | None:
    """The account with this address and password, whatever its status; None otherwise."""
    user = find_user_by_email(email)
    if user is None:
        # Hash anyway, so that the answer takes as long as for a known address.
        check_password_hash(_dummy_password_hash(), password)
        return None
    if user.check_password(password):
        return user
    record_attempt(user, succeeded=False)
    return None


def record_login(user: User) -> None:
    user.last_login_at = utcnow()
    db.session.flush()


def change_password(user: User, new_password: str) -> None:
    """Set a new password; sessions elsewhere end, and the owner is told by mail."""
    user.set_password(new_password)
    db.session.flush()
    send_mail(
        user.email, _("Uw wachtwoord voor het %(forum)s is gewijzigd", forum=forum_name()),
        "password_changed", user=user,
        reset_url=url_for("accounts.forgot_password", _external=True),
    )


def request_password_reset(address: str) -> None:
    """Mail a reset link to an active account with this address; silently nothing otherwise."""
    user = find_user_by_email(address)
    if user is None or not user.is_active:
        return
    token = tokens.password_reset_token(user)
    link = url_for("accounts.reset_password", token=token, _external=True)
    send_mail(
        user.email, _("Nieuw wachtwoord instellen voor het %(forum)s", forum=forum_name()),
        "password_reset", user=user, link=link, valid_for=_valid_for("PASSWORD_RESET_MAX_AGE"),
    )



def create_staff(*, email: str, name: str, role: str, password: str,
                 job_title: str = "") -> User:
    """A VNG staff account: no municipality, active at once."""
    email = normalize_email(email)
    if find_user_by_email(email) is not None:
        raise AccountExists(email)
    user = User(email=email, name=name, job_title=job_title, role=role, status=STATUS_ACTIVE,
                municipality=None, approved_at=utcnow())
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    return user


def set_role(user: User, role: str) -> None:
    user.role = role
    db.session.flush()


def request_email_change(user: User, new_address: str) -> None:
    """Mail a confirmation link to the new address and tell the old one; the change waits for it.

    A taken address gets a mail saying so, and the page answers the same: no account is revealed.
    """
    new_address = normalize_email(new_address)
    if find_user_by_email(new_address) is not None:
        send_mail(new_address, _("Wijziging van e-mailadres bij het %(forum)s", forum=forum_name()),
                  "email_change_taken", user=user)
        return
    link = url_for("accounts.confirm_email_change",
                   token=tokens.email_change_token(user, new_address), _external=True)
    send_mail(new_address, _("Bevestig uw nieuwe e-mailadres voor het %(forum)s", forum=forum_name()),
              "email_change_confirm", user=user, link=link, valid_for=_valid_for("EMAIL_CONFIRM_MAX_AGE"))
    send_mail(user.email, _("Uw e-mailadres bij het %(forum)s wordt gewijzigd", forum=forum_name()),
              "email_change_requested", user=user, new_address=new_address)


def change_email(user: User, new_address: str) -> bool:
    """Apply a confirmed change; False if the address was taken in the meantime."""
    if find_user_by_email(new_address) is not None:
        return False
    user.email = normalize_email(new_address)
    db.session.flush()
    return True
