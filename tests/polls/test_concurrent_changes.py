"""The same poll form sent several times at once, an edit racing an edit or a vote: a Dutch 409, never a 500."""
import threading

from flask.testing import FlaskClient
from sqlalchemy import func, select

from forum.extensions import db
from forum.polls import services
from forum.polls.models import Poll, PollOption, PollVote
from tests.conftest import log_in_client
from tests.factories import make_thread
from tests.polls.helpers import make_poll

FORM = {"question": "Welk zaaksysteem?", "options": "A\nB", "voice": "municipality",
        "results_visibility": "after_voting"}


def _clients(app, member, count):
    clients = [FlaskClient(app) for _ in range(count)]  # each request its own context, session and connection
    for client in clients:
        log_in_client(client, member)
    return clients


def _all_at_once(requests) -> list:
    responses = []
    threads = [threading.Thread(target=lambda request=request: responses.append(request())) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return responses


def _after_waiting(barrier, function):
    """`function`, once every request has come this far: all pass the check before any writes."""
    waited = threading.local()

    def waiting(*args, **kwargs):
        if not getattr(waited, "done", False):
            waited.done = True
            barrier.wait(timeout=10)
        return function(*args, **kwargs)
    return waiting


def test_the_same_poll_added_four_times_at_once_is_added_once(app, monkeypatch):
    thread = make_thread()
    db.session.commit()
    clients = _clients(app, thread.author, 4)
    thread_id = thread.id
    db.session.remove()
    monkeypatch.setattr(services, "poll_of_thread", _after_waiting(threading.Barrier(4), services.poll_of_thread))

    responses = _all_at_once(
        [lambda client=client: client.post(f"/onderwerp/{thread_id}/peiling-toevoegen", data=FORM) for client in clients])

    assert sorted(response.status_code for response in responses) == [302, 409, 409, 409]
    refusals = [response.text for response in responses if response.status_code == 409]
    assert all("Dit onderwerp heeft al een peiling." in text for text in refusals)
    assert db.session.scalar(select(func.count()).select_from(Poll)) == 1


def test_a_poll_edited_twice_at_once_keeps_one_set_of_answers(app, monkeypatch):
    poll = make_poll(make_thread())
    clients = _clients(app, poll.thread.author, 2)
    poll_id = poll.id
    db.session.remove()
    monkeypatch.setattr(services, "update_poll", _after_waiting(threading.Barrier(2), services.update_poll))

    responses = _all_at_once([
        lambda client=client, options=options: client.post(
            f"/peiling/{poll_id}/bewerken", data={**FORM, "options": options})
        for client, options in zip(clients, ("A\nB", "C\nD\nE"))])

    statuses = sorted(response.status_code for response in responses)
    assert statuses in ([302, 302], [302, 409])  # SQLite takes them one after the other
    for response in responses:
        if response.status_code == 409:
            assert "Deze peiling is intussen gewijzigd; laad de pagina opnieuw." in response.text
    labels = db.session.scalars(select(PollOption.label).where(PollOption.poll_id == poll_id)
                                .order_by(PollOption.position)).all()
    assert labels in (["A", "B"], ["C", "D", "E"])


def test_a_vote_on_answers_that_were_just_changed_says_so(app, monkeypatch):
    poll = make_poll(make_thread())
    voter = make_thread().author  # another municipality's member
    db.session.commit()
    [voting] = _clients(app, voter, 1)
    [editing] = _clients(app, poll.thread.author, 1)
    poll_id, thread_id, old_option = poll.id, poll.thread_id, poll.options[0].id
    db.session.remove()
    checked, edited = threading.Event(), threading.Event()
    check = services.checked_choices

    def checked_then_edited(*args):
        chosen = check(*args)
        checked.set()
        edited.wait(timeout=10)
        return chosen
    monkeypatch.setattr(services, "checked_choices", checked_then_edited)

    def edit():
        checked.wait(timeout=10)
        response = editing.post(f"/peiling/{poll_id}/bewerken", data={**FORM, "options": "C\nD"})
        edited.set()
        return response

    responses = _all_at_once([lambda: voting.post(f"/peiling/{poll_id}/stemmen", data={"keuze": str(old_option)}),
                              edit])

    assert sorted(response.status_code for response in responses) == [302, 303]
    vote_response = next(response for response in responses if response.status_code == 303)
    page = voting.get(vote_response.headers["Location"]).text
    assert "De peiling is net gewijzigd; bekijk de antwoorden opnieuw." in page
    assert db.session.scalar(select(func.count()).select_from(PollVote)) == 0
    assert f"/onderwerp/{thread_id}" in vote_response.headers["Location"]
