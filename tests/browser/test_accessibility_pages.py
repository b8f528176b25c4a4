"""axe-core (WCAG 2.1 A and AA) on every kind of page, logged in and out, 1280 and 320 px wide;
also one h1, lang="nl" and no sideways scrolling (reflow) on each.

Each case opens a page as a visitor, a member or a moderator would, and puts it in the state
worth checking (a form with errors, a preview, an open panel). The forum holds every state a page
can show (seed_states.py): solved, unread, new, reported, removed, locked, pinned, merged, tags,
experience, mentions, every kind of notification. Any violation fails. Which GET routes have a
case here is checked by test_accessibility_coverage.py.
"""
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tests.browser.checks import assert_lang_is_dutch, assert_no_axe_violations, assert_reflows
from tests.browser.helpers import DESKTOP, NARROW, save_screenshot
from tests.browser.seed import DOMAIN_SLUG, MUNICIPALITY_SLUG, THEME_SLUG

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class PageCase:
    name: str
    role: str | None  # None: a visitor who is not logged in
    path: Callable  # data -> path
    status: int = 200
    prepare: Callable | None = None  # (page, data) -> None: what a person does before we check
    public_reading: bool = False  # a forum configured with FORUM_PUBLIC_READING=1
    lands_on: str | None = None  # the endpoint checked, when `prepare` leads from `path` to another page


def _submit_empty(button_name):
    def submit(page, data):
        page.get_by_role("button", name=button_name, exact=True).click()
        expect(page.locator(".error-summary")).to_be_visible()
    return submit


def _preview_question(page, data):
    page.get_by_label("Titel van uw vraag").fill("Hoe meten jullie de tevredenheid over de Wmo?")
    page.get_by_label("Thema").select_option(label="Wmo en zorg")
    page.get_by_label("Uw vraag", exact=True).fill("Wij gebruiken:\n\n- een **enquête**\n- gesprekken\n\n| jaar | score |\n|---|---|\n| 2024 | 7,4 |")
    page.get_by_role("button", name="Voorbeeld bekijken").click()
    expect(page.locator("[data-preview-body] strong")).to_have_text("enquête")


def _ask_with_an_invalid_poll(page, data):
    """A question with a poll of one answer and a closing date in the past: refused, errors at the poll."""
    page.get_by_label("Titel van uw vraag").fill("Welk zaaksysteem gebruiken jullie voor de Woo?")
    page.get_by_label("Thema").select_option(label="Wmo en zorg")
    page.get_by_label("Uw vraag", exact=True).fill("Wij kiezen binnenkort een nieuw systeem.")
    page.get_by_label("Vraag van de peiling").fill("Welk zaaksysteem gebruikt uw gemeente?")
    page.get_by_label("Antwoorden").fill("Alleen dit antwoord")
    page.get_by_label("Sluitingsdatum (optioneel)").fill("2020-01-01")
    page.get_by_role("button", name="Vraag plaatsen", exact=True).click()
    expect(page.locator("#peiling-options-error")).to_be_visible()


def _keep_a_draft(page, data):
    """A reply typed and kept as a draft, then the thread opened again: the draft is offered back."""
    box = page.get_by_label("Uw reactie of ervaring")
    box.fill(f"Bij ons in de gemeente werkt het **zo** (op {page.viewport_size['width']} pixels).")
    page.get_by_role("button", name="Concept opslaan").click()
    expect(page.get_by_role("status").filter(has_text="Concept opgeslagen om")).to_be_visible()
    page.reload()
    expect(page.get_by_text("U heeft een concept van", exact=False)).to_be_visible()


def _open_reject_panel(page, data):
    page.locator(".application__reject summary").first.click()
    expect(page.get_by_label("Reden").first).to_be_visible()


def _search_municipalities(page, data):
    page.get_by_label("Naam bevat").fill("berg")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_text("gemeenten gevonden")).to_be_visible()


