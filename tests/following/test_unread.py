"""Unread tracking: 'nieuw' and 'N ongelezen' in lists, the jump to the first unread post, Mijn onderwerpen, Nieuw."""

from datetime import timedelta

from sqlalchemy import select, update

from forum.accounts.models import User
from forum.board.models import Post
from forum.clock import utcnow
from forum.extensions import db
from forum.following.models import ThreadRead
from forum.following.services import set_level
from tests.factories import make_municipality, make_reply, make_thread, make_user
from tests.following.helpers import ask, reply


def read_position(user, thread):
    return db.session.scalar(
        select(ThreadRead.last_read_position).where(
            ThreadRead.user_id == user.id, ThreadRead.thread_id == thread.id
        )
    )


def test_a_thread_is_new_until_opened_then_counts_unread_replies(client, login, theme):
    reader = login(make_user())
    thread = make_thread(category=theme, title="Een vraag over zonnepanelen op sporthallen")
    assert '<span class="badge badge--new">nieuw</span>' in client.get("/categorie/wonen").text
    client.get(f"/onderwerp/{thread.id}")
    assert read_position(reader, thread) == 1
    listing = client.get("/categorie/wonen").text
    assert "badge--new" not in listing and "ongelezen" not in listing
    make_reply(thread)
    make_reply(thread)
    listing = client.get("/").text
    assert (
        f'<a class="badge badge--unread" href="/onderwerp/{thread.id}/ongelezen">2 ongelezen'
        '<span class="visually-hidden"> in Een vraag over zonnepanelen op sporthallen</span></a>'
    ) in listing


def test_old_threads_nobody_opened_are_not_new(client, login, theme):
    login(make_user())
    thread = make_thread(category=theme)
    db.session.execute(update(Post).values(created_at=utcnow() - timedelta(days=10)))
    thread.created_at = utcnow() - timedelta(days=10)
    assert "badge--new" not in client.get("/categorie/wonen").text


def test_the_jump_goes_to_the_first_unread_post_on_its_page(client, login, theme, app):
    app.config["POSTS_PER_PAGE"] = 5
    reader = login(make_user())
    thread = make_thread(category=theme, replies=5)  # six posts: two pages
    client.get(f"/onderwerp/{thread.id}")  # page 1: posts 1-5
    assert read_position(reader, thread) == 5
    page = client.get(f"/onderwerp/{thread.id}").text
    assert (
        f'<a href="/onderwerp/{thread.id}/ongelezen">Naar het eerste ongelezen bericht (1 ongelezen)</a>'
        in page
    )
    sixth = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 6))
    response = client.get(f"/onderwerp/{thread.id}/ongelezen")
    assert response.headers["Location"] == f"/onderwerp/{thread.id}?pagina=2#bericht-{sixth.id}"
    client.get(f"/onderwerp/{thread.id}?pagina=2")
    assert read_position(reader, thread) == 6
    # Reading page 1 again does not move the position back.
    client.get(f"/onderwerp/{thread.id}")
    assert read_position(reader, thread) == 6
    # All read: the jump goes to the last post.
    assert (
        client.get(f"/onderwerp/{thread.id}/ongelezen")
        .headers["Location"]
        .endswith(f"#bericht-{sixth.id}")
    )


def test_the_jump_within_the_page(client, login, theme):
    reader = login(make_user())
    thread = make_thread(category=theme)
    client.get(f"/onderwerp/{thread.id}")
    reply_post = make_reply(thread)
    page = client.get(f"/onderwerp/{thread.id}").text
    assert (
        f'<a href="#{reply_post.anchor}">Naar het eerste ongelezen bericht (1 ongelezen)</a>'
        in page
    )
    assert read_position(reader, thread) == 2


def test_the_jump_needs_a_login_and_a_thread(client, login):
    assert client.get("/onderwerp/1/ongelezen").headers["Location"].startswith("/inloggen")
    login(make_user())
    assert client.get("/onderwerp/999/ongelezen").status_code == 404


