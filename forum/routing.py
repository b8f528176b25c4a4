"""URL converters, and where a redirect may lead."""
from urllib.parse import urlsplit

from werkzeug.routing import IntegerConverter

MAX_DATABASE_ID = 2**31 - 1  # PostgreSQL integer; larger numbers cannot name a row


class IdConverter(IntegerConverter):
    """`<id:thread_id>`: a row id; anything that cannot be one is a 404, not a database error."""

    def __init__(self, map, *args, **kwargs):
        super().__init__(map, min=1, max=MAX_DATABASE_ID)


def safe_next(target: str | None) -> str | None:
    """A path on this site to return to after logging in; None for anything that could leave it."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    # Browsers read a backslash as a slash and drop tabs and newlines: "/\evil" is "//evil".
    if "\\" in target or any(char.isspace() or not char.isprintable() for char in target):
        return None
    parts = urlsplit(target)
    return None if parts.scheme or parts.netloc else target


def init_app(app) -> None:
    app.url_map.converters["id"] = IdConverter
