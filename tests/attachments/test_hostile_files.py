"""Hostile files through the ask and reply forms: each is refused with a clear Dutch message and
a 4xx, and nothing is stored: no row, no file."""
import gc
import io
import zipfile

import pytest
from PIL import Image
from sqlalchemy import select
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from forum.attachments.models import Attachment
from forum.extensions import db
from tests.attachments.conftest import PDF, ask, attachment_count, odf, office_zip, png, reply, stored_files
from tests.factories import make_thread

SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
PDF_THAT_IS_HTML = b"%PDF-1.4\n<html><body><script>fetch('/account')</script></body></html>\n%%EOF\n"
WEBPAGE = "die een browser als webpagina kan openen"


def zip_bomb_as_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<Types><Override ContentType="application/vnd.openxmlformats-'
                                                'officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))  # 300 MB of zeros, ~300 kB packed
    return out.getvalue()


def decompression_bomb_png() -> bytes:
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")  # 400 megapixels, a few kB on disk
    return out.getvalue()


def assert_refused_and_nothing_stored(response, file_root, message):
    assert 400 <= response.status_code < 500
    assert message in response.text
    assert attachment_count() == 0
    assert stored_files(file_root) == []


HOSTILE = {
    "pdf-that-is-html": (PDF_THAT_IS_HTML, "rapport.pdf", WEBPAGE),
    "svg-with-script-as-png": (SVG_WITH_SCRIPT, "kaart.png", WEBPAGE),
    "html": (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "pagina.html",
             "Bestanden van dit type kunnen niet worden bijgevoegd."),
    "executable-as-pdf": (b"MZ\x90\x00\x03" + b"\0" * 200, "setup.pdf",
                          "Programma&#39;s en scripts kunnen niet worden bijgevoegd."),
    "pdf-named-docx": (PDF, "rapport.docx", "De naam eindigt op .docx, maar de inhoud is een PDF-bestand."),
    "png-named-pdf": (png(), "rapport.pdf", "De naam eindigt op .pdf, maar de inhoud is een PNG-bestand."),
    "macro-part": (office_zip(extra={"word/vbaProject.bin": b"macro"}), "begroting.docx", "Bestanden met macro"),
    "macro-enabled-type": (office_zip("application/vnd.ms-word.document.macroEnabled.main+xml"), "brief.docx",
                           "Bestanden met macro"),
    "odf-with-basic-macros": (odf(extra={"Basic/Standard/Module1.xml": "<script:module/>"}), "begroting.odt",
                              "Bestanden met macro"),
    "plain-zip-as-docx": (office_zip("application/xml"), "stukken.docx", "ZIP-bestanden kunnen niet"),
    "broken-png": (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "kapot.png", "beschadigd"),
    "right-to-left-override": (b"MZ" + b"\0" * 100, "factuur\u202efdp.exe", "Bestanden van dit type"),
    "path-traversal-without-a-kind": (PDF, "../../etc/passwd", "Bestanden van dit type"),
    "empty": (b"", "leeg.pdf", "Het bestand is leeg."),
    "cut-off-pdf": (PDF[:40], "rapport.pdf", "Het bestand is beschadigd of onvolledig."),
    "macro-enabled-excel": (office_zip(), "begroting.xlsm", "Sla het bestand op zonder macro"),
    "macro-enabled-word": (office_zip(), "brief.docm", "Sla het bestand op zonder macro"),
    "utf-16-html-as-txt": ("\ufeff<html><script>alert(1)</script></html>".encode("utf-16-le"), "notitie.txt", WEBPAGE),
}


@pytest.mark.parametrize("case", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_file_is_refused_and_not_stored(client, member, theme, file_root, case):
    content, name, message = case
    response = ask(client, theme, files=[(content, name)])
    assert response.status_code == 422
    assert_refused_and_nothing_stored(response, file_root, message)


def test_a_zip_bomb_dressed_as_docx(client, member, theme, file_root):
    response = reply(client, make_thread(), files=[(zip_bomb_as_docx(), "bestek.docx")])
    assert_refused_and_nothing_stored(response, file_root, "zip-bom")


def test_a_decompression_bomb_image(client, member, theme, file_root):
    response = ask(client, theme, files=[(decompression_bomb_png(), "plattegrond.png")])
    assert_refused_and_nothing_stored(response, file_root, "Deze afbeelding is te groot")


def test_a_name_with_path_parts_and_controls_is_cleaned(client, member, theme, file_root):
    assert ask(client, theme, files=[(PDF, "..\\..\\C:/temp/\u202erapport\x00\u200b 2024.pdf")]).status_code == 302
    assert db.session.scalar(select(Attachment)).name == "rapport 2024.pdf"


def test_a_name_that_is_only_an_extension_gets_a_stem(client, member, theme, file_root):
    response = ask(client, theme, files=[(png(), ".pdf")])
    assert response.status_code == 422
    assert "bestand.pdf: De naam eindigt op .pdf" in response.text and "pdf: " not in response.text.replace(
        "bestand.pdf: ", "")


def test_a_file_over_the_size_limit(client, member, theme, file_root, app):
    app.config["ATTACHMENT_MAX_BYTES"] = 1000
    response = ask(client, theme, files=[(PDF + b"0" * 1000, "groot.pdf")])
    assert_refused_and_nothing_stored(response, file_root, "Het bestand is te groot: maximaal")


def test_a_request_over_the_total_limit_gets_the_dutch_413_page(client, member, theme, file_root, app):
    app.config.update(ATTACHMENT_MAX_FILES=1, ATTACHMENT_MAX_BYTES=1000)
    # Encoded here, in memory: the test client would spool a body this large to a file it never closes.
    boundary, body = encode_multipart(MultiDict({
        "title": "Hoe pakken jullie dit aan?", "category": str(theme.id), "body": "De vraag.",
        "attachments": FileStorage(io.BytesIO(PDF + b"0" * 2 * 1024 * 1024), "groot.pdf")}))
    response = client.post("/vraag-stellen", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 413
    assert_refused_and_nothing_stored(response, file_root, "Wat u verstuurde is te groot.")


# Werkzeug leaves the temporary file of the part it was reading unclosed; garbage collection
# closes it, here (gc.collect below) rather than during a later test.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_upload_cut_off_halfway(client, member, theme, file_root):
    boundary = "grens"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHoe pakken jullie dit aan?\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\n{theme.id}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nDe vraag.\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"plan.pdf\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n").encode() + PDF[:30]  # no closing boundary: cut off
    response = client.post("/vraag-stellen", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert_refused_and_nothing_stored(response, file_root, "De verzending is onderbroken")
    gc.collect()
