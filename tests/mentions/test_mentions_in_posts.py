"""Mentions through the pages: stored by member, shown as a link to the member page, never raw."""
import re

import pytest
from sqlalchemy import select

from forum.accounts.models import STATUS_SUSPENDED
from forum.board.models import Post
from forum.extensions import db
from forum.following.models import KIND_MENTION
from forum.privacy.services import erase_account
from tests.factories import make_category, make_municipality, make_thread, make_user
from tests.following.helpers import ask, notified, reply

RAW_SYNTAX = re.compile(r"@\[|#lid-")


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


@pytest.fixture
def vries(app):
    return make_user(make_municipality("Utrecht"), name="J. de Vries")


def link_to(user, text=None):
    return f'<a class="mention" href="/leden/{user.id}">@{text or user.name}</a>'


def post_bodies(page: str) -> str:
    """What the page shows of posts (the editor's hint explains the syntax, on purpose)."""
    return "\n".join(re.findall(r'class="post__body"[^>]*>(.*?)</div>', page, re.DOTALL))


def body_of(post_id):
    db.session.expire_all()
    return db.session.get(Post, post_id).body_html


def test_a_mention_by_member_links_to_the_member_page_and_notifies_that_member(
    client, login, theme, vries
):
    namesake = make_user(make_municipality("Zeist"), name="J. de Vries")
    thread = make_thread(category=theme)
    login(make_user())
    reply(client, thread, body=f"Vraag het @[J. de Vries](#lid-{vries.id}), die weet het.")
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert link_to(vries) in page
    assert not RAW_SYNTAX.search(post_bodies(page))
    # By member, not by name: the namesake in Zeist hears nothing.
    assert notified(KIND_MENTION) == {vries.id}
    assert namesake.id not in notified()


def test_the_link_shows_the_members_own_name_whatever_the_token_says(client, login, theme, vries):
    thread = make_thread(category=theme)
    login(make_user())
    reply(client, thread, body=f"Zie @[De Directeur](#lid-{vries.id}).")
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    assert link_to(vries) in body_of(post.id)
    assert "Directeur" not in body_of(post.id)


def test_a_typed_mention_link_in_html_is_no_mention(client, login, theme, vries):
    thread = make_thread(category=theme)
    login(make_user())
    reply(client, thread, body=f'<a class="mention" href="/leden/{vries.id}">@Nep</a> en @[x](#lid-{vries.id})')
    html = body_of(db.session.scalar(select(Post.id).where(Post.position == 2)))
    assert html.count('class="mention"') == 1  # only the real token


@pytest.mark.parametrize("body, shown, linked", [
    ("Vraag @[Anna van Dijk] eens.", "@Anna van Dijk", True),
    ("Vraag @[anna  VAN dijk] eens.", "@Anna van Dijk", True),
    ("Vraag @[P. Jansen (Zeist)] eens.", "@P. Jansen", True),
    ("Vraag @[P. Jansen] eens.", "@P. Jansen", False),  # two of them: nobody
    ("Vraag @[Niemand Bekend] eens.", "@Niemand Bekend", False),
])
def test_old_mentions_by_name_keep_working(client, login, theme, body, shown, linked):
    anna = make_user(name="Anna van Dijk")
    zeist = make_user(make_municipality("Zeist"), name="P. Jansen")
    make_user(make_municipality("Ede"), name="P. Jansen")
    thread = make_thread(category=theme)
    login(make_user())
    reply(client, thread, body=body)
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert not RAW_SYNTAX.search(post_bodies(page))
    target = anna if "Anna" in shown else zeist
    if linked:
        assert link_to(target) in page
    else:
        assert f"{shown} eens." in page and 'class="mention"' not in page


def test_erased_and_suspended_members_are_mentioned_without_a_link(client, login, theme, vries):
    suspended = make_user(name="S. Geschorst", status=STATUS_SUSPENDED)
    erased = make_user(name="E. Gewist")
    erase_account(erased, erased)
    db.session.commit()
    thread = make_thread(category=theme)
    login(make_user())
    reply(client, thread, body=f"@[S. Geschorst](#lid-{suspended.id}) en @[E. Gewist](#lid-{erased.id})")
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "@S. Geschorst en @Voormalig lid" in page
    assert "E. Gewist" not in page and 'class="mention"' not in page
    assert notified(KIND_MENTION) == set()


def test_the_preview_shows_the_mention_as_a_link(client, login, vries):
    login(make_user())
    response = client.post("/voorbeeld", data={"body": f"Hoi @[J. de Vries](#lid-{vries.id})"})
    assert response.status_code == 200
    assert link_to(vries) in response.get_data(as_text=True)


def test_the_question_and_the_solution_box_show_the_link(client, login, theme, vries):
    asker = login(make_user())
    thread = ask(client, theme, body=f"Wie weet dit? Misschien @[J. de Vries](#lid-{vries.id}).")
    login(make_user())
    reply(client, thread, body=f"Dat weet @[J. de Vries](#lid-{vries.id}) zeker.")
    solution = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    login(asker)
    assert client.post(f"/bericht/{solution.id}/oplossing").status_code == 302
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    box = page[page.index('id="oplossing-titel"'):]
    assert f"Dat weet {link_to(vries)} zeker." in box[:box.index("</section>")]
    assert page.count(link_to(vries)) == 3  # question, solution box, reply
    assert not RAW_SYNTAX.search(post_bodies(page))


def test_an_edit_that_adds_a_mention_notifies_only_the_new_member(client, login, theme, vries):
    anna = make_user(name="Anna van Dijk")
    thread = make_thread(category=theme)
    login(make_user())
    reply(client, thread, body=f"Eerst @[J. de Vries](#lid-{vries.id})")
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    response = client.post(
        f"/bericht/{post.id}/bewerken",
        data={"body": f"Eerst @[J. de Vries](#lid-{vries.id}), ook @[Anna](#lid-{anna.id})"},
    )
    assert response.status_code == 302
    assert notified(KIND_MENTION, post.id) == {vries.id, anna.id}
    assert link_to(anna, "Anna van Dijk") in body_of(post.id)


def test_search_snippets_show_the_mention_as_text(client, login, theme, vries):
    make_thread(category=theme, title="Een vraag over zwerfafval",
                body=f"Zwerfafval, zegt @[J. de Vries](#lid-{vries.id}).")
    login(make_user())
    page = client.get("/zoeken", query_string={"q": "zwerfafval"}).get_data(as_text=True)
    assert "zegt @J. de Vries" in page
    assert not RAW_SYNTAX.search(page)


def test_rerender_turns_stored_old_mentions_into_links(app, theme):
    anna = make_user(name="Anna van Dijk")
    thread = make_thread(category=theme, body="Vraag @[Anna van Dijk] eens.")
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    question.body_html = "<p>Vraag @[Anna van Dijk] eens.</p>"  # as rendered before mentions were links
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["mentions", "rerender"])
    assert result.exit_code == 0, result.output
    assert "Berichten opnieuw opgemaakt: 1. Overgeslagen (niet te verwerken): 0." in result.output
    assert body_of(question.id) == f"<p>Vraag {link_to(anna)} eens.</p>"
