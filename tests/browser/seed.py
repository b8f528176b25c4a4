"""What the browser tests find in a fresh forum: the shipped municipalities and VNG categories,
the demo content (real Markdown with lists and tables), a thread of several pages and
applications waiting for a moderator."""
from dataclasses import dataclass

from sqlalchemy import select

from forum.accounts.models import User
from forum.board.categories import seed_categories
from forum.board.models import Category, Post, Thread
from forum.board.services import add_reply, create_thread
from forum.demo.loader import DEMO_PASSWORD, MODERATOR_EMAIL, load_demo_content
from forum.extensions import db
from forum.municipalities.models import Municipality
from forum.municipalities.services import load_municipalities
from forum.members.models import TagExpertise, ThemeExpertise
from forum.privacy.services import erase_account
from forum.tags.models import Tag
from tests.browser.seed_polls import PollStates, seed_poll_states
from tests.browser.seed_states import TAG_SLUG, StateData, seed_every_state
from tests.factories import TOTP_SECRET, make_applicant, make_user

MEMBER_EMAIL = "demo@utrecht.example"
LONG_THREAD_REPLIES = 45  # with 20 posts a page: three pages
DOMAIN_SLUG = "leefomgeving"
THEME_SLUG = "verduurzaming-maatschappelijk-vastgoed"
MUNICIPALITY_SLUG = "utrecht"

LONG_THREAD_REPLY_TEXTS = [
    (
        "Wij hebben dit in **2023** gedaan. Wat werkte:\n\n- vroeg de gebruikers betrekken\n"
        "- een vaste aannemer voor alle locaties\n\nWat we anders zouden doen: eerder de netbeheerder bellen."
    ),
    "Bij ons kostte het ongeveer € 85 per m². De subsidie (DUMAVA) dekte bijna een derde.",
    "Zie ook de handreiking van de VNG over [maatschappelijk vastgoed](https://vng.nl/).",
    (
        "| Locatie | Kosten | Besparing |\n|---|---|---|\n| Sporthal Noord | € 410.000 | 62% |\n"
        "| Zwembad | € 1,2 mln | 48% |"
    ),
    "> Eerder de netbeheerder bellen\n\nDat kunnen wij bevestigen: de aansluiting kostte ons zes maanden.",
]


@dataclass(frozen=True)
class SeedData:
    password: str
    member_email: str
    moderator_email: str
    member_municipality: str
    moderator_totp_secret: str
    long_thread_id: int
    member_post_id: int
    other_reply_id: int  # a reply in the long thread by someone else than the member
    member_id: int
    moderator_id: int
    other_member_id: int  # a member of another municipality, with posts and expertise
    erased_member_id: int  # an account erased at the member's request: "voormalig lid"
    states: StateData  # every state a page can show
    polls: PollStates  # every state a poll can show


def seed_forum() -> SeedData:
    load_municipalities()
    seed_categories()
    load_demo_content()
    db.session.flush()
    member = db.session.scalar(select(User).where(User.email == MEMBER_EMAIL))
    # Moderators must use two-factor login; the tests compute the app's codes from this secret.
    moderator = db.session.scalar(select(User).where(User.email == MODERATOR_EMAIL))
    moderator.totp_secret = TOTP_SECRET
    long_thread = _long_thread(member)
    own_thread = create_thread(
        member, _category(THEME_SLUG), "Wie heeft ervaring met warmtepompen in gymzalen?",
        "We willen drie gymzalen van het gas af halen. Wie ging ons voor?\n\n- Welke leverancier?\n"
        "- Hoe bevalt het geluid?",
    )
    for name in ("Marieke Smits", "Johan de Boer"):
        make_applicant(_municipality("amersfoort"), name=name)
    others = db.session.scalars(
        select(User).where(User.municipality_id.is_not(None), User.municipality_id != member.municipality_id)
        .order_by(User.id).limit(3)
    ).all()
    states = seed_every_state(member, moderator, others)
    erased = _expertise_and_an_erased_member(member, moderator, others[0])
    polls = seed_poll_states(member, others)
    db.session.flush()
    return SeedData(
        password=DEMO_PASSWORD, member_email=MEMBER_EMAIL, moderator_email=MODERATOR_EMAIL,
        member_municipality=member.municipality.display_name, moderator_totp_secret=TOTP_SECRET,
        long_thread_id=long_thread.id, member_post_id=_question_id(own_thread),
        other_reply_id=_post_id(long_thread, position=2), member_id=member.id, moderator_id=moderator.id,
        other_member_id=others[0].id, erased_member_id=erased.id, states=states, polls=polls,
    )


def _expertise_and_an_erased_member(member: User, moderator: User, other: User) -> User:
    """Member pages with "Aanspreekpunt voor" filled in (the moderator as VNG expert), and a
    former member."""
    theme, tag = _category(THEME_SLUG), db.session.scalar(select(Tag).where(Tag.slug == TAG_SLUG))
    for person in (member, moderator, other):
        db.session.add(ThemeExpertise(user_id=person.id, category_id=theme.id))
    db.session.add(TagExpertise(user_id=other.id, tag_id=tag.id))
    erased = make_user(_municipality("amersfoort"), name="Wordt Verwijderd")
    erase_account(erased, erased)
    return erased


def _long_thread(asker: User):
    thread = create_thread(
        asker, _category(THEME_SLUG), "Verzamelonderwerp: ervaringen met het verduurzamen van gymzalen",
        "Hier verzamelen we alle ervaringen met het verduurzamen van **gymzalen**: kosten, "
        "aanbesteding, subsidies en wat tegenviel.",
    )
    repliers = db.session.scalars(
        select(User).where(User.municipality_id.is_not(None), User.id != asker.id).order_by(User.id)
    ).all()
    for number in range(LONG_THREAD_REPLIES):
        text = LONG_THREAD_REPLY_TEXTS[number % len(LONG_THREAD_REPLY_TEXTS)]
        add_reply(repliers[number % len(repliers)], thread, f"{text}\n\n(Ervaring {number + 1})")
    return thread


def _question_id(thread: Thread) -> int:
    return _post_id(thread, position=1)


def _post_id(thread: Thread, position: int) -> int:
    return db.session.scalar(select(Post.id).where(Post.thread_id == thread.id, Post.position == position))


def _category(slug: str) -> Category:
    return db.session.scalar(select(Category).where(Category.slug == slug))


def _municipality(slug: str) -> Municipality:
    return db.session.scalar(select(Municipality).where(Municipality.slug == slug))
