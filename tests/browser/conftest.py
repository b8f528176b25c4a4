"""Fixtures for the browser tests: the live forum, headless Chromium from Debian, and pages.

Chromium is Debian's (`apt-get install chromium`, which .ci/run does), never a download by
`playwright install`: this machine reaches package registries only.
"""
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.browser.helpers import DESKTOP, log_in, save_screenshot
from tests.browser.live_forum import serve_forum

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Fail fast: every page of the forum answers within a second on this machine.
ACTION_TIMEOUT_MS = 10_000

_test_outcome = pytest.StashKey[dict]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Remember whether a test failed, so that its pages can be photographed for the report."""
    report = yield
    item.stash.setdefault(_test_outcome, {})[report.when] = report
    return report


@pytest.fixture(scope="session")
def chromium_executable():
    if CHROMIUM.exists():
        return CHROMIUM
    reason = f"{CHROMIUM} is missing: install it with `apt-get install chromium` (never `playwright install`)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must run the browser tests: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def live_forum(chromium_executable, tmp_path_factory):
    with serve_forum(tmp_path_factory.mktemp("live-forum")) as forum:
        yield forum


@pytest.fixture(scope="session")
def browser(chromium_executable):
    expect.set_options(timeout=ACTION_TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium_executable), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def _logins(browser, live_forum):
    """Cookies of a logged-in member and moderator, each logged in once through the form."""
    states = {}

    def storage_state(role):
        if role not in states:
            data = live_forum.data
            credentials = {
                "member": (data.member_email, data.password),
                "moderator": (data.moderator_email, data.password, data.moderator_totp_secret),
            }[role]
            context = browser.new_context(base_url=live_forum.url)
            log_in(context.new_page(), *credentials)
            states[role] = context.storage_state()
            context.close()
        return states[role]

    return storage_state


@pytest.fixture
def new_context(request, browser, live_forum, _logins):
    """`new_context(as_="member", viewport=NARROW)`: a fresh browser profile, closed after the test."""
    contexts = []

    def make(as_=None, viewport=DESKTOP, **options):
        state = _logins(as_) if as_ else None
        context = browser.new_context(
            base_url=live_forum.url, viewport=viewport, storage_state=state, locale="nl-NL", **options
        )
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    failed = request.node.stash.get(_test_outcome, {}).get("call")
    for number, context in enumerate(contexts):
        if failed is not None and failed.failed:
            for page_number, page in enumerate(context.pages):
                save_screenshot(page, "failures", f"{request.node.name}-{number}-{page_number}")
        context.close()


@pytest.fixture
def page(new_context):
    """A page in a fresh profile of an anonymous visitor, 1280 pixels wide."""
    return new_context().new_page()
