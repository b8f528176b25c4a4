"""Voting through the thread page: one voice per municipality, changes kept, refusals in Dutch."""
import re
from datetime import timedelta

from sqlalchemy import func, select

from forum.clock import utcnow
from forum.extensions import db
from forum.polls.models import PER_MEMBER, PollVote, PollVoteChange
from tests.factories import make_thread, make_user
from tests.polls.helpers import make_poll


def option_id(poll, label):
    return next(option.id for option in poll.options if option.label == label)


def refused(client, poll, data) -> str:
    """Vote; a refusal leads back to the poll on its thread: that page, with the message above the form."""
    response = client.post(f"/peiling/{poll.id}/stemmen", data=data)
    assert response.status_code == 303, data
    assert response.headers["Location"].endswith(f"/onderwerp/{poll.thread_id}#peiling")
    return client.get(response.headers["Location"]).text


def alert(page: str) -> str:
    """The message in the poll box."""
    found = re.search(r'<p class="flash flash--error" role="alert">(.*?)</p>', page, re.S)
    return found.group(1).strip() if found else ""


def votes_of(poll):
    return db.session.scalars(select(PollVote).where(PollVote.poll_id == poll.id)).all()


def test_a_member_votes_for_the_municipality_and_a_colleague_sees_it_and_changes_it(client, login):
    poll = make_poll(make_thread())
    first = make_user(name="J. de Vries")
    colleague = make_user(first.municipality)
    login(first)
    response = client.post(f"/peiling/{poll.id}/stemmen", data={"keuze": str(option_id(poll, "Ja"))})
    assert response.status_code == 302

    login(colleague)
    page = client.get(f"/onderwerp/{poll.thread_id}").text
    assert "Uw gemeente heeft gestemd:" in page and "<strong>Ja</strong>" in page and "J. de Vries" in page
    assert "zojuist" in page and "Stem wijzigen" in page
    assert "1 van de 342 gemeenten heeft geantwoord" in page
    client.post(f"/peiling/{poll.id}/stemmen", data={"keuze": str(option_id(poll, "Nee"))})

    [vote] = votes_of(poll)
    assert vote.user_id == colleague.id and [choice.option_id for choice in vote.choices] == [option_id(poll, "Nee")]
    history = db.session.scalars(select(PollVoteChange.option_ids).order_by(PollVoteChange.id)).all()
    assert history == [str(option_id(poll, "Ja")), str(option_id(poll, "Nee"))]


def test_in_a_member_poll_every_member_has_a_voice(client, login):
    poll = make_poll(make_thread(), voice=PER_MEMBER)
    first = make_user()
    for member in (first, make_user(first.municipality), make_user(staff=True)):
        login(member)
        assert client.post(f"/peiling/{poll.id}/stemmen", data={"keuze": str(option_id(poll, "Ja"))}).status_code == 302
    assert len(votes_of(poll)) == 3


def test_multiple_choice_with_an_own_answer(client, login):
    poll = make_poll(make_thread(), multiple=True, allows_other=True)
    login(make_user())
    response = client.post(f"/peiling/{poll.id}/stemmen", data={
        "keuze": [str(option_id(poll, "Ja")), str(option_id(poll, "Nee")), "other"], "other": "Een eigen regeling"})
    assert response.status_code == 302
    [vote] = votes_of(poll)
    assert len(vote.choices) == 2 and vote.other_text == "Een eigen regeling"


def test_what_cannot_be_counted_is_refused_in_dutch(client, login):
    poll = make_poll(make_thread())
    other_poll = make_poll(make_thread())
    login(make_user())
    cases = [
        ({"keuze": str(option_id(other_poll, "Ja"))}, "Kies een van de antwoorden van deze peiling"),
        ({"keuze": "abc"}, "Kies een van de antwoorden van deze peiling"),
        ({"keuze": "99999999999999"}, "Kies een van de antwoorden van deze peiling"),
        ({}, "Kies een antwoord"),
        ({"keuze": [str(option_id(poll, "Ja")), str(option_id(poll, "Nee"))]}, "Kies één antwoord"),
        ({"keuze": "other", "other": "Iets"}, "geen ‘anders, namelijk’"),
        ({"keuze": "other"}, "Vul bij ‘anders, namelijk’ uw eigen antwoord in"),
        ({"keuze": str(option_id(poll, "Ja")), "other": "x" * 201}, "hoogstens 200 tekens"),
    ]
    for data, message in cases:
        assert message in alert(refused(client, poll, data)), data
    assert votes_of(poll) == []


