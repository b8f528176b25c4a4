"""The fixed pages: about the forum and the accessibility statement, readable by anyone."""
import pytest


@pytest.mark.parametrize("path, heading", [
    ("/over", "<h1>Over Kennisforum</h1>"),
    ("/toegankelijkheid", "<h1>Toegankelijkheid</h1>"),
])
def test_fixed_pages_are_public(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert heading in page and page.count("<h1") == 1


def test_accessibility_statement_is_honest_about_its_status(client):
    page = client.get("/toegankelijkheid").get_data(as_text=True)
    assert "WCAG 2.1 niveau AA" in page
    assert "axe-core" in page
    assert "Bekende beperkingen" in page
    assert "200% vergroting" in page
    assert "mailto:" not in page  # no contact address configured


def test_accessibility_statement_says_what_is_tested(client):
    page = client.get("/toegankelijkheid").get_data(as_text=True)
    assert "Hoe we het testen" in page
    assert "320 pixels" in page and "1280 pixels" in page
    assert "Naar de inhoud" in page


def test_every_page_links_to_the_accessibility_statement(client):
    page = client.get("/inloggen").get_data(as_text=True)
    footer = page[page.index('<footer class="site-footer">'):]
    assert 'href="/toegankelijkheid"' in footer


def test_accessibility_statement_shows_the_configured_contact(app, client):
    app.config["CONTACT_EMAIL"] = "toegankelijkheid@kennisforum.example"
    page = client.get("/toegankelijkheid").get_data(as_text=True)
    assert 'href="mailto:toegankelijkheid@kennisforum.example"' in page
