"""URL converters, where a redirect may lead, and the request class that cleans what arrives in
form fields and query strings."""
import re
from urllib.parse import urlsplit

from flask import Request
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.routing import BaseConverter, IntegerConverter, PathConverter

MAX_DATABASE_ID = 2**31 - 1  # PostgreSQL integer; larger numbers cannot name a row

# C0 control characters other than tab, line feed and carriage return. Nobody types them;
# PostgreSQL refuses NUL in text ("text cannot contain NUL") while SQLite stores it, so they
# are dropped on arrival and both databases see the same text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NO_CONTROL = r"\x00-\x1f\x7f"


def without_control_characters(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)


class IdConverter(IntegerConverter):
    """`<id:thread_id>`: a row id; anything that cannot be one is a 404, not a database error.
    One spelling per id: ASCII digits without leading zeros (not "00041", not a full-width "１")."""

    regex = r"[1-9][0-9]{0,9}"

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


class SegmentConverter(BaseConverter):
    """`<slug>`: one path segment; with a control character in it no page matches (404)."""

    regex = rf"[^/{_NO_CONTROL}]+"


class CleanPathConverter(PathConverter):
    """`<path:name>`: like the default, but control characters make it a 404 as well."""

    regex = rf"[^/{_NO_CONTROL}][^{_NO_CONTROL}]*?"


def _cleaned(fields: ImmutableMultiDict) -> ImmutableMultiDict:
    return ImmutableMultiDict([(without_control_characters(name), without_control_characters(value))
                               for name, value in fields.items(multi=True)])


class CleanRequest(Request):
    """Form fields and query parameters arrive without control characters, for every view and
    form at once: the same text is stored, searched and compared on SQLite and PostgreSQL."""

    @property
    def args(self) -> ImmutableMultiDict:
        if "_clean_args" not in self.__dict__:
            self.__dict__["_clean_args"] = _cleaned(Request.args.fget(self))
        return self.__dict__["_clean_args"]

    def _load_form_data(self) -> None:
        super()._load_form_data()
        if not self.__dict__.get("_form_cleaned"):
            self.__dict__["form"] = _cleaned(self.__dict__["form"])
            self.__dict__["_form_cleaned"] = True


def init_app(app) -> None:
    """Before the blueprints register their rules: the converters apply to every rule made after."""
    app.request_class = CleanRequest
    app.url_map.converters["id"] = IdConverter
    app.url_map.converters["default"] = app.url_map.converters["string"] = SegmentConverter
    app.url_map.converters["path"] = CleanPathConverter
