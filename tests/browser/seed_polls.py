"""Every state a poll can show, for the accessibility tests: open and not voted by the member's
municipality, voted (by a colleague), closed with results, results hidden until closing, and a
poll VNG staff look at without a vote."""
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from forum.accounts.models import User
from forum.board.models import Category
from forum.board.services import create_thread
from forum.clock import utcnow
from forum.extensions import db
from forum.polls.models import RESULTS_AFTER_CLOSING
from forum.polls.services import PollDraft, cast_vote, create_poll

THEME_SLUG = "digitale-dienstverlening"


@dataclass(frozen=True)
class PollStates:
    open_thread_id: int  # the member's municipality has not voted; the member asked it
    open_poll_id: int
    voted_thread_id: int  # a colleague voted for the member's municipality
    voted_poll_id: int
    closed_poll_id: int
    closed_thread_id: int
    hidden_poll_id: int  # results only after closing; the member's municipality voted
    hidden_thread_id: int
    bare_thread_id: int  # the member's question without a poll: "Peiling toevoegen"


def seed_poll_states(member: User, others: list[User]) -> PollStates:
    theme = db.session.scalar(select(Category).where(Category.slug == THEME_SLUG))
    colleague = db.session.scalar(
        select(User).where(User.municipality_id == member.municipality_id, User.id != member.id)
    ) or member

    def poll(title, asker, **options):
        thread = create_thread(asker, theme, title, "Graag een antwoord per gemeente.")
        draft = PollDraft(question=title, options=["Ja", "Nee, maar wel plannen", "Nee"], multiple=False,
                          allows_other=True, voice="municipality", results_visibility=options.get("visibility", "after_voting"),
                          closes_at=utcnow() + timedelta(days=14))
        return create_poll(thread, asker, draft)

    def answer(made, voters, label):
        option_ids = [option.id for option in made.options if option.label == label]
        for voter in voters:
            cast_vote(made, voter, option_ids)

    open_poll = poll("Gebruikt uw gemeente een e-formulier voor meldingen openbare ruimte?", member)
    answer(open_poll, others[:2], "Ja")
    voted = poll("Biedt uw gemeente videobellen aan bij het KCC?", others[0])
    answer(voted, [colleague], "Nee, maar wel plannen")
    answer(voted, others[1:3], "Ja")
    cast_vote(voted, others[0], [], "Alleen voor Wmo-gesprekken")
    closed = poll("Heeft uw gemeente een digitaal loket voor bezwaarschriften?", others[1])
    answer(closed, [member, *others[:2]], "Ja")
    answer(closed, others[2:3], "Nee")
    closed.closes_at = utcnow() - timedelta(days=1)
    hidden = poll("Wat kost uw gemeente de licentie van het zaaksysteem?", others[2], visibility=RESULTS_AFTER_CLOSING)
    answer(hidden, [member, others[0]], "Ja")
    bare = create_thread(member, theme, "Wie heeft ervaring met een digitale balie?", "Graag uw ervaringen.")
    db.session.flush()
    return PollStates(
        open_thread_id=open_poll.thread_id, open_poll_id=open_poll.id, voted_thread_id=voted.thread_id,
        voted_poll_id=voted.id, closed_poll_id=closed.id, closed_thread_id=closed.thread_id,
        hidden_poll_id=hidden.id, hidden_thread_id=hidden.thread_id, bare_thread_id=bare.id,
    )
