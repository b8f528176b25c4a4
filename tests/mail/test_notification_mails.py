"""Notification mail, end to end: a post through HTTP, the outbox, `flask mail deliver`, a real SMTP server."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from forum.clock import utcnow
from forum.extensions import db
from forum.following.digests import queue_due_digests
from forum.following.models import Notification, NotificationSettings
from forum.following.services import set_level
from forum.outbox.models import CANCELLED, OutboxMail
from tests.factories import make_category, make_municipality, make_thread, make_user
from tests.following.helpers import ask, reply


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


@pytest.fixture
def digests(app):
    runner = app.test_cli_runner()

    def run():
        db.session.commit()
        result = runner.invoke(args=["mail", "digests"])
        assert result.exit_code == 0, result.output
        db.session.expire_all()
        return result

    return run


def choose_mail(client, login, user, frequency, follow_own_threads=True):
    login(user)
    data = {"mail_frequency": frequency}
    if follow_own_threads:
        data["follow_own_threads"] = "y"
    response = client.post("/meldingen/instellingen", data=data)
    assert response.status_code == 302
    return user


def link(text, path):
    return re.search(rf"http://forum\.test{path}\S*", text).group()


def test_an_instant_mail_for_a_new_thread_in_a_followed_category(
    client, login, theme, smtp, deliver
):
    follower = choose_mail(
        client, login, make_user(name="F. Volger", email="volger@example.nl"), "instant"
    )
    set_level(follower.id, "category", theme.id, "watching")
    login(make_user(make_municipality("Breda"), name="B. Reda"))
    thread = ask(
        client,
        theme,
        title="Hoe besteden jullie groen onderhoud aan?",
        body="Wij zoeken **ervaringen** met prestatiecontracten.",
    )
    result = deliver()
    assert result.exit_code == 0, result.output
    [mail] = smtp.received
    assert mail.recipients == ["volger@example.nl"]
    assert mail.message["Subject"] == "Nieuwe vraag: Hoe besteden jullie groen onderhoud aan?"
    assert mail.text.startswith("Beste F. Volger,")
    assert "Nieuwe vraag van Gemeente Breda · B. Reda in Wonen" in mail.text
    # The post as one reads it: plain text in the text part, its emphasis in the HTML part.
    assert "Wij zoeken ervaringen met prestatiecontracten." in mail.text
    assert "Wij zoeken <strong>ervaringen</strong> met prestatiecontracten." in mail.html
    assert "**" not in mail.text + mail.html
    post_id = db.session.scalar(select(Notification.post_id))
    assert f"http://forum.test/bericht/{post_id}" in mail.text
    assert "<strong>Nieuwe vraag van Gemeente Breda · B. Reda in Wonen</strong>" in mail.html
    # Plain text and HTML, an unsubscribe link in the body and in the header (one click, RFC 8058).
    assert mail.message.get_content_type() == "multipart/alternative"
    unsubscribe = mail.message["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("http://forum.test/afmelden/")
    assert f"Geen e-mail meer ontvangen (zonder in te loggen): {unsubscribe}" in mail.text
    assert mail.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail.message["References"] == f"<onderwerp-{thread.id}@kennisforum.vng.nl>"
    assert mail.message["Message-ID"] == db.session.scalar(select(OutboxMail.message_id))


def test_muted_members_and_the_author_get_nothing(client, login, theme, smtp, deliver):
    domain = theme.parent
    listening = choose_mail(client, login, make_user(email="luistert@example.nl"), "instant")
    muted = choose_mail(client, login, make_user(email="negeert@example.nl"), "instant")
    set_level(listening.id, "category", domain.id, "watching")
    set_level(muted.id, "category", domain.id, "watching")
    set_level(muted.id, "category", theme.id, "muted")
    author = choose_mail(client, login, make_user(email="vrager@example.nl"), "instant")
    set_level(author.id, "category", theme.id, "watching")
    thread = ask(client, theme)
    login(listening)
    reply(client, thread, body="Ons antwoord")
    deliver()
    received = sorted((m.recipients[0], m.message["Subject"]) for m in smtp.received)
    assert received == [
        ("luistert@example.nl", f"Nieuwe vraag: {thread.title}"),
        ("vrager@example.nl", f"Nieuwe reactie op uw vraag: {thread.title}"),
    ]


def test_a_mention_mails_the_member_mentioned(client, login, theme, smtp, deliver):
    choose_mail(client, login, make_user(name="Anna van Dijk", email="anna@example.nl"), "instant")
    thread = make_thread(category=theme)
    login(make_user(name="K. Noemer"))
    reply(client, thread, body="@[Anna van Dijk] weet hoe het zit.")
    deliver()
    [mail] = smtp.received
    assert mail.recipients == ["anna@example.nl"]
    assert mail.message["Subject"] == f"K. Noemer noemde u in: {thread.title}"


def test_daily_members_get_no_instant_mail_but_one_digest_for_several_threads(
    client, login, theme, smtp, deliver, digests
):
    reader = make_user(name="D. Lezer", email="lezer@example.nl")  # the default: a daily digest
    set_level(reader.id, "category", theme.id, "watching")
    login(make_user(make_municipality("Delft")))
    first = ask(client, theme, title="Eerste vraag over deelmobiliteit")
    second = ask(client, theme, title="Tweede vraag over laadpalen")
    login(make_user(make_municipality("Ede")))
    reply(client, first, body="Wij gebruiken een concessie.")
    deliver()
    assert smtp.received == []  # nothing instant
    # The reader, and the asker from Delft, whose question got a reply.
    assert "Overzichtsmails klaargezet: 2." in digests().output
    deliver()
    [mail] = [mail for mail in smtp.received if mail.recipients == ["lezer@example.nl"]]
    assert mail.message["Subject"] == "Uw dagelijkse overzicht: 2 onderwerpen met nieuws"
    text = mail.text
    assert text.index("Eerste vraag over deelmobiliteit") < text.index(
        "Tweede vraag over laadpalen"
    )
    assert "Gemeente Ede" in text and '"Wij gebruiken een concessie."' in text
    assert link(text, f"/onderwerp/{first.id}/ongelezen") and link(
        text, f"/onderwerp/{second.id}/ongelezen"
    )
    assert mail.message["List-Unsubscribe"].startswith("<http://forum.test/afmelden/")
    assert mail.html and "Tweede vraag over laadpalen" in mail.html
    # Not due again for a day: nothing more, even with news.
    login(make_user())
    reply(client, second)
    assert "Overzichtsmails klaargezet: 0." in digests().output
    # A day later (the cron job tomorrow): only what happened since the last digest.
    assert queue_due_digests(utcnow() + timedelta(days=1)) == 2  # the reader and the asker again
    deliver()
    latest = [mail for mail in smtp.received if mail.recipients == ["lezer@example.nl"]][-1]
    assert latest.message["Subject"] == "Uw dagelijkse overzicht: 1 onderwerp met nieuws"
    assert "Tweede vraag over laadpalen" in latest.text and "deelmobiliteit" not in latest.text


def test_the_digest_leaves_out_what_was_read_on_the_forum(
    client, login, theme, smtp, deliver, digests
):
    asker = choose_mail(client, login, make_user(email="week@example.nl"), "weekly")
    thread = ask(client, theme)
    login(make_user())
    reply(client, thread)
    login(asker)
    client.get(f"/onderwerp/{thread.id}")
    assert "Overzichtsmails klaargezet: 0." in digests().output
    db.session.execute(
        update(NotificationSettings)
        .where(NotificationSettings.user_id == asker.id)
        .values(last_digest_at=utcnow() - timedelta(days=8))
    )
    login(make_user())
    reply(client, thread, body="Nog een ervaring")
    digests()
    deliver()
    [mail] = [mail for mail in smtp.received if mail.recipients == ["week@example.nl"]]
    assert mail.message["Subject"] == "Uw wekelijkse overzicht: 1 onderwerp met nieuws"
    assert "Nog een ervaring" in mail.text and "Onze ervaring." not in mail.text


def test_the_unsubscribe_link_works_without_logging_in(client, login, theme, smtp, deliver):
    member = choose_mail(client, login, make_user(email="stop@example.nl"), "instant")
    thread = ask(client, theme)
    login(make_user())
    reply(client, thread)
    deliver()
    [mail] = smtp.received
    unsubscribe = mail.message["List-Unsubscribe"].strip("<>").removeprefix("http://forum.test")
    client.post("/uitloggen")
    page = client.get(unsubscribe)
    assert page.status_code == 200
    assert "Wilt u geen e-mail met meldingen meer ontvangen op stop@example.nl?" in page.text
    assert (
        db.session.get(NotificationSettings, member.id).mail_frequency == "instant"
    )  # a GET changes nothing
    response = client.post(unsubscribe, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "U ontvangt geen e-mail met meldingen meer op stop@example.nl." in response.text
    assert db.session.get(NotificationSettings, member.id).mail_frequency == "none"
    login(make_user())
    reply(client, thread)
    deliver()
    assert len(smtp.received) == 1


def test_the_thread_link_mutes_only_that_thread(client, login, theme, smtp, deliver):
    member = choose_mail(client, login, make_user(), "instant")
    thread = ask(client, theme)
    login(make_user())
    reply(client, thread)
    deliver()
    mute = re.search(
        r"Dit onderwerp niet meer volgen: http://forum\.test(/afmelden/\S+)", smtp.received[0].text
    ).group(1)
    client.post("/uitloggen")
    page = client.get(mute).text
    assert "Dit onderwerp negeren" in page
    response = client.post(f"{mute}/onderwerp")
    assert "U krijgt geen meldingen meer over het onderwerp" in response.text
    from tests.following.helpers import watch_level

    assert watch_level(member, "thread", thread.id) == "muted"
    assert db.session.get(NotificationSettings, member.id).mail_frequency == "instant"


@pytest.mark.parametrize("token", ["niet-echt", "eyJpZCI6MX0.vervalst", "a" * 300])
def test_a_bad_unsubscribe_link_is_a_dutch_400(client, token):
    for response in (
        client.get(f"/afmelden/{token}"),
        client.post(f"/afmelden/{token}"),
        client.post(f"/afmelden/{token}/onderwerp"),
    ):
        assert response.status_code == 400
        assert "Deze afmeldlink werkt niet" in response.text


def test_a_mail_queued_before_the_member_stopped_mail_is_not_sent(
    client, login, theme, smtp, deliver
):
    member = choose_mail(client, login, make_user(), "instant")
    thread = ask(client, theme)
    login(make_user())
    reply(client, thread)
    choose_mail(client, login, member, "none")
    result = deliver()
    assert "vervallen: 1" in result.output
    assert smtp.received == []
    assert db.session.scalar(select(OutboxMail.status)) == CANCELLED


def test_a_refused_post_queues_no_mail(client, login, theme, smtp, deliver):
    choose_mail(client, login, make_user(), "instant")
    thread = make_thread(category=theme)
    login(make_user())
    assert (
        client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "[" * 200}).status_code == 422
    )
    assert db.session.scalar(select(OutboxMail)) is None
    deliver()
    assert smtp.received == []


def test_settings_page(client, login):
    login(make_user())
    page = client.get("/meldingen/instellingen").text
    assert (
        '<input checked id="mail_frequency-1" name="mail_frequency" type="radio" value="daily">'
        in page
    )
    assert "Dagelijks overzicht: hoogstens één mail per dag" in page
    response = client.post("/meldingen/instellingen", data={"mail_frequency": "elk uur"})
    assert response.status_code == 422
    assert "Kies hoe vaak u e-mail wilt ontvangen." in response.text


def test_one_click_unsubscribing_needs_no_csrf_token(app, client):
    from forum.following.tokens import unsubscribe_token

    app.config["WTF_CSRF_ENABLED"] = True
    member = make_user()
    token = unsubscribe_token(member.id)
    response = client.post(f"/afmelden/{token}", data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert db.session.get(NotificationSettings, member.id).mail_frequency == "none"


def test_a_rolled_back_reply_leaves_no_notification_and_no_mail(app, theme, smtp, deliver):
    from forum.board.services import add_reply
    from forum.following.services import update_settings

    watcher = make_user(email="kijker@example.nl")
    update_settings(watcher, mail_frequency="instant", follow_own_threads=True)
    set_level(watcher.id, "category", theme.id, "watching")
    thread = make_thread(category=theme, title="Een vraag die blijft staan")
    add_reply(make_user(), thread, "Een reactie die niet doorgaat")
    assert db.session.scalar(select(func.count()).select_from(OutboxMail)) == 2  # in the transaction
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(OutboxMail)) == 1
    assert db.session.scalar(select(func.count()).select_from(Notification)) == 1
    deliver()
    assert [mail.message["Subject"] for mail in smtp.received] == ["Nieuwe vraag: Een vraag die blijft staan"]
