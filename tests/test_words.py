"""One word for one thing: notifications are 'Meldingen', a post is 'Rapporteren'ed into the
'Gerapporteerde berichten' queue, and the follow-level control is 'Volgen'. Plus Dutch where
English or doubled punctuation slipped through, and the province's official name."""
import re

from sqlalchemy import select

from forum.board.models import Post
from forum.board.services import edit_post
from forum.extensions import db
from forum.municipalities.models import PROVINCES, Municipality
from forum.municipalities.services import load_municipalities
from tests.factories import make_reply, make_thread, make_user

QUESTION_TITLE = "Hoe hebben jullie dat aanbesteed?"


def header(page: str) -> str:
    return page[page.index('<header class="site-header">'):page.index("</header>")]


def visible_text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_member_sees_each_word_once_for_its_own_thing(client, login):
    reply = make_reply(make_thread(title=QUESTION_TITLE))
    login(make_user())
    page = client.get(f"/onderwerp/{reply.thread_id}").text
    assert visible_text(header(page)).count("Meldingen") == 1  # the bell
    assert f'href="/bericht/{reply.id}/melden">Rapporteren<' in page
    assert ">Melden<" not in page
    assert re.search(r'<label for="[\w-]+-niveau">Volgen</label>', page)
    assert ">Meldingen</label>" not in page


def test_a_moderators_header_has_one_meldingen_and_the_queue_has_its_own_name(client, login):
    login(make_user(role="moderator", staff=True))
    queue = client.get("/moderatie/meldingen").text
    assert visible_text(header(queue)).count("Meldingen") == 1
    assert "<h1>Gerapporteerde berichten</h1>" in queue
    assert "Er zijn geen gerapporteerde berichten." in queue
    sub_nav = queue[queue.index('<nav class="sub-nav"'):]
    assert ">Gerapporteerde berichten</a>" in sub_nav[:sub_nav.index("</nav>")]


def test_reporting_a_post_speaks_of_rapporteren(client, login):
    reply = make_reply(make_thread(title=QUESTION_TITLE))
    login(make_user())
    form = client.get(f"/bericht/{reply.id}/melden").text
    assert "<h1>Bericht rapporteren</h1>" in form
    assert '<button type="submit">Rapporteren</button>' in form
    assert "?." not in visible_text(form)  # the title's question mark, then no full stop
    client.post(f"/bericht/{reply.id}/melden", data={"kind": "spam"})
    assert "Bedankt voor het rapporteren." in client.get(f"/onderwerp/{reply.thread_id}").text
    client.post(f"/bericht/{reply.id}/melden", data={"kind": "spam"})
    assert "U had dit bericht al gerapporteerd." in client.get(f"/onderwerp/{reply.thread_id}").text


def test_the_history_page_speaks_plain_dutch(client, login):
    author = make_user()
    thread = make_thread(author=author, title=QUESTION_TITLE)
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))
    edit_post(question, author, "Een betere tekst")
    db.session.commit()
    login(make_user())
    history = visible_text(client.get(f"/bericht/{question.id}/geschiedenis").text)
    assert "?." not in history
    assert "vóór" not in history
    assert re.search(r"Versie van (zojuist|\d+ \w+ geleden)", history)


def test_the_member_list_shows_statuses_and_roles_in_dutch(client, login):
    make_user(name="Actief Lid")
    moderator = login(make_user(role="moderator", staff=True))
    members = client.get("/moderatie/leden").text
    assert "<td>actief</td>" in members
    assert ">active<" not in members
    page = client.get(f"/moderatie/leden/{moderator.id}").text
    assert "<dd>actief</dd>" in page and "<dd>moderator</dd>" in page


def test_the_frisian_province_has_its_official_name(client, login):
    load_municipalities()
    provinces = set(db.session.scalars(select(Municipality.province).distinct()))
    assert "Fryslân" in provinces and "Friesland" not in provinces
    assert provinces == set(PROVINCES)
    login(make_user())
    assert '<option value="Fryslân">Fryslân</option>' in client.get("/gemeenten/").text
    leeuwarden = client.get("/gemeenten/leeuwarden").text
    assert "Fryslân" in leeuwarden and "Friesland" not in leeuwarden


def test_loading_the_list_again_renames_the_province_in_an_existing_forum(app):
    load_municipalities()
    db.session.execute(Municipality.__table__.update().values(province="Friesland")
                       .where(Municipality.__table__.c.province == "Fryslân"))
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["municipalities", "load"])
    assert result.exit_code == 0, result.output
    db.session.remove()
    assert db.session.scalar(select(Municipality.province).where(Municipality.slug == "leeuwarden")) == "Fryslân"
    assert db.session.scalar(select(Municipality.id).where(Municipality.province == "Friesland")) is None
