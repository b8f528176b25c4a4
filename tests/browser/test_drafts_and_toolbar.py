"""Drafts and the Markdown toolbar in a real browser: typing keeps a draft that a reload offers back,
leaving with unsaved text asks first, the button saves without script, and the toolbar puts
Markdown around the selection from the keyboard."""
import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.board.models import Category, Post
from forum.board.services import create_thread
from forum.municipalities.models import Municipality
from tests.browser.checks import assert_focus_visible
from tests.browser.helpers import log_in, save_screenshot
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.browser


def _member_with_a_thread(live_forum, name, email, title):
    """A new member of Zwolle, with a question of their own; returns the thread's and question's ids."""
    with live_forum.database() as session:
        zwolle = session.scalar(select(Municipality).where(Municipality.slug == "zwolle"))
        author = make_user(zwolle, name=name, email=email)
        theme = session.scalar(select(Category).where(Category.slug == "wonen"))
        thread = create_thread(author, theme, title, "Hoe pakken jullie dit aan?")
        question = session.scalar(select(Post).where(Post.thread_id == thread.id))
        return thread.id, question.id


def _logged_in(new_context, email, **options):
    page = new_context(**options).new_page()
    log_in(page, email, PASSWORD)
    return page


def test_typing_keeps_a_draft_that_a_reload_offers_back(new_context, live_forum):
    email = "a.vos@zwolle.example.nl"
    thread_id, _ = _member_with_a_thread(live_forum, "Anna Vos", email, "Hoe houden jullie wijkteams bereikbaar?")
    page = _logged_in(new_context, email)
    page.goto(f"/onderwerp/{thread_id}")
    box = page.get_by_label("Uw reactie of ervaring")
    box.click()
    box.press_sequentially("Wij werken met een vast spreekuur")
    expect(page.get_by_role("status").filter(has_text="Concept opgeslagen om")).to_be_visible()

    page.reload()
    expect(page.get_by_text(re.compile("U heeft een concept van .*verder schrijven of het weggooien"))).to_be_visible()
    expect(page.get_by_label("Uw reactie of ervaring")).to_have_value("Wij werken met een vast spreekuur")
    save_screenshot(page, "journeys", "draft-offered-back")

    page.get_by_role("button", name="Concept weggooien").click()
    expect(page.get_by_text("Het concept is weggegooid.")).to_be_visible()
    expect(page.get_by_label("Uw reactie of ervaring")).to_have_value("")


def test_leaving_with_unsaved_text_asks_first(new_context, live_forum):
    email = "b.smit@zwolle.example.nl"
    _member_with_a_thread(live_forum, "Bram Smit", email, "Hoe plannen jullie de herinrichting van pleinen?")
    page = _logged_in(new_context, email)
    page.goto("/vraag-stellen")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))

    body = page.get_by_label("Uw vraag", exact=True)
    body.click()
    body.press_sequentially("Nog niet opgeslagen")
    with page.expect_event("dialog"):
        page.get_by_role("link", name="Over dit forum").click(no_wait_after=True)
    assert dialogs == ["beforeunload"]
    expect(page).to_have_url(re.compile(r"/vraag-stellen$"))  # the member chose to stay

    # Saved with the button (in place, with script): leaving no longer asks.
    page.get_by_role("button", name="Concept opslaan").click()
    expect(page.get_by_role("status").filter(has_text="Concept opgeslagen om")).to_be_visible()
    page.get_by_role("link", name="Over dit forum").click()
    expect(page).to_have_url(re.compile(r"/over$"))
    assert dialogs == ["beforeunload"]

    page.goto("/account/concepten")
    expect(page.get_by_role("link", name="Nieuwe vraag")).to_be_visible()
    expect(page.get_by_text("Nog niet opgeslagen")).to_be_visible()


