"""Building polls for tests: through the service, as the poll page would."""
from datetime import datetime

from forum.extensions import db
from forum.polls.models import PER_MUNICIPALITY, RESULTS_AFTER_VOTING
from forum.polls.services import PollDraft, cast_vote, create_poll


def make_poll(thread, *, options=("Ja", "Nee", "Weet niet"), multiple=False, allows_other=False,
              voice=PER_MUNICIPALITY, results_visibility=RESULTS_AFTER_VOTING, closes_at: datetime | None = None,
              question="Doet uw gemeente dit?"):
    poll = create_poll(thread, thread.author, PollDraft(
        question=question, options=list(options), multiple=multiple, allows_other=allows_other, voice=voice,
        results_visibility=results_visibility, closes_at=closes_at,
    ))
    db.session.commit()
    return poll


def vote(poll, user, *labels, other=""):
    ids = [option.id for option in poll.options if option.label in labels]
    cast_vote(poll, user, ids, other)
    db.session.commit()
