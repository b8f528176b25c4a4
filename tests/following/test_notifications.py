"""The bell, the notifications page, and each kind of notification."""

import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from forum.following.models import (
    KIND_ACCOUNT_APPROVED,
    KIND_MENTION,
    KIND_NEW_THREAD,
    KIND_QUESTION_REPLY,
    KIND_REPLY,
    KIND_SOLUTION,
    Notification,
)
from forum.following.notify import notify_solution_marked
from forum.following.services import set_level
from forum.outbox.models import OutboxMail
from tests.factories import make_applicant, make_municipality, make_thread, make_user
from tests.following.helpers import ask, notified, reply


def notifications_of(user):
    return db.session.scalars(
        select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)
    ).all()


def test_a_reply_tells_the_asker_and_the_followers_not_the_replier(client, login, theme):
    asker = login(make_user(make_municipality("Zeist"), name="A. Sker"))
    thread = ask(client, theme)
    follower = make_user()
    set_level(follower.id, "thread", thread.id, "watching")
    replier = login(make_user(make_municipality("Utrecht"), name="R. Eplier"))
    reply(client, thread)
    assert [n.kind for n in notifications_of(asker)] == [KIND_QUESTION_REPLY]
    assert [n.kind for n in notifications_of(follower)] == [KIND_REPLY]
    assert notifications_of(replier) == []
    login(asker)
    page = client.get("/meldingen").text
    assert "Gemeente Utrecht · R. Eplier reageerde op uw vraag" in page
    assert thread.title in page


def test_the_bell_counts_unread_notifications(client, login, theme):
    asker = login(make_user())
    thread = ask(client, theme)
    assert "bell__count" not in client.get("/").text
    login(make_user())
    reply(client, thread)
    reply(client, thread)
    login(asker)
    page = client.get("/").text
    assert (
        '<span class="bell__count">2<span class="visually-hidden"> ongelezen</span></span>' in page
    )


def test_visitors_have_no_bell_and_no_notifications_page(client):
    assert "Meldingen" not in client.get("/").text
    assert client.get("/meldingen").headers["Location"].startswith("/inloggen")
    assert client.post("/meldingen/alles-gelezen").headers["Location"].startswith("/inloggen")


def test_mark_one_read_and_only_ones_own(client, login, theme):
    asker = login(make_user())
    thread = ask(client, theme)
    login(make_user())
    reply(client, thread)
    [notification] = notifications_of(asker)
    assert client.post(f"/meldingen/{notification.id}/gelezen").status_code == 403
    assert client.post("/meldingen/99999/gelezen").status_code == 404
    login(asker)
    response = client.post(f"/meldingen/{notification.id}/gelezen")
    assert response.headers["Location"] == "/meldingen"
    assert notifications_of(asker)[0].read_at is not None
    assert "bell__count" not in client.get("/meldingen").text


def test_mark_all_read(client, login, theme):
    asker = login(make_user())
    thread = ask(client, theme)
    other = make_user()
    set_level(other.id, "thread", thread.id, "watching")
    login(make_user())
    reply(client, thread)
    reply(client, thread)
    login(asker)
    assert "Alles als gelezen markeren" in client.get("/meldingen").text
    client.post("/meldingen/alles-gelezen")
    assert all(n.read_at for n in notifications_of(asker))
    assert all(n.read_at is None for n in notifications_of(other))  # someone else's stay unread
    assert "Alle meldingen zijn als gelezen gemarkeerd (2)." in client.get("/meldingen").text


def test_opening_the_thread_clears_its_notifications(client, login, theme):
    asker = login(make_user())
    thread = ask(client, theme)
    login(make_user())
    reply(client, thread)
    login(asker)
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "bell__count" not in page  # cleared before the header was drawn
    assert notifications_of(asker)[0].read_at is not None


def test_reading_another_thread_writes_nothing_while_the_bell_shows(client, login, theme, count_queries):
    """An UPDATE that changes nothing still takes SQLite's single write lock for the rest of
    the request: every member with an unread notification would queue behind the others."""
    asker = login(make_user())
    thread = ask(client, theme)
    other = ask(client, theme, title="Hoe regelen jullie de inburgering?")
    login(make_user())
    reply(client, thread)
    login(asker)
    client.get(f"/onderwerp/{other.id}")  # the first visit records the read position
    with count_queries() as queries:
        page = client.get(f"/onderwerp/{other.id}").text
    assert "bell__count" in page
    assert not [statement for statement in queries if not statement.lstrip().upper().startswith("SELECT")]
    assert notifications_of(asker)[0].read_at is None


def test_the_notifications_page_is_paged(client, login, theme):
    member = login(make_user())
    for _ in range(31):
        db.session.add(Notification(user_id=member.id, kind=KIND_ACCOUNT_APPROVED))
    assert client.get("/meldingen").text.count('<li class="notification') == 30
    assert client.get("/meldingen?pagina=2").text.count('<li class="notification') == 1
    assert client.get("/meldingen?pagina=3").status_code == 404


