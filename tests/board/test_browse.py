"""Browsing: the VNG domains and themes, category pages, thread pages."""
import pytest

from forum.board.categories import seed_categories
from forum.board.models import Category
from forum.extensions import db
from tests.factories import make_category, make_municipality, make_thread, make_user


@pytest.fixture
def seeded(app):
    seed_categories()
    db.session.commit()


def test_home_lists_the_three_vng_domains_with_their_themes(client, seeded, login):
    login(make_user())
    page = client.get("/").get_data(as_text=True)
    for name in ("Leefomgeving", "Inclusieve samenleving", "Informatiesamenleving",
                 "Verduurzaming maatschappelijk vastgoed", "Schuldhulpverlening", "Data en ICT-samenwerking"):
        assert name in page
    assert db.session.query(Category).filter(Category.parent_id.is_(None)).count() == 3
    assert db.session.query(Category).filter(Category.parent_id.is_not(None)).count() == 17


def test_anonymous_visitor_sees_no_content_of_a_members_only_forum(client, seeded):
    make_thread(title="Een vertrouwelijke vraag over sporthallen")
    home = client.get("/")
    assert home.status_code == 200
    assert "Een vertrouwelijke vraag" not in home.get_data(as_text=True)
    assert "Inloggen" in home.get_data(as_text=True)
    for path in ("/categorie/wonen", "/onderwerp/1"):
        response = client.get(path)
        assert response.status_code == 302
        assert "/inloggen" in response.headers["Location"]


def test_public_reading_setting_opens_the_pages_to_visitors(app, client, seeded):
    app.config["PUBLIC_READING"] = True
    thread = make_thread(title="Een openbare vraag over sporthallen")
    assert "Een openbare vraag" in client.get("/").get_data(as_text=True)
    assert client.get(f"/onderwerp/{thread.id}").status_code == 200
    assert client.get(f"/categorie/{thread.category.slug}").status_code == 200


def test_category_page_lists_threads_newest_activity_first_with_counts(client, login):
    domain = make_category("Leefomgeving")
    theme = make_category("Wonen", parent=domain)
    zwolle = make_municipality("Zwolle", province="Overijssel")
    older = make_thread(author=make_user(zwolle), category=theme, title="Oudere vraag over woningbouw", replies=2)
    newer = make_thread(category=theme, title="Nieuwere vraag over woningbouw")
    login(make_user())
    page = client.get("/categorie/wonen").get_data(as_text=True)
    assert page.index("Nieuwere vraag") < page.index("Oudere vraag")
    assert "Gemeente Zwolle" in page
    assert "2 reacties" in page
    # The domain page shows the threads of all its themes.
    domain_page = client.get("/categorie/leefomgeving").get_data(as_text=True)
    assert "Oudere vraag" in domain_page and "Nieuwere vraag" in domain_page
    assert older.reply_count == 2 and newer.reply_count == 0


def test_category_pages_are_paginated(app, client, login):
    app.config["THREADS_PER_PAGE"] = 3
    theme = make_category("Jeugd", parent=make_category("Inclusieve samenleving"))
    author = make_user()
    for number in range(7):
        make_thread(author=author, category=theme, title=f"Vraag nummer {number} over jeugdzorg")
    login(author)
    first = client.get("/categorie/jeugd").get_data(as_text=True)
    assert first.count('class="thread-list__title"') == 3
    assert "Vraag nummer 6" in first
    third = client.get("/categorie/jeugd?pagina=3").get_data(as_text=True)
    assert third.count('class="thread-list__title"') == 1
    assert "Vraag nummer 0" in third


@pytest.mark.parametrize("query, status", [
    ("?pagina=abc", 200), ("?pagina=-1", 200), ("?pagina=0", 200), ("?pagina=99", 404),
    ("?pagina=99999999999999999999", 404),
])
def test_malformed_page_numbers_give_the_first_page_or_404(client, login, query, status):
    thread = make_thread()
    login(make_user())
    assert client.get(f"/categorie/{thread.category.slug}{query}").status_code == status
    assert client.get(f"/onderwerp/{thread.id}{query}").status_code == status


@pytest.mark.parametrize("path", [
    "/categorie/bestaat-niet", "/onderwerp/999", "/onderwerp/abc", "/bericht/999",
    "/bericht/999/bewerken", "/bericht/999/geschiedenis", "/onderwerp/99999999999999999999",
])
def test_unknown_ids_are_404_in_dutch(client, login, path):
    login(make_user())
    response = client.get(path)
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.get_data(as_text=True)


def test_thread_page_shows_the_municipality_first_then_the_person(client, login):
    utrecht = make_municipality("Utrecht")
    asker = make_user(utrecht, name="J. de Vries", job_title="beleidsadviseur duurzaamheid")
    thread = make_thread(author=asker, title="Hoe hebben jullie sporthallen verduurzaamd?")
    login(make_user())
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "Gemeente Utrecht" in page
    assert page.index("Gemeente Utrecht") < page.index(f'<a href="/leden/{asker.id}">J. de Vries</a>, beleidsadviseur duurzaamheid')
    assert "<strong>Markdown</strong>" in page


def test_long_threads_are_paginated_and_a_post_link_finds_its_page(app, client, login):
    app.config["POSTS_PER_PAGE"] = 5
    thread = make_thread(replies=11)  # 12 posts: pages of 5, 5, 2
    login(make_user())
    last = client.get(f"/onderwerp/{thread.id}?pagina=3").get_data(as_text=True)
    assert "Ervaring nummer 11" in last and "Ervaring nummer 9" not in last
    from forum.board.models import Post
    post = db.session.query(Post).filter_by(thread_id=thread.id, position=7).one()
    response = client.get(f"/bericht/{post.id}")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/onderwerp/{thread.id}?pagina=2#bericht-{post.id}")
