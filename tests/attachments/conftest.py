"""Files made by the tests (never committed binaries) and the pages that take them."""
import io
from pathlib import Path
import zipfile

import pytest
from PIL import Image
from sqlalchemy import func, select

from forum.attachments.models import Attachment
from forum.board.models import Post
from forum.extensions import db
from tests.factories import make_category, make_municipality, make_user
# The real S3 API server and clamd the backend tests need.
from tests.attachments.servers import clamd_socket, s3_admin, s3_config, s3_server  # noqa: F401

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@pytest.fixture
def file_root(app):
    """The folder of the test's own stored files (tests/conftest.py)."""
    return Path(app.config["ATTACHMENT_ROOT"])


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


@pytest.fixture
def member(app, login):
    user = make_user(make_municipality("Zwolle"))
    login(user)
    return user


def stored_files(root) -> list:
    return sorted(path.name for path in root.rglob("*") if path.is_file()) if root.exists() else []


def attachment_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Attachment))


def png(size=(40, 30), **save_options) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "PNG", **save_options)
    return out.getvalue()


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # Make
    exif[0x8825] = {1: "N", 2: (52.0, 5.0, 30.0)}  # GPS: latitude
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def office_zip(main_type=DOCX_MAIN, extra: dict | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", f'<?xml version="1.0"?><Types><Override PartName="/word/document.xml" '
                                                f'ContentType="{main_type}"/></Types>')
        archive.writestr("word/document.xml", "<w:document/>")
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


def ask(client, theme, files=(), **fields):
    """Post the ask form with `files`: (bytes, name) pairs."""
    data = {"title": "Hoe pakken jullie flexwonen aan?", "category": theme.id, "body": "Onze **vraag**.",
            "attachments": [(io.BytesIO(content), name) for content, name in files], **fields}
    return client.post("/vraag-stellen", data=data, content_type="multipart/form-data")


def reply(client, thread, files=(), **fields):
    data = {"body": "Zo deden wij het.", "attachments": [(io.BytesIO(content), name) for content, name in files],
            **fields}
    return client.post(f"/onderwerp/{thread.id}/reageren", data=data, content_type="multipart/form-data")


def question() -> Post:
    """The question of the only thread."""
    return db.session.scalar(select(Post).where(Post.position == 1))


def odf(mimetype="application/vnd.oasis.opendocument.text", extra: dict | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored first, as ODF requires
        archive.writestr("content.xml", "<office:document-content/>")
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return out.getvalue()
