"""Questions addressed to the VNG go to its experts at once; their replies are marked."""
import pytest
from sqlalchemy import select

from forum.board.models import Thread
from forum.extensions import db
from forum.following.mails import compose_notification_mail
from forum.following.models import KIND_HELP_REQUEST, Notification, NotificationSettings
from forum.members.models import ThemeExpertise
from forum.outbox.models import OutboxMail
from forum.referrals.models import Referral
from tests.factories import make_category, make_municipality, make_reply, make_thread, make_user


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


@pytest.fixture
def vng_expert(theme):
    expert = make_user(staff=True, name="V. Expert", email="expert@vng.example.nl")
    db.session.add(ThemeExpertise(user_id=expert.id, category_id=theme.id))
    # The expert wants mail at once, and had opted out of offers: a question to the VNG still comes.
    db.session.add(NotificationSettings(user_id=expert.id, mail_frequency="instant", help_requests=False))
    db.session.commit()
    return expert


def ask(client, theme, **fields):
    data = {"title": "Hoe gaan we om met de nieuwe huurwet?", "category": theme.id, "body": "Onze **vraag**."}
    return client.post("/vraag-stellen", data={**data, **fields})


def test_the_ask_form_offers_the_box(client, login, theme):
    login(make_user())
    assert "Vraag aan de VNG" in client.get("/vraag-stellen").get_data(as_text=True)


def test_a_question_to_the_vng_reaches_its_experts_at_once(client, login, theme, vng_expert):
    other_theme_expert = make_user(staff=True)
    db.session.add(ThemeExpertise(user_id=other_theme_expert.id,
                                  category_id=make_category("Klimaat", parent=theme.parent).id))
    db.session.commit()
    login(make_user(make_municipality("Zwolle")))
    assert ask(client, theme, vraag_aan_vng="y").status_code == 302
    thread = db.session.scalar(select(Thread))
    [referral] = db.session.scalars(select(Referral)).all()
    assert (referral.user_id, referral.reason) == (vng_expert.id, "asked_vng")
    notification = db.session.scalar(select(Notification).where(Notification.kind == KIND_HELP_REQUEST))
    assert notification.user_id == vng_expert.id and notification.thread_id == thread.id
    mail = db.session.scalar(select(OutboxMail).where(OutboxMail.recipient == vng_expert.email))
    assert mail is not None and mail.notification_id == notification.id
    composed = compose_notification_mail(mail)
    # Worded as a question to the VNG, not as an old question nobody answered.
    assert composed.subject == f"Een gemeente stelt een vraag aan de VNG: {thread.title}"
    assert "Een gemeente stelt een vraag aan de VNG" in composed.text
    assert "Kunt u helpen?" not in composed.subject + composed.text
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "Vraag aan de VNG" in page
    login(vng_expert)
    bell = client.get("/meldingen").get_data(as_text=True)
    assert "Een gemeente stelt een vraag aan de VNG" in bell and "wacht nog op een antwoord" not in bell


def test_a_question_not_to_the_vng_is_not_marked(client, login, theme, vng_expert):
    login(make_user())
    assert ask(client, theme).status_code == 302
    thread = db.session.scalar(select(Thread))
    assert db.session.scalars(select(Referral)).all() == []
    assert "Vraag aan de VNG</span>" not in client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)


def test_replies_of_the_themes_vng_expert_are_marked(client, login, theme, vng_expert):
    thread = make_thread(category=theme)
    make_reply(thread, author=vng_expert, body="Vanuit de VNG: zie de handreiking.")
    make_reply(thread, author=make_user(), body="Bij ons ging het zo.")
    login(make_user())
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert page.count('badge--vng">VNG-expert') == 1
    assert page.index("VNG-expert") < page.index("Vanuit de VNG")
    # An expert on another theme is not this thread's VNG-expert.
    elsewhere = make_thread(category=make_category("Klimaat", parent=theme.parent))
    make_reply(elsewhere, author=vng_expert)
    assert "VNG-expert" not in client.get(f"/onderwerp/{elsewhere.id}").get_data(as_text=True)
