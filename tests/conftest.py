"""Fixtures: a fresh forum per test on SQLite, and on PostgreSQL too when FORUM_TEST_DATABASE_URL is set."""
import itertools
import os
import re
from contextlib import contextmanager

import pytest
from flask import globals as flask_globals
from flask.testing import FlaskClient
from sqlalchemy import event, text

from forum import create_app
from forum.extensions import db, limiter
from forum.mail import sent_mails
from forum.search.backend import create_search_structures
from forum.accounts.sessions import LOGIN_SESSION, open_login_session

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
        tables = ", ".join(f'"{table.name}"' for table in db.metadata.sorted_tables)
        with db.engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


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


@pytest.fixture(params=DATABASES)
def app(request, tmp_path):
    if request.param == "postgresql":
        database = {"SQLALCHEMY_DATABASE_URI": POSTGRES_URL, "SQLALCHEMY_ENGINE_OPTIONS": _postgres_options()}
    else:
        database = {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'forum.sqlite'}"}
    # Attachments are stored in the test's own folder, never in instance/.
    app = create_app({**TEST_CONFIG, **database, "ATTACHMENT_ROOT": str(tmp_path / "attachments")})
    app.test_client_class = IsolatedClient
    with app.app_context():
        if request.param == "postgresql":
            _prepare_postgres(app)
        else:
            db.create_all()
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