def test_a_new_thread_in_a_followed_category(client, login, theme):
    follower = make_user()
    set_level(follower.id, "category", theme.id, "first_post")
    login(make_user(make_municipality("Breda"), name="B. Reda"))
    thread = ask(client, theme)
    [notification] = notifications_of(follower)
    assert (notification.kind, notification.thread_id) == (KIND_NEW_THREAD, thread.id)
    login(follower)
    assert "Nieuwe vraag van Gemeente Breda · B. Reda in Wonen" in client.get("/meldingen").text


# --- Mentions ---------------------------------------------------------------------------------------


@pytest.fixture
def people(app):
    utrecht, zeist = make_municipality("Utrecht"), make_municipality("Zeist")
    return {
        "jan_utrecht": make_user(utrecht, name="J. de Vries"),
        "jan_zeist": make_user(zeist, name="J. de Vries"),
        "anna": make_user(zeist, name="Anna van Dijk"),
        "staff": make_user(name="P. Jansen", staff=True),
    }


@pytest.mark.parametrize(
    "body, who",
    [
        ("Vraag het @[Anna van Dijk]!", {"anna"}),
        ("@[anna  van dijk] weet dit", {"anna"}),
        (
            "@[J. de Vries (Utrecht)] en @[J. de Vries (Gemeente Zeist)]",
            {"jan_utrecht", "jan_zeist"},
        ),
        ("@[J. de Vries] is dubbelzinnig", set()),
        ("@[P. Jansen (VNG)]", {"staff"}),
        ("`@[Anna van Dijk]` in code", set()),
        ("@Anna zonder haken", set()),
        ("@[Niemand Bekend]", set()),
    ],
)
def test_mentions(client, login, theme, people, body, who):
    thread = make_thread(category=theme)
    login(make_user())
    reply(client, thread, body=body)
    assert notified(KIND_MENTION) == {people[name].id for name in who}


def test_a_mention_in_a_new_question_and_on_the_page(client, login, theme, people):
    login(make_user(name="Vrager"))
    ask(client, theme, body="Wie weet het? @[Anna van Dijk]")
    assert notified(KIND_MENTION) == {people["anna"].id}
    login(people["anna"])
    assert "Vrager noemde u" in client.get("/meldingen").text


def test_an_edit_that_adds_a_mention_tells_only_the_newcomer(client, login, theme, people):
    thread = make_thread(category=theme)
    author = login(make_user())
    reply(client, thread, body="Eerst @[Anna van Dijk]")
    post = db.session.scalar(select(Post).where(Post.author_id == author.id))
    client.post(
        f"/bericht/{post.id}/bewerken", data={"body": "Eerst @[Anna van Dijk], ook @[P. Jansen]"}
    )
    assert [
        n.user_id
        for n in db.session.scalars(
            select(Notification).where(Notification.kind == KIND_MENTION).order_by(Notification.id)
        )
    ] == [people["anna"].id, people["staff"].id]


def test_mentioning_oneself_or_more_than_ten_people(client, login, theme):
    thread = make_thread(category=theme)
    names = [make_user(name=f"Lid nummer {number}") for number in range(12)]
    login(names[0])
    reply(client, thread, body=" ".join(f"@[{user.name}]" for user in names))
    assert notified(KIND_MENTION) == {user.id for user in names[1:10]}


# --- Other kinds ------------------------------------------------------------------------------------


def test_approving_an_account_leaves_a_welcome_in_the_bell(client, login):
    applicant = make_applicant()
    login(make_user(role="moderator", staff=True))
    assert client.post(f"/moderatie/aanmeldingen/{applicant.id}/goedkeuren").status_code == 302
    [notification] = notifications_of(applicant)
    assert notification.kind == KIND_ACCOUNT_APPROVED
    login(applicant)
    assert "Uw account is goedgekeurd. Welkom!" in client.get("/meldingen").text
    # The approval has its own mail; no notification mail on top of it.
    assert (
        db.session.scalar(select(OutboxMail).where(OutboxMail.notification_id == notification.id))
        is None
    )


def test_notify_solution_marked(app, theme):
    asker = make_user()
    thread = make_thread(author=asker, category=theme)
    helper = make_user(name="H. Elper")
    post = db.session.get(
        Post, db.session.scalar(select(Post.id).where(Post.thread_id == thread.id))
    )
    from forum.board.services import add_reply

    answer = add_reply(helper, thread, "Zo deden wij het.")
    notification = notify_solution_marked(answer, marked_by=asker)
    db.session.commit()
    assert (notification.user_id, notification.kind, notification.actor_id) == (
        helper.id,
        KIND_SOLUTION,
        asker.id,
    )
    assert notify_solution_marked(answer, marked_by=asker) is None  # once
    assert notify_solution_marked(post, marked_by=asker) is None  # nobody tells themselves
    # Marked by nobody in particular (a moderator tool, a migration): still told, without an actor.
    other_answer = add_reply(make_user(), thread, "Of zo.")
    assert notify_solution_marked(other_answer).actor_id is None


def test_a_refused_reply_notifies_nobody(client, login, theme):
    asker = login(make_user())
    thread = ask(client, theme)
    login(make_user())
    response = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "[" * 200})
    assert response.status_code == 422
    assert notifications_of(asker) == []
    assert db.session.scalar(select(OutboxMail)) is None
