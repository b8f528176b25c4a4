"""Journeys on the board as a civil servant makes them: asking with Markdown and a preview,
replying with an experience, editing, browsing domain → theme → thread, a municipality page."""
import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.accounts.models import User
from forum.board.models import Category
from forum.board.services import create_thread
from forum.municipalities.models import Municipality
from tests.browser.helpers import log_in, save_screenshot
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.browser

QUESTION_MARKDOWN = (
    "Wij willen de **jeugdhulp** regionaal inkopen. Wat weten jullie over:\n\n"
    "- het *lumpsum*-model\n- inspanningsgerichte contracten\n"
)


def _member(live_forum, municipality_name, name, email):
    """A new active member of the municipality, logged in through the form."""
    with live_forum.database() as session:
        municipality = session.scalar(select(Municipality).where(Municipality.name == municipality_name))
        make_user(municipality, name=name, email=email)
    return email


def _thread_by(live_forum, email, title, theme_slug="wonen"):
    """A question asked by the member with this address; returns the thread id."""
    with live_forum.database() as session:
        author = session.scalar(select(User).where(User.email == email))
        theme = session.scalar(select(Category).where(Category.slug == theme_slug))
        thread = create_thread(author, theme, title, "Hoe pakken jullie dit aan?")
        return thread.id


