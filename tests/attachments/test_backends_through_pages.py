"""Upload and download through the pages with either storage backend, and virus scanning by a
real clamd (both started by the tests: tests/attachments/servers.py)."""
import pytest
from sqlalchemy import select

from forum.attachments.models import Attachment
from forum.attachments.storage import content_key, storage_for
from forum.extensions import db
from tests.attachments import documents
from tests.attachments.conftest import ask, attachment_count, png, question
from tests.attachments.servers import TEST_MARKER

REPORT = documents.pdf([["Raadsvoorstel flexwonen"]] * 40)


def download(client, path: str, **headers):
    """GET a file and close the response (it holds the stored file open until then)."""
    response = client.get(path, headers=headers)
    response.get_data()
    response.close()
    return response


@pytest.fixture(params=["filesystem", "s3"])
def storage(request, app):
    """The storage the forum uses, each backend in turn."""
    if request.param == "s3":
        app.config.update(request.getfixturevalue("s3_config"))
    app.extensions.pop("attachment_storage", None)
    return storage_for(app)


def test_a_file_is_uploaded_and_downloaded(client, member, theme, storage):
    assert ask(client, theme, files=[(REPORT, "raadsvoorstel.pdf"), (png((300, 200)), "kaart.png")]).status_code == 302
    pdf, image = db.session.scalars(select(Attachment).order_by(Attachment.id)).all()
    assert set(storage.keys()) == {pdf.storage_key, image.storage_key, image.thumbnail_key}
    response = download(client, f"/bijlage/{pdf.id}/raadsvoorstel.pdf")
    assert response.status_code == 200 and response.data == REPORT
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert download(client, f"/bijlage/{image.id}/miniatuur").status_code == 200
    assert f"/bijlage/{pdf.id}/raadsvoorstel.pdf" in client.get(f"/onderwerp/{question().thread_id}").text


def test_a_range_of_a_large_file(client, member, theme, storage):
    ask(client, theme, files=[(REPORT, "raadsvoorstel.pdf")])
    attachment = db.session.scalar(select(Attachment))
    response = download(client, f"/bijlage/{attachment.id}/raadsvoorstel.pdf", Range="bytes=100-199")
    assert response.status_code == 206 and response.data == REPORT[100:200]
    etag = response.headers["ETag"]
    again = download(client, f"/bijlage/{attachment.id}/raadsvoorstel.pdf", **{"If-None-Match": etag})
    assert again.status_code == 304


def test_the_same_file_in_two_questions_is_stored_once(client, member, theme, storage):
    ask(client, theme, files=[(REPORT, "a.pdf")])
    ask(client, theme, files=[(REPORT, "b.pdf")], title="Nog een vraag over flexwonen")
    assert attachment_count() == 2 and list(storage.keys()) == [content_key(REPORT)]


def test_prune_removes_files_no_attachment_uses(app, client, member, theme, storage):
    ask(client, theme, files=[(REPORT, "a.pdf")])
    orphan = b"een bestand zonder bijlage"
    storage.put(content_key(orphan), orphan)
    result = app.test_cli_runner().invoke(args=["attachments", "prune"])
    assert result.exit_code == 0, result.output
    assert list(storage.keys()) == [content_key(REPORT)]


def test_a_file_clamd_reports_is_refused_and_not_stored(app, client, member, theme, storage, clamd_socket):
    app.config["ATTACHMENT_CLAMD"] = clamd_socket
    infected = documents.pdf([["Offerte", TEST_MARKER.decode()]])
    response = ask(client, theme, files=[(infected, "offerte.pdf")])
    assert 400 <= response.status_code < 500
    assert "Het virusprogramma vond iets schadelijks in dit bestand (Kennisforum.Test.Marker" in response.text
    assert attachment_count() == 0 and list(storage.keys()) == []
    assert ask(client, theme, files=[(REPORT, "schoon.pdf")]).status_code == 302  # a clean file passes
    assert attachment_count() == 1


def test_without_an_answer_from_clamd_the_upload_is_refused(app, client, member, theme, tmp_path):
    app.config["ATTACHMENT_CLAMD"] = str(tmp_path / "clamd-is-uit.sock")
    response = ask(client, theme, files=[(REPORT, "raadsvoorstel.pdf")])
    assert 400 <= response.status_code < 600
    assert "kon nu niet op virussen worden gecontroleerd" in response.text
    assert attachment_count() == 0
