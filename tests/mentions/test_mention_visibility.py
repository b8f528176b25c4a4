"""Mentions show only names members may see, and notify only whom the rendered post links."""
import pytest
from sqlalchemy import select

from forum.accounts.models import (
    STATUS_PENDING, STATUS_REJECTED, STATUS_SUSPENDED, STATUS_UNCONFIRMED,
)
from forum.board.models import Post
from forum.extensions import db
from forum.following.models import KIND_MENTION
from tests.factories import make_category, make_thread, make_user
from tests.following.helpers import notified, reply


@pytest.fixture
def thread(app):
    return make_thread(category=make_category("Wonen", parent=make_category("Leefomgeving")))


def last_body(thread):
    db.session.expire_all()
    return db.session.scalar(
        select(Post.body_html).where(Post.thread_id == thread.id).order_by(Post.position.desc()).limit(1)
    )


@pytest.mark.parametrize("status", [STATUS_PENDING, STATUS_UNCONFIRMED, STATUS_REJECTED, None])
def test_a_token_for_someone_members_cannot_see_reads_as_a_neutral_mention(client, login, thread, status):
    applicant = make_user(name="Geheime Aanvrager", status=status or STATUS_PENDING)
    member_id = applicant.id if status else applicant.id + 1000
    login(make_user())
    preview = client.post("/voorbeeld", data={"body": f"pending @[x](#lid-{member_id})"})
    assert preview.status_code == 200
    assert "<p>pending @lid</p>" in preview.get_data(as_text=True)
    reply(client, thread, body=f"pending @[x](#lid-{member_id})")
    assert last_body(thread) == "<p>pending @lid</p>"
    assert "Geheime" not in client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert notified(KIND_MENTION) == set()


def test_a_suspended_member_is_named_without_a_link_or_notification(client, login, thread):
    suspended = make_user(name="S. Geschorst", status=STATUS_SUSPENDED)
    login(make_user())
    preview = client.post("/voorbeeld", data={"body": f"zie @[x](#lid-{suspended.id})"})
    assert "<p>zie @S. Geschorst</p>" in preview.get_data(as_text=True)
    reply(client, thread, body=f"zie @[x](#lid-{suspended.id})")
    assert last_body(thread) == "<p>zie @S. Geschorst</p>"
    assert notified(KIND_MENTION) == set()


@pytest.mark.parametrize("body", [
    "``@[{name}](#lid-{id})``",  # a code span in double backticks
    "Voorbeeld:\n\n    @[{name}](#lid-{id})",  # an indented code block
    "![@[{name}](#lid-{id})](https://x.example/a.png)",  # an image description
    "[klik @[{name}](#lid-{id})](https://x.example)",  # a link's text
])
def test_mentions_nobody_can_see_as_mentions_notify_nobody(client, login, thread, body):
    sanne = make_user(name="Sanne Koster")
    login(make_user())
    reply(client, thread, body=body.format(name="Sanne Koster", id=sanne.id))
    assert 'class="mention"' not in last_body(thread)
    assert notified(KIND_MENTION) == set()


def test_a_rendered_mention_notifies_by_id_and_by_old_name(client, login, thread):
    sanne = make_user(name="Sanne Koster")
    ayse = make_user(name="Ayşe Yilmaz")
    login(make_user())
    reply(client, thread, body=f"Vraag @[Sanne](#lid-{sanne.id}) en @[Ayşe Yilmaz], niet `@[x](#lid-1)`.")
    assert notified(KIND_MENTION) == {sanne.id, ayse.id}


def test_nested_mention_tokens_leave_no_empty_or_nested_links(client, login, thread):
    farid = make_user(name="Farid Boukhari")
    other = make_user(name="Iemand Anders")
    login(make_user())
    reply(client, thread, body=f"@[@[Farid Boukhari](#lid-{farid.id})](#lid-{other.id})")
    html = last_body(thread)
    assert "<a" not in html and "@Farid Boukhari" in html
    reply(client, thread, body=f"[klik @[X](#lid-{farid.id})](https://evil.example)")
    assert last_body(thread) == (
        '<p><a href="https://evil.example" rel="nofollow noopener ugc">klik @Farid Boukhari</a></p>'
    )
    assert notified(KIND_MENTION) == set()
