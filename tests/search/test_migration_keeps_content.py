"""Migration 0003 on a forum with content: nothing lost (SQLite rebuilds `threads` in batch
mode, which with foreign keys on would cascade-delete every post), and the new search index
and experience counters are filled from what exists."""
from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from forum import create_app
from forum.extensions import db
from forum.search.query import parse
from forum.search.services import SearchFilters, search
from tests.conftest import TEST_CONFIG
from tests.test_migrations import _database_urls, fresh_postgres_schema  # noqa: F401 - fixture

ROWS = [
    "INSERT INTO municipalities (id, code, name, slug, province, population, member_count, thread_count, reply_count)"
    " VALUES (1, 'GM0344', 'Utrecht', 'utrecht', 'Utrecht', 360000, 1, 1, 1)",
    "INSERT INTO users (id, email, password_hash, name, job_title, municipality_id, role, status, session_token, created_at)"
    " VALUES (1, 'a@utrecht.nl', 'x', 'A', '', 1, 'member', 'active', 'token', '2025-01-01 10:00:00')",
    "INSERT INTO categories (id, name, slug, description, position, thread_count, post_count)"
    " VALUES (1, 'Wonen', 'wonen', '', 0, 1, 2)",
    "INSERT INTO threads (id, category_id, author_id, municipality_id, title, created_at, reply_count, last_activity_at)"
    " VALUES (1, 1, 1, 1, 'Flexwoningen op een oud sportveld', '2025-01-01 10:00:00', 1, '2025-01-01 11:00:00')",
    "INSERT INTO posts (id, thread_id, author_id, municipality_id, position, body_markdown, body_html, created_at, edit_count)"
    " VALUES (1, 1, 1, 1, 1, 'Vraag', '<p>Wie plaatste tijdelijke woningen?</p>', '2025-01-01 10:00:00', 0)",
    "INSERT INTO posts (id, thread_id, author_id, municipality_id, position, body_markdown, body_html, created_at, edit_count)"
    " VALUES (2, 1, 1, 1, 2, 'Antwoord', '<p>Wij plaatsten zestig woningen.</p>', '2025-01-01 11:00:00', 0)",
]


def test_upgrade_keeps_posts_and_fills_index_and_counters(tmp_path, fresh_postgres_schema):  # noqa: F811
    for name, url, engine_options in _database_urls(tmp_path):
        app = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": url, "SQLALCHEMY_ENGINE_OPTIONS": engine_options})
        with app.app_context():
            upgrade(revision="b3bcd07f290b")
            with db.engine.begin() as connection:
                for statement in ROWS:
                    connection.execute(text(statement))
            upgrade()
            assert db.session.scalar(text("SELECT count(*) FROM posts")) == 2, name
            found = search(parse("woningen"), SearchFilters(), 1)
            assert sorted(result.post.id for result in found.results) == [1, 2], name
            assert db.session.execute(text("SELECT category_id, municipality_id, reply_count FROM category_experience")).all() == [(1, 1, 1)], name
            db.session.remove()
            downgrade(revision="base")
            db.engine.dispose()
