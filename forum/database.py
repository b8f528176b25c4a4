"""Database connection settings that SQLAlchemy cannot express in a URL."""
import sqlite3

from sqlalchemy import event
from sqlalchemy.engine import Engine

# SQLite has one write lock. pysqlite begins a transaction at its first INSERT, UPDATE or
# DELETE, so every writer waits for the lock there, with reads done and nothing written yet,
# and SQLite retries for this long before it gives up with "database is locked". With 16
# members posting at once on 4 workers the old 5 s was not enough (one 500 in 200 replies,
# see bench/README.md); 20 s is, and stays under gunicorn's 30 s worker timeout.
#
# BEGIN IMMEDIATE at the start of every write request was tried as well: no 500 either, but
# it holds the lock through the whole request (the Markdown render, the similar-question
# search) instead of from the first write to the commit, and halved the throughput of
# concurrent posting with 4 workers. Reads never wait in WAL mode.
SQLITE_BUSY_TIMEOUT_MS = 20_000
# SQLite reads the database through a memory map instead of copying pages into each
# connection's own 2 MB cache: a search for a word no one searched before then costs what later
# ones cost (measured at a million posts: the first run of a search 118-163 ms without, at most
# 74 with; bench/README.md). The mapped pages are the page cache, shared by all workers.
SQLITE_MMAP_BYTES = 1 << 30


@event.listens_for(Engine, "connect")
def _configure_sqlite(dbapi_connection, _connection_record) -> None:
    """WAL lets readers go on while one writer writes; SQLite enforces foreign keys only when asked;
    reads go through a memory map."""
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    cursor.close()