def test_the_draft_button_works_without_script(new_context, live_forum):
    email = "c.mulder@zwolle.example.nl"
    _, question_id = _member_with_a_thread(live_forum, "Chris Mulder", email, "Hoe meten jullie de luchtkwaliteit?")
    page = _logged_in(new_context, email, java_script_enabled=False)
    page.goto(f"/bericht/{question_id}/bewerken")
    expect(page.get_by_role("button", name="Vet")).to_have_count(0)  # no script, no toolbar; the hint stays
    expect(page.get_by_text("U kunt Markdown gebruiken")).to_be_visible()
    page.get_by_label("Tekst").fill("Hoe meten jullie de luchtkwaliteit? Aangevuld met **sensoren**.")
    page.get_by_role("button", name="Concept opslaan").click()

    expect(page.get_by_text("Uw concept is opgeslagen.")).to_be_visible()
    expect(page.get_by_text(re.compile("U heeft een concept van"))).to_be_visible()
    expect(page.get_by_label("Tekst")).to_have_value("Hoe meten jullie de luchtkwaliteit? Aangevuld met **sensoren**.")


def _select(page, label, start, end):
    page.get_by_label(label, exact=True).evaluate(
        "(box, [start, end]) => box.setSelectionRange(start, end)", [start, end])


def test_toolbar_buttons_wrap_the_selection_and_are_reached_with_the_keyboard(new_context, live_forum):
    page = new_context(as_="member").new_page()
    page.goto("/vraag-stellen")
    body = page.get_by_label("Uw vraag", exact=True)
    toolbar = page.get_by_role("group", name="Opmaakknoppen")
    for name in ("Vet", "Cursief", "Opsomming", "Link", "Citaat", "Kop"):
        expect(toolbar.get_by_role("button", name=name, exact=True)).to_be_visible()

    body.fill("Wij gebruiken een enquête")
    _select(page, "Uw vraag", 18, 25)
    page.get_by_label("Thema").focus()
    page.keyboard.press("Tab")
    bold = toolbar.get_by_role("button", name="Vet", exact=True)
    expect(bold).to_be_focused()
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(body).to_have_value("Wij gebruiken een **enquête**")
    expect(body).to_be_focused()  # back in the text, with the wrapped word still selected
    assert body.evaluate("box => box.value.slice(box.selectionStart, box.selectionEnd)") == "enquête"

    page.keyboard.press("Shift+Tab")  # from the text box back into the toolbar, by keyboard
    expect(toolbar.get_by_role("button", name="Kop", exact=True)).to_be_focused()

    body.fill("gesprekken")
    _select(page, "Uw vraag", 0, 10)
    toolbar.get_by_role("button", name="Cursief", exact=True).click()
    expect(body).to_have_value("*gesprekken*")

    body.fill("de VNG")
    _select(page, "Uw vraag", 3, 6)
    toolbar.get_by_role("button", name="Link", exact=True).click()
    expect(body).to_have_value("de [VNG](https://)")
    assert body.evaluate("box => box.value.slice(box.selectionStart, box.selectionEnd)") == "https://"

    for name, marker in (("Opsomming", "- "), ("Citaat", "> "), ("Kop", "## ")):
        body.fill("eerste\ntweede")
        _select(page, "Uw vraag", 0, 13)
        toolbar.get_by_role("button", name=name, exact=True).click()
        expect(body).to_have_value(f"{marker}eerste\n{marker}tweede" if name != "Kop" else "## eerste\n## tweede")
    save_screenshot(page, "journeys", "markdown-toolbar")


def test_the_toolbar_is_on_the_reply_and_edit_composers(new_context, live_forum):
    page = new_context(as_="member").new_page()
    data = live_forum.data
    for path, label in ((f"/onderwerp/{data.long_thread_id}?pagina=3", "Uw reactie of ervaring"),
                        (f"/bericht/{data.member_post_id}/bewerken", "Tekst")):
        page.goto(path)
        toolbar = page.get_by_role("group", name="Opmaakknoppen")
        expect(toolbar.get_by_role("button", name="Vet", exact=True)).to_be_visible()
        box = page.get_by_label(label, exact=True)
        original = box.input_value()
        box.fill("")
        toolbar.get_by_role("button", name="Vet", exact=True).click()
        expect(box).to_have_value("**vette tekst**")
        box.fill(original)  # back as it was: no draft differs from the page, leaving does not ask
        page.get_by_role("button", name="Concept opslaan").click()
