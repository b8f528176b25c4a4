"""NUL and other control characters, in every place a request can carry them, never give a 500.

PostgreSQL refuses text with NUL ("text cannot contain NUL") where SQLite stores it; the forum
drops control characters from form fields and query strings on arrival (forum/routing.py) and
answers 404 for a path segment that holds one, so both databases behave alike.
"""
import re
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, EmailField, FormField, IntegerField, SelectField, SubmitField
from wtforms.fields.core import UnboundField

from forum.board.models import Post, Thread
from forum.extensions import db
from forum.routing import IdConverter
from forum.tags.services import set_thread_tags
from tests.conftest import log_in_client
from tests.factories import make_category, make_municipality, make_reply, make_thread, make_user

FORUM_SOURCE = Path(__file__).resolve().parents[2] / "forum"
HOSTILE_SEGMENTS = ["\x00", "wonen\x00", "a\x01b", "\x1f\x7f"]
TEXT = "Een tekst\x00 met\x01 stuurtekens\x1f en\x08 een NUL, lang genoeg om geldig te zijn."


def _subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _subclasses(subclass)


def _form_fields() -> dict[str, type]:
    """Every field of every form in the forum, by name, with its field class."""
    fields = {}
    for form_class in _subclasses(FlaskForm):
        if form_class.__module__.startswith("forum."):
            fields |= _fields_of(form_class)
    return fields


def _fields_of(form_class, prefix: str = "") -> dict[str, type]:
    """The fields of a form; those of a group of fields (FormField) by their names in the request."""
    fields = {}
    for name in dir(form_class):
        value = getattr(form_class, name, None)
        if isinstance(value, UnboundField):
            fields[prefix + name] = value.field_class
            if issubclass(value.field_class, FormField):
                fields |= _fields_of(value.args[0], prefix=f"{prefix}{name}-")
    return fields


def _hostile_value(field_class) -> str:
    if issubclass(field_class, (IntegerField, SelectField)):
        return "1\x00"  # "1" once cleaned: a real row, so the view goes on to the database
    if issubclass(field_class, BooleanField):
        return "y\x00"
    if issubclass(field_class, EmailField):
        return "persoon\x00@example.nl"
    return TEXT


def _parameter_names() -> set[str]:
    """Query parameters the views read, found in the source, and every form field."""
    names = {"pagina"}
    for source in FORUM_SOURCE.rglob("*.py"):
        names |= set(re.findall(r'request\.(?:args|form|values)\.get\(\s*"(\w+)"', source.read_text()))
    return names | set(_form_fields())


def _hostile_form(with_buttons: bool) -> dict[str, str]:
    return {name: _hostile_value(field_class) for name, field_class in _form_fields().items()
            if with_buttons or not issubclass(field_class, SubmitField)}


def _hostile_query() -> list[str]:
    names = sorted(_parameter_names())
    return [urlencode({name: "\x00" for name in names}),
            urlencode({name: f"fiets\x00{name}\x01" for name in names})]


@pytest.fixture
def world(app):
    """One of everything a URL can name; ids and slugs that exist."""
    municipality = make_municipality("Utrecht")
    domain = make_category("Leefomgeving")
    theme = make_category("Wonen", parent=domain)
    member = make_user(municipality)
    moderator = make_user(role="moderator", staff=True)
    thread = make_thread(author=member, category=theme, title="Hoe pakken jullie flexwonen aan?")
    make_reply(thread, make_user(make_municipality("Zwolle")))
    set_thread_tags(thread, ["flexwonen"])
    make_thread(author=member, category=theme, title="Een tweede vraag over wonen in de regio")
    db.session.commit()
    return {"member": member, "moderator": moderator,
            "segments": ["wonen", "leefomgeving", "utrecht", "flexwonen", "geen-geldig-token"]}


def _url(rule, values: dict) -> str:
    url = rule.rule
    for name, value in values.items():
        url = re.sub(rf"<(?:[^:<>]+:)?{name}>", quote(str(value), safe=""), url)
    return url


