"""A feature adds to the board's pages through forum.board.hooks, without the board importing it."""
from collections import defaultdict

import pytest
from jinja2 import ChoiceLoader, DictLoader

from forum.board import hooks
from tests.factories import make_thread, make_user

FEATURE_TEMPLATES = {
    "bookmarks/_button.html": '<p class="bookmark">{{ bookmark_note }}</p>',
    "bookmarks/_first.html": '<p class="order">eerste</p>',
    "bookmarks/_post.html": '<span class="bookmark-post">#{{ post.id }}</span>',
}


@pytest.fixture
def registry(app, monkeypatch):
    """The hooks as they are, restored after the test; the feature's templates findable."""
    monkeypatch.setattr(hooks, "_providers", defaultdict(list, {k: list(v) for k, v in hooks._providers.items()}))
    monkeypatch.setattr(hooks, "_fragments", defaultdict(list, {k: list(v) for k, v in hooks._fragments.items()}))
    monkeypatch.setattr(app.jinja_env, "loader", ChoiceLoader([DictLoader(FEATURE_TEMPLATES), app.jinja_env.loader]))
    return hooks


def test_a_provider_and_fragments_reach_the_thread_page(client, login, registry):
    @registry.page_context("thread")
    def _note(thread, posts, page, **_):
        return {"bookmark_note": f"Bladwijzer bij {thread.title}: {len(posts)} berichten, pagina {page}"}

    registry.page_fragment("thread", "header", "bookmarks/_button.html", order=200)
    registry.page_fragment("thread", "header", "bookmarks/_first.html", order=1)
    registry.page_fragment("post", "below_body", "bookmarks/_post.html")
    thread = make_thread(title="Hoe pakken jullie zwerfafval aan?", replies=1)
    login(make_user())
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "Bladwijzer bij Hoe pakken jullie zwerfafval aan?: 2 berichten, pagina 1" in page
    assert page.index('class="order"') < page.index('class="bookmark"')
    assert page.count('class="bookmark-post"') == 2


def test_registering_twice_adds_once(registry):
    registry.page_fragment("category", "sidebar", "bookmarks/_button.html")
    registry.page_fragment("category", "sidebar", "bookmarks/_button.html")
    assert registry.page_fragments("category", "sidebar").count("bookmarks/_button.html") == 1
