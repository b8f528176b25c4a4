"""`flask db upgrade` builds exactly the schema the models describe, on every database."""
import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text

from forum import create_app
from forum.extensions import db
from forum.search.backend import is_search_table
from tests.conftest import POSTGRES_URL, TEST_CONFIG

MIGRATION_SCHEMA = f"forum_migration_test_{os.getpid()}"


def include_name(name, type_, parent_names):
    """The full-text index tables are made by the migration, not described by models."""
    return not (type_ == "table" and is_search_table(name))


def _database_urls(tmp_path):
    yield "sqlite", f"sqlite:///{tmp_path / 'migrated.sqlite'}", {}
    if POSTGRES_URL:
        yield "postgresql", POSTGRES_URL, {"connect_args": {"options": f"-csearch_path={MIGRATION_SCHEMA}"}}


@pytest.fixture
def fresh_postgres_schema():
    if not POSTGRES_URL:
        yield
        return
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {MIGRATION_SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {MIGRATION_SCHEMA}"))
    yield
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {MIGRATION_SCHEMA} CASCADE"))
    engine.dispose()


def test_upgrade_matches_the_models_and_downgrade_removes_everything(tmp_path, fresh_postgres_schema):
    for name, url, engine_options in _database_urls(tmp_path):
        app = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": url, "SQLALCHEMY_ENGINE_OPTIONS": engine_options})
        with app.app_context():
            upgrade()
            with db.engine.connect() as connection:
                context = MigrationContext.configure(connection, opts={"include_name": include_name})
                differences = compare_metadata(context, db.metadata)
            assert differences == [], f"{name}: models and migrations differ: {differences}"
            downgrade(revision="base")
            assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}, name
            db.engine.dispose()
