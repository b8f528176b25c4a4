"""A test database's whole content kept aside and put back: a forum that costs seconds to make
(`flask demo`) is made once and each test gets an exact copy of it, on either database.

SQLite: the file, through SQLite's backup (the forum writes in WAL mode). PostgreSQL: every table
of the test schema copied into a schema of its own, with the sequences' positions.
"""
import itertools
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import text

from forum.extensions import db

_numbers = itertools.count()


@dataclass
class Snapshot:
    dialect: str
    place: str  # SQLite: the copy's file; PostgreSQL: the schema holding the copy
    tables: list[str] = field(default_factory=list)
    sequences: dict[str, int | None] = field(default_factory=dict)


def _sqlite_copy(source: str, target: str) -> None:
    origin, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        origin.backup(copy)
    finally:
        origin.close()
        copy.close()


def _postgres_tables(connection) -> list[str]:
    return connection.scalars(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
    )).all()


def _postgres_sequences(connection) -> dict[str, int | None]:
    return dict(connection.execute(text(
        "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()"
    )).all())


def take(folder) -> Snapshot:
    """Keep the current content of the app's database aside (SQLite: as a file in `folder`)."""
    db.session.remove()
    if db.engine.dialect.name == "sqlite":
        place = str(folder / f"snapshot-{next(_numbers)}.sqlite")
        db.engine.dispose()
        _sqlite_copy(db.engine.url.database, place)
        return Snapshot("sqlite", place)
    with db.engine.begin() as connection:
        place = f"{connection.scalar(text('SELECT current_schema()'))}_snapshot_{next(_numbers)}"
        tables = _postgres_tables(connection)
        connection.execute(text(f'CREATE SCHEMA "{place}"'))
        for table in tables:
            connection.execute(text(f'CREATE TABLE "{place}"."{table}" AS TABLE "{table}"'))
        return Snapshot("postgresql", place, tables, _postgres_sequences(connection))


def restore(snapshot: Snapshot) -> None:
    """Make the app's database, which must hold no rows, a copy of the snapshot."""
    db.session.remove()
    if snapshot.dialect == "sqlite":
        db.engine.dispose()
        _sqlite_copy(snapshot.place, db.engine.url.database)
        return
    with db.engine.begin() as connection:
        # Rows arrive in any order: foreign-key triggers are off for this transaction.
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for table in snapshot.tables:
            connection.execute(text(f'INSERT INTO "{table}" SELECT * FROM "{snapshot.place}"."{table}"'))
        for sequence, position in snapshot.sequences.items():
            connection.execute(text("SELECT setval(CAST(:name AS regclass), :position, :called)"), {
                "name": f'"{sequence}"', "position": position or 1, "called": position is not None,
            })


def discard(snapshot: Snapshot, engine) -> None:
    """Remove a PostgreSQL snapshot's schema (SQLite's file goes with pytest's temporary folder)."""
    if snapshot.dialect == "postgresql":
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{snapshot.place}" CASCADE'))
        engine.dispose()


def is_empty() -> bool:
    """Whether no table of the app's database holds a row: the state every test starts from."""
    tables = [table.name for table in db.metadata.sorted_tables]
    probe = " UNION ALL ".join(f'SELECT 1 WHERE EXISTS (SELECT 1 FROM "{name}")' for name in tables)
    return db.session.execute(text(probe)).first() is None
