"""The audit log page: who did what, to which target, why and when; for moderators only."""
from forum.moderation import audit
from tests.factories import make_thread, make_user


def test_the_log_shows_every_field(client, login):
    moderator = login(make_user(name="M. Oderator", role="moderator", staff=True))
    thread = make_thread(title="Een vraag over warmtenetten")
    client.post(f"/moderatie/onderwerp/{thread.id}/sluiten", data={"reason": "Beantwoord"})
    page = client.get("/moderatie/logboek").text
    for shown in ("M. Oderator", "onderwerp gesloten", "Een vraag over warmtenetten", "Beantwoord", "<time",
                  f'href="/onderwerp/{thread.id}"'):
        assert shown in page
    assert moderator.id


def test_the_log_is_for_moderators_only(client, login):
    assert client.get("/moderatie/logboek").headers["Location"].startswith("/inloggen")
    login(make_user())
    assert client.get("/moderatie/logboek").status_code == 403


def test_the_log_is_paged_newest_first_with_fixed_queries(app, client, login, count_queries):
    moderator = login(make_user(role="moderator", staff=True))
    for number in range(51):
        audit.record(moderator, "lock", "thread", number + 1, f"Onderwerp {number}")
    with count_queries() as queries:
        first = client.get("/moderatie/logboek").text
    assert len(queries) <= 5  # with the header's waiting count
    assert first.count('class="audit-entry"') == 50
    assert first.index("Onderwerp 50") < first.index("Onderwerp 49")
    assert client.get("/moderatie/logboek?pagina=2").text.count('class="audit-entry"') == 1
