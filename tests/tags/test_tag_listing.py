"""A tag page reads its threads in index order from thread_tags (a copy of each thread's last
activity) and its total from Tag.thread_count; both follow replies, removals and merges."""
import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from forum.moderation import posts as moderation_posts
from forum.moderation import threads as moderation_threads
from forum.tags.models import Tag, ThreadTag
from forum.tags.services import set_thread_tags
from tests.factories import make_reply, make_thread, make_user

START = datetime(2026, 1, 1)


def titles_on(client, path) -> list[str]:
    page = client.get(path)
    assert page.status_code == 200
    return re.findall(r'class="thread-list__title"[^>]*>([^<]+)<', page.get_data(as_text=True))


def numbers_on(client, path) -> list[str]:
    return [title.split()[1] for title in titles_on(client, path)]


def total_on(client, path) -> str:
    return re.search(r">Vragen <span class=\"meta\">\((\d+)\)", client.get(path).get_data(as_text=True)).group(1)


def question_of(thread) -> Post:
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


@pytest.fixture
def tagged(app):
    """Five threads tagged 'warmtepomp' with known activity times; 'Vraag 4' is newest."""
    app.config["THREADS_PER_PAGE"] = 2
    author = make_user()
    threads = []
    for number in range(5):
        thread = make_thread(author=author, title=f"Vraag {number} over warmtepompen")
        thread.last_activity_at = START + timedelta(hours=number)
        db.session.flush()
        set_thread_tags(thread, ["warmtepomp"])
        threads.append(thread)
    make_thread(author=author, title="Vraag 9 zonder deze tag")
    db.session.commit()
    return threads


def test_threads_with_a_tag_page_newest_activity_first(client, login, tagged):
    login(make_user())
    pages = [numbers_on(client, f"/tags/warmtepomp?pagina={page}") for page in (1, 2, 3)]
    assert pages == [["4", "3"], ["2", "1"], ["0"]]
    assert total_on(client, "/tags/warmtepomp") == "5"
    assert client.get("/tags/warmtepomp?pagina=4").status_code == 404


def test_a_reply_moves_its_thread_to_the_top_of_the_tag_page(client, login, tagged):
    make_reply(tagged[1])
    login(make_user())
    assert numbers_on(client, "/tags/warmtepomp") == ["1", "4"]
    copied = db.session.scalar(select(ThreadTag.last_activity_at).where(ThreadTag.thread_id == tagged[1].id))
    db.session.refresh(tagged[1])
    assert copied == tagged[1].last_activity_at


def test_a_removed_question_leaves_the_tag_page_and_its_count_until_restored(client, login, tagged):
    moderator = make_user(role="moderator")
    moderation_posts.delete(question_of(tagged[4]), moderator)
    db.session.commit()
    login(make_user())
    assert numbers_on(client, "/tags/warmtepomp") == ["3", "2"]
    assert total_on(client, "/tags/warmtepomp") == "4"
    assert db.session.scalar(select(Tag.thread_count).where(Tag.slug == "warmtepomp")) == 4
    moderation_posts.restore(question_of(tagged[4]), moderator)
    db.session.commit()
    assert numbers_on(client, "/tags/warmtepomp") == ["4", "3"]
    assert total_on(client, "/tags/warmtepomp") == "5"


def test_a_thread_merged_away_leaves_the_tag_page_and_its_target_takes_its_activity(client, login, tagged):
    moderator = make_user(role="moderator")
    moderation_threads.merge(tagged[4], tagged[0], moderator)
    db.session.commit()
    login(make_user())
    # The target took the source's later activity, so it comes first; the source is gone.
    assert numbers_on(client, "/tags/warmtepomp") == ["0", "3"]
    assert total_on(client, "/tags/warmtepomp") == "4"


def test_solved_and_open_filters_count_the_tags_threads(client, login, tagged):
    from forum.board.solutions import mark_solution

    mark_solution(make_reply(tagged[0]), tagged[0].author)
    db.session.commit()
    login(make_user())
    assert numbers_on(client, "/tags/warmtepomp?status=opgelost") == ["0"]
    assert total_on(client, "/tags/warmtepomp?status=opgelost") == "1"
    assert total_on(client, "/tags/warmtepomp?status=open") == "4"


def test_tag_page_query_count_does_not_grow_with_its_threads(client, login, count_queries):
    author = make_user()
    for number in range(12):
        set_thread_tags(make_thread(author=author, title=f"Druk {number}"), ["druk"])
    set_thread_tags(make_thread(author=author, title="Stil"), ["stil"])
    db.session.commit()
    login(make_user())

    def statements(path):
        with count_queries() as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    baseline = statements("/tags/stil")
    assert statements("/tags/druk") == baseline
    # user, tag, the page's ids, its threads, municipalities; following: read states, level, bell
    assert baseline <= 8
