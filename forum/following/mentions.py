"""@-mentions: `@[J. de Vries]`, or `@[J. de Vries (Utrecht)]` when several members share the name.

Members have no handles, and their names contain spaces and dots, so the name
goes between brackets. The municipality in parentheses (or 'VNG' for staff)
tells namesakes apart; a name that fits several members and has no
municipality mentions nobody rather than the wrong person.
"""

import re

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from forum.accounts.models import STATUS_ACTIVE, User
from forum.extensions import db

MENTION = re.compile(r"@\[([^\[\]\n]{1,120})\]")
QUALIFIED = re.compile(r"^(?P<name>.+?)\s*\((?P<where>[^()]+)\)$")
# Code shows mentions as examples; they notify nobody.
_CODE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`", re.DOTALL)
# Discourse's default too: more than this in one post is a broadcast, not a mention.
MAX_MENTIONS_PER_POST = 10


def mentions_in(markdown: str) -> list[str]:
    """The bracketed texts after @, in order, without duplicates and outside code."""
    seen: dict[str, None] = {}
    for match in MENTION.finditer(_CODE.sub("", markdown or "")):
        text = " ".join(match.group(1).split())
        if text and text.lower() not in {key.lower() for key in seen}:
            seen[text] = None
    return list(seen)[:MAX_MENTIONS_PER_POST]


def _split(text: str) -> tuple[str, str | None]:
    qualified = QUALIFIED.match(text)
    if not qualified:
        return text, None
    where = qualified.group("where").strip()
    where = re.sub(r"^gemeente\s+", "", where, flags=re.IGNORECASE)
    return qualified.group("name").strip(), where.lower()


def _works_at(user: User, where: str) -> bool:
    if user.municipality is None:
        return where == "vng"
    return user.municipality.name.lower() == where


def resolve_mentions(markdown: str) -> set[int]:
    """Ids of the active members a post mentions, in one query."""
    texts = mentions_in(markdown)
    if not texts:
        return set()
    wanted = {text.lower() for text in texts} | {_split(text)[0].lower() for text in texts}
    candidates = db.session.scalars(
        select(User)
        .where(func.lower(User.name).in_(wanted), User.status == STATUS_ACTIVE)
        .options(joinedload(User.municipality))
    ).all()
    found = set()
    for text in texts:
        exact = [user for user in candidates if user.name.lower() == text.lower()]
        if len(exact) == 1:
            found.add(exact[0].id)
            continue
        name, where = _split(text)
        if where is None:
            continue  # ambiguous without a municipality: nobody
        matches = [
            user
            for user in candidates
            if user.name.lower() == name.lower() and _works_at(user, where)
        ]
        if len(matches) == 1:
            found.add(matches[0].id)
    return found