def test_vng_staff_do_not_vote_in_a_municipality_poll(client, login):
    poll = make_poll(make_thread())
    login(make_user(staff=True))
    assert "VNG-medewerkers stemmen niet mee" in client.get(f"/onderwerp/{poll.thread_id}").text
    assert "VNG-medewerkers stemmen niet mee" in refused(client, poll, {"keuze": str(option_id(poll, "Ja"))})
    assert votes_of(poll) == []


def test_no_vote_on_a_closed_removed_or_hidden_poll(client, login):
    member = make_user()
    login(member)
    closed = make_poll(make_thread(), closes_at=utcnow() - timedelta(minutes=1))
    assert "Deze peiling is gesloten" in refused(client, closed, {"keuze": str(option_id(closed, "Ja"))})
    assert "Gesloten" in client.get(f"/onderwerp/{closed.thread_id}").text

    removed = make_poll(make_thread())
    removed.removed_at = utcnow()
    gone_thread = make_poll(make_thread())
    gone_thread.thread.deleted_at = utcnow()
    for poll in (removed, gone_thread):
        assert client.post(f"/peiling/{poll.id}/stemmen", data={"keuze": str(option_id(poll, "Ja"))}).status_code == 404
        assert client.get(f"/peiling/{poll.id}").status_code == 404
    assert client.post("/peiling/424242/stemmen", data={"keuze": "1"}).status_code == 404
    assert db.session.scalar(select(func.count()).select_from(PollVote)) == 0


def test_visitors_are_sent_to_log_in(client):
    poll = make_poll(make_thread())
    assert client.post(f"/peiling/{poll.id}/stemmen", data={"keuze": "1"}).status_code == 302
    assert client.get(f"/peiling/{poll.id}").status_code == 302


def test_visitors_of_a_public_forum_see_the_poll_without_a_form(app, client):
    app.config["PUBLIC_READING"] = True
    poll = make_poll(make_thread())
    page = client.get(f"/onderwerp/{poll.thread_id}").text
    assert "Doet uw gemeente dit?" in page and "Stemmen</button>" not in page


def test_a_digit_that_is_not_ascii_is_refused_in_dutch(client, login):
    poll = make_poll(make_thread())
    login(make_user())
    for value in ("²", "١", "３"):  # str.isdigit() is true for each; int() takes none or a wrong one
        assert alert(refused(client, poll, {"keuze": value})) == "Kies een van de antwoorden van deze peiling."
    assert votes_of(poll) == []


def test_a_refused_vote_comes_back_on_the_thread_with_the_own_answer_kept(client, login):
    poll = make_poll(make_thread(), allows_other=True)
    login(make_user())
    page = refused(client, poll, {"keuze": [str(option_id(poll, "Ja")), "other"], "other": "Een eigen regeling"})
    assert alert(page).startswith("Kies één antwoord")
    assert 'value="Een eigen regeling"' in page
    assert re.search(r'value="other" checked', page) and f'value="{option_id(poll, "Ja")}" checked' in page
    assert 'role="alert"' not in client.get(f"/onderwerp/{poll.thread_id}").text  # shown once
    assert votes_of(poll) == []


def test_text_at_anders_counts_as_choosing_it(client, login):
    poll = make_poll(make_thread(), allows_other=True)
    login(make_user())
    assert client.post(f"/peiling/{poll.id}/stemmen", data={"other": "Een eigen regeling"}).status_code == 302
    [vote] = votes_of(poll)
    assert vote.other_text == "Een eigen regeling" and vote.choices == []


def test_no_vote_on_a_locked_thread(client, login):
    poll = make_poll(make_thread())
    poll.thread.is_locked = True
    login(make_user())
    assert "Dit onderwerp is gesloten; stemmen kan niet meer." in client.get(f"/onderwerp/{poll.thread_id}").text
    page = refused(client, poll, {"keuze": str(option_id(poll, "Ja"))})
    assert alert(page) == "Dit onderwerp is gesloten; stemmen kan niet meer."
    assert votes_of(poll) == []


def test_voting_has_its_own_limit_apart_from_posting(client, login, limited):
    polls = [make_poll(make_thread()) for _ in range(8)]
    login(make_user())
    for poll in polls:  # more than the six posts a minute
        assert client.post(f"/peiling/{poll.id}/stemmen", data={"keuze": str(option_id(poll, "Ja"))}).status_code == 302
    thread = make_thread()
    assert client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Een reactie."}).status_code == 302
