"""URL converters."""
from werkzeug.routing import IntegerConverter

MAX_DATABASE_ID = 2**31 - 1  # PostgreSQL integer; larger numbers cannot name a row


class IdConverter(IntegerConverter):
    """`<id:thread_id>`: a row id; anything that cannot be one is a 404, not a database error."""

    def __init__(self, map, *args, **kwargs):
        super().__init__(map, min=1, max=MAX_DATABASE_ID)


def init_app(app) -> None:
    app.url_map.converters["id"] = IdConverter
