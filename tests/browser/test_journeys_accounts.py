"""Journeys of a person and their account, with mouse and keyboard as people use them:
registering and being approved, confirming by mail, logging in and logging out."""
import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.municipalities.models import Municipality, VerifiedDomain
from tests.browser.helpers import log_in, save_screenshot
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.browser

NEW_PASSWORD = "zonnepanelen op elk gemeentehuis"


def _municipality(session, name):
    return session.scalar(select(Municipality).where(Municipality.name == name))


def _link_in(mail, live_forum) -> str:
    return re.search(rf"{re.escape(live_forum.url)}/\S+", mail.text).group(0)


def _fill_registration(page, municipality, name, job_title, email):
    page.get_by_label("Gemeente", exact=True).select_option(label=municipality)
    page.get_by_label("Naam", exact=True).fill(name)
    page.get_by_label("Functie").fill(job_title)
    page.get_by_label("Werk-e-mailadres").fill(email)
    page.get_by_label("Wachtwoord", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Herhaal het wachtwoord").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Registreren").click()


def test_register_and_get_approved_by_a_moderator(new_context, live_forum):
    applicant = new_context().new_page()
    applicant.goto("/")
    applicant.get_by_role("link", name="Account aanvragen").click()
    expect(applicant.get_by_role("heading", level=1)).to_have_text("Registreren")
    _fill_registration(applicant, "Deventer", "Mirjam Kok", "adviseur jeugd", "m.kok@jeugdregio.example.nl")
    expect(applicant.get_by_role("heading", level=1)).to_have_text("Aanmelding ontvangen")
    expect(applicant.get_by_text("Een moderator van de VNG beoordeelt uw aanmelding")).to_be_visible()

    # Before approval the door stays shut, and the page says why.
    applicant.get_by_role("link", name="Inloggen").click()
    applicant.get_by_label("E-mailadres").fill("m.kok@jeugdregio.example.nl")
    applicant.get_by_label("Wachtwoord", exact=True).fill(NEW_PASSWORD)
    applicant.get_by_role("button", name="Inloggen").click()
    expect(applicant.get_by_text("Uw account wacht nog op goedkeuring door een moderator.")).to_be_visible()

    # Logged in with password and two-factor code (a code counts once, so the session is reused).
    moderator = new_context(as_="moderator").new_page()
    moderator.goto("/")
    moderator.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Moderatie").click()
    moderator.get_by_role("navigation", name="Moderatie").get_by_role("link", name="Aanmeldingen").click()
    application = moderator.locator(".application").filter(has_text="Mirjam Kok")
    expect(application).to_contain_text("Gemeente Deventer")
    expect(application).to_contain_text("m.kok@jeugdregio.example.nl")
    application.get_by_role("button", name=re.compile(r"^Goedkeuren\W+Mirjam Kok$")).click()
    expect(moderator.get_by_text("Het account van Mirjam Kok is goedgekeurd")).to_be_visible()
    expect(moderator.locator(".application").filter(has_text="Mirjam Kok")).to_have_count(0)

    [approval] = live_forum.mails_to("m.kok@jeugdregio.example.nl")
    applicant.goto(_link_in(approval, live_forum))
    applicant.get_by_label("E-mailadres").fill("m.kok@jeugdregio.example.nl")
    applicant.get_by_label("Wachtwoord", exact=True).fill(NEW_PASSWORD)
    applicant.get_by_role("button", name="Inloggen").click()
    expect(applicant.get_by_text("Welkom, Mirjam Kok. U bent ingelogd.")).to_be_visible()
    save_screenshot(applicant, "journeys", "register-and-get-approved")


def test_register_with_a_municipal_address_and_confirm_it_by_mail(new_context, live_forum):
    with live_forum.database() as session:
        session.add(VerifiedDomain(municipality=_municipality(session, "Zwolle"), domain="zwolle.nl"))
    page = new_context().new_page()
    page.goto("/registreren")
    _fill_registration(page, "Zwolle", "Ahmed Bouzid", "adviseur Wmo", "a.bouzid@zwolle.nl")
    expect(page.get_by_text("We hebben een mail gestuurd naar a.bouzid@zwolle.nl")).to_be_visible()

    [confirmation] = live_forum.mails_to("a.bouzid@zwolle.nl")
    page.goto(_link_in(confirmation, live_forum))
    expect(page.get_by_text("Uw e-mailadres is bevestigd en uw account is actief.")).to_be_visible()
    log_in(page, "a.bouzid@zwolle.nl", NEW_PASSWORD)
    save_screenshot(page, "journeys", "register-and-confirm-by-mail")


def test_log_in_after_a_typo_in_the_password(new_context, live_forum):
    with live_forum.database() as session:
        make_user(_municipality(session, "Tilburg"), name="Sara Peeters", email="s.peeters@tilburg.example.nl")
    page = new_context().new_page()
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Inloggen").click()
    page.get_by_label("E-mailadres").fill("s.peeters@tilburg.example.nl")
    page.get_by_label("Wachtwoord", exact=True).fill("een lang wachtwoord voor test")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("E-mailadres of wachtwoord klopt niet.")
    expect(page.get_by_label("E-mailadres")).to_have_value("s.peeters@tilburg.example.nl")

    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_text("Welkom, Sara Peeters. U bent ingelogd.")).to_be_visible()
    navigation = page.get_by_role("navigation", name="Hoofdmenu")
    expect(navigation.get_by_role("link", name="Mijn account")).to_be_visible()
    navigation.get_by_role("link", name="Mijn account").click()
    expect(page.locator(".facts")).to_contain_text("Gemeente Tilburg")
    save_screenshot(page, "journeys", "log-in")


def test_log_out(new_context, live_forum):
    # A login of its own: logging out ends the login on the server, and the other tests share theirs.
    page = new_context().new_page()
    log_in(page, live_forum.data.member_email, live_forum.data.password)
    page.goto("/account")
    page.get_by_role("button", name="Uitloggen", exact=True).click()  # not "Overal uitloggen"
    expect(page.get_by_text("U bent uitgelogd.")).to_be_visible()
    navigation = page.get_by_role("navigation", name="Hoofdmenu")
    expect(navigation.get_by_role("link", name="Inloggen")).to_be_visible()
    expect(navigation.get_by_role("button", name="Uitloggen")).to_have_count(0)
    save_screenshot(page, "journeys", "log-out")

    page.goto("/account")
    expect(page).to_have_url(re.compile(r"/inloggen\?next="))
