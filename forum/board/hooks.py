"""Extension points of the board's pages: features add context and template fragments here.

The board calls context_for() and page_fragments() and never imports a feature; a feature
registers itself when its package is imported:

    @hooks.page_context("thread")
    def _related(thread, posts, page, **_): return {"related_threads": ...}

    hooks.page_fragment("thread", "after_posts", "search/_related.html", order=50)
"""
from collections import defaultdict
from collections.abc import Callable

_context_providers: dict[str, list[Callable[..., dict]]] = defaultdict(list)
_fragments: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)


def page_context(page: str):
    """Decorator: `fn(**kwargs) -> dict` adds to the template context of `page`."""
    def register(provider: Callable[..., dict]) -> Callable[..., dict]:
        if provider not in _context_providers[page]:
            _context_providers[page].append(provider)
        return provider
    return register


def context_for(page: str, /, **kwargs) -> dict:
    """All providers' dicts for `page`, merged (`page` is positional: the thread page passes a page number too)."""
    context: dict = {}
    for provider in _context_providers[page]:
        context.update(provider(**kwargs) or {})
    return context


def page_fragment(page: str, slot: str, template: str, order: int = 100) -> None:
    """Include `template` in `slot` of `page`, lower `order` first."""
    entries = _fragments[(page, slot)]
    if template not in (name for _, name in entries):
        entries.append((order, template))
        entries.sort()


def page_fragments(page: str, slot: str) -> list[str]:
    """The templates to include in a slot (a Jinja global)."""
    return [template for _, template in _fragments[(page, slot)]]
