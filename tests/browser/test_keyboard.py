"""Keyboard only: the skip link, a visible focus on everything that takes focus, and asking a
question from logging in to posting it without touching the mouse (WCAG 2.1.1, 2.4.1, 2.4.7)."""
import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.municipalities.models import Municipality
from tests.browser.checks import assert_focus_visible, is_focused, tab_to
from tests.browser.helpers import DESKTOP, NARROW, save_screenshot
from tests.browser.seed import THEME_SLUG
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.browser

# What the browser stops at with Tab, among the elements that are rendered.
# A group of radio buttons is one stop of the tab order (arrow keys move within it); a date field
# is three (day, month, year).
_TABBABLE_COUNT = """() => {
  const seenRadioGroups = new Set();
  return [...document.querySelectorAll(
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), " +
    "textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])"
  )].filter(element => element.checkVisibility({visibilityProperty: true})).filter(element => {
    if (element.type !== "radio") return true;
    const group = element.form ? element.form.id + "/" + element.name : element.name;
    if (seenRadioGroups.has(group)) return false;
    seenRadioGroups.add(group);
    return true;
  }).reduce((stops, element) => stops + (element.type === "date" ? 3 : 1), 0);
}"""
# Marks the focused element and tells whether it had the focus before in this walk.
_VISITED_BEFORE = """() => {
  const element = document.activeElement;
  const stillInDateField = element.type === "date" && window.lastTabbedTo === element;
  window.lastTabbedTo = element;
  const before = element.dataset.tabbedTo === "yes" && !stillInDateField;
  element.dataset.tabbedTo = "yes";
  return before;
}"""

PAGES = [
    pytest.param(None, lambda d: "/", id="home-visitor"),
    pytest.param(None, lambda d: "/registreren", id="register"),
    pytest.param("member", lambda d: "/", id="home-member"),
    pytest.param("member", lambda d: f"/categorie/{THEME_SLUG}", id="theme"),
    pytest.param("member", lambda d: f"/onderwerp/{d.long_thread_id}?pagina=2", id="long-thread"),
    pytest.param("member", lambda d: "/vraag-stellen", id="ask"),
    pytest.param("member", lambda d: "/gemeenten", id="municipalities"),
    pytest.param("moderator", lambda d: "/moderatie/aanmeldingen", id="moderation-queue"),
]


@pytest.mark.parametrize("role, path", PAGES)
def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(new_context, live_forum, role, path):
    page = new_context(as_=role).new_page()
    page.goto(path(live_forum.data))
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Naar de inhoud")
    assert is_focused(skip_link)
    assert_focus_visible(page)
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    assert_focus_visible(page)


@pytest.mark.parametrize("viewport", [DESKTOP, NARROW], ids=["1280px", "320px"])
@pytest.mark.parametrize("role, path", PAGES)
def test_every_stop_of_the_tab_order_shows_where_the_focus_is(new_context, live_forum, role, path, viewport):
    page = new_context(as_=role, viewport=viewport).new_page()
    page.goto(path(live_forum.data))
    stops = page.evaluate(_TABBABLE_COUNT)
    assert stops > 10
    for _ in range(stops):
        page.keyboard.press("Tab")
        assert_focus_visible(page)
        # Nothing traps the focus: every stop is an element not visited before.
        assert not page.evaluate(_VISITED_BEFORE)


def test_ask_a_question_with_the_keyboard_alone(new_context, live_forum):
    with live_forum.database() as session:
        nijmegen = session.scalar(select(Municipality).where(Municipality.slug == "nijmegen"))
        make_user(nijmegen, name="Tessa Willems", email="t.willems@nijmegen.example.nl")
    page = new_context().new_page()
    page.goto("/inloggen")

    tab_to(page, page.get_by_label("E-mailadres"))
    page.keyboard.type("t.willems@nijmegen.example.nl")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_text("Welkom, Tessa Willems. U bent ingelogd.")).to_be_visible()

    tab_to(page, page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Vraag stellen"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stel een vraag aan andere gemeenten")

    # Sent empty: the list of errors gets the focus, and its links lead into the fields.
    tab_to(page, page.get_by_role("button", name="Vraag plaatsen"))
    page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    assert_focus_visible(page)
    page.keyboard.press("Tab")
    expect(summary.get_by_role("link").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Titel van uw vraag")).to_be_focused()

    page.keyboard.type("Hoe organiseren jullie de inburgering van statushouders?")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Thema")).to_be_focused()
    page.keyboard.type("Inburgering")
    expect(page.get_by_label("Thema").locator("option:checked")).to_have_text("Inburgering")
    page.keyboard.press("Tab")  # the Markdown toolbar comes first, then its text box
    expect(page.get_by_role("button", name="Vet")).to_be_focused()
    tab_to(page, page.get_by_label("Uw vraag", exact=True))
    page.keyboard.type("Wij werken met **taalmaatjes**.")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.type("- Wat kost dat bij jullie?")

    tab_to(page, page.get_by_role("button", name="Voorbeeld bekijken"))
    page.keyboard.press("Enter")
    preview = page.get_by_role("region", name="Voorbeeld")
    expect(preview).to_be_focused()
    expect(preview.locator("strong")).to_have_text("taalmaatjes")
    expect(preview.locator("li")).to_have_text("Wat kost dat bij jullie?")
    save_screenshot(page, "journeys", "keyboard-ask-preview")

    tab_to(page, page.get_by_role("button", name="Vraag plaatsen"))
    page.keyboard.press("Enter")
    # When the similar questions had not shown up while typing, the forum shows them once
    # before posting; the member has looked, and posts again, as the notice says.
    posted = page.get_by_text("Uw vraag is geplaatst.")
    similar_first = page.get_by_text("Er zijn al vragen die op de uwe lijken.")
    expect(posted.or_(similar_first)).to_be_visible()
    if similar_first.is_visible():
        tab_to(page, page.get_by_role("button", name="Vraag plaatsen"))
        page.keyboard.press("Enter")
    expect(posted).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hoe organiseren jullie de inburgering van statushouders?")
    expect(page.locator(".post--question .post__body strong")).to_have_text("taalmaatjes")
    save_screenshot(page, "journeys", "keyboard-ask-a-question")
