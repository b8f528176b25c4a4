"""Whatever a member types reaches the model safely: the engine is native code, and a character
that its own normalisation expands past its buffer (U+FDFA becomes 18 characters) corrupted
memory and killed the process serving the request, or the vector worker."""
import subprocess
import sys

from sqlalchemy import select

from forum.board.models import Thread
from forum.extensions import db
from forum.search.models import ThreadVector
from tests.factories import make_user
from tests.search.test_related_questions import cli, forum, theme  # noqa: F401 (fixtures)

EXPANDING = "\ufdfa"  # ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM: 3 bytes, 18 characters in NFKC

ENGINE_CHECK = f"""
from forum.search.embedding import embed
texts = [{EXPANDING!r} * 200, "\\u202e" * 5 + {EXPANDING!r} * 150, "x\\ud800y", "\\ufdfb" * 300, "gewone vraag"]
for query in (True, False):
    vectors = embed(texts, query=query)
    assert vectors.shape == (5, 384) and (abs(vectors).sum(axis=1) > 0).all()
print("heel")
"""


def test_the_engine_survives_characters_that_expand_in_its_normalisation():
    # In a process of its own: a corrupted heap aborts the whole process, not just a test.
    run = subprocess.run([sys.executable, "-c", ENGINE_CHECK], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "heel"


def test_search_similar_questions_and_the_worker_take_such_a_question(client, login, forum, theme, cli):  # noqa: F811
    login(make_user())
    search = client.get("/zoeken", query_string={"q": EXPANDING * 20})
    assert search.status_code == 200
    similar = client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": "\u202e" * 5 + EXPANDING * 150})
    assert similar.status_code == 200

    title = "Vraag over " + EXPANDING * 40
    asked = client.post("/vraag-stellen", data={
        "title": title, "category": theme.id, "body": EXPANDING * 100, "similar_checked": title,
    })
    assert asked.status_code == 302
    thread = db.session.scalar(select(Thread).where(Thread.title == title))
    assert "Vectoren berekend: 1; wachtend: 0." in cli("search", "embed")
    assert db.session.get(ThreadVector, thread.id) is not None
    assert client.get(f"/onderwerp/{thread.id}").status_code == 200
