"""The privacy statement, the contact page and the favicon: public, linked from every page,
filled from the configuration."""
import pytest

from tests.factories import make_user

PRIVACY = "/privacyverklaring"
CONTACT = "/contact"


@pytest.mark.parametrize("path, heading", [(PRIVACY, "<h1>Privacyverklaring</h1>"), (CONTACT, "<h1>Contact</h1>")])
def test_trust_pages_are_public(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert heading in response.text and response.text.count("<h1") == 1


@pytest.mark.parametrize("as_member", [False, True])
def test_every_page_links_to_privacy_and_contact_in_its_footer(client, login, as_member):
    if as_member:
        login(make_user())
    for path in ("/inloggen", "/over", "/"):
        page = client.get(path, follow_redirects=True).text
        footer = page[page.index('<footer class="site-footer">'):]
        assert f'href="{PRIVACY}">Privacyverklaring</a>' in footer
        assert f'href="{CONTACT}">Contact</a>' in footer


def test_privacy_statement_reads_the_retention_periods_from_the_settings(app, client):
    app.config.update(PRIVACY_IP_RETENTION_DAYS=17, PRIVACY_LOGIN_RETENTION_DAYS=123, PRIVACY_MAIL_RETENTION_DAYS=1)
    page = client.get(PRIVACY).text
    for shown in ("<td>17 dagen</td>", "<td>123 dagen</td>", "<td>1 dag</td>"):
        assert shown in page


def test_privacy_statement_says_what_is_stored_and_why(client):
    page = client.get(PRIVACY).text
    for shown in ("IP-adressen", "Inlogpogingen", "Mails die wij u stuurden", "Wat u volgt, uw meldingen",
                  "Waarvoor", "Beveiliging", "Autoriteit Persoonsgegevens", "AVG"):
        assert shown in page


def test_privacy_statement_explains_the_rights_with_links_to_use_them(client):
    page = client.get(PRIVACY).text
    for right in ("Inzage en overdracht", "Correctie", "Verwijdering", "Bezwaar en beperking", "Klacht"):
        assert right in page
    assert page.count('href="/account/gegevens"') == 2  # download and erasure
    assert 'href="/account"' in page


def test_privacy_statement_names_the_configured_controller_and_contacts(app, client):
    app.config.update(
        PRIVACY_CONTROLLER="Gemeenschappelijke Regeling Test", PRIVACY_CONTROLLER_ADDRESS="Postbus 1, 1000 AA Ergens",
        CONTACT_EMAIL="privacy@kennisforum.example", PRIVACY_OFFICER_EMAIL="fg@kennisforum.example",
    )
    page = client.get(PRIVACY).text
    assert "<strong>Gemeenschappelijke Regeling Test</strong>, Postbus 1, 1000 AA Ergens." in page
    assert 'href="mailto:privacy@kennisforum.example"' in page
    assert 'href="mailto:fg@kennisforum.example"' in page


def test_without_configured_contacts_no_empty_mail_link_appears(client):
    for path in (PRIVACY, CONTACT):
        page = client.get(path).text
        assert "mailto:" not in page
        assert "Vereniging van Nederlandse Gemeenten (VNG)" in page


def test_contact_page_shows_the_configured_address_and_the_ways_in(app, client):
    app.config.update(CONTACT_EMAIL="info@kennisforum.example", PRIVACY_CONTROLLER_ADDRESS="Postbus 30435, Den Haag")
    page = client.get(CONTACT).text
    assert 'href="mailto:info@kennisforum.example"' in page
    assert "Postbus 30435, Den Haag" in page
    assert f'href="{PRIVACY}"' in page and 'href="/toegankelijkheid"' in page
    assert 'href="/.well-known/security.txt"' in page
    assert "Rapporteren" in page


def test_favicon_is_served_without_a_login(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.mimetype == "image/vnd.microsoft.icon"
    assert response.data[:4] == b"\x00\x00\x01\x00"  # an ICO header
    assert "max-age=86400" in response.headers["Cache-Control"]
    response.close()


def test_every_page_names_its_icons(client):
    page = client.get("/inloggen").text
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in page
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in page
    svg = client.get("/static/img/favicon.svg")
    assert svg.status_code == 200 and svg.data.startswith(b"<svg")
    svg.close()
