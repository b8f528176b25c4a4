"""A domain page lists the threads of all its themes in one order, read from the index per theme
(forum/board/listing.py), with its total from the counters."""
import re
from datetime import datetime, timedelta

import pytest

from sqlalchemy import select

from forum.board.models import Post
from forum.board.solutions import mark_solution
from forum.extensions import db
from forum.moderation import posts as moderation_posts
from forum.moderation import threads as moderation_threads
from tests.factories import make_category, make_municipality, make_reply, make_thread, make_user

START = datetime(2026, 1, 1)


def question_of(thread) -> Post:
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


def titles_on(client, path) -> list[str]:
    page = client.get(path)
    assert page.status_code == 200
    return re.findall(r'class="thread-list__title"[^>]*>([^<]+)<', page.get_data(as_text=True))


@pytest.fixture
def domain_with_themes(app):
    """Nine threads spread over three themes with known activity times; 'Vraag 8' is newest."""
    app.config["THREADS_PER_PAGE"] = 3
    domain = make_category("Leefomgeving")
    themes = [make_category(name, parent=domain) for name in ("Wonen", "Klimaat", "Mobiliteit")]
    author = make_user()
    threads = []
    for number in range(9):
        thread = make_thread(author=author, category=themes[number % 3], title=f"Vraag {number} over de leefomgeving")
        thread.last_activity_at = START + timedelta(hours=number)
        threads.append(thread)
    db.session.commit()
    return domain, themes, threads


def test_a_domain_page_merges_its_themes_newest_activity_first_over_all_pages(client, login, domain_with_themes):
    login(make_user())
    pages = [titles_on(client, f"/categorie/leefomgeving?pagina={page}") for page in (1, 2, 3)]
    assert [title.split()[1] for page in pages for title in page] == ["8", "7", "6", "5", "4", "3", "2", "1", "0"]
    assert client.get("/categorie/leefomgeving?pagina=4").status_code == 404
    assert "(9)" in client.get("/categorie/leefomgeving").get_data(as_text=True)


def test_pinned_threads_come_first_and_removed_ones_are_neither_listed_nor_counted(client, login, domain_with_themes):
    domain, themes, threads = domain_with_themes
    moderator = make_user(role="moderator")
    moderation_threads.pin(threads[0], moderator)
    moderation_posts.delete(question_of(threads[8]), moderator)
    db.session.commit()
    login(make_user())
    first_page = titles_on(client, "/categorie/leefomgeving")
    assert [title.split()[1] for title in first_page] == ["0", "7", "6"]
    assert "(8)" in client.get("/categorie/leefomgeving").get_data(as_text=True)
    assert all("Vraag 8" not in title for page in (1, 2, 3) for title in titles_on(client, f"/categorie/leefomgeving?pagina={page}"))
    # The theme page of the pinned thread also shows it first.
    assert titles_on(client, "/categorie/wonen")[0] == "Vraag 0 over de leefomgeving"


def test_solved_and_open_filters_count_and_page_over_the_themes(client, login, domain_with_themes):
    domain, themes, threads = domain_with_themes
    for thread in threads[:4]:
        mark_solution(make_reply(thread, author=make_user(make_municipality())), thread.author)
    db.session.commit()
    login(make_user())
    solved = client.get("/categorie/leefomgeving?status=opgelost").get_data(as_text=True)
    assert "(4)" in solved
    # Replying made these four the newest; all four solved ones over two pages, none of the open ones.
    solved_titles = titles_on(client, "/categorie/leefomgeving?status=opgelost") + titles_on(
        client, "/categorie/leefomgeving?status=opgelost&pagina=2")
    assert sorted(title.split()[1] for title in solved_titles) == ["0", "1", "2", "3"]
    assert "(5)" in client.get("/categorie/leefomgeving?status=open").get_data(as_text=True)
    assert client.get("/categorie/leefomgeving?status=opgelost&pagina=3").status_code == 404


def test_topic_pages_name_ten_municipalities_and_count_the_others(client, login):
    thread = make_thread(title="Een vraag die veel gemeenten beantwoordden")
    for number in range(13):
        make_reply(thread, author=make_user(make_municipality(f"Plaats{number:02d}")))
    veelzeggend = make_user(make_municipality("Veelzeggend"))
    make_reply(thread, author=veelzeggend)
    make_reply(thread, author=veelzeggend)
    login(make_user())
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    section = page[page.index('class="contributors"'):]
    section = section[:section.index("</section>")]
    assert section.count("<li>") == 10
    # Most replies first, then by name.
    assert section.index("Veelzeggend") < section.index("Plaats00")
    assert "2 reacties" in section
    assert "en nog 4 gemeenten" in section
