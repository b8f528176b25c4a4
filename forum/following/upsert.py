"""INSERT ... ON CONFLICT for the database in use (SQLite and PostgreSQL spell it the same)."""

from sqlalchemy.dialects import postgresql, sqlite

from forum.extensions import db


def insert_or_update(model):
    """An insert() with .on_conflict_do_nothing() / .on_conflict_do_update() and .excluded."""
    dialect = db.session.get_bind().dialect.name
    return (postgresql if dialect == "postgresql" else sqlite).insert(model)
