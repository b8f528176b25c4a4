"""A member attaches a file to a reply and downloads it, with the script (drop zone, progress) and
without it (a refused form keeps the file already uploaded)."""
import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.accounts.models import User
from forum.board.models import Category
from forum.board.services import create_thread

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def _thread(live_forum, title) -> int:
    with live_forum.database() as session:
        author = session.scalar(select(User).where(User.email == live_forum.data.moderator_email))
        theme = session.scalar(select(Category).where(Category.slug == "wonen"))
        return create_thread(author, theme, title, "Wie heeft een voorbeeld?").id


def test_attach_a_file_to_a_reply_and_download_it(new_context, live_forum):
    thread_id = _thread(live_forum, "Wie heeft een voorbeeld van een bestek voor groenonderhoud?")
    page = new_context(as_="member").new_page()
    page.goto(f"/onderwerp/{thread_id}")
    expect(page.get_by_text("U kunt bestanden ook naar dit veld slepen.")).to_be_visible()  # the script runs
    page.get_by_label("Uw reactie of ervaring").fill("Hierbij ons bestek.")
    page.get_by_label("Bijlagen", exact=True).set_input_files(
        {"name": "Bestek groen.pdf", "mimeType": "application/pdf", "buffer": PDF})
    page.get_by_role("button", name="Reactie plaatsen").click()
    expect(page.get_by_text("Uw reactie is geplaatst.")).to_be_visible()
    link = page.get_by_role("link", name="Bestek groen.pdf")
    expect(link).to_be_visible()
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == "Bestek groen.pdf"
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == PDF


def test_without_script_a_refused_form_keeps_the_file(new_context, live_forum):
    thread_id = _thread(live_forum, "Wie heeft een voorbeeld van een beleidsplan voor bermen?")
    page = new_context(as_="member", java_script_enabled=False).new_page()
    page.goto(f"/onderwerp/{thread_id}")
    page.get_by_label("Bijlagen", exact=True).set_input_files(
        {"name": "beleidsplan.pdf", "mimeType": "application/pdf", "buffer": PDF})
    page.get_by_role("button", name="Reactie plaatsen").click()  # no text: refused
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.get_by_text("al geüpload")).to_be_visible()
    page.get_by_label("Uw reactie of ervaring").fill("Ons beleidsplan, vastgesteld in 2025.")
    page.get_by_role("button", name="Reactie plaatsen").click()
    expect(page.get_by_text("Uw reactie is geplaatst.")).to_be_visible()
    expect(page.get_by_role("link", name="beleidsplan.pdf")).to_be_visible()


def test_with_script_a_refused_file_puts_the_focus_on_the_error_summary(new_context, live_forum):
    thread_id = _thread(live_forum, "Wie heeft een voorbeeld van een maaiplan voor sloten?")
    page = new_context(as_="member").new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # Script errors only; the browser logs the form's 422 answer as a failed resource too.
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" and not message.text.startswith("Failed to load resource") else None)
    page.goto(f"/onderwerp/{thread_id}")
    expect(page.get_by_text("U kunt bestanden ook naar dit veld slepen.")).to_be_visible()  # the script runs
    page.get_by_label("Uw reactie of ervaring").fill("Ons maaiplan.")
    page.get_by_label("Bijlagen", exact=True).set_input_files(
        {"name": "maaiplan.pdf", "mimeType": "application/pdf", "buffer": b"MZ" + b"\0" * 100})
    page.get_by_role("button", name="Reactie plaatsen").click()
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.get_by_text("Programma's en scripts kunnen niet worden bijgevoegd.").first).to_be_visible()
    expect(page.get_by_label("Uw reactie of ervaring")).to_have_value("Ons maaiplan.")
    # The page's other scripts run again too: the drop zone is offered on the form shown again.
    expect(page.get_by_text("U kunt bestanden ook naar dit veld slepen.")).to_be_visible()
    assert errors == []
