"""@-mentions: which members a post names, for its links and its notifications.

The composer inserts `@[J. de Vries](#lid-123)`: member 123, whatever the text between the
brackets says (the link shows the member's own name, so a mention cannot be dressed up as
someone else). A bare `@[J. de Vries]`, typed by hand or in posts from before the composer
helped, names a member by name; `@[J. de Vries (Utrecht)]` (or `(VNG)` for staff) tells
namesakes apart, and a name that fits several members names nobody rather than the wrong one.

Posts are rendered once, when saved. A mention rendered then keeps its link text when the
member later changes their name (the link leads to the member page, which shows the current
name), and stays a link when the member is suspended later; a suspended or erased member
mentioned in a new or edited post is plain text, "@Voormalig lid" after erasure. A token for
anyone else (an applicant, a rejected account, an id nobody has) reads "@lid": a name is shown
only where the member page could be.

Who hears about a mention follows from the stored HTML, not from the Markdown: exactly the
links rendering made (not the examples in code, image descriptions or link texts).
"""
import re
from dataclasses import dataclass

from sqlalchemy import func, select

from forum.accounts.models import STATUS_ACTIVE, STATUS_SUSPENDED, User
from forum.extensions import db
from forum.markup import (
    MENTION, MENTION_CLASS, MarkupRefused, check_markdown, mention_key, mention_label, render_markdown,
)

QUALIFIED = re.compile(r"^(?P<name>.+?)\s*\((?P<where>[^()]+)\)$")
# Code shows mentions as examples; they name nobody.
_CODE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`", re.DOTALL)
# Discourse's default too: more than this in one post is a broadcast, not a mention.
MAX_MENTIONS_PER_POST = 10
ERASED_MENTION = "@Voormalig lid"
# A token for someone whose name members may not see.
UNKNOWN_MENTION = "@lid"
# Attribute order as the renderer writes it (markup.py); members cannot type this class.
_RENDERED_MENTION = re.compile(rf'<a class="{MENTION_CLASS}" href="/leden/(?P<member_id>[0-9]+)"')


def member_path(user_id: int) -> str:
    """The member page (forum/members)."""
    return f"/leden/{user_id}"


@dataclass(frozen=True)
class Mention:
    label: str
    member_id: int | None

    @property
    def key(self) -> str:
        return mention_key(self.label, self.member_id)


def mentions_in(markdown: str) -> list[Mention]:
    """The mentions of a post in order, once each, outside code."""
    found: dict[str, Mention] = {}
    for match in MENTION.finditer(_CODE.sub("", markdown or "")):
        member_id = match.group("member_id")
        mention = Mention(" ".join(match.group("label").split()), int(member_id) if member_id else None)
        if mention.label:
            found.setdefault(mention.key, mention)
    return list(found.values())


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


def _by_name(texts: list[str]) -> dict[str, User]:
    """Each bare mention's text (lowercased) and the one active member it names, in one query."""
    if not texts:
        return {}
    wanted = {text.lower() for text in texts} | {_split(text)[0].lower() for text in texts}
    candidates = db.session.scalars(
        select(User).where(func.lower(User.name).in_(wanted), User.status == STATUS_ACTIVE)
    ).all()
    found = {}
    for text in texts:
        exact = [user for user in candidates if user.name.lower() == text.lower()]
        if len(exact) != 1:
            name, where = _split(text)
            # Without a municipality an ambiguous name names nobody.
            exact = [] if where is None else [
                user for user in candidates
                if user.name.lower() == name.lower() and _works_at(user, where)
            ]
        if len(exact) == 1:
            found[text.lower()] = exact[0]
    return found


def _members_of(mentions: list[Mention]) -> dict[str, User]:
    """Mention key -> the member it names (of any status for a member's token)."""
    ids = {mention.member_id for mention in mentions if mention.member_id is not None}
    by_id = {user.id: user for user in db.session.scalars(select(User).where(User.id.in_(ids)))} if ids else {}
    by_name = _by_name([mention.label for mention in mentions if mention.member_id is None])
    members = {}
    for mention in mentions:
        user = by_id.get(mention.member_id) if mention.member_id is not None else by_name.get(mention.key)
        if user is not None:
            members[mention.key] = user
    return members


def mentioned_in(body_html: str) -> set[int]:
    """Ids of the members a rendered post links as mentioned (the first MAX_MENTIONS_PER_POST)."""
    ids = dict.fromkeys(int(match.group("member_id")) for match in _RENDERED_MENTION.finditer(body_html or ""))
    return set(list(ids)[:MAX_MENTIONS_PER_POST])


def mentioned_in_markdown(markdown: str) -> set[int]:
    """The same for Markdown not rendered yet (an earlier version of a post); none if it cannot be."""
    try:
        return mentioned_in(render_post(markdown))
    except MarkupRefused:
        return set()


def _shown_as(mention: Mention, user: User | None) -> tuple[str | None, str]:
    if user is None and mention.member_id is None:
        return None, mention_label(mention.label)  # a name as typed, nobody's in particular
    if user is None:
        return None, UNKNOWN_MENTION
    if user.status == STATUS_ACTIVE:
        return member_path(user.id), mention_label(user.name)
    if user.is_erased:
        return None, ERASED_MENTION
    if user.status == STATUS_SUSPENDED:
        return None, mention_label(user.name)
    return None, UNKNOWN_MENTION


def mention_links(markdown: str) -> dict[str, tuple[str | None, str]]:
    """What each mention of a post becomes when rendered: (link or None, text)."""
    mentions = mentions_in(markdown)
    members = _members_of(mentions)
    return {mention.key: _shown_as(mention, members.get(mention.key)) for mention in mentions}


def render_post(markdown: str) -> str:
    """A post's Markdown as stored HTML, its mentions as links to the members' pages."""
    check_markdown(markdown)  # refuse what is too long before looking anything up
    return render_markdown(markdown, mention_links(markdown))
