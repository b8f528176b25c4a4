"""Large files through the real forms, with the CSRF check on as in production: the larger limit
of the forms with files applies before the CSRF check reads the body; and the limits' messages."""
import gc
import io
import re

import pytest
from sqlalchemy import select
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from forum.attachments.models import Attachment
from forum.extensions import db
from tests.attachments.conftest import attachment_count
from tests.factories import make_thread

MB = 1024 * 1024
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@pytest.fixture
def csrf_on(app):
    app.config["WTF_CSRF_ENABLED"] = True
    yield
    app.config["WTF_CSRF_ENABLED"] = False


def text_file(size: int) -> bytes:
    return (b"Regel van het rapport over flexwonen.\n" * (size // 38 + 1))[:size]


def token(client, path: str) -> str:
    return TOKEN.search(client.get(path).text).group(1)


def post_form(client, path: str, fields: dict, content: bytes, name: str):
    """The body built in memory: the test client would spool a large one to a file it never closes."""
    upload = FileStorage(io.BytesIO(content), filename=name, content_type="text/plain")
    boundary, body = encode_multipart(MultiDict({**fields, "attachments": upload}))
    return client.post(path, data=body, content_type=f"multipart/form-data; boundary={boundary}")


def ask_with_token(client, theme, content: bytes, name="rapport.txt"):
    fields = {"csrf_token": token(client, "/vraag-stellen"), "title": "Hoe pakken jullie flexwonen aan?",
              "category": str(theme.id), "body": "Onze tekst die bewaard moet blijven."}
    return post_form(client, "/vraag-stellen", fields, content, name)


def reply_with_token(client, thread, content: bytes, name="rapport.txt"):
    fields = {"csrf_token": token(client, f"/onderwerp/{thread.id}"), "body": "Onze reactie die blijft staan."}
    return post_form(client, f"/onderwerp/{thread.id}/reageren", fields, content, name)


@pytest.mark.parametrize("size", [MB + MB // 2, 5 * MB])
def test_files_over_a_megabyte_are_accepted_on_ask_and_reply(client, member, theme, csrf_on, size):
    assert ask_with_token(client, theme, text_file(size)).status_code == 302
    assert reply_with_token(client, make_thread(), text_file(size), name="bijlage.txt").status_code == 302
    assert [file.size for file in db.session.scalars(select(Attachment))] == [size, size]


def test_a_file_over_the_limit_gets_the_message_per_file_and_the_text_is_kept(client, member, theme, csrf_on):
    response = ask_with_token(client, theme, text_file(20 * MB + 1))
    assert response.status_code == 422
    assert "Het bestand is te groot: maximaal 20 MB per bestand." in response.text
    assert "Onze tekst die bewaard moet blijven." in response.text
    response = reply_with_token(client, make_thread(), text_file(20 * MB + 1))
    assert response.status_code == 422 and "Onze reactie die blijft staan." in response.text
    assert attachment_count() == 0


def test_a_body_over_the_form_limit_names_the_limits(client, member, theme, app):
    app.config.update(ATTACHMENT_MAX_FILES=2, ATTACHMENT_MAX_BYTES=MB // 2)  # room: 2 MB with the text
    response = post_form(client, "/vraag-stellen", {"title": "Titel"}, text_file(3 * MB), "a.txt")
    assert response.status_code == 413
    assert "maximaal 0,5 MB per bestand en 2 bestanden bij een bericht" in response.text


# Werkzeug leaves the temporary file of the part it was reading unclosed (see test_hostile_files).
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_cut_off_upload_says_so_and_not_that_the_form_expired(client, member, theme, csrf_on):
    boundary = "grens"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n"
            f"{token(client, '/vraag-stellen')}\r\n--{boundary}\r\nContent-Disposition: form-data; "
            f"name=\"attachments\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nbegin van het bes").encode()
    response = client.post("/vraag-stellen", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 400
    assert "De verzending is onderbroken" in response.text
    assert "Het formulier is verlopen" not in response.text
    gc.collect()


def test_the_quota_message_says_how_much_was_used_and_the_maximum(client, member, theme, app):
    app.config["ATTACHMENT_DAILY_QUOTA_BYTES"] = 1536 * 1024  # 1,5 MB
    fields = {"title": "Hoe pakken jullie flexwonen aan?", "category": str(theme.id), "body": "Onze vraag."}
    assert post_form(client, "/vraag-stellen", fields, text_file(900 * 1024), "a.txt").status_code == 302
    response = post_form(client, "/vraag-stellen", fields, text_file(700 * 1024), "b.txt")
    assert response.status_code == 422
    assert ("Met dit bestand komt u boven het maximum van 1,5 MB per dag (vandaag al 0,9 MB geüpload)."
            in response.text)
