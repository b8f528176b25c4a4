"""At 390 px (a common phone) the header menu folds into a 'Menu' disclosure that works with the
keyboard, with and without JavaScript, and the home page shows what is recent before the themes."""
import pytest
from playwright.sync_api import expect

from tests.browser.checks import (
    assert_focus_visible,
    assert_no_axe_violations,
    assert_reflows,
    tab_to,
)
from tests.browser.helpers import DESKTOP, save_screenshot

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
MOST_HEADER_HEIGHT = 80  # pixels; the unfolded menu took about 190


def header_height(page) -> float:
    return page.locator(".site-header").bounding_box()["height"]


def menu_link(page, name):
    return page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name=name, exact=True)


@pytest.mark.parametrize("role", [None, "member", "moderator"])
def test_the_menu_is_folded_on_a_phone(new_context, role):
    page = new_context(as_=role, viewport=PHONE).new_page()
    page.goto("/over")
    assert header_height(page) < MOST_HEADER_HEIGHT
    expect(page.get_by_role("group").get_by_text("Menu", exact=True)).to_be_visible()
    expect(menu_link(page, "Zoeken")).to_be_hidden()
    page.get_by_text("Menu", exact=True).click()
    expect(menu_link(page, "Zoeken")).to_be_visible()
    assert header_height(page) < MOST_HEADER_HEIGHT  # the open menu lies over the page
    assert_reflows(page)
    save_screenshot(page, "narrow", f"menu-open-{role or 'visitor'}")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_menu_opens_and_is_used_with_the_keyboard(new_context, javascript):
    page = new_context(as_="member", viewport=PHONE, java_script_enabled=javascript).new_page()
    page.goto("/over")
    toggle = page.locator(".site-menu__toggle")
    tab_to(page, toggle)
    page.keyboard.press("Enter")
    expect(menu_link(page, "Mijn account")).to_be_visible()
    page.keyboard.press("Tab")
    expect(menu_link(page, "Onderwerpen")).to_be_focused()
    assert_focus_visible(page)
    tab_to(page, menu_link(page, "Mijn account"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn account")


def test_escape_closes_the_menu_and_returns_the_focus(new_context):
    page = new_context(as_="member", viewport=PHONE).new_page()
    page.goto("/over")
    toggle = page.locator(".site-menu__toggle")
    tab_to(page, toggle)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(menu_link(page, "Onderwerpen")).to_be_hidden()
    expect(toggle).to_be_focused()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_on_a_wide_screen_the_menu_is_open_without_a_toggle(new_context, javascript):
    page = new_context(as_="member", viewport=DESKTOP, java_script_enabled=javascript).new_page()
    page.goto("/over")
    expect(page.locator(".site-menu__toggle")).to_be_hidden()
    for name in ("Onderwerpen", "Zoeken", "Mijn account"):
        expect(menu_link(page, name)).to_be_visible()
    tab_to(page, menu_link(page, "Onderwerpen"))


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
def test_the_home_page_shows_recent_activity_before_the_themes(new_context, viewport):
    page = new_context(as_="member", viewport=viewport).new_page()
    page.goto("/")
    recent = page.get_by_role("heading", name="Recent actief", level=2)
    themes = page.get_by_role("heading", name="Domeinen en thema’s", level=2)
    expect(recent).to_be_visible()
    headings = page.locator("main h2").all_inner_texts()
    assert headings.index("Recent actief") < headings.index("Domeinen en thema’s")
    if viewport == PHONE:
        assert recent.bounding_box()["y"] < themes.bounding_box()["y"]
        save_screenshot(page, "narrow", "home")


LONG_NAME = "Wethoudersondersteuningsmedewerkersvertegenwoordigingsafvaardiging" + "x" * 20


def _member_with_a_long_name(live_forum) -> int:
    from sqlalchemy import select

    from forum.accounts.models import User
    from forum.municipalities.models import Municipality
    from tests.factories import make_user

    with live_forum.database() as session:
        user = session.scalar(select(User).where(User.name == LONG_NAME))
        if user is None:
            delft = session.scalar(select(Municipality).where(Municipality.slug == "delft"))
            user = make_user(delft, name=LONG_NAME, job_title=LONG_NAME)
        return user.id


@pytest.mark.parametrize("path", ["/leden/{id}", "/gemeenten/delft"])
def test_a_long_unbroken_name_wraps_on_a_small_phone(new_context, live_forum, path):
    member_id = _member_with_a_long_name(live_forum)
    page = new_context(as_="member", viewport={"width": 360, "height": 740}).new_page()
    page.goto(path.format(id=member_id))
    expect(page.get_by_text(LONG_NAME).first).to_be_visible()
    assert_reflows(page)
