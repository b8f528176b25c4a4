"""Downloading attachments: headers, Range and ETag, and exactly the post's access rules."""
import pytest
from sqlalchemy import select

from forum.attachments.models import Attachment
from forum.board.models import Post, Thread
from forum.clock import utcnow
from forum.extensions import db
from tests.attachments.conftest import PDF, ask, png, question
from tests.factories import make_user


def fetch(client, path, **kwargs):
    """The response with its body read, closed afterwards: a file response holds an open file."""
    with client.get(path, **kwargs) as response:
        response.get_data()
        return response


def uploaded(client, theme, content=PDF, name="Plan van aanpak (concept).pdf") -> Attachment:
    assert ask(client, theme, files=[(content, name)]).status_code == 302
    return db.session.scalar(select(Attachment))


def test_a_document_downloads_as_an_attachment_with_safe_headers(client, member, theme):
    attachment = uploaded(client, theme, name="Één plan.pdf")
    response = fetch(client, f"/bijlage/{attachment.id}/Één plan.pdf")
    assert response.status_code == 200 and response.data == PDF
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=\"Een plan.pdf\"; filename*=UTF-8''%C3%89%C3%A9n%20plan.pdf")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response.headers["Content-Security-Policy"]
    assert response.headers["Accept-Ranges"] == "bytes"


def test_an_image_shows_inline_with_its_thumbnail(client, member, theme):
    attachment = uploaded(client, theme, png((800, 600)), "kaart.png")
    response = fetch(client, f"/bijlage/{attachment.id}/kaart.png")
    assert response.headers["Content-Disposition"].startswith("inline;")
    thumbnail = fetch(client, f"/bijlage/{attachment.id}/miniatuur")
    assert thumbnail.status_code == 200 and thumbnail.headers["Content-Type"] == "image/png"
    assert len(thumbnail.data) < len(response.data)


def test_range_and_etag(client, member, theme):
    attachment = uploaded(client, theme)
    path = f"/bijlage/{attachment.id}/{attachment.name}"
    partial = fetch(client, path, headers={"Range": "bytes=0-7"})
    assert partial.status_code == 206 and partial.data == PDF[:8]
    assert partial.headers["Content-Range"] == f"bytes 0-7/{len(PDF)}"
    etag = fetch(client, path).headers["ETag"]
    assert fetch(client, path, headers={"If-None-Match": etag}).status_code == 304


@pytest.mark.parametrize("header", ["bytes=abc", "bytes=5-1", "bytes=0-1,5-6", "regels=0-1"])
def test_a_range_that_cannot_be_served_alone_is_ignored(client, member, theme, header):
    attachment = uploaded(client, theme)
    response = fetch(client, f"/bijlage/{attachment.id}/{attachment.name}", headers={"Range": header})
    assert response.status_code == 200 and response.data == PDF


def test_a_range_past_the_end_says_how_long_the_file_is(client, member, theme):
    attachment = uploaded(client, theme)
    response = fetch(client, f"/bijlage/{attachment.id}/{attachment.name}", headers={"Range": "bytes=999999-"})
    assert response.status_code == 416
    assert response.headers["Content-Range"] == f"bytes */{len(PDF)}"
    assert "Controleer wat u invulde" not in response.text and "bestaat niet" in response.text


def test_another_name_in_the_address_leads_to_the_real_one(client, member, theme):
    attachment = uploaded(client, theme)
    response = fetch(client, f"/bijlage/{attachment.id}/iets-anders.pdf")
    assert response.status_code == 301 and response.headers["Location"].endswith("Plan%20van%20aanpak%20(concept).pdf")


def test_visitors_are_sent_to_the_login_page(client, member, theme):
    attachment = uploaded(client, theme)
    anonymous = client.application.test_client()
    response = fetch(anonymous, f"/bijlage/{attachment.id}/{attachment.name}")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


def test_files_of_a_removed_post_or_thread_are_not_served_but_moderators_see_them(client, member, theme, login):
    attachment = uploaded(client, theme)
    path = f"/bijlage/{attachment.id}/{attachment.name}"
    question().deleted_at = utcnow()
    db.session.commit()
    assert fetch(client, path).status_code == 404
    login(make_user(role="moderator"))
    assert fetch(client, path).status_code == 200
    login(make_user())
    db.session.get(Post, attachment.post_id).deleted_at = None
    db.session.scalar(select(Thread)).deleted_at = utcnow()
    db.session.commit()
    assert fetch(client, path).status_code == 404


def test_a_pending_upload_and_an_unknown_id_are_not_served(client, member, theme):
    ask(client, theme, files=[(PDF, "plan.pdf")], title="Kort")
    pending = db.session.scalar(select(Attachment))
    assert fetch(client, f"/bijlage/{pending.id}/plan.pdf").status_code == 404
    assert fetch(client, "/bijlage/999/plan.pdf").status_code == 404


def test_a_public_forum_serves_files_to_visitors_as_it_shows_the_posts(client, member, theme, app):
    attachment = uploaded(client, theme)
    app.config["PUBLIC_READING"] = True
    anonymous = client.application.test_client()
    assert fetch(anonymous, f"/bijlage/{attachment.id}/{attachment.name}").status_code == 200


@pytest.mark.parametrize("number", ["99999999999999999999", "2147483648", "0", "007"])
def test_an_id_no_row_can_have_finds_no_file(client, member, theme, login, number):
    uploaded(client, theme)
    login(make_user(role="moderator"))
    assert fetch(client, f"/bijlage/{number}/plan.pdf").status_code == 404
    assert fetch(client, f"/bijlage/{number}/miniatuur").status_code == 404
    assert client.post(f"/bijlage/{number}/verwijderen").status_code == 404
    assert db.session.scalar(select(Attachment)).removed_at is None
