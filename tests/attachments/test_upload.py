"""Attaching files when asking, replying and editing, through the pages a member uses."""
import io
import random
import re

import pytest
from PIL import Image
from sqlalchemy import select

from forum.attachments.models import Attachment
from forum.board.models import Post, Thread
from forum.config import Defaults, environment_overrides
from forum.extensions import db
from tests.attachments.conftest import PDF, ask, attachment_count, jpeg_with_gps, odf, office_zip, png, question, reply, stored_files
from tests.factories import make_thread, make_user


def live_attachments() -> list:
    return list(db.session.scalars(select(Attachment).where(Attachment.removed_at.is_(None))))


def test_a_question_with_a_pdf_and_a_photo_shows_both_under_it(client, member, theme, file_root):
    response = ask(client, theme, files=[(PDF, "Raadsvoorstel flexwonen.pdf"), (png((400, 300)), "kaart.png")])
    assert response.status_code == 302
    thread = db.session.scalar(select(Thread))
    files = db.session.scalars(select(Attachment).order_by(Attachment.id)).all()
    assert [(file.name, file.mime_type, file.post_id) for file in files] == [
        ("Raadsvoorstel flexwonen.pdf", "application/pdf", question().id),
        ("kaart.png", "image/png", question().id)]
    assert files[0].uploader_id == member.id and files[1].width == 400
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "Raadsvoorstel flexwonen.pdf</a>" in page and "PDF, " in page
    assert 'alt="kaart.png"' in page and f"/bijlage/{files[1].id}/miniatuur" in page
    assert len(stored_files(file_root)) == 3  # the pdf, the image and its thumbnail


