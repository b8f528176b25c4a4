"""Database connection settings that SQLAlchemy cannot express in a URL."""
import sqlite3

from flask import has_request_context, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

# Writers queue for SQLite's single write lock this long. A write request waits at its
# start (see below), before it did anything, so waiting longer is safe; it stays under
# gunicorn's 30 s worker timeout.
SQLITE_BUSY_TIMEOUT_MS = 20_000
READ_ONLY_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@event.listens_for(Engine, "connect")
def _configure_sqlite(dbapi_connection, _connection_record) -> None:
    """WAL lets readers go on while one writer writes; SQLite enforces foreign keys only when asked."""
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _writing_request() -> bool:
    return has_request_context() and request.method not in READ_ONLY_METHODS


@event.listens_for(Engine, "begin")
def _begin_sqlite(connection) -> None:
    """A write request on SQLite takes the write lock with its first statement (BEGIN IMMEDIATE).

    Otherwise pysqlite begins only at the first INSERT or UPDATE, halfway through the work:
    with several workers posting at once that writer could wait past the busy timeout while
    others held the lock, and answer 500 "database is locked". Taking the lock up front makes
    the writers queue at the door, where the busy timeout applies and nothing is lost by
    waiting. Reading requests keep pysqlite's own transaction handling, so that they never
    hold a snapshot that a later write would find outdated. (SQLAlchemy's pysqlite
    "serializable isolation" recipe: the driver's own BEGIN switched off, ours emitted.)
    """
    if connection.dialect.name != "sqlite":
        return
    dbapi_connection = connection.connection.dbapi_connection
    if _writing_request():
        dbapi_connection.isolation_level = None
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        dbapi_connection.isolation_level = ""
