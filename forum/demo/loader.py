"""Fill an empty forum with the demo people, questions and replies of forum/demo/content/.

Called by `flask demo` after seeding municipalities and categories; the command commits.
"""
from datetime import timedelta

from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from forum.accounts import two_factor
from forum.accounts.models import (
    PASSWORD_HASH_METHOD,
    ROLE_MEMBER,
    ROLE_MODERATOR,
    STATUS_ACTIVE,
    User,
)
from forum.board.models import Category, Thread
from forum.board.services import add_reply, create_thread
from forum.clock import utcnow
from forum.demo.content import PEOPLE, THREADS
from forum.demo.polls import load_demo_polls
from forum.extensions import db
from forum.municipalities.models import Municipality

DEMO_PASSWORD = "kennisdelen-demo"
# ".example" is reserved for examples (RFC 2606), so no demo address can ever receive mail.
DEMO_MAIL_DOMAIN = "example"
DEMO_MEMBER = ("demo", "GM0344", "Demo Gebruiker", "beleidsadviseur")  # Gemeente Utrecht
MODERATOR_EMAIL = f"moderator@vng.{DEMO_MAIL_DOMAIN}"
MODERATOR_NAME = "Moderator VNG"
ALREADY_LOADED = "Het forum bevat al vragen; de demo-inhoud is niet (opnieuw) geladen."


def demo_email(key: str, municipality: Municipality) -> str:
    return f"{key}@{municipality.slug}.{DEMO_MAIL_DOMAIN}"


def load_demo_content() -> list[str]:
    """Create the demo accounts and conversations unless the forum has questions already."""
    if db.session.scalar(select(func.count(Thread.id))):
        return [ALREADY_LOADED, *_login_lines()]
    codes = {code for _, code, _, _ in [*PEOPLE, DEMO_MEMBER]}
    in_demo = select(Municipality).where(Municipality.code.in_(codes))
    municipalities = {found.code: found for found in db.session.scalars(in_demo)}
    people = _create_accounts(municipalities)
    categories = {c.slug: c for c in db.session.scalars(select(Category))}
    thread_count, reply_count = _create_conversations(people, categories)
    poll_count = load_demo_polls(people)
    return [
        f"Demo geladen: {thread_count} vragen, {reply_count} reacties, {poll_count} peilingen, "
        f"{len(people) + 1} accounts.",
        *_login_lines(),
    ]


def _login_lines() -> list[str]:
    member_email = _demo_member_email()
    if member_email is None:
        return []
    return [
        f"Inloggen als lid: {member_email} / {DEMO_PASSWORD}",
        f"Inloggen als moderator: {MODERATOR_EMAIL} / {DEMO_PASSWORD}",
        *_moderator_key_lines(),
    ]


def _moderator_key_lines() -> list[str]:
    """Moderators must log in with a code: the demo moderator's key, for an authenticator app.

    Printed for the demo only; a real moderator sets up two-factor login on the account page.
    """
    moderator = db.session.scalar(select(User).where(User.email == MODERATOR_EMAIL))
    if moderator is None or not moderator.totp_secret:
        return []
    return [
        f"Tweestapsverificatie van de moderator (alleen voor de demo): sleutel {moderator.totp_secret}",
        f"  of dit adres in uw authenticator-app: {two_factor.provisioning_uri(moderator.totp_secret, moderator)}",
    ]


def _demo_member_email() -> str | None:
    """The demo member's address if the demo accounts exist."""
    key, code, _, _ = DEMO_MEMBER
    municipality = db.session.scalar(select(Municipality).where(Municipality.code == code))
    if municipality is None:
        return None
    email = demo_email(key, municipality)
    return email if db.session.scalar(select(User.id).where(User.email == email)) else None


def _create_accounts(municipalities: dict[str, Municipality]) -> dict[str, User]:
    """Active accounts for the demo people, the demo member and the moderator; keyed by person."""
    # scrypt is slow on purpose: hash once, share it among the demo accounts.
    password_hash = generate_password_hash(DEMO_PASSWORD, method=PASSWORD_HASH_METHOD)
    first_activity = _first_activity_days()
    demo_users = select(User).where(User.email.like(f"%.{DEMO_MAIL_DOMAIN}"))
    existing = {user.email: user for user in db.session.scalars(demo_users)}
    now = utcnow()

    def account(email, name, job_title, municipality=None, role=ROLE_MEMBER, days_ago=30):
        if email in existing:
            return existing[email]
        joined = now - timedelta(days=days_ago)
        user = User(
            email=email, password_hash=password_hash, name=name, job_title=job_title,
            municipality=municipality, role=role, status=STATUS_ACTIVE,
            created_at=joined, approved_at=joined,
        )
        db.session.add(user)
        if municipality is not None:
            municipality.member_count += 1
        return user

    people = {}
    for key, code, name, job_title in [*PEOPLE, DEMO_MEMBER]:
        municipality = municipalities[code]
        people[key] = account(
            demo_email(key, municipality), name, job_title, municipality,
            days_ago=first_activity.get(key, 0) + 30,
        )
    moderator = account(
        MODERATOR_EMAIL, MODERATOR_NAME, "moderator Kennisforum", role=ROLE_MODERATOR, days_ago=400
    )
    # A key of its own per demo forum, never one written in the code: a demo left running
    # in public must not share its moderator's second factor with every copy.
    moderator.totp_secret = moderator.totp_secret or two_factor.new_secret()
    db.session.flush()
    return people


def _first_activity_days() -> dict[str, int]:
    """Per person, how many days ago they first posted: they joined a while before."""
    days: dict[str, int] = {}
    for thread in THREADS:
        posts = [(thread["asker"], thread["days_ago"])] + [(k, d) for k, d, _ in thread["replies"]]
        for key, days_ago in posts:
            days[key] = max(days.get(key, 0), days_ago)
    return days


def _create_conversations(
    people: dict[str, User], categories: dict[str, Category]
) -> tuple[int, int]:
    """Post everything in the order it happened, so counters and 'last activity' come out right."""
    now = utcnow()
    events = []  # (moment, thread index, None for the question or (person, body) for a reply)
    for index, thread in enumerate(THREADS):
        asked = now - timedelta(
            days=thread["days_ago"], hours=_spread(index, 9, 2), minutes=_spread(index, 59)
        )
        events.append((asked, index, None))
        previous = asked
        for number, (key, days_ago, body) in enumerate(thread["replies"]):
            moment = now - timedelta(
                days=days_ago, hours=_spread(index + number, 7), minutes=_spread(number, 53)
            )
            # A reply on the day of its question still comes after it.
            moment = max(moment, previous + timedelta(minutes=25 + _spread(number, 90)))
            events.append((min(moment, now), index, (key, body)))
            previous = moment
    events.sort(key=lambda event: event[0])

    threads: dict[int, Thread] = {}
    for moment, index, reply in events:
        data = THREADS[index]
        if reply is None:
            asker, category = people[data["asker"]], categories[data["category"]]
            threads[index] = create_thread(asker, category, data["title"], data["body"], now=moment)
        else:
            key, body = reply
            add_reply(people[key], threads[index], body, now=moment)
    return len(threads), len(events) - len(threads)


def _spread(seed: int, modulus: int, offset: int = 0) -> int:
    """A fixed but irregular-looking number (0 to modulus - 1, plus offset): times off the hour."""
    return (seed * 37 + 11) % modulus + offset