def test_a_reply_with_a_spreadsheet(client, member, theme):
    thread = make_thread()
    xlsx = office_zip("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    assert reply(client, thread, files=[(xlsx, "kosten.xlsx")]).status_code == 302
    attachment = db.session.scalar(select(Attachment))
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    assert (attachment.post_id, attachment.mime_type, attachment.size) == (
        post.id, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", len(xlsx))
    assert "kosten.xlsx" in client.get(f"/onderwerp/{thread.id}").text


def test_the_same_file_twice_is_stored_once(client, member, theme, file_root):
    ask(client, theme, files=[(PDF, "a.pdf")])
    ask(client, theme, files=[(PDF, "b.pdf")], title="Nog een vraag over flexwonen")
    assert attachment_count() == 2 and len(stored_files(file_root)) == 1


def test_a_photo_loses_its_gps_position(client, member, theme, file_root):
    ask(client, theme, files=[(jpeg_with_gps(), "foto.jpg")])
    attachment = db.session.scalar(select(Attachment))
    stored = next(file_root.rglob(attachment.storage_key)).read_bytes()
    assert Image.open(io.BytesIO(stored)).getexif() == {}
    assert attachment.mime_type == "image/jpeg"


def noisy_jpeg(**save_options) -> bytes:
    """Noise compresses badly: encoded again at a higher quality it grows to twice its size."""
    image = Image.frombytes("RGB", (600, 400), random.Random(7).randbytes(600 * 400 * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=40, **save_options)
    return out.getvalue()


def test_a_photo_encoded_again_still_fits_the_size_limit(client, member, theme, app, file_root):
    original = noisy_jpeg()
    app.config["ATTACHMENT_MAX_BYTES"] = len(original)
    assert ask(client, theme, files=[(original, "ruis.jpg")]).status_code == 302
    attachment = db.session.scalar(select(Attachment))
    stored = next(file_root.rglob(attachment.storage_key)).read_bytes()
    assert attachment.size == len(stored) <= len(original)


def test_a_photo_that_grows_over_the_limit_when_encoded_again_is_refused(client, member, theme, app, file_root):
    original = noisy_jpeg(progressive=True, optimize=True)  # as small as this quality gets
    app.config["ATTACHMENT_MAX_BYTES"] = len(original)
    response = ask(client, theme, files=[(original, "ruis.jpg")])
    assert response.status_code == 422
    assert ("ruis.jpg: Zonder de verborgen gegevens (zoals de plaats van de foto) wordt deze afbeelding groter "
            "dan 0,1 MB, het maximum per bestand. Verklein de afbeelding en probeer het opnieuw.") in response.text
    assert attachment_count() == 0 and stored_files(file_root) == []


def test_a_form_refused_for_its_title_keeps_the_file_already_uploaded(client, member, theme):
    response = ask(client, theme, files=[(PDF, "plan.pdf")], title="Kort")
    assert response.status_code == 422
    pending = db.session.scalar(select(Attachment))
    assert pending.post_id is None and pending.uploader_id == member.id
    assert "plan.pdf" in response.text and "al geüpload" in response.text
    assert f'name="attachments-pending" value="{pending.id}"' in response.text
    # The second try sends the id, not the file again.
    response = ask(client, theme, **{"attachments-pending": str(pending.id)})
    assert response.status_code == 302
    db.session.refresh(pending)
    assert pending.post_id == question().id
    assert attachment_count() == 1


def test_a_pending_upload_can_be_taken_off_and_another_members_cannot_be_claimed(client, member, theme, login):
    ask(client, theme, files=[(PDF, "plan.pdf")], title="Kort")
    pending = db.session.scalar(select(Attachment))
    response = ask(client, theme, **{"attachments-pending": str(pending.id), "attachments-remove": str(pending.id)})
    assert response.status_code == 302
    assert live_attachments() == []

    ask(client, theme, files=[(PDF, "plan.pdf")], title="Kort")
    someone_elses = db.session.scalar(select(Attachment))
    login(make_user())
    ask(client, theme, **{"attachments-pending": str(someone_elses.id)}, title="Een vraag van een ander lid")
    db.session.refresh(someone_elses)
    assert someone_elses.post_id is None


def test_editing_adds_and_removes_files(client, member, theme):
    ask(client, theme, files=[(PDF, "oud.pdf")])
    thread = db.session.scalar(select(Thread))
    question_post, old = question(), db.session.scalar(select(Attachment))
    page = client.get(f"/bericht/{question_post.id}/bewerken").text
    assert "oud.pdf" in page and f'name="attachments-remove" value="{old.id}"' in page
    response = client.post(f"/bericht/{question_post.id}/bewerken", content_type="multipart/form-data", data={
        "title": thread.title, "body": question_post.body_markdown, "attachments-remove": str(old.id),
        "attachments": [(io.BytesIO(b"jaar;kosten\n2024;1200\n"), "kosten.csv")]})
    assert response.status_code == 302
    assert [(file.name, file.mime_type) for file in live_attachments()] == [("kosten.csv", "text/csv")]
    assert "Uw wijziging is opgeslagen." in client.get(response.headers["Location"]).text


def test_a_reply_is_edited_with_a_file(client, member, theme):
    thread = make_thread()
    reply(client, thread)
    post = db.session.scalar(select(Post).where(Post.position == 2))
    response = client.post(f"/bericht/{post.id}/bewerken", content_type="multipart/form-data", data={
        "body": post.body_markdown, "attachments": [(io.BytesIO(b"Notities"), "notities.txt")]})
    assert response.status_code == 302
    assert db.session.scalar(select(Attachment)).post_id == post.id


def test_at_most_five_files_per_post(client, member, theme, app):
    files = [(PDF + bytes([index]), f"{index}.pdf") for index in range(6)]
    response = ask(client, theme, files=files)
    assert response.status_code == 422
    assert "maximaal 5 bestanden" in response.text and attachment_count() == 5


def test_the_daily_quota_refuses_what_goes_over_it(client, member, theme, app):
    app.config["ATTACHMENT_DAILY_QUOTA_BYTES"] = len(PDF) + 10
    assert ask(client, theme, files=[(PDF, "a.pdf")]).status_code == 302
    response = ask(client, theme, files=[(PDF + b"2", "b.pdf")], title="Nog een vraag over flexwonen")
    assert response.status_code == 422
    assert "boven het maximum van" in response.text and attachment_count() == 1


def test_the_daily_number_of_files_is_limited_also_for_refused_forms(client, member, theme, app, file_root):
    app.config["ATTACHMENT_DAILY_QUOTA_FILES"] = 7
    for attempt in range(2):  # refused for the title: the files are kept as pending uploads
        files = [(PDF + bytes([attempt, index]), f"{attempt}-{index}.pdf") for index in range(3)]
        assert ask(client, theme, files=files, title="Kort").status_code == 422
    files = [(PDF + bytes([9, index]), f"laatste-{index}.pdf") for index in range(3)]
    response = ask(client, theme, files=files, title="Kort")
    assert response.status_code == 422
    assert ("laatste-1.pdf: U heeft vandaag al 7 bestanden geüpload, het maximum per dag. "
            "Probeer het morgen opnieuw.") in response.text
    assert attachment_count() == 7 and len(stored_files(file_root)) == 7


def test_the_daily_number_of_files_defaults_to_100_and_is_set_like_the_other_limits():
    assert Defaults.ATTACHMENT_DAILY_QUOTA_FILES == 100
    assert environment_overrides({"FORUM_ATTACHMENT_DAILY_QUOTA_FILES": "20"}) == {"ATTACHMENT_DAILY_QUOTA_FILES": 20}


def test_an_upload_taken_off_again_still_counts_for_the_quota_and_its_file_is_deleted(
        client, member, theme, app, file_root):
    app.config["ATTACHMENT_DAILY_QUOTA_BYTES"] = 2 * len(PDF) + 10
    ask(client, theme, files=[(PDF, "plan.pdf")], title="Kort")
    pending = db.session.scalar(select(Attachment))
    assert len(stored_files(file_root)) == 1
    response = ask(client, theme, title="Kort", **{"attachments-pending": str(pending.id),
                                                  "attachments-remove": str(pending.id)})
    assert response.status_code == 422 and stored_files(file_root) == []
    assert ask(client, theme, files=[(PDF + b"2", "plan2.pdf")], title="Kort").status_code == 422
    assert len(stored_files(file_root)) == 1
    response = ask(client, theme, files=[(PDF + b"3", "plan3.pdf")], title="Kort")
    assert "boven het maximum" in response.text and len(live_attachments()) == 1
    # The removed upload cannot be carried back onto a post.
    ask(client, theme, **{"attachments-pending": str(pending.id)})
    db.session.refresh(pending)
    assert pending.post_id is None


def test_a_file_taken_off_in_the_edit_form_is_deleted_unless_another_post_uses_it(
        client, member, theme, app, file_root):
    ask(client, theme, files=[(PDF, "oud.pdf"), (b"jaar;kosten\n", "kosten.csv")])
    reply(client, db.session.scalar(select(Thread)), files=[(PDF, "zelfde.pdf")])
    post, (pdf, csv, _same) = question(), db.session.scalars(select(Attachment).order_by(Attachment.id)).all()
    assert len(stored_files(file_root)) == 2
    response = client.post(f"/bericht/{post.id}/bewerken", content_type="multipart/form-data", data={
        "title": post.thread.title, "body": post.body_markdown, "attachments-remove": [str(pdf.id), str(csv.id)]})
    assert response.status_code == 302
    assert [file.name for file in live_attachments()] == ["zelfde.pdf"]
    assert stored_files(file_root) == [pdf.storage_key]  # the csv is gone, the pdf is still used by the reply
    app.config["ATTACHMENT_DAILY_QUOTA_BYTES"] = 2 * len(PDF) + 30
    response = ask(client, theme, files=[(PDF + b"4", "nieuw.pdf")], title="Nog een vraag over flexwonen")
    assert "boven het maximum" in response.text


def test_pending_uploads_of_several_refused_forms_cannot_make_more_than_five(client, member, theme):
    for index in range(3):
        ask(client, theme, files=[(PDF + bytes([index, 1]), f"a{index}.pdf"), (PDF + bytes([index, 2]), "b.pdf")],
            title="Kort")
    ids = [str(attachment.id) for attachment in db.session.scalars(select(Attachment))]
    assert len(ids) == 6
    response = ask(client, theme, **{"attachments-pending": ids})
    assert response.status_code == 422
    assert "Er horen nu 6 bestanden bij dit bericht; het maximum is 5. Haal er 1 weg." in response.text
    assert db.session.scalar(select(Thread)) is None
    response = ask(client, theme, **{"attachments-pending": ids, "attachments-remove": ids[0]})
    assert response.status_code == 302
    assert [file.post_id for file in live_attachments()] == [question().id] * 5


def test_editing_cannot_carry_more_than_five_files_onto_a_post(client, member, theme):
    ask(client, theme, files=[(PDF + bytes([index]), f"{index}.pdf") for index in range(4)])
    post = question()
    ask(client, theme, files=[(PDF + b"a", "x.pdf"), (PDF + b"b", "y.pdf")], title="Kort")
    pending = [str(file.id) for file in live_attachments() if file.post_id is None]
    response = client.post(f"/bericht/{post.id}/bewerken", content_type="multipart/form-data", data={
        "title": post.thread.title, "body": post.body_markdown, "attachments-pending": pending})
    assert response.status_code == 422 and "het maximum is 5" in response.text


def test_a_ticked_remove_box_stays_ticked_when_the_edit_form_is_refused(client, member, theme):
    ask(client, theme, files=[(PDF + bytes([index]), f"{index}.pdf") for index in range(5)])
    post, first = question(), db.session.scalar(select(Attachment).order_by(Attachment.id))
    response = client.post(f"/bericht/{post.id}/bewerken", content_type="multipart/form-data", data={
        "title": post.thread.title, "body": "", "attachments-remove": str(first.id),
        "attachments": [(io.BytesIO(PDF + b"nieuw"), "nieuw.pdf")]})
    assert response.status_code == 422
    # The browser sends the form again as it is shown: the hidden ids and the ticked boxes.
    pending = re.findall(r'name="attachments-pending" value="(\d+)"', response.text)
    ticked = re.findall(r'<input type="checkbox" name="attachments-remove" value="(\d+)"[^>]*\bchecked', response.text)
    assert ticked == [str(first.id)] and len(pending) == 1
    response = client.post(f"/bericht/{post.id}/bewerken", content_type="multipart/form-data", data={
        "title": post.thread.title, "body": "Aangevuld.", "attachments-remove": ticked,
        "attachments-pending": pending})
    assert response.status_code == 302
    assert sorted(file.name for file in live_attachments()) == ["1.pdf", "2.pdf", "3.pdf", "4.pdf", "nieuw.pdf"]


def test_unicode_text_from_excel_is_accepted_as_text(client, member, theme):
    content = "\ufeffgemeente\tkosten\r\nZwolle\t€ 1.200\r\n".encode("utf-16-le")
    assert ask(client, theme, files=[(content, "export.txt")]).status_code == 302
    assert db.session.scalar(select(Attachment)).mime_type == "text/plain"


OOXML = "application/vnd.openxmlformats-officedocument."
ODF = "application/vnd.oasis.opendocument."
EVERY_KIND = {
    "docx": (office_zip(), OOXML + "wordprocessingml.document"),
    "pptx": (office_zip(OOXML + "presentationml.presentation.main+xml"), OOXML + "presentationml.presentation"),
    "odt": (odf(), ODF + "text"),
    "ods": (odf(ODF + "spreadsheet"), ODF + "spreadsheet"),
    "odp": (odf(ODF + "presentation"), ODF + "presentation"),
    "csv": ("gemeente;kosten\nZwolle;€ 1.200\n".encode("cp1252"), "text/csv"),
    "jpeg": (jpeg_with_gps(), "image/jpeg"),
}


@pytest.mark.parametrize("extension", EVERY_KIND)
def test_every_allowed_kind_is_accepted(client, member, theme, extension):
    content, mime_type = EVERY_KIND[extension]
    assert ask(client, theme, files=[(content, f"document.{extension}")]).status_code == 302
    assert db.session.scalar(select(Attachment)).mime_type == mime_type


def test_an_edit_conflict_keeps_the_file_for_the_next_save(client, member, theme):
    thread = make_thread()
    reply(client, thread)
    post = db.session.scalar(select(Post).where(Post.position == 2))
    conflict = client.post(f"/bericht/{post.id}/bewerken", content_type="multipart/form-data", data={
        "body": "Aangevuld", "version": "0", "attachments": [(io.BytesIO(PDF), "bijlage.pdf")]})
    assert conflict.status_code == 409 and "bijlage.pdf" in conflict.text
    pending = db.session.scalar(select(Attachment))
    assert f'name="attachments-pending" value="{pending.id}"' in conflict.text
    saved = client.post(f"/bericht/{post.id}/bewerken", data={
        "body": "Aangevuld", "version": str(post.version), "attachments-pending": str(pending.id)})
    assert saved.status_code == 302
    db.session.refresh(pending)
    assert pending.post_id == post.id