def test_ask_a_question_with_markdown_and_see_the_preview(new_context, live_forum):
    email = _member(live_forum, "Leiden", "Noor Bakker", "n.bakker@leiden.example.nl")
    page = new_context().new_page()
    log_in(page, email, PASSWORD)
    page.get_by_role("main").get_by_role("link", name="Stel een vraag").click()
    page.get_by_label("Titel van uw vraag").fill("Hoe kopen jullie jeugdhulp regionaal in?")
    page.get_by_label("Thema").select_option(label="Jeugd")
    page.get_by_label("Uw vraag", exact=True).fill(QUESTION_MARKDOWN)
    page.get_by_role("button", name="Voorbeeld bekijken").click()

    preview = page.get_by_role("region", name="Voorbeeld")
    expect(preview.locator("strong")).to_have_text("jeugdhulp")
    expect(preview.locator("em")).to_have_text("lumpsum")
    expect(preview.locator("li")).to_have_count(2)
    expect(page).to_have_url(re.compile(r"/vraag-stellen$"))  # the script showed it in place
    save_screenshot(page, "journeys", "ask-preview")

    page.get_by_role("button", name="Vraag plaatsen").click()
    # When the similar questions had not shown up while typing, the forum shows them once
    # before posting; the member has looked, and posts again, as the notice says.
    posted = page.get_by_text("Uw vraag is geplaatst.")
    similar_first = page.get_by_text("Er zijn al vragen die op de uwe lijken.")
    expect(posted.or_(similar_first)).to_be_visible()
    if similar_first.is_visible():
        page.get_by_role("button", name="Vraag plaatsen").click()
    expect(page.get_by_text("Uw vraag is geplaatst.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hoe kopen jullie jeugdhulp regionaal in?")
    question = page.locator(".post--question")
    expect(question).to_contain_text("Gemeente Leiden · Noor Bakker")
    expect(question.locator(".post__body strong")).to_have_text("jeugdhulp")
    expect(page.get_by_role("navigation", name="Kruimelpad")).to_contain_text("Jeugd")
    save_screenshot(page, "journeys", "ask-a-question")


def test_choosing_a_theme_asks_for_similar_questions_again_with_that_theme(new_context, live_forum):
    email = _member(live_forum, "Ede", "Kees Dijkstra", "k.dijkstra3@ede.example.nl")
    page = new_context().new_page()
    log_in(page, email, PASSWORD)
    page.goto("/vraag-stellen")
    with page.expect_response(re.compile(r"/zoeken/vergelijkbare-vragen\?titel=[^&]+&thema=\d*$")):
        page.get_by_label("Titel van uw vraag").fill("Hoe organiseren jullie de milieustraat?")
    with live_forum.database() as session:
        theme_id = session.scalar(select(Category.id).where(Category.slug == "openbare-ruimte-en-mobiliteit"))
    with page.expect_response(re.compile(rf"/zoeken/vergelijkbare-vragen\?titel=[^&]+&thema={theme_id}$")) as asked:
        page.get_by_label("Thema").select_option(value=str(theme_id))
    assert asked.value.ok
    expect(page.locator("[data-similar]")).to_contain_text("Lijken deze vragen op de uwe?")


def test_a_refused_question_shows_its_similar_questions_again(new_context, live_forum):
    email = _member(live_forum, "Ede", "Kees Dijkstra", "k.dijkstra4@ede.example.nl")
    page = new_context().new_page()
    log_in(page, email, PASSWORD)
    page.goto("/vraag-stellen")
    page.get_by_label("Titel van uw vraag").fill("Hoe organiseren jullie de milieustraat?")
    page.get_by_label("Uw vraag", exact=True).fill("Wij twijfelen over de openingstijden.")
    page.get_by_role("button", name="Vraag plaatsen").click()  # no theme chosen
    expect(page.locator(".error-summary")).to_contain_text("Kies een thema.")
    expect(page.locator("[data-similar]")).to_contain_text("Lijken deze vragen op de uwe?")


def test_similar_questions_do_not_show_the_login_page_after_the_session_ended(new_context, live_forum):
    email = _member(live_forum, "Ede", "Kees Dijkstra", "k.dijkstra2@ede.example.nl")
    context = new_context()
    page = context.new_page()
    log_in(page, email, PASSWORD)
    page.goto("/vraag-stellen")
    context.clear_cookies()  # as after "Overal uitloggen" in another tab
    with page.expect_response(re.compile(r"/inloggen")):
        page.get_by_label("Titel van uw vraag").fill("Hoe organiseren jullie de milieustraat?")
    page.wait_for_timeout(200)  # the script has had the answer
    box = page.locator("[data-similar]")
    expect(box.locator("form")).to_have_count(0)
    expect(box).not_to_contain_text("Wachtwoord")
    expect(box).to_contain_text(
        "U bent niet meer ingelogd, dus we kunnen geen vergelijkbare vragen zoeken. Kopieer uw tekst voordat u opnieuw inlogt.")
    expect(page.get_by_label("Titel van uw vraag")).to_have_value("Hoe organiseren jullie de milieustraat?")
    page.get_by_label("Uw vraag", exact=True).fill("Wij twijfelen over de openingstijden.")
    page.get_by_role("button", name="Voorbeeld bekijken").click()
    # Without a session the form's token is refused before the login is asked for.
    expect(page.locator("[data-preview-body]")).to_have_text(
        "Dit formulier is verlopen: u bent uitgelogd of de pagina staat te lang open. "
        "Kopieer uw tekst voordat u de pagina opnieuw laadt.")
    expect(page.get_by_label("Uw vraag", exact=True)).to_have_value("Wij twijfelen over de openingstijden.")
    # The draft is saved automatically after a pause in typing: refused as well, and said so.
    expect(page.get_by_role("status").filter(has_text="Het concept kon niet worden opgeslagen")).to_have_text(
        "Het concept kon niet worden opgeslagen: dit formulier is verlopen, u bent uitgelogd of de pagina staat "
        "te lang open. Kopieer uw tekst voordat u de pagina opnieuw laadt.", timeout=15000)


def test_ask_with_preview_works_without_javascript(new_context, live_forum):
    email = _member(live_forum, "Ede", "Kees Dijkstra", "k.dijkstra@ede.example.nl")
    page = new_context(java_script_enabled=False).new_page()
    log_in(page, email, PASSWORD)
    page.goto("/vraag-stellen")
    page.get_by_label("Titel van uw vraag").fill("Werkt de preview zonder script ook?")
    page.get_by_label("Thema").select_option(label="Digitale dienstverlening")
    page.get_by_label("Uw vraag", exact=True).fill(QUESTION_MARKDOWN)
    page.get_by_role("button", name="Voorbeeld bekijken").click()

    # The server rendered the preview and kept everything that was typed.
    expect(page.get_by_role("region", name="Voorbeeld").locator("strong")).to_have_text("jeugdhulp")
    expect(page.get_by_label("Titel van uw vraag")).to_have_value("Werkt de preview zonder script ook?")
    expect(page.get_by_label("Thema").locator("option:checked")).to_have_text("Digitale dienstverlening")
    expect(page.get_by_label("Uw vraag", exact=True)).to_have_value(QUESTION_MARKDOWN)
    page.get_by_role("button", name="Vraag plaatsen").click()
    expect(page.get_by_text("Uw vraag is geplaatst.")).to_be_visible()


def test_reply_with_an_experience(new_context, live_forum):
    asker = _member(live_forum, "Almere", "Ilse Verbeek", "i.verbeek@almere.example.nl")
    thread_id = _thread_by(live_forum, asker, "Hoe verdelen jullie sociale huurwoningen over de wijken?")
    replier = _member(live_forum, "Groningen", "Pieter Zijlstra", "p.zijlstra@groningen.example.nl")
    page = new_context().new_page()
    log_in(page, replier, PASSWORD)
    page.goto(f"/onderwerp/{thread_id}")
    page.get_by_label("Uw reactie of ervaring").fill(
        "Wij werken met een **wijkquotum** van 30%.\n\n- Kosten: geen\n- Anders doen: eerder de corporaties betrekken"
    )
    page.get_by_role("button", name="Voorbeeld bekijken").click()
    expect(page.get_by_role("region", name="Voorbeeld").locator("strong")).to_have_text("wijkquotum")
    page.get_by_role("button", name="Reactie plaatsen").click()

    expect(page.get_by_text("Uw reactie is geplaatst.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"#bericht-\d+$"))
    reply = page.locator(".post").nth(1)
    expect(reply).to_contain_text("Gemeente Groningen · Pieter Zijlstra")
    expect(reply.locator(".post__body strong")).to_have_text("wijkquotum")
    expect(page.locator(".meta.counts").first).to_contain_text("1 reactie")
    save_screenshot(page, "journeys", "reply-with-an-experience")


def test_edit_a_post_and_see_its_history(new_context, live_forum):
    email = _member(live_forum, "Breda", "Femke Aerts", "f.aerts@breda.example.nl")
    thread_id = _thread_by(live_forum, email, "Wie heeft een goed model voor een parkeervisie?", "openbare-ruimte-en-mobiliteit")
    page = new_context().new_page()
    log_in(page, email, PASSWORD)
    page.goto(f"/onderwerp/{thread_id}")
    page.locator(".post--question").get_by_role("link", name=re.compile("^Bewerken")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bericht bewerken")
    page.get_by_label("Tekst").fill("Hoe pakken jullie dit aan? We zoeken vooral **voorbeelden uit 2024**.")
    page.get_by_role("button", name="Wijziging opslaan").click()

    expect(page.get_by_text("Uw wijziging is opgeslagen.")).to_be_visible()
    question = page.locator(".post--question")
    expect(question.locator(".post__body strong")).to_have_text("voorbeelden uit 2024")
    question.get_by_role("link", name="bewerkt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Geschiedenis van een bericht")
    expect(page.locator(".revision").last).to_have_text("Hoe pakken jullie dit aan?")
    save_screenshot(page, "journeys", "edit-a-post")


def test_browse_from_domain_to_theme_to_thread(new_context):
    page = new_context(as_="member").new_page()
    page.goto("/")
    page.get_by_role("link", name="Inclusieve samenleving", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inclusieve samenleving")
    page.locator(".theme-list").get_by_role("link", name="Schuldhulpverlening").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Schuldhulpverlening")
    first_thread = page.locator(".thread-list__title").first
    title = first_thread.inner_text()
    first_thread.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    breadcrumbs = page.get_by_role("navigation", name="Kruimelpad")
    expect(breadcrumbs.get_by_role("link")).to_have_text(["Onderwerpen", "Inclusieve samenleving", "Schuldhulpverlening"])
    save_screenshot(page, "journeys", "browse-domain-theme-thread")


def test_open_a_municipality_page(new_context, live_forum):
    page = new_context(as_="member").new_page()
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Gemeenten").click()
    page.get_by_label("Naam bevat").fill("Utrecht")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_role("table").get_by_role("link", name="Utrecht", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gemeente Utrecht")
    expect(page.locator(".facts")).to_contain_text("GM0344")
    questions = page.get_by_role("region", name="Vragen")
    expect(questions.get_by_role("link", name="Verzamelonderwerp: ervaringen met het verduurzamen van gymzalen")).to_be_visible()
    save_screenshot(page, "journeys", "municipality-page")
