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


def test_accessibility_statement_shows_the_configured_contact(app, client):
    app.config["CONTACT_EMAIL"] = "toegankelijkheid@kennisforum.example"
    page = client.get("/toegankelijkheid").get_data(as_text=True)
    assert 'href="mailto:toegankelijkheid@kennisforum.example"' in page
