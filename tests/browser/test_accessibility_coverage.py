"""Every page a GET request can reach has an axe check in test_accessibility_pages.py, or a reason
written here why not. A route added later without either fails this test.

It reads the URL map of the application, so it needs no browser and runs with the other tests.
"""
from urllib.parse import urlsplit

import pytest
from werkzeug.exceptions import NotFound
from werkzeug.routing import RequestRedirect

from forum import create_app
from tests.browser.test_accessibility_pages import CASES

NOT_CHECKED = {
    "static": "stylesheets, scripts and images, not pages",
    "pages.favicon": "an image",
    "security_txt": "plain text for security researchers (RFC 9116)",
    "feeds.category": "an Atom feed, read by feed readers",
    "feeds.tag": "an Atom feed, read by feed readers",
    "privacy.download": "a JSON file to download",
    "mentions.suggestions": "JSON for the editor's mention script; the popup it fills is checked in test_mentions",
    "polls.results_csv": "a CSV file to download",
    "search.similar": "an HTML fragment that the ask form's script puts into the ask page, which is checked",
    "board.post": "redirects to the post on its page of the thread, which is checked",
    "following.first_unread": "redirects to the first unread post on its page of the thread, which is checked",
    "accounts.confirm": "confirms the e-mail address and redirects to the login page, which is checked",
    "accounts.unlock": "trusts the browser and redirects to the login page, which is checked",
    "attachments.download": "a file (PDF, Office, image) sent as a download or shown inline, not a page",
    "attachments.thumbnail": "a small image shown on the thread page, which is checked",
}


class _AnyValue:
    """Stands in for the seed data: every attribute, and its text is a valid id, slug and token."""

    def __getattr__(self, name):
        return self

    def __format__(self, spec):
        return "1"


@pytest.fixture(scope="module")
def url_map():
    return create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"}).url_map


def _endpoint(adapter, case) -> str | None:
    if case.lands_on:
        return case.lands_on
    try:
        endpoint, _ = adapter.match(urlsplit(case.path(_AnyValue())).path, method="GET")
    except RequestRedirect as redirect:  # "/gemeenten" -> "/gemeenten/"
        endpoint, _ = adapter.match(urlsplit(redirect.new_url).path, method="GET")
    except NotFound:
        return None  # the 404 page: no route, but checked all the same
    return endpoint


def test_every_get_route_has_an_axe_check_or_a_reason(url_map):
    adapter = url_map.bind("forum.test")
    checked = {_endpoint(adapter, case) for case in CASES} - {None}
    get_routes = {rule.endpoint for rule in url_map.iter_rules() if "GET" in rule.methods}
    missing = sorted(get_routes - checked - NOT_CHECKED.keys())
    assert missing == [], f"GET routes without an axe check in CASES or a reason in NOT_CHECKED: {missing}"


def test_every_reason_names_a_route_that_exists_and_is_not_also_checked(url_map):
    adapter = url_map.bind("forum.test")
    checked = {_endpoint(adapter, case) for case in CASES}
    endpoints = {rule.endpoint for rule in url_map.iter_rules()}
    assert sorted(NOT_CHECKED.keys() - endpoints) == []
    assert sorted(NOT_CHECKED.keys() & checked) == []
    assert all(reason.strip() for reason in NOT_CHECKED.values())


def test_the_check_sees_a_route_without_a_case(url_map):
    adapter = url_map.bind("forum.test")
    checked = {_endpoint(adapter, case) for case in CASES if case.name != "privacy-statement"}
    get_routes = {rule.endpoint for rule in url_map.iter_rules() if "GET" in rule.methods}
    assert get_routes - checked - NOT_CHECKED.keys() == {"pages.privacy_statement"}
