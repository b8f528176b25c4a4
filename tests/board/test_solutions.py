"""The asker (or a moderator) marks one reply as the solution; it shows under the question."""
import pytest
from sqlalchemy import select

from forum.board import signals
from forum.board.models import Thread
from forum.extensions import db
from tests.factories import make_reply, make_thread, make_user


@pytest.fixture
def asked(app):
    asker = make_user()
    thread = make_thread(author=asker, title="Hoe besteden jullie groenonderhoud aan?")
    reply = make_reply(thread, body="Wij werken met een **beeldbestek**.")
    other = make_reply(thread, body="Wij doen het zelf.")
    return asker, thread, reply, other


def solution_of(thread):
    return db.session.scalar(select(Thread.solution_post_id).where(Thread.id == thread.id))


def test_asker_marks_a_reply_as_solution_and_it_shows_under_the_question(client, login, asked):
    asker, thread, reply, _ = asked
    login(asker)
    received = []
    signals.solution_marked.connect(lambda sender, **kw: received.append((sender.id, kw["post"].id)), weak=False)
    response = client.post(f"/bericht/{reply.id}/oplossing")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"#bericht-{reply.id}")
    assert solution_of(thread) == reply.id
    assert received[-1] == (thread.id, reply.id)
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "Deze reactie is gemarkeerd als oplossing" in page
    question_at = page.index('id="bericht-')
    solution_at = page.index('id="oplossing-titel"')
    first_reply_at = page.index(f'id="bericht-{reply.id}"')
    assert question_at < solution_at < first_reply_at
    assert page.count("<strong>beeldbestek</strong>") == 2  # under the question and in the conversation
    assert "Niet meer als oplossing markeren" in page
    assert 'badge--solved">Opgelost' in page


def test_another_reply_replaces_the_solution_and_unmarking_reopens(client, login, asked):
    asker, thread, reply, other = asked
    login(asker)
    client.post(f"/bericht/{reply.id}/oplossing")
    client.post(f"/bericht/{other.id}/oplossing")
    assert solution_of(thread) == other.id
    assert client.post(f"/bericht/{reply.id}/oplossing/intrekken").status_code == 302
    assert solution_of(thread) == other.id  # only the current solution can be unmarked
    client.post(f"/bericht/{other.id}/oplossing/intrekken")
    assert solution_of(thread) is None


def test_moderator_may_mark_the_solution(client, login, asked):
    _, thread, reply, _ = asked
    login(make_user(role="moderator", staff=True))
    assert client.post(f"/bericht/{reply.id}/oplossing").status_code == 302
    assert solution_of(thread) == reply.id


def test_other_members_may_not_and_see_no_button(client, login, asked):
    _, thread, reply, _ = asked
    login(make_user())
    assert client.post(f"/bericht/{reply.id}/oplossing").status_code == 403
    assert client.post(f"/bericht/{reply.id}/oplossing/intrekken").status_code == 403
    assert solution_of(thread) is None
    assert "Markeer als oplossing" not in client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)


def test_the_question_itself_cannot_be_the_solution(client, login, asked):
    asker, thread, _, _ = asked
    login(asker)
    question_id = db.session.scalar(select(Thread).where(Thread.id == thread.id)).id
    from forum.board.models import Post

    question = db.session.scalar(select(Post).where(Post.thread_id == question_id, Post.position == 1))
    assert client.post(f"/bericht/{question.id}/oplossing").status_code == 404
    assert client.post("/bericht/999999/oplossing").status_code == 404


def test_visitors_go_to_login_and_get_is_not_allowed(client, asked):
    _, _, reply, _ = asked
    response = client.post(f"/bericht/{reply.id}/oplossing")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]
    assert client.get(f"/bericht/{reply.id}/oplossing").status_code == 405


def test_lists_show_solved_and_filter_open_or_solved(client, login, asked):
    asker, thread, reply, _ = asked
    open_thread = make_thread(author=asker, category=thread.category, title="Een vraag die nog open staat")
    login(asker)
    client.post(f"/bericht/{reply.id}/oplossing")
    slug = thread.category.slug
    everything = client.get(f"/categorie/{slug}").get_data(as_text=True)
    assert "Hoe besteden jullie groenonderhoud aan?" in everything and open_thread.title in everything
    assert everything.count('badge--solved">Opgelost') == 1
    solved = client.get(f"/categorie/{slug}?status=opgelost").get_data(as_text=True)
    assert "Hoe besteden jullie groenonderhoud aan?" in solved and open_thread.title not in solved
    unsolved = client.get(f"/categorie/{slug}?status=open").get_data(as_text=True)
    assert "Hoe besteden jullie groenonderhoud aan?" not in unsolved and open_thread.title in unsolved


def test_a_solved_thread_page_needs_one_more_query_at_most(client, login, asked, count_queries):
    asker, thread, reply, _ = asked
    login(asker)
    client.get(f"/onderwerp/{thread.id}")  # the first visit also stores the read position
    with count_queries() as before:
        client.get(f"/onderwerp/{thread.id}")
    client.post(f"/bericht/{reply.id}/oplossing")
    with count_queries() as after:
        client.get(f"/onderwerp/{thread.id}")
    assert len(after) == len(before)  # the solution is on the page already
