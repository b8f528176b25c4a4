"""Moderators remove a single attachment (logged); a member's uploads in the data download and
on erasure; `flask attachments prune`."""
import json
from datetime import timedelta

from sqlalchemy import select

from forum.attachments.models import Attachment
from forum.clock import utcnow
from forum.extensions import db
from forum.moderation.models import AuditEntry
from forum.privacy.services import erase_account
from tests.conftest import log_in_client
from tests.attachments.conftest import PDF, ask, attachment_count, png, question, stored_files
from tests.factories import PASSWORD, make_user


def test_a_moderator_removes_one_attachment_and_it_is_logged(client, member, theme, login):
    ask(client, theme, files=[(PDF, "plan.pdf"), (png(), "kaart.png")])
    plan, _ = db.session.scalars(select(Attachment).order_by(Attachment.id)).all()
    thread_path = f"/onderwerp/{question().thread_id}"
    assert client.post(f"/bijlage/{plan.id}/verwijderen").status_code == 403  # the author is no moderator
    moderator = make_user(role="moderator")
    login(moderator)
    assert "Bijlage verwijderen" in client.get(thread_path).text
    response = client.post(f"/bijlage/{plan.id}/verwijderen")
    assert response.status_code == 302
    db.session.refresh(plan)
    assert plan.removed_by_id == moderator.id and plan.removed_at is not None
    entry = db.session.scalar(select(AuditEntry))
    assert (entry.actor_id, entry.action, entry.target_id) == (moderator.id, "remove_attachment", plan.post_id)
    assert "plan.pdf" in entry.target_label
    assert "bijlage verwijderd" in client.get("/moderatie/logboek").text
    assert "verwijderd door een moderator" in client.get(thread_path).text
    assert client.post(f"/bijlage/{plan.id}/verwijderen").status_code == 404  # not twice
    login(member)
    page = client.get(thread_path).text
    assert "plan.pdf" not in page and "kaart.png" in page
    with client.get(f"/bijlage/{plan.id}/plan.pdf") as response:
        assert response.status_code == 404


def test_the_data_download_lists_the_members_uploads(client, theme):
    make_user(email="uploader@example.nl")
    client.post("/inloggen", data={"email": "uploader@example.nl", "password": PASSWORD})  # a fresh password
    ask(client, theme, files=[(PDF, "plan.pdf")])
    data = json.loads(client.get("/account/gegevens/download").text)
    assert [(row["name"], row["type"], row["post_id"]) for row in data["attachments"]] == [
        ("plan.pdf", "application/pdf", question().id)]


def test_the_data_download_tells_a_file_one_removed_oneself_from_one_a_moderator_removed(client, theme):
    make_user(email="uploader@example.nl")
    client.post("/inloggen", data={"email": "uploader@example.nl", "password": PASSWORD})
    ask(client, theme, files=[(PDF, "eigen.pdf"), (png(), "kaart.png")])
    post = question()
    own, by_moderator = db.session.scalars(select(Attachment).order_by(Attachment.id)).all()
    assert client.post(f"/bericht/{post.id}/bewerken", content_type="multipart/form-data", data={
        "title": post.thread.title, "body": post.body_markdown, "attachments-remove": str(own.id)}).status_code == 302
    moderator = client.application.test_client()
    log_in_client(moderator, make_user(role="moderator"))
    assert moderator.post(f"/bijlage/{by_moderator.id}/verwijderen").status_code == 302
    rows = {row["name"]: row for row in json.loads(client.get("/account/gegevens/download").text)["attachments"]}
    assert rows["eigen.pdf"]["removed_by_moderator_at"] is None
    assert rows["eigen.pdf"]["removed_by_uploader_at"] is not None
    assert rows["kaart.png"]["removed_by_moderator_at"] is not None
    assert rows["kaart.png"]["removed_by_uploader_at"] is None


def test_on_erasure_files_stay_with_the_post_without_the_uploader(client, member, theme):
    ask(client, theme, files=[(PDF, "plan.pdf")])
    ask(client, theme, files=[(png(), "nog-niet-geplaatst.png")], title="Kort")
    erase_account(member, member)
    db.session.commit()
    rows = db.session.scalars(select(Attachment)).all()
    assert [(row.name, row.uploader_id, row.post_id) for row in rows] == [("plan.pdf", None, question().id)]


def test_prune_removes_old_pending_uploads_and_files_nobody_uses(client, member, theme, app, file_root):
    ask(client, theme, files=[(PDF, "plan.pdf")])
    ask(client, theme, files=[(png(), "vergeten.png")], title="Kort")
    pending = db.session.scalar(select(Attachment).where(Attachment.post_id.is_(None)))
    pending.created_at = utcnow() - timedelta(days=2)
    db.session.commit()
    assert len(stored_files(file_root)) == 2
    result = app.test_cli_runner().invoke(args=["attachments", "prune"])
    assert "1 onafgemaakte uploads en 1 ongebruikte bestanden verwijderd." in result.output
    assert attachment_count() == 1 and len(stored_files(file_root)) == 1
