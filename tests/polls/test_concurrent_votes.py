"""Two members of one municipality voting at the same moment end with one vote row and no 500."""
import threading

from flask.testing import FlaskClient
from sqlalchemy import func, select

from forum.extensions import db
from forum.polls import services
from forum.polls.models import PollVote, PollVoteChange
from tests.conftest import log_in_client
from tests.factories import make_thread, make_user
from tests.polls.helpers import make_poll


def test_two_colleagues_voting_at_once_make_one_vote(app, monkeypatch):
    poll = make_poll(make_thread())
    first = make_user()
    colleague = make_user(first.municipality)
    db.session.commit()
    clients = [FlaskClient(app), FlaskClient(app)]  # each request its own context, session and connection
    for client, member in zip(clients, (first, colleague)):
        log_in_client(client, member)
    poll_id, option_ids = poll.id, [option.id for option in poll.options]
    db.session.remove()

    # Both read "no vote yet" before either writes: the race the unique index must settle.
    both_read = threading.Barrier(2)
    looked_up = threading.local()
    read_vote = services.current_vote

    reads = []

    def racing_read(poll, user):
        vote = read_vote(poll, user)
        reads.append(vote is None)
        if not getattr(looked_up, "done", False):
            looked_up.done = True
            both_read.wait(timeout=10)
        return vote

    monkeypatch.setattr(services, "current_vote", racing_read)
    statuses = []

    def cast(client, option_id):
        statuses.append(client.post(f"/peiling/{poll_id}/stemmen", data={"keuze": str(option_id)}).status_code)

    voters = [threading.Thread(target=cast, args=(client, option_id))
              for client, option_id in zip(clients, option_ids)]
    for voter in voters:
        voter.start()
    for voter in voters:
        voter.join()

    assert statuses == [302, 302]
    assert reads == [True, True, False]  # the second insert failed and was retried as a change
    assert db.session.scalar(select(func.count()).select_from(PollVote).where(PollVote.poll_id == poll_id)) == 1
    assert db.session.scalar(select(func.count()).select_from(PollVoteChange)) == 2
