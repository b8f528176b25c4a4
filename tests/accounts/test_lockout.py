"""Brute-force protection that cannot be used to lock the owner out of their account.

Strangers' failed logins are limited per account and address and per account (forum/limits.py);
a browser the owner logged in with before has an allowance of its own (a device cookie), and
from a new browser the owner unlocks by mail (forum/accounts/devices.py).
"""
import re

from forum import limits
from forum.accounts.devices import COOKIE_NAME
from tests.factories import PASSWORD, make_user

OWNER = "iemand@example.nl"
OWNER_ADDRESS = "198.51.100.10"
PER_ADDRESS = int(limits.LOGIN_PER_ACCOUNT_AND_ADDRESS.split()[0])
PER_ACCOUNT = int(limits.LOGIN_PER_ACCOUNT_UNKNOWN_BROWSERS.split()[0])


def log_in(client, password="een verkeerd wachtwoord", ip="192.0.2.1", email=OWNER):
    return client.post("/inloggen", data={"email": email, "password": password}, environ_base={"REMOTE_ADDR": ip})


def attack(app, attempts_per_address=PER_ADDRESS, addresses=PER_ACCOUNT // PER_ADDRESS + 2):
    """A stranger without the owner's browser tries passwords from many addresses, the owner's too."""
    attacker = app.test_client()
    for number in range(addresses):
        for _ in range(attempts_per_address):
            log_in(attacker, ip=f"203.0.113.{number}")
    for _ in range(PER_ADDRESS):
        log_in(attacker, ip=OWNER_ADDRESS)
    return attacker


def owner_browser(app):
    """The owner's browser, in which they logged in before (and logged out)."""
    browser = app.test_client()
    assert log_in(browser, PASSWORD, ip=OWNER_ADDRESS).status_code == 302
    assert browser.get_cookie(COOKIE_NAME, domain="forum.test") is not None
    browser.post("/uitloggen")
    return browser


def test_the_attacker_is_still_blocked(app, limited):
    make_user(email=OWNER)
    attacker = attack(app)
    blocked = log_in(attacker, PASSWORD, ip="203.0.113.200")  # even with the right password, from a new address
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    assert "Te veel verzoeken" in blocked.text
    assert log_in(attacker, PASSWORD, ip=OWNER_ADDRESS).status_code == 429


def test_the_owner_logs_in_from_a_browser_used_before_despite_the_attack(app, limited):
    make_user(email=OWNER)
    browser = owner_browser(app)
    attack(app)

    response = log_in(browser, PASSWORD, ip=OWNER_ADDRESS)

    assert response.status_code == 302
    assert browser.get("/account").status_code == 200


def test_a_browser_used_before_has_its_own_limit(app, limited):
    make_user(email=OWNER)
    browser = owner_browser(app)
    for _ in range(int(limits.LOGIN_PER_TRUSTED_BROWSER.split()[0])):
        assert log_in(browser, ip=OWNER_ADDRESS).status_code == 422
    assert log_in(browser, PASSWORD, ip=OWNER_ADDRESS).status_code == 429


def test_a_device_cookie_helps_only_the_account_it_was_made_for(app, limited):
    make_user(email=OWNER)
    make_user(email="collega@example.nl")
    browser = owner_browser(app)
    for _ in range(PER_ADDRESS):
        log_in(browser, ip=OWNER_ADDRESS, email="collega@example.nl")
    assert log_in(browser, PASSWORD, ip=OWNER_ADDRESS, email="collega@example.nl").status_code == 429


def test_a_forged_device_cookie_does_not_help(app, limited):
    make_user(email=OWNER)
    attacker = attack(app)
    attacker.set_cookie(COOKIE_NAME, "WzEsImFiYyJd.forged.signature", domain="forum.test")
    assert log_in(attacker, PASSWORD, ip=OWNER_ADDRESS).status_code == 429


def test_the_owner_unlocks_a_new_browser_by_mail(app, limited, mails):
    make_user(email=OWNER)
    attack(app)
    new_browser = app.test_client()
    blocked = log_in(new_browser, PASSWORD, ip=OWNER_ADDRESS)
    assert blocked.status_code == 429
    assert 'href="/inloggen/ontgrendelen"' in blocked.text

    asked = new_browser.post("/inloggen/ontgrendelen", data={"email": OWNER})
    assert asked.status_code == 302
    assert len(mails) == 1 and mails[0].to == OWNER
    link = re.search(r"https?://\S+/inloggen/ontgrendelen/\S+", mails[0].text).group(0)
    unlocked = new_browser.get(link)
    assert unlocked.status_code == 302 and unlocked.headers["Location"] == "/inloggen"
    assert "Deze browser is ontgrendeld" in new_browser.get("/inloggen").text

    assert log_in(new_browser, PASSWORD, ip=OWNER_ADDRESS).status_code == 302
    assert new_browser.get("/account").status_code == 200


def test_asking_an_unlock_link_tells_nothing_about_unknown_addresses(client, limited, mails):
    response = client.post("/inloggen/ontgrendelen", data={"email": "niemand@example.nl"})
    assert response.status_code == 302
    assert "Als dit e-mailadres bij ons bekend is" in client.get(response.headers["Location"]).text
    assert mails == []


def test_a_mangled_or_outdated_unlock_link_is_refused(app, client, limited, mails):
    user = make_user(email=OWNER)
    client.post("/inloggen/ontgrendelen", data={"email": OWNER})
    link = re.search(r"https?://\S+/inloggen/ontgrendelen/\S+", mails[0].text).group(0)
    assert client.get(link + "x").status_code == 400
    user.end_other_sessions()  # e.g. "Overal uitloggen" or a new password since the mail
    assert client.get(link).status_code == 400
    assert client.get_cookie(COOKIE_NAME, domain="forum.test") is None


def test_a_shared_office_address_filled_by_others_does_not_lock_out_a_browser_used_before(app, limited):
    """Municipalities go out through one address: colleagues' and strangers' attempts from it
    use up the per-address limit, but the owner's own browser keeps its allowance."""
    make_user(email=OWNER)
    browser = owner_browser(app)
    others = app.test_client()
    for number in range(int(limits.LOGIN_PER_IP.split()[0])):
        log_in(others, ip=OWNER_ADDRESS, email=f"collega{number}@example.nl")
    assert log_in(others, PASSWORD, ip=OWNER_ADDRESS).status_code == 429

    assert log_in(browser, PASSWORD, ip=OWNER_ADDRESS).status_code == 302