def _real_values(client, rule, segments) -> dict:
    """Values that name something: id 1 for ids, and for text the first candidate that is no 404."""
    ids = {name: 1 for name, converter in rule._converters.items() if isinstance(converter, IdConverter)}
    texts = [name for name, converter in rule._converters.items() if not isinstance(converter, IdConverter)]
    if not texts:
        return ids
    for segment in segments:
        values = {**ids, **{name: segment for name in texts}}
        if "GET" not in rule.methods or _send(client, "GET", _url(rule, values)) != 404:
            return values
    return {**ids, **{name: segments[0] for name in texts}}


def _send(client, method, url, **kwargs):
    try:
        with client.open(url, method=method, **kwargs) as response:  # closed: a file response holds a file
            return response.status_code
    except Exception as error:  # noqa: BLE001 - in tests an unhandled error propagates instead of a 500
        return f"{type(error).__name__}: {str(error)[:120]}"


@pytest.mark.parametrize("role", ["member", "moderator"])
def test_control_characters_anywhere_in_any_request_never_give_a_500(app, client, world, role):
    user = world[role]
    failures = []
    rules = [rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]
    assert len(rules) > 60  # the sweep found the forum's routes
    for rule in sorted(rules, key=lambda rule: rule.rule):
        for method in sorted(rule.methods & {"GET", "POST"}):
            log_in_client(client, user)  # a POST before may have logged out, or changed the account
            values = _real_values(client, rule, world["segments"])
            requests = []
            texts = [name for name, converter in rule._converters.items() if not isinstance(converter, IdConverter)]
            for segment in HOSTILE_SEGMENTS if texts else []:
                hostile_path = _url(rule, {**values, **{name: segment for name in texts}})
                requests.append(("path", hostile_path, {}))
            for query in _hostile_query():
                requests.append(("query", f"{_url(rule, values)}?{query}", {}))
            if method == "POST":
                for with_buttons in (True, False):
                    requests.append(("form", _url(rule, values), {"data": _hostile_form(with_buttons)}))
            for place, url, kwargs in requests:
                status = _send(client, method, url, **kwargs)
                if not isinstance(status, int) or status >= 500:
                    failures.append(f"{method} {url[:80]!r} ({place}): {status}")
                elif place == "path" and status != 404:
                    failures.append(f"{method} {url[:80]!r}: a control character in the path gave {status}")
                if place == "form":
                    log_in_client(client, user)
    assert failures == []


@pytest.mark.parametrize("path", [
    "/categorie/%00", "/categorie/%00/feed.atom", "/tags/%00", "/tags/%00/feed.atom",
    "/ervaring/categorie/%00", "/ervaring/tag/%00", "/gemeenten/%00", "/categorie/wonen%00",
])
def test_a_nul_in_a_path_segment_is_a_404(client, login, world, path):
    login(world["member"])
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("path", [
    "/zoeken?q=fiets&gemeente=%00", "/vraag-stellen?categorie=%00", "/vraag-stellen?categorie=wonen%00",
    "/categorie/wonen?status=%00", "/zoeken?q=%00", "/zoeken/vergelijkbare-vragen?titel=fiets%00",
    "/gemeenten/?q=%00", "/onderwerp/1?pagina=%00",
])
def test_a_nul_in_the_query_string_is_dropped(client, login, world, path):
    login(world["member"])
    assert client.get(path).status_code == 200


def test_a_reply_and_a_question_with_control_characters_are_saved_without_them(client, login, world):
    login(world["member"])
    thread = db.session.scalar(select(Thread).order_by(Thread.id))
    replied = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Onze\x00 ervaring\x07:\tgoed.\r\nKlaar."})
    question = {"title": "Flex\x00wonen\x1b in de regio?", "category": "2\x00", "body": "Een vraag\x00 met NUL.",
                "similar_checked": "Flexwonen in de regio?"}  # the similar questions were shown
    asked = client.post("/vraag-stellen", data=question)

    assert replied.status_code == 302 and asked.status_code == 302
    reply = db.session.scalar(select(Post).order_by(Post.id.desc()).where(Post.thread_id == thread.id))
    assert reply.body_markdown == "Onze ervaring:\tgoed.\r\nKlaar."
    question = db.session.scalar(select(Thread).order_by(Thread.id.desc()))
    assert question.title == "Flexwonen in de regio?"
    body = db.session.scalar(select(Post.body_markdown).where(Post.thread_id == question.id, Post.position == 1))
    assert body == "Een vraag met NUL."
