"""Mentioning a member with the keyboard: the combobox on the reply field, as a screen reader
user and a keyboard user meet it, and the link in the posted reply."""
import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.accounts.models import STATUS_SUSPENDED, User
from forum.municipalities.models import Municipality
from tests.browser.checks import assert_no_axe_violations
from tests.factories import make_user

pytestmark = pytest.mark.browser


def _members(live_forum):
    """Two active members named alike, and a suspended one who must not be offered."""
    with live_forum.database() as session:
        def municipality(slug):
            return session.scalar(select(Municipality).where(Municipality.slug == slug))
        existing = session.scalar(select(User).where(User.name == "Wietske Verhoef"))
        if existing is None:
            make_user(municipality("delft"), name="Wietske Verhoef", email="m.verhoef@delft.example.nl")
            make_user(municipality("leiden"), name="Wietske Vermeulen", email="m.vermeulen@leiden.example.nl")
            make_user(municipality("leiden"), name="Wietske Verbannen", status=STATUS_SUSPENDED)
        return {user.name: user.id for user in session.scalars(select(User).where(User.name.like("Wietske %")))}


def test_keyboard_choice_inserts_the_member_and_the_reply_links_to_them(new_context, live_forum):
    ids = _members(live_forum)
    page = new_context(as_="member").new_page()
    page.goto(f"/onderwerp/{live_forum.data.long_thread_id}")
    field = page.get_by_label("Uw reactie of ervaring")
    listbox = page.get_by_role("listbox", name="Leden om te noemen")
    expect(field).to_have_attribute("role", "combobox")
    expect(field).to_have_attribute("aria-autocomplete", "list")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).to_have_attribute("aria-controls", re.compile(r".+-leden$"))

    field.click()
    page.keyboard.type("Vraag het @wietske ve", delay=20)
    options = listbox.get_by_role("option")
    expect(options).to_have_text(["Wietske Verhoef — Gemeente Delft", "Wietske Vermeulen — Gemeente Leiden"])
    expect(field).to_have_attribute("aria-expanded", "true")
    assert listbox.get_attribute("id") == field.get_attribute("aria-controls")
    expect(page.get_by_role("status").filter(has_text="gevonden")).to_have_text(
        "2 leden gevonden. Kies met pijl omlaag en Enter.")
    assert field.get_attribute("aria-activedescendant") is None
    assert_no_axe_violations(page)  # the open popup too

    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second_id = options.nth(1).get_attribute("id")
    expect(field).to_have_attribute("aria-activedescendant", second_id)
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    expect(options.nth(0)).to_have_attribute("aria-selected", "false")
    page.keyboard.press("ArrowUp")
    expect(field).to_have_attribute("aria-activedescendant", options.nth(0).get_attribute("id"))
    page.keyboard.press("Enter")

    verhoef = ids["Wietske Verhoef"]
    expect(field).to_have_value(f"Vraag het @[Wietske Verhoef](#lid-{verhoef}) ")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(listbox).to_be_hidden()
    assert field.get_attribute("aria-activedescendant") is None

    page.keyboard.type("of @wiets", delay=20)
    expect(options).to_have_count(2)  # the suspended namesake is not offered
    page.keyboard.press("Escape")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(listbox).to_be_hidden()
    expect(field).to_have_value(f"Vraag het @[Wietske Verhoef](#lid-{verhoef}) of @wiets")
    page.keyboard.type("ke ve", delay=20)
    expect(options).to_have_count(2)
    page.keyboard.press("ArrowUp")  # from nothing chosen, up is the last one
    page.keyboard.press("Tab")
    vermeulen = ids["Wietske Vermeulen"]
    expect(field).to_have_value(
        f"Vraag het @[Wietske Verhoef](#lid-{verhoef}) of @[Wietske Vermeulen](#lid-{vermeulen}) ")
    expect(field).to_be_focused()  # Tab chose, it did not leave the field

    page.get_by_role("button", name="Reactie plaatsen").click()
    posted = page.locator(".post").filter(has_text="Vraag het").last
    link = posted.get_by_role("link", name="@Wietske Verhoef")
    expect(link).to_have_attribute("href", f"/leden/{verhoef}")
    expect(link).to_have_class("mention")
    expect(posted.get_by_role("link", name="@Wietske Vermeulen")).to_have_attribute("href", f"/leden/{vermeulen}")
    expect(posted).not_to_contain_text("@[")


def test_enter_without_a_chosen_member_is_a_new_line(new_context, live_forum):
    _members(live_forum)
    page = new_context(as_="member").new_page()
    page.goto(f"/onderwerp/{live_forum.data.long_thread_id}")
    field = page.get_by_label("Uw reactie of ervaring")
    field.click()
    page.keyboard.type("@wietske", delay=20)
    expect(page.get_by_role("listbox").get_by_role("option")).to_have_count(2)
    page.keyboard.press("Enter")
    expect(field).to_have_value("@wietske\n")
    expect(field).to_have_attribute("aria-expanded", "false")
