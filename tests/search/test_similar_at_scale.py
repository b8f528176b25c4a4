"""Similar questions among a few thousand threads: the size at which choosing candidates
matters (a word becomes "common" in COMMON_TERM_THREADS threads)."""
from datetime import datetime, timedelta

from sqlalchemy import insert, text

from forum.board.models import Post, Thread
from forum.extensions import db
from forum.search import similar
from forum.search.indexing import reindex_all
from tests.factories import make_category, make_user

SPREAD = similar.COMMON_TERM_THREADS + 300  # each common word's threads
START = datetime(2024, 1, 1)


def generated_forum(titles: list[str]) -> None:
    """Threads with these titles, oldest first, each with its question; then indexed."""
    author = make_user()
    theme = make_category(parent=make_category())
    db.session.commit()
    threads, posts = [], []
    for number, title in enumerate(titles, start=1):
        moment = START + timedelta(hours=number)
        threads.append({
            "id": number, "category_id": theme.id, "author_id": author.id, "municipality_id": author.municipality_id,
            "title": title, "created_at": moment, "last_activity_at": moment, "reply_count": 0, "last_position": 1,
        })
        posts.append({
            "id": number, "thread_id": number, "author_id": author.id, "municipality_id": author.municipality_id,
            "position": 1, "body_markdown": "Graag ervaringen.", "body_html": "<p>Graag ervaringen.</p>",
            "created_at": moment, "edit_count": 0, "helpful_count": 0,
        })
    db.session.execute(insert(Thread.__table__), threads)
    db.session.execute(insert(Post.__table__), posts)
    if db.engine.dialect.name == "postgresql":  # explicit ids leave the sequences behind
        for table in ("threads", "posts"):
            db.session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {len(titles)})"))
    reindex_all()
    db.session.commit()


def fragment(client, title: str) -> str:
    return client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": title}).get_data(as_text=True)


def listed(page: str) -> int:
    return page.count('class="thread-list__title"')


def test_an_old_question_sharing_only_common_words_is_found(client, login, app):
    # Two words in more than COMMON_TERM_THREADS threads each; only the oldest thread has both,
    # and more than CANDIDATES newer threads have one of them.
    titles = ["Kermis en wegafsluiting: wie betaalt de verkeersregelaars?"]
    titles += [f"Kermis in dorp {n}" for n in range(SPREAD)] + [f"Wegafsluiting bij project {n}" for n in range(SPREAD)]
    generated_forum(titles)
    login(make_user())
    page = fragment(client, "Wegafsluiting voor de kermis")
    assert listed(page) == similar.SIMILAR_COUNT
    first = page.index('class="thread-list__title"')
    assert page.index("wie betaalt de verkeersregelaars") < page.index('class="thread-list__title"', first + 1)


def test_a_word_no_thread_holds_does_not_push_out_the_words_that_match(client, login, app):
    titles = [f"Parkeerbeleid in wijk {n}" for n in range(SPREAD)] + ["Snoeien van knotwilgen"]
    generated_forum(titles)
    login(make_user())
    # 'flurbovaat' occurs nowhere: it used to count as the rarest word, and left nothing to rank.
    assert listed(fragment(client, "Parkeerbeleid en flurbovaat")) == similar.SIMILAR_COUNT
    assert listed(fragment(client, "Knotwilgen en flurbovaat")) == 1


def test_stop_words_make_no_question_alike(client, login, app):
    generated_forum(["Onze aanpak sinds 2020", "Hoe doen jullie dat eigenlijk?"])
    login(make_user())
    assert listed(fragment(client, "Onze werkwijze sinds kort")) == 0
    assert listed(fragment(client, "Onze aanpak")) == 1
