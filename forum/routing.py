"""URL converters, where a redirect may lead, and the request class that cleans what arrives in
form fields and query strings and knows which forms may send more than MAX_CONTENT_LENGTH."""
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Request, request
from flask_babel import gettext as _
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.routing import BaseConverter, IntegerConverter, PathConverter

from forum.errors import MESSAGES, render_error

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


def row_id(value: str) -> int | None:
    """A row id written as the id converter takes it (a query string's), else None."""
    if not re.fullmatch(IdConverter.regex, value) or int(value) > MAX_DATABASE_ID:
        return None
    return int(value)


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


@dataclass(frozen=True)
class LargerBody:
    """How much a POST to an endpoint may send, and what the 413 page says about it."""

    max_bytes: Callable[[], int]
    limits_text: Callable[[], str]


_larger_bodies: dict[str, LargerBody] = {}


def allow_larger_bodies(endpoints: Iterable[str], max_bytes: Callable[[], int],
                        limits_text: Callable[[], str]) -> None:
    """Let POSTs to `endpoints` send up to `max_bytes()` (e.g. forms with files). The limit applies
    before anything reads the body (the CSRF check reads the form before any view runs)."""
    for endpoint in endpoints:
        _larger_bodies[endpoint] = LargerBody(max_bytes, limits_text)


def larger_body_of(req) -> LargerBody | None:
    return _larger_bodies.get(req.endpoint) if req.method == "POST" and req.url_rule is not None else None


class CleanRequest(Request):
    """Form fields and query parameters arrive without control characters, for every view and
    form at once: the same text is stored, searched and compared on SQLite and PostgreSQL."""

    @property
    def max_content_length(self) -> int | None:
        limit = Request.max_content_length.fget(self)
        larger = larger_body_of(self) if self._max_content_length is None else None
        return max(limit or 0, larger.max_bytes()) if larger is not None else limit

    @max_content_length.setter
    def max_content_length(self, value: int | None) -> None:
        self._max_content_length = value

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


def _refuse_cut_off_body():
    """Werkzeug drops a multipart body it cannot parse (cut off halfway) and hands over nothing:
    say so before the CSRF check takes the empty form for a forged one."""
    if (larger_body_of(request) is not None and request.mimetype == "multipart/form-data"
            and request.content_length and not (request.form or request.files)):
        return render_error(400, _("De verzending is onderbroken voordat alles binnen was. Probeer het opnieuw."))
    return None


def _too_large(error):
    """The 413 page of a form with files names its limits."""
    larger = larger_body_of(request)
    return render_error(413, None if larger is None else f"{MESSAGES[413][1]} {larger.limits_text()}")


def init_app(app) -> None:
    """Before the extensions and blueprints: the converters apply to every rule made after, and
    the check of cut-off bodies runs before the CSRF check."""
    app.request_class = CleanRequest
    app.before_request(_refuse_cut_off_body)
    app.register_error_handler(413, _too_large)
    app.url_map.converters["id"] = IdConverter
    app.url_map.converters["default"] = app.url_map.converters["string"] = SegmentConverter
    app.url_map.converters["path"] = CleanPathConverter
