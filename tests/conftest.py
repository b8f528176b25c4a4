"""Fixtures: a fresh forum per test on SQLite, and on PostgreSQL too when FORUM_TEST_DATABASE_URL is set."""
import os
import re
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text

from forum import create_app
from forum.extensions import db
from forum.mail import sent_mails

POSTGRES_URL = os.environ.get("FORUM_TEST_DATABASE_URL")
DATABASES = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])

TEST_CONFIG = {
    "TESTING": True,
    "SECRET_KEY": "test-secret-key",
    "MAIL_BACKEND": "memory",
    "WTF_CSRF_ENABLED": False,
    "PUBLIC_READING": False,
    "SERVER_NAME": "forum.test",
}

_postgres_schema_ready = False


def _prepare_postgres(app) -> None:
    """Create the schema once per run; afterwards each test starts from empty tables."""
    global _postgres_schema_ready
    if not _postgres_schema_ready:
        db.drop_all()
        db.create_all()
        _postgres_schema_ready = True
    else:
        tables = ", ".join(f'"{table.name}"' for table in db.metadata.sorted_tables)
        with db.engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=DATABASES)
def app(request, tmp_path):
    url = POSTGRES_URL if request.param == "postgresql" else f"sqlite:///{tmp_path / 'forum.sqlite'}"
    app = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        if request.param == "postgresql":
            _prepare_postgres(app)
        else:
            db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()


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


@pytest.fixture
def login(client):
    """Log `user` in through the session cookie (the login form has its own tests)."""

    def log_in(user):
        with client.session_transaction() as session:
            session["_user_id"] = user.get_id()
            session["_fresh"] = True
        return user

    return log_in