def test_ones_own_posts_count_as_read(client, login, theme):
    member = login(make_user())
    thread = ask(client, theme)
    assert read_position(member, thread) == 1
    reply(client, thread)
    assert read_position(member, thread) == 2
    assert "ongelezen" not in client.get("/").text.split("<main")[1]


def test_my_topics_lists_what_the_member_follows_with_unread_counts(client, login, theme):
    member = login(make_user())
    followed = ask(client, theme, title="Mijn eigen vraag over warmtenetten")
    make_thread(category=theme, title="Een vraag die ik niet volg")
    zeist = make_municipality("Zeist")
    set_level(member.id, "category", theme.id, "first_post")
    set_level(member.id, "municipality", zeist.id, "muted")
    make_reply(followed)
    page = client.get("/mijn-onderwerpen").text
    assert "Mijn eigen vraag over warmtenetten" in page
    assert "Een vraag die ik niet volg" not in page
    assert "1 ongelezen" in page
    assert "Wonen</a>: Eerste bericht" in page
    assert "Gemeente Zeist</a>: Negeren" in page
    # Unfollow from the list comes back to the list.
    response = client.post(
        f"/volgen/onderwerp/{followed.id}", data={"level": "normal", "next": "/mijn-onderwerpen"}
    )
    assert response.headers["Location"] == "/mijn-onderwerpen"
    page = client.get("/mijn-onderwerpen").text
    assert (
        "Volgen van het onderwerp &#39;Mijn eigen vraag over warmtenetten&#39;: Normaal."
        in page
    )
    assert 'Onderwerpen die u volgt <span class="meta">(0)</span>' in page


def test_my_topics_is_paged(client, login, theme):
    member = login(make_user())
    for number in range(26):
        thread = make_thread(category=theme, title=f"Gevolgde vraag nummer {number:02d}")
        set_level(member.id, "thread", thread.id, "watching")
    assert client.get("/mijn-onderwerpen").text.count("thread-list__title") == 25
    assert client.get("/mijn-onderwerpen?pagina=2").text.count("thread-list__title") == 1


def test_new_lists_what_changed_since_the_previous_visit(client, login, theme, other_theme):
    member = make_user()
    long_ago = utcnow() - timedelta(days=3)
    db.session.execute(
        update(User)
        .where(User.id == member.id)
        .values(last_seen_at=long_ago, previous_visit_at=long_ago - timedelta(days=1))
    )
    old = make_thread(category=theme, title="Een oude vraag van vorige maand")
    for table_row in (old,):
        table_row.created_at = table_row.last_activity_at = utcnow() - timedelta(days=20)
    fresh = make_thread(category=theme, title="Een nieuwe vraag van vandaag")
    read = make_thread(category=theme, title="Een vraag die ik al las")
    muted = make_thread(category=other_theme, title="Een vraag in een genegeerd thema")
    set_level(member.id, "category", other_theme.id, "muted")
    login(member)
    client.get(f"/onderwerp/{read.id}")  # this first request starts a new visit
    assert db.session.get(User, member.id).previous_visit_at == long_ago
    page = client.get("/nieuw").text
    assert "Een nieuwe vraag van vandaag" in page
    assert "Een oude vraag van vorige maand" not in page
    assert "Een vraag die ik al las" not in page
    assert "Een vraag in een genegeerd thema" not in page
    make_reply(read)
    assert "Een vraag die ik al las" in client.get("/nieuw").text
    assert fresh and muted
    client.post("/nieuw/alles-gezien")
    assert "Er is niets nieuws sinds uw vorige bezoek." in client.get("/nieuw").text


def test_new_and_my_topics_need_a_login(client):
    for path in ("/nieuw", "/mijn-onderwerpen", "/meldingen/instellingen"):
        assert client.get(path).headers["Location"].startswith("/inloggen")


def test_header_links_for_members(client, login):
    login(make_user())
    page = client.get("/").text
    for link in (
        'href="/nieuw">Nieuw',
        'href="/mijn-onderwerpen">Mijn onderwerpen',
        'href="/meldingen">',
    ):
        assert link in page
