"""A thread's vector is the mean of three views of it, and an upgraded forum gets new ones."""
import numpy as np
from flask_migrate import downgrade, upgrade
from sqlalchemy import select, text

from forum import create_app
from forum.board.models import Post
from forum.extensions import db
from forum.search import embedding, vectors
from forum.search.neighbours import matrix
from tests.conftest import TEST_CONFIG
from tests.factories import make_thread
from tests.search.test_migration_keeps_content import ROWS
from tests.test_migrations import _database_urls, fresh_postgres_schema  # noqa: F401 - fixture

QUESTION = ("Wij willen een milieustraat in de regio delen met twee buurgemeenten. "
            "Hoe verdelen jullie de kosten van het afvalbrengstation, per inwoner of per bezoek? "
            "En wie beheert de toegangspassen van de bewoners?")


def test_a_thread_vector_is_the_mean_of_title_question_and_both(app):
    thread = make_thread(title="Een gedeelde milieustraat met buurgemeenten", body=QUESTION)
    assert vectors.embed_queued() == 1
    db.session.commit()

    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))
    views = [vectors.vector_text(thread, question), thread.title, " ".join(QUESTION.split())]
    expected = embedding.embed(views).mean(axis=0)
    expected /= np.linalg.norm(expected)
    stored = matrix().vector_of(thread.id)
    # int8 codes: close to the mean, not to any one view alone.
    assert float(stored @ expected) > 0.999
    for view in embedding.embed(views):
        assert float(stored @ view) < 0.99


def test_upgrading_queues_every_thread_for_a_new_vector(tmp_path, fresh_postgres_schema):  # noqa: F811
    for name, url, engine_options in _database_urls(tmp_path):
        app = create_app({**TEST_CONFIG, "SQLALCHEMY_DATABASE_URI": url, "SQLALCHEMY_ENGINE_OPTIONS": engine_options})
        with app.app_context():
            upgrade(revision="0017_attachment_texts")
            with db.engine.begin() as connection:
                for statement in ROWS:
                    connection.execute(text(statement))
                connection.execute(text("DELETE FROM thread_vector_queue"))
            upgrade()
            assert db.session.scalars(text("SELECT thread_id FROM thread_vector_queue")).all() == [1], name
            db.session.remove()
            downgrade(revision="base")
            db.engine.dispose()