def _refused_profile(page, data):
    page.get_by_label("Naam", exact=True).fill("")
    page.get_by_label("Tags").fill("bestaat-nog-niet")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".error-summary")).to_be_visible()


def _password_of_a_two_factor_account(page, data):
    page.get_by_label("E-mailadres").fill(data.moderator_email)
    page.get_by_label("Wachtwoord", exact=True).fill(data.password)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Code invullen")


CASES = [
    # Visitors
    PageCase("home-visitor", None, lambda d: "/"),
    PageCase("login", None, lambda d: "/inloggen"),
    PageCase("login-errors", None, lambda d: "/inloggen", prepare=_submit_empty("Inloggen")),
    PageCase("login-code", None, lambda d: "/inloggen", prepare=_password_of_a_two_factor_account,
             lands_on="accounts.login_code"),
    PageCase("register", None, lambda d: "/registreren"),
    PageCase("register-errors", None, lambda d: "/registreren", prepare=_submit_empty("Registreren")),
    PageCase("forgot-password", None, lambda d: "/wachtwoord-vergeten"),
    PageCase("request-unlock", None, lambda d: "/inloggen/ontgrendelen"),
    PageCase("request-unlock-errors", None, lambda d: "/inloggen/ontgrendelen", prepare=_submit_empty("Stuur de link")),
    PageCase("accessibility-visitor", None, lambda d: "/toegankelijkheid"),
    PageCase("about-visitor", None, lambda d: "/over"),
    PageCase("404-visitor", None, lambda d: "/bestaat-niet", status=404),
    PageCase("privacy-statement", None, lambda d: "/privacyverklaring"),
    PageCase("contact", None, lambda d: "/contact"),
    PageCase("registered", None, lambda d: "/registreren/ontvangen"),
    PageCase("resend-confirmation", None, lambda d: "/bevestigingsmail"),
    PageCase("reset-password", None, lambda d: f"/wachtwoord-herstellen/{d.states.reset_password_token}"),
    PageCase("reset-password-link-invalid", None, lambda d: "/wachtwoord-herstellen/verlopen", status=400),
    PageCase("email-change-link-invalid", None, lambda d: "/account/e-mailadres/bevestigen/verlopen", status=400),
    PageCase("unsubscribe", None, lambda d: f"/afmelden/{d.states.unsubscribe_token}"),
    PageCase("unsubscribe-link-invalid", None, lambda d: "/afmelden/verlopen", status=400),
    # Visitors of a forum that lets everyone read
    PageCase("home-public", None, lambda d: "/", public_reading=True),
    PageCase("domain-public", None, lambda d: f"/categorie/{DOMAIN_SLUG}", public_reading=True),
    PageCase("theme-public", None, lambda d: f"/categorie/{THEME_SLUG}", public_reading=True),
    PageCase("long-thread-public", None, lambda d: f"/onderwerp/{d.long_thread_id}?pagina=3", public_reading=True),
    PageCase("municipalities-public", None, lambda d: "/gemeenten", public_reading=True),
    PageCase("municipality-public", None, lambda d: f"/gemeenten/{MUNICIPALITY_SLUG}", public_reading=True),
    # Members
    PageCase("home-member", "member", lambda d: "/"),
    PageCase("domain", "member", lambda d: f"/categorie/{DOMAIN_SLUG}"),
    PageCase("theme", "member", lambda d: f"/categorie/{THEME_SLUG}"),
    PageCase("long-thread-first-page", "member", lambda d: f"/onderwerp/{d.long_thread_id}"),
    PageCase("long-thread-middle-page", "member", lambda d: f"/onderwerp/{d.long_thread_id}?pagina=2"),
    PageCase("long-thread-last-page", "member", lambda d: f"/onderwerp/{d.long_thread_id}?pagina=3"),
    PageCase("reply-errors", "member", lambda d: f"/onderwerp/{d.long_thread_id}?pagina=3",
             prepare=_submit_empty("Reactie plaatsen")),
    PageCase("ask", "member", lambda d: "/vraag-stellen"),
    PageCase("ask-errors", "member", lambda d: "/vraag-stellen", prepare=_submit_empty("Vraag plaatsen")),
    PageCase("ask-preview", "member", lambda d: "/vraag-stellen", prepare=_preview_question),
    PageCase("ask-poll-errors", "member", lambda d: "/vraag-stellen", prepare=_ask_with_an_invalid_poll),
    PageCase("edit-post", "member", lambda d: f"/bericht/{d.member_post_id}/bewerken"),
    PageCase("municipalities", "member", lambda d: "/gemeenten"),
    PageCase("municipalities-search", "member", lambda d: "/gemeenten", prepare=_search_municipalities),
    PageCase("municipality", "member", lambda d: f"/gemeenten/{MUNICIPALITY_SLUG}"),
    PageCase("municipality-questions", "member", lambda d: f"/gemeenten/{MUNICIPALITY_SLUG}/vragen"),
    PageCase("municipality-replies", "member", lambda d: f"/gemeenten/{MUNICIPALITY_SLUG}/reacties"),
    PageCase("municipality-members", "member", lambda d: f"/gemeenten/{MUNICIPALITY_SLUG}/leden"),
    PageCase("account", "member", lambda d: "/account"),
    PageCase("change-password", "member", lambda d: "/account/wachtwoord"),
    PageCase("account-data", "member", lambda d: "/account/gegevens"),
    PageCase("two-factor-settings", "member", lambda d: "/account/tweestapsverificatie"),
    PageCase("flag-post", "member", lambda d: f"/bericht/{d.other_reply_id}/melden"),
    PageCase("member-page-own", "member", lambda d: f"/leden/{d.member_id}"),
    PageCase("member-page-other", "member", lambda d: f"/leden/{d.other_member_id}"),
    PageCase("member-page-vng-staff", "member", lambda d: f"/leden/{d.moderator_id}"),
    PageCase("member-page-erased", "member", lambda d: f"/leden/{d.erased_member_id}"),
    PageCase("member-questions", "member", lambda d: f"/leden/{d.member_id}/vragen"),
    PageCase("member-replies", "member", lambda d: f"/leden/{d.other_member_id}/reacties"),
    PageCase("edit-profile", "member", lambda d: "/account/profiel"),
    PageCase("edit-profile-errors", "member", lambda d: "/account/profiel", prepare=_refused_profile),
    # The draft is kept on a thread no other case submits a reply on; the list then holds it.
    PageCase("thread-with-draft", "member", lambda d: f"/onderwerp/{d.states.solved_thread_id}",
             prepare=_keep_a_draft),
    PageCase("drafts", "member", lambda d: "/account/concepten"),
    # Polls: open and not voted, voted by a colleague, closed, results hidden until closing
    PageCase("poll-open", "member", lambda d: f"/onderwerp/{d.polls.open_thread_id}"),
    PageCase("poll-voted", "member", lambda d: f"/onderwerp/{d.polls.voted_thread_id}"),
    PageCase("poll-closed", "member", lambda d: f"/onderwerp/{d.polls.closed_thread_id}"),
    PageCase("poll-results-hidden", "member", lambda d: f"/onderwerp/{d.polls.hidden_thread_id}"),
    PageCase("poll-results-hidden-page", "member", lambda d: f"/peiling/{d.polls.hidden_poll_id}", status=403),
    PageCase("poll-results", "member", lambda d: f"/peiling/{d.polls.closed_poll_id}"),
    PageCase("poll-add", "member", lambda d: f"/onderwerp/{d.polls.bare_thread_id}/peiling-toevoegen"),
    PageCase("poll-add-errors", "member", lambda d: f"/onderwerp/{d.polls.bare_thread_id}/peiling-toevoegen",
             prepare=_submit_empty("Peiling toevoegen")),
    PageCase("poll-edit", "member", lambda d: f"/peiling/{d.polls.open_poll_id}/bewerken", status=409),
    # Members, with every state a page can show
    PageCase("theme-every-state", "member", lambda d: f"/categorie/{d.states.theme_slug}"),
    PageCase("solved-thread", "member", lambda d: f"/onderwerp/{d.states.solved_thread_id}"),
    PageCase("thread-with-attachments", "member", lambda d: f"/onderwerp/{d.states.attachments_thread_id}"),
    PageCase("merged-thread", "member", lambda d: f"/onderwerp/{d.states.merged_thread_id}"),
    PageCase("post-history", "member", lambda d: f"/bericht/{d.states.solution_post_id}/geschiedenis"),
    PageCase("new-and-unread", "member", lambda d: "/nieuw"),
    PageCase("my-topics", "member", lambda d: "/mijn-onderwerpen"),
    PageCase("notifications", "member", lambda d: "/meldingen"),
    PageCase("notification-settings", "member", lambda d: "/meldingen/instellingen"),
    PageCase("follow-thread", "member", lambda d: f"/volgen/onderwerp/{d.states.solved_thread_id}"),
    PageCase("follow-category", "member", lambda d: f"/volgen/categorie/{d.states.theme_id}"),
    PageCase("follow-tag", "member", lambda d: f"/volgen/tag/{d.states.tag_id}"),
    PageCase("follow-municipality", "member", lambda d: f"/volgen/gemeente/{d.states.municipality_id}"),
    PageCase("questions", "member", lambda d: "/vragen"),
    PageCase("questions-sorted", "member", lambda d: "/vragen?sorteer=nuttig&status=open"),
    PageCase("questions-empty", "member", lambda d: "/vragen?thema=inburgering&status=opgelost"),
    PageCase("questions-unanswered", "member", lambda d: "/vragen/onbeantwoord"),
    PageCase("tags", "member", lambda d: "/tags"),
    PageCase("tag", "member", lambda d: f"/tags/{d.states.tag_slug}"),
    PageCase("experience-by-theme", "member", lambda d: f"/ervaring/categorie/{d.states.theme_slug}"),
    PageCase("experience-by-tag", "member", lambda d: f"/ervaring/tag/{d.states.tag_slug}"),
    PageCase("search", "member", lambda d: "/zoeken"),
    PageCase("search-results", "member", lambda d: "/zoeken?q=warmtepompen"),
    PageCase("search-nothing-found", "member", lambda d: "/zoeken?q=zwembadkoepelsubsidie"),
    PageCase("search-filters-hide-all", "member", lambda d: "/zoeken?q=warmtepompen&tag=bestaatniet"),
    PageCase("search-filters-without-words", "member", lambda d: "/zoeken?categorie=wonen"),
    PageCase("search-no-words", "member", lambda d: "/zoeken?q=%25"),
    PageCase("search-unknown-filters", "member", lambda d: "/zoeken?q=warmtepompen&gemeente=nergens&provincie=Atlantis"),
    PageCase("reauthenticate", "member", lambda d: "/account/bevestigen"),
    PageCase("change-email", "member", lambda d: "/account/e-mailadres"),
    PageCase("403-member", "member", lambda d: "/moderatie/aanmeldingen", status=403),
    PageCase("404-member", "member", lambda d: "/onderwerp/999999", status=404),
    PageCase("accessibility-member", "member", lambda d: "/toegankelijkheid"),
    # Moderators
    PageCase("moderation-queue", "moderator", lambda d: "/moderatie/aanmeldingen"),
    PageCase("moderation-reject-panel", "moderator", lambda d: "/moderatie/aanmeldingen",
             prepare=_open_reject_panel),
    PageCase("long-thread-moderator", "moderator", lambda d: f"/onderwerp/{d.long_thread_id}"),
    PageCase("moderation-flags", "moderator", lambda d: "/moderatie/meldingen"),
    PageCase("solved-thread-moderator", "moderator", lambda d: f"/onderwerp/{d.states.solved_thread_id}"),
    PageCase("thread-with-attachments-moderator", "moderator",
             lambda d: f"/onderwerp/{d.states.attachments_thread_id}"),
    PageCase("locked-pinned-thread-moderator", "moderator", lambda d: f"/onderwerp/{d.states.locked_thread_id}"),
    PageCase("removed-thread-moderator", "moderator", lambda d: f"/onderwerp/{d.states.removed_thread_id}"),
    PageCase("theme-moderator", "moderator", lambda d: f"/categorie/{d.states.theme_slug}"),
    PageCase("two-factor-on", "moderator", lambda d: "/account/tweestapsverificatie"),
    PageCase("moderation-members", "moderator", lambda d: "/moderatie/leden"),
    PageCase("moderation-member", "moderator", lambda d: f"/moderatie/leden/{d.member_id}"),
    PageCase("moderation-log", "moderator", lambda d: "/moderatie/logboek"),
    PageCase("move-thread", "moderator", lambda d: f"/moderatie/onderwerp/{d.long_thread_id}/verplaatsen"),
    PageCase("merge-thread", "moderator", lambda d: f"/moderatie/onderwerp/{d.long_thread_id}/samenvoegen"),
    PageCase("delete-post", "moderator", lambda d: f"/moderatie/bericht/{d.other_reply_id}/verwijderen"),
    PageCase("poll-vng-viewer", "moderator", lambda d: f"/onderwerp/{d.polls.voted_thread_id}"),
    PageCase("poll-results-vng-viewer", "moderator", lambda d: f"/peiling/{d.polls.voted_poll_id}"),
]


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["1280px", "320px"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_page_meets_wcag_21_aa(new_context, live_forum, monkeypatch, case, viewport):
    monkeypatch.setitem(live_forum.app.config, "PUBLIC_READING", case.public_reading)
    page = new_context(as_=case.role, viewport=viewport).new_page()
    response = page.goto(case.path(live_forum.data))
    assert response.status == case.status
    if case.prepare:
        case.prepare(page, live_forum.data)
    assert_lang_is_dutch(page)
    assert page.locator("h1").count() == 1
    assert_reflows(page)
    save_screenshot(page, "pages", f"{case.name}-{viewport['width']}px")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("role, path, shown", [
    ("member", lambda d: f"/categorie/{d.states.theme_slug}",
     ["Opgelost", "Vastgepind", "Gesloten", "nieuw", "2 ongelezen"]),
    ("member", lambda d: f"/onderwerp/{d.states.solved_thread_id}",
     ["Gekozen als oplossing", "Dit bericht is verwijderd door een moderator.", "Kosten en doorlooptijd", "warmtepomp",
      "@Demo Gebruiker", "Nuttig", "Vraag aan de VNG"]),
    ("member", lambda d: "/vragen?thema=inburgering&status=opgelost", ["Er zijn geen vragen die hierbij passen."]),
    ("moderator", lambda d: f"/onderwerp/{d.states.locked_thread_id}", ["Dit onderwerp is gesloten"]),
    ("moderator", lambda d: f"/onderwerp/{d.states.removed_thread_id}", ["Dit onderwerp is verwijderd"]),
    ("moderator", lambda d: "/moderatie/meldingen", ["Gewoon doen, regels zijn er om te breken."]),
    ("moderator", lambda d: "/moderatie/aanmeldingen", ["Marieke Smits"]),
], ids=["theme", "solved-thread", "questions-empty", "locked", "removed", "reports", "applications"])
def test_the_forum_under_test_shows_the_states_the_checks_are_for(new_context, live_forum, role, path, shown):
    page = new_context(as_=role).new_page()
    page.goto(path(live_forum.data))
    text = page.locator("main").inner_text()
    for state in shown:
        assert state in text, state


def test_the_notifications_page_shows_every_kind(new_context, live_forum):
    page = new_context(as_="member").new_page()
    page.goto("/meldingen")
    assert page.locator(".notification").count() >= 6
    expect(page.locator(".notification--unread").first).to_be_visible()
