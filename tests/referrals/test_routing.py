"""Unanswered questions offered to members who may help, with a frozen clock: when, to whom, how often."""
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from forum.clock import utcnow
from forum.experience.models import CategoryExperience, TagExperience
from forum.extensions import db
from forum.following.digests import queue_due_digests
from forum.following.models import KIND_HELP_REQUEST, Notification, NotificationSettings
from forum.outbox.models import OutboxMail
from forum.members.models import TagExpertise, ThemeExpertise
from forum.personal_data import erase_all, export_all
from forum.referrals.models import Referral
from forum.referrals import services
from forum.referrals.services import offer_unanswered
from forum.referrals.workdays import add_working_days
from forum.tags.models import Tag
from forum.tags.services import set_thread_tags
from tests.factories import make_category, make_municipality, make_reply, make_thread, make_user

FRIDAY = datetime(2026, 11, 27, 10, 0)
MONDAY, TUESDAY = FRIDAY + timedelta(days=3), FRIDAY + timedelta(days=4)


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


@pytest.fixture
def people(theme):
    """The asker and a colleague in Zwolle; an experienced member in Deventer; a named expert
    in Kampen; a VNG expert; and a member who knows nothing about the theme."""
    zwolle, deventer = make_municipality("Zwolle"), make_municipality("Deventer")
    found = {
        "asker": make_user(zwolle, name="A. Vrager"),
        "colleague": make_user(zwolle, name="C. Collega"),
        "experienced": make_user(deventer, name="E. Ervaren"),
        "expert": make_user(make_municipality("Kampen"), name="K. Kenner"),
        "vng": make_user(staff=True, name="V. Expert"),
        "bystander": make_user(make_municipality("Ede"), name="B. Buiten"),
    }
    for municipality in (zwolle, deventer):  # Zwolle has experience too: still never its own question
        db.session.add(CategoryExperience(category_id=theme.id, municipality_id=municipality.id, reply_count=4))
    for person in ("expert", "vng"):
        db.session.add(ThemeExpertise(user_id=found[person].id, category_id=theme.id))
    db.session.commit()
    return found


def ask_on_friday(people, theme, title="Hoe regelen jullie de woonzorgvisie?"):
    thread = make_thread(author=people["asker"], category=theme, title=title)
    thread.created_at = thread.last_activity_at = FRIDAY
    db.session.commit()
    return thread


def offered(thread) -> dict[int, str]:
    return dict(db.session.execute(select(Referral.user_id, Referral.reason).where(Referral.thread_id == thread.id)).all())


def help_requests_of(user) -> int:
    return db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == user.id, Notification.kind == KIND_HELP_REQUEST))


def test_working_days_skip_the_weekend():
    assert add_working_days(FRIDAY, 2) == TUESDAY
    assert add_working_days(datetime(2026, 11, 24, 9, 0), 2) == datetime(2026, 11, 26, 9, 0)
    assert add_working_days(datetime(2026, 11, 28, 12, 0), 1) == datetime(2026, 11, 30, 12, 0)


def test_a_friday_question_is_offered_on_tuesday_not_before(people, theme):
    thread = ask_on_friday(people, theme)
    assert offer_unanswered(MONDAY + timedelta(hours=23)) == 0
    assert offer_unanswered(TUESDAY - timedelta(minutes=1)) == 0
    assert offer_unanswered(TUESDAY) == 3
    assert offered(thread) == {
        people["vng"].id: "vng_expert", people["expert"].id: "expertise", people["experienced"].id: "experience",
    }
    for person in ("asker", "colleague", "bystander"):
        assert help_requests_of(people[person]) == 0
    assert help_requests_of(people["experienced"]) == 1


def test_the_offer_is_on_the_notifications_page_and_in_the_digest(client, login, people, theme):
    thread = ask_on_friday(people, theme)
    offer_unanswered(TUESDAY)
    db.session.commit()
    login(people["expert"])
    page = client.get("/meldingen").get_data(as_text=True)
    assert "Kunt u helpen?" in page and thread.title in page


def test_the_digest_has_a_heading_for_offers(people, theme):
    thread = ask_on_friday(people, theme)
    offer_unanswered(TUESDAY)
    queue_due_digests(TUESDAY + timedelta(hours=1))
    digest = db.session.scalar(select(OutboxMail).where(OutboxMail.recipient == people["expert"].email))
    assert "== Kunt u helpen?" in digest.body_text and thread.title in digest.body_text
    assert "Kunt u helpen?</h2>" in digest.body_html


def test_at_most_the_weekly_cap_per_member(app, people, theme):
    app.config["ROUTING_MAX_PER_MEMBER_PER_WEEK"] = 2
    threads = [ask_on_friday(people, theme, title=f"Vraag nummer {n} over wonen en zorg") for n in range(3)]
    offer_unanswered(TUESDAY)
    assert sum(people["expert"].id in offered(thread) for thread in threads) == 2
    assert help_requests_of(people["expert"]) == 2
    # A week later the cap is free again, but those questions are old news by then.
    app.config["ROUTING_MAX_AGE_DAYS"] = 30
    offer_unanswered(TUESDAY + timedelta(days=7, minutes=1))
    assert help_requests_of(people["expert"]) == 3


