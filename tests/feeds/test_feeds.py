"""Atom feeds of new questions per category and tag, following the reading rule."""
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from forum.board.models import Post, Thread
from forum.extensions import db
from forum.feeds.tokens import feed_token
from forum.tags.services import set_thread_tags
from tests.factories import make_category, make_thread, make_user

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def theme(app):
    theme = make_category("Wonen", parent=make_category("Leefomgeving"))
    thread = make_thread(category=theme, title="Flexwonen & <tijdelijke> woningen", body="Een **vraag** <script>x</script>")
    set_thread_tags(thread, ["flexwonen"])
    make_thread(title="Een vraag in een ander thema")
    db.session.commit()
    return theme


def parse(response):
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.get_data())


@pytest.mark.parametrize("path", ["/categorie/wonen/feed.atom", "/categorie/leefomgeving/feed.atom", "/tags/flexwonen/feed.atom"])
def test_public_forum_serves_valid_atom_with_absolute_links(app, client, theme, path):
    app.config["PUBLIC_READING"] = True
    feed = parse(client.get(path))
    assert feed.tag == f"{ATOM}feed"
    for required in ("title", "id", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["Flexwonen & <tijdelijke> woningen"]
    entry = entries[0]
    assert entry.find(f"{ATOM}link").get("href").startswith("http://forum.test/onderwerp/")
    assert entry.find(f"{ATOM}id").text.startswith("http://forum.test/")
    content = entry.find(f"{ATOM}content")
    assert content.get("type") == "html"
    assert "<strong>vraag</strong>" in content.text and "<script>" not in content.text
    assert entry.find(f"{ATOM}author/{ATOM}name").text.startswith("Gemeente ")


def test_members_only_forum_refuses_anonymous_feed_readers(client, theme):
    response = client.get("/categorie/wonen/feed.atom")
    assert response.status_code == 403
    assert "Deze feed is alleen voor leden" in response.get_data(as_text=True)


def test_a_members_personal_feed_address_works_until_they_log_out_everywhere(app, client, login, theme):
    member = make_user()
    login(member)
    page = client.get("/categorie/wonen").get_data(as_text=True)
    token = feed_token(member)
    assert f"/categorie/wonen/feed.atom?token={token}" in page
    reader = app.test_client()  # a feed reader: no session cookie
    assert parse(reader.get(f"/tags/flexwonen/feed.atom?token={token}")) is not None
    member.end_other_sessions()
    db.session.commit()
    assert reader.get(f"/tags/flexwonen/feed.atom?token={token}").status_code == 403
    assert reader.get("/tags/flexwonen/feed.atom?token=rommel").status_code == 403


def test_unknown_category_or_tag_is_404(app, client, theme):
    app.config["PUBLIC_READING"] = True
    assert client.get("/categorie/bestaat-niet/feed.atom").status_code == 404
    assert client.get("/tags/bestaat-niet/feed.atom").status_code == 404


@pytest.mark.parametrize("path", ["/categorie/wonen/feed.atom", "/categorie/leefomgeving/feed.atom", "/tags/flexwonen/feed.atom"])
@pytest.mark.parametrize("how", ["removed", "merged"])
def test_removed_and_merged_questions_are_left_out(app, client, login, theme, path, how):
    app.config["PUBLIC_READING"] = True
    thread = db.session.scalar(select(Thread).where(Thread.category_id == theme.id))
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))
    login(make_user(name="M. Oderator", role="moderator", staff=True))
    if how == "removed":
        response = client.post(f"/moderatie/bericht/{question.id}/verwijderen", data={"reason": "Vertrouwelijk"})
    else:
        target = make_thread(category=theme, title="Tijdelijke woningen: de aanpak")
        db.session.commit()
        response = client.post(f"/moderatie/onderwerp/{thread.id}/samenvoegen", data={"target": target.id})
    assert response.status_code == 302
    client.post("/uitloggen")
    entries = parse(client.get(path)).findall(f"{ATOM}entry")
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert "Flexwonen & <tijdelijke> woningen" not in titles
    assert all("<strong>vraag</strong>" not in entry.find(f"{ATOM}content").text for entry in entries)


def test_entries_carry_a_plain_text_summary_and_mentions_as_links(app, client):
    app.config["PUBLIC_READING"] = True
    theme = make_category("Sport", parent=make_category("Inclusieve samenleving"))
    vries = make_user(name="J. de Vries")
    make_thread(category=theme, title="Verduurzaming van sporthallen",
                body=f"Wij hebben **vier sporthallen** verduurzaamd met @[J. de Vries](#lid-{vries.id}).")
    feed = parse(client.get("/categorie/sport/feed.atom"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}base") == "http://forum.test/"
    [entry] = feed.findall(f"{ATOM}entry")
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert summary.text == "Wij hebben vier sporthallen verduurzaamd met @J. de Vries."
    content = entry.find(f"{ATOM}content").text
    assert f'<a class="mention" href="/leden/{vries.id}">@J. de Vries</a>' in content
    assert "**" not in content and "@[" not in content
