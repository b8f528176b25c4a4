"""Fixtures: a fresh forum per test on SQLite, and on PostgreSQL too when FORUM_TEST_DATABASE_URL is set."""
import itertools
import os
import re
import shutil
from contextlib import contextmanager

import numpy as np
import pytest
from flask import globals as flask_globals
from jinja2 import BytecodeCache
from flask.testing import FlaskClient
from sqlalchemy import event, text
from werkzeug.routing.rules import Rule

from forum import create_app
from forum.extensions import db, limiter
from forum.mail import sent_mails
from forum.search import embedding
from forum.search.backend import create_search_structures
from forum.accounts.sessions import LOGIN_SESSION, open_login_session
from tests.scheduling import pytest_xdist_make_scheduler  # noqa: F401 - xdist's hook, defined there

POSTGRES_URL = os.environ.get("FORUM_TEST_DATABASE_URL")
DATABASES = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])

TEST_CONFIG = {
    "TESTING": True,
    "SECRET_KEY": "test-secret-key",
    "MAIL_BACKEND": "memory",
    "WTF_CSRF_ENABLED": False,
    "PUBLIC_READING": False,
    "SERVER_NAME": "forum.test",
    "RATELIMIT_ENABLED": False,  # the limiter tests switch it on
}


def _cache_url_builders() -> None:
    """Every test makes an app, and Werkzeug compiles two URL-building functions per route for
    each (Python source through `ast` and `compile`): most of create_app's time. The function
    depends only on the rule's parts and defaults, so the tests compile each one once."""
    compile_builder = getattr(Rule, "_compile_builder", None)
    if compile_builder is None:  # another Werkzeug: build them as it does
        return
    compiled = {}

    def cached(self, append_unknown=True):
        key = (self.rule, tuple(self._trace), repr(sorted((self.defaults or {}).items())), append_unknown)
        if key not in compiled:
            compiled[key] = compile_builder(self, append_unknown)
        return compiled[key]

    Rule._compile_builder = cached


_cache_url_builders()


def _remember_vectors() -> None:
    """The model gives a text the same vector alone or in any batch (bit for bit), and many tests
    embed the same fixed texts: the demo forum's 40 questions each time it is loaded, the
    evaluation pairs on each database. Each text is computed once per test process."""
    compute = embedding.embed
    known = {}

    def embed(texts, *, query=False):
        texts = list(texts)
        missing = [text for text in dict.fromkeys(texts) if (text, query) not in known]
        if missing:
            known.update(((text, query), vector) for text, vector in zip(missing, compute(missing, query=query)))
        if not texts:
            return compute(texts, query=query)
        return np.array([known[text, query] for text in texts])

    embedding.embed = embed


_remember_vectors()


class _SharedTemplateCache(BytecodeCache):
    """Compiled templates shared by the apps of a run: each test's app has a Jinja environment
    of its own, and compiling the templates again for every test took a fifth of the run.
    Jinja keys the code by template and checks the source's checksum, so an edited template
    is compiled again."""

    def __init__(self):
        self.codes = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.codes:
            bucket.bytecode_from_string(self.codes[bucket.key])

    def dump_bytecode(self, bucket):
        self.codes[bucket.key] = bucket.bytecode_to_string()


_template_cache = _SharedTemplateCache()

# A schema of its own per test run, so that parallel runs on one database don't collide.
POSTGRES_SCHEMA = f"forum_test_{os.getpid()}"
_postgres_schema_ready = False


def _postgres_options() -> dict:
    return {"connect_args": {"options": f"-csearch_path={POSTGRES_SCHEMA}"}, "pool_pre_ping": True}


def _prepare_postgres(app) -> None:
    """Create the schema once per run; afterwards each test starts from empty tables."""
    global _postgres_schema_ready
    if not _postgres_schema_ready:
        with db.engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {POSTGRES_SCHEMA} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {POSTGRES_SCHEMA}"))
        db.create_all()
        _postgres_schema_ready = True
    else:
        _empty_postgres_tables()


