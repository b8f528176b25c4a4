"""The two-factor set-up shows the key as a QR code, drawn on the server as inline SVG."""
import re
from urllib.parse import unquote

import segno

from tests.accounts.test_two_factor import log_in
from tests.factories import make_user


def _qr_svg(page: str) -> str:
    return re.search(r'<svg role="img"[^>]*class="qr-code".*?</svg>', page, flags=re.DOTALL).group(0)


def _modules(uri: str) -> str:
    """The QR code's path data as segno draws it for `uri`."""
    svg = segno.make(uri, error="m").svg_inline(scale=4, border=4, dark="#000", lineclass=None)
    return re.search(r'stroke="#000" d="([^"]+)"', svg).group(1)


def test_the_setup_page_shows_a_qr_code_of_the_key_beside_it(client):
    make_user(email="iemand@example.nl")
    log_in(client)
    response = client.get("/account/tweestapsverificatie")
    page = response.text
    secret = re.search(r'<code class="secret">([A-Z2-7]+)</code>', page).group(1)
    uri = re.search(r'<code class="secret">(otpauth://totp/[^<]+)</code>', page).group(1).replace("&amp;", "&")
    assert f"secret={secret}" in uri and unquote(uri).startswith("otpauth://totp/Kennisforum:iemand@example.nl")
    svg = _qr_svg(page)
    assert 'aria-label="QR-code om te scannen met uw authenticator-app"' in svg
    assert f'd="{_modules(uri)}"' in svg  # this key, not a picture of something else
    assert _modules(uri.replace(secret, "JBSWY3DPEHPK3PXP")) not in svg
    assert page.index('class="qr-code"') < page.index(f'<code class="secret">{secret}</code>')


def test_the_qr_code_needs_no_exception_in_the_content_security_policy(client):
    make_user(email="iemand@example.nl")
    log_in(client)
    response = client.get("/account/tweestapsverificatie")
    svg = _qr_svg(response.text)
    policy = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "style-src 'self'" in policy
    assert "style=" not in svg and "<script" not in svg and "href" not in svg
    assert response.headers["Cache-Control"] == "no-store"  # the key is not kept by any cache


def test_the_qr_code_stays_the_same_until_two_factor_is_turned_on(client):
    make_user(email="iemand@example.nl")
    log_in(client)
    first = _qr_svg(client.get("/account/tweestapsverificatie").text)
    assert _qr_svg(client.get("/account/tweestapsverificatie").text) == first
