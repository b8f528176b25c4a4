"""Flagging a post (with a reason) and the moderators' queue of open flags."""
import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.moderation.models import AuditEntry, Flag
from tests.factories import make_reply, make_thread, make_user


def flag(client, post, kind="spam", reason=""):
    return client.post(f"/bericht/{post.id}/melden", data={"kind": kind, "reason": reason})


def test_a_member_flags_a_post_and_moderators_see_it(client, login):
    reply = make_reply(make_thread(title="Over de aanbesteding van zonnepanelen"), body="Koop nu goedkoop!")
    reporter = login(make_user(name="R. Melder"))
    page = client.get(f"/onderwerp/{reply.thread_id}").text
    assert f'href="/bericht/{reply.id}/melden"' in page
    form = client.get(f"/bericht/{reply.id}/melden")
    assert form.status_code == 200 and "Wat is er aan de hand?" in form.text
    response = flag(client, reply, "spam", "Reclame voor een leverancier")
    assert response.headers["Location"] == f"/bericht/{reply.id}"
    [stored] = db.session.scalars(select(Flag)).all()
    assert (stored.post_id, stored.reporter_id, stored.kind, stored.reason, stored.status) == (
        reply.id, reporter.id, "spam", "Reclame voor een leverancier", "open")

    login(make_user(role="moderator", staff=True))
    queue = client.get("/moderatie/meldingen").text
    for shown in ("Over de aanbesteding van zonnepanelen", "reclame of spam", "Reclame voor een leverancier",
                  "R. Melder", "Koop nu goedkoop!"):
        assert shown in queue


@pytest.mark.parametrize("kind, reason, message", [
    ("", "", "Kies waarom u dit bericht rapporteert."),
    ("other", "", "Vertel bij 'Iets anders' wat er aan de hand is."),
    ("other", "   ", "Vertel bij 'Iets anders' wat er aan de hand is."),
    ("nonsense", "", "Not a valid choice"),
    ("spam", "x" * 2001, "Een reden heeft hoogstens 2000 tekens."),
])
def test_a_flag_needs_a_reason(client, login, kind, reason, message):
    reply = make_reply(make_thread())
    login(make_user())
    response = flag(client, reply, kind, reason)
    assert response.status_code == 422
    if kind != "nonsense":
        assert message in response.text
    if reason.strip():
        assert reason in response.text  # the text typed is kept
    assert db.session.scalars(select(Flag)).all() == []


def test_flagging_twice_stores_one_flag(client, login):
    reply = make_reply(make_thread())
    login(make_user())
    flag(client, reply)
    flag(client, reply, "inappropriate")
    assert "U had dit bericht al gerapporteerd." in client.get(f"/onderwerp/{reply.thread_id}").text
    assert len(db.session.scalars(select(Flag)).all()) == 1


def test_own_posts_cannot_be_flagged_and_visitors_must_log_in(client, login):
    author = make_user()
    reply = make_reply(make_thread(), author)
    response = flag(client, reply)
    assert response.status_code == 302 and response.headers["Location"].startswith("/inloggen")
    login(author)
    assert f"/bericht/{reply.id}/melden" not in client.get(f"/onderwerp/{reply.thread_id}").text
    assert flag(client, reply).status_code == 403
    assert client.post("/bericht/99999/melden", data={"kind": "spam"}).status_code == 404


def test_dismissing_flags_keeps_the_post_and_logs_it(client, login):
    reply = make_reply(make_thread())
    for _ in range(2):
        login(make_user())
        flag(client, reply)
    login(make_user(role="moderator", staff=True))
    response = client.post(f"/moderatie/bericht/{reply.id}/meldingen-afwijzen", data={"reason": "Geen reclame"})
    assert response.headers["Location"] == "/moderatie/meldingen"
    assert {f.status for f in db.session.scalars(select(Flag))} == {"dismissed"}
    assert reply.deleted_at is None
    assert "Er zijn geen gerapporteerde berichten." in client.get("/moderatie/meldingen").text
    [entry] = db.session.scalars(select(AuditEntry)).all()
    assert (entry.action, entry.reason) == ("dismiss_flags", "Geen reclame")


def test_removing_a_flagged_post_upholds_its_flags(client, login):
    reply = make_reply(make_thread())
    login(make_user())
    flag(client, reply)
    login(make_user(role="moderator", staff=True))
    client.post(f"/moderatie/bericht/{reply.id}/verwijderen", data={"reason": "Spam"})
    assert [f.status for f in db.session.scalars(select(Flag))] == ["upheld"]
    assert "Er zijn geen gerapporteerde berichten." in client.get("/moderatie/meldingen").text


def test_the_flag_queue_is_for_moderators(client, login):
    assert client.get("/moderatie/meldingen").status_code == 302
    login(make_user())
    assert client.get("/moderatie/meldingen").status_code == 403


def test_the_flag_queue_is_paged_with_a_fixed_number_of_queries(client, login, count_queries):
    thread = make_thread()
    replies = [make_reply(thread) for _ in range(3)]
    for reply in replies:
        login(make_user())
        flag(client, reply)
    login(make_user(role="moderator", staff=True))
    with count_queries() as few:
        client.get("/moderatie/meldingen")
    for _ in range(5):
        reply = make_reply(thread)
        login(make_user())
        flag(client, reply)
    login(make_user(role="moderator", staff=True))
    with count_queries() as many:
        assert client.get("/moderatie/meldingen").status_code == 200
    assert len(many) == len(few) <= 5  # with the waiting count in the header