def _empty_postgres_tables() -> None:
    """Empty the tables the previous test wrote to and start every used id sequence at 1 again.

    TRUNCATE costs milliseconds per table, written to or not, and cascades to every table that
    refers to one (users: nearly all): 270 ms per test. DELETE of a test's few rows costs less
    than one; with foreign-key triggers off for the moment (session_replication_role, for the
    superuser the tests connect as) the order does not matter.
    """
    names = [table.name for table in db.metadata.sorted_tables] + ["search_posts", "search_threads"]
    probe = " UNION ALL ".join(f"SELECT '{name}' WHERE EXISTS (SELECT 1 FROM \"{name}\")" for name in names)
    with db.engine.begin() as connection:
        if not connection.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")):
            tables = ", ".join(f'"{table.name}"' for table in db.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            return
        written = connection.scalars(text(probe)).all()
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for name in written:
            connection.execute(text(f'DELETE FROM "{name}"'))
        connection.execute(text(
            "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, 1, false) "
            "FROM pg_sequences WHERE schemaname = current_schema() AND last_value IS NOT NULL"
        ))


class IsolatedClient(FlaskClient):
    """Each request runs as in production: its own app context, `g` and database session.

    What the test set up is committed first; afterwards the test's objects are
    expired, so that assertions read what the request wrote.
    """

    def open(self, *args, **kwargs):
        db.session.commit()
        outer_context = flask_globals._cv_app.set(None)
        try:
            return super().open(*args, **kwargs)
        finally:
            flask_globals._cv_app.reset(outer_context)
            db.session.expire_all()


@pytest.fixture(scope="session")
def empty_sqlite_forum(tmp_path_factory):
    """An SQLite file with the schema and the full-text index tables, made once per run: each
    test starts from a copy, which takes a millisecond where creating the tables takes 100."""
    path = tmp_path_factory.mktemp("schema") / "forum.sqlite"
    app = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        db.create_all()
        create_search_structures()
        db.session.remove()
        db.engine.dispose()
    return path


@pytest.fixture(params=DATABASES)
def app(request, tmp_path):
    if request.param == "postgresql":
        database = {"SQLALCHEMY_DATABASE_URI": POSTGRES_URL, "SQLALCHEMY_ENGINE_OPTIONS": _postgres_options()}
    else:
        database = {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'forum.sqlite'}"}
        shutil.copyfile(request.getfixturevalue("empty_sqlite_forum"), tmp_path / "forum.sqlite")
    # Attachments are stored in the test's own folder, never in instance/.
    app = create_app({**TEST_CONFIG, **database, "ATTACHMENT_ROOT": str(tmp_path / "attachments")})
    app.test_client_class = IsolatedClient
    app.jinja_env.bytecode_cache = _template_cache
    with app.app_context():
        if request.param == "postgresql":
            _prepare_postgres(app)
            create_search_structures()  # the full-text index tables, which are not models
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session", autouse=True)
def _drop_postgres_schema():
    yield
    if _postgres_schema_ready:
        from sqlalchemy import create_engine

        engine = create_engine(POSTGRES_URL)
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {POSTGRES_SCHEMA} CASCADE"))
        engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def mails(app):
    """Mails sent during the test, oldest first."""
    return sent_mails(app)


@pytest.fixture
def count_queries(app):
    """`with count_queries() as queries: ...` then len(queries) is the number of SQL statements."""

    @contextmanager
    def counter():
        statements = []

        def record(conn, cursor, statement, parameters, context, executemany):
            if not re.match(r"\s*(SAVEPOINT|RELEASE|PRAGMA)", statement):
                statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            yield statements
        finally:
            event.remove(db.engine, "before_cursor_execute", record)

    return counter


def log_in_client(client, user):
    """Log `user` in on `client` through the session cookie, with a login known on the server
    as the login form makes one (the form has its own tests)."""
    login_session = open_login_session(user)
    db.session.commit()
    with client.session_transaction() as session:
        session["_user_id"] = user.get_id()
        session["_fresh"] = True
        session[LOGIN_SESSION] = login_session
    return user


@pytest.fixture
def login(client):
    """Log `user` in through the session cookie (the login form has its own tests)."""
    return lambda user: log_in_client(client, user)


_limiter_prefixes = itertools.count()


@pytest.fixture
def limited(app):
    """The limiter on for this app (in memory, counting from zero), off again afterwards.

    Flask-Limiter registers its hooks only on an app created with limits enabled, so the
    fixture binds it to the test's app here, before its first request.
    """
    app.config["RATELIMIT_ENABLED"] = True
    limiter.init_app(app)
    limiter._key_prefix = f"test-{os.getpid()}-{next(_limiter_prefixes)}"
    yield app
    limiter.reset()
    limiter.enabled = False
