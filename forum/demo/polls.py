"""The demo polls: added to two demo questions by their askers, answered by the demo municipalities."""
from datetime import timedelta

from sqlalchemy import select

from forum.accounts.models import User
from forum.board.models import Thread
from forum.clock import utcnow
from forum.demo.content.polls import POLLS
from forum.extensions import db
from forum.polls.models import PER_MUNICIPALITY
from forum.polls.services import PollDraft, cast_vote, create_poll


def load_demo_polls(people: dict[str, User]) -> int:
    """Returns how many polls were made; a poll's question missing from the demo is skipped."""
    now = utcnow()
    made = 0
    for data in POLLS:
        thread = db.session.scalar(select(Thread).where(Thread.title == data["thread"]))
        if thread is None:
            continue
        closes_at = now + timedelta(days=data["closes_in_days"])
        poll = create_poll(thread, thread.author, PollDraft(
            question=data["question"], options=data["options"], multiple=False,
            allows_other=data["allows_other"], voice=PER_MUNICIPALITY,
            results_visibility=data["results_visibility"], closes_at=max(closes_at, now + timedelta(days=1)),
        ))
        ids = {option.label: option.id for option in poll.options}
        voters = {person.municipality_id: person for person in people.values() if person.municipality_id}
        for number, person in enumerate(sorted(voters.values(), key=lambda person: person.email)):
            municipality = person.municipality
            other = data["other"].get(municipality.code, "")
            chosen = [] if other else [ids[data["answer"](municipality.population, number)]]
            moment = now - timedelta(days=6, hours=number * 3)
            cast_vote(poll, person, chosen, other, now=moment)
        poll.closes_at = closes_at  # a poll closed in the past was open while the demo voted
        made += 1
    db.session.flush()
    return made
