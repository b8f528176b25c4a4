"""`flask search reindex` rebuilds the index from the posts."""
from sqlalchemy import text

from forum.extensions import db
from forum.search import backend
from tests.factories import make_reply, make_thread, make_user
from tests.search.test_search_page import result_titles


def test_reindex_rebuilds_an_emptied_index(app, client, login):
    thread = make_thread(title="Vraag over snippergroen verkopen")
    make_reply(thread, body="Wij verkopen snippergroen per m².")
    backend.clear(db.session.connection())
    db.session.commit()
    login(make_user())
    assert result_titles(client.get("/zoeken?q=snippergroen").get_data(as_text=True)) == []

    result = app.test_cli_runner().invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "Zoekindex opnieuw opgebouwd: 2 berichten, 1 vragen" in result.output
    db.session.remove()
    assert len(result_titles(client.get("/zoeken?q=snippergroen").get_data(as_text=True))) == 2
    rows = db.session.scalar(text(f"SELECT count(*) FROM {backend.THREAD_INDEX}"))
    assert rows == 1