def test_at_most_so_many_members_per_question(app, people, theme):
    app.config["ROUTING_MAX_MEMBERS_PER_QUESTION"] = 1
    thread = ask_on_friday(people, theme)
    offer_unanswered(TUESDAY)
    assert offered(thread) == {people["vng"].id: "vng_expert"}  # the most telling reason first


def test_never_twice_for_the_same_question(people, theme):
    thread = ask_on_friday(people, theme)
    assert offer_unanswered(TUESDAY) == 3
    assert offer_unanswered(TUESDAY + timedelta(hours=1)) == 0
    assert len(offered(thread)) == 3 and help_requests_of(people["expert"]) == 1


def test_the_opt_out_in_the_settings_is_respected(client, login, people, theme):
    login(people["expert"])
    page = client.get("/meldingen/instellingen").get_data(as_text=True)
    assert "Vragen zonder antwoord krijgen" in page
    response = client.post("/meldingen/instellingen", data={"mail_frequency": "daily", "follow_own_threads": "y"})
    assert response.status_code == 302
    assert db.session.get(NotificationSettings, people["expert"].id).help_requests is False
    thread = ask_on_friday(people, theme)
    offer_unanswered(TUESDAY)
    assert people["expert"].id not in offered(thread)
    assert people["experienced"].id in offered(thread)


def test_answered_removed_and_old_questions_are_not_offered(app, people, theme):
    answered = ask_on_friday(people, theme, title="Beantwoorde vraag over woningdelen")
    make_reply(answered, author=people["bystander"])
    removed = ask_on_friday(people, theme, title="Verwijderde vraag over woningdelen")
    removed.deleted_at = utcnow()
    old = make_thread(author=people["asker"], category=theme, title="Oude vraag over de huisvestingswet")
    old.created_at = FRIDAY - timedelta(days=app.config["ROUTING_MAX_AGE_DAYS"] + 1)
    db.session.commit()
    assert offer_unanswered(TUESDAY) == 0


def test_inactive_members_are_not_offered(people, theme):
    people["expert"].status = "suspended"
    thread = ask_on_friday(people, theme)
    offer_unanswered(TUESDAY)
    assert people["expert"].id not in offered(thread)


def test_tags_bring_in_their_experts_and_experience(people, theme):
    tag_expert = make_user(make_municipality("Almere"))
    tag_municipality = make_municipality("Lelystad")
    tag_member = make_user(tag_municipality)
    thread = ask_on_friday(people, theme)
    set_thread_tags(thread, ["friesland-huur"])
    tag = db.session.scalar(select(Tag).where(Tag.slug == "friesland-huur"))
    db.session.add(TagExpertise(user_id=tag_expert.id, tag_id=tag.id))
    db.session.add(TagExperience(tag_id=tag.id, municipality_id=tag_municipality.id, reply_count=1))
    db.session.commit()
    offer_unanswered(TUESDAY)
    assert offered(thread)[tag_expert.id] == "expertise"
    assert offered(thread)[tag_member.id] == "experience"


def test_the_command_runs_the_offers(app, people, theme):
    thread = make_thread(author=people["asker"], category=theme)
    thread.created_at = utcnow() - timedelta(days=6)  # two working days ago whatever today is
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["referrals", "run"])
    assert result.exit_code == 0 and "aangeboden: 3 keer" in result.output


def test_offers_are_in_the_data_download_and_erased(people, theme):
    thread = ask_on_friday(people, theme)
    offer_unanswered(TUESDAY)
    exported = export_all(people["expert"])
    assert exported["questions_offered"] == [{"thread_id": thread.id, "reason": "expertise",
                                             "sent_at": TUESDAY.isoformat() + "Z"}]
    erase_all(people["expert"])
    assert people["expert"].id not in offered(thread)


def test_a_run_that_finds_a_member_already_offered_by_another_run_skips_them(people, theme):
    """Two runs at the same moment: the second writes no second offer and no second notification,
    and does not fail on the unique referral."""
    thread = ask_on_friday(people, theme)
    expert = people["expert"]
    # The other run committed its offer to the expert after this run chose its candidates.
    db.session.add(Referral(thread_id=thread.id, user_id=expert.id, reason="expertise", sent_at=TUESDAY))
    db.session.commit()
    assert services._offer(thread, {expert.id: "expertise", people["vng"].id: "vng_expert"}, TUESDAY) == 1
    db.session.commit()
    notified = db.session.scalars(select(Notification.user_id).where(
        Notification.thread_id == thread.id, Notification.kind == KIND_HELP_REQUEST)).all()
    assert notified == [people["vng"].id]
    assert set(offered(thread)) == {expert.id, people["vng"].id}
