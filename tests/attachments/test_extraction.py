"""Text from attached documents, each parsed in a child process with limits."""
import io
import zipfile

import pytest

from forum.attachments import extraction
from forum.attachments.extraction import (
    DOCX, DONE, FAILED, MAX_TEXT_CHARS, NOT_APPLICABLE, ODP, ODS, ODT, PDF, PPTX, TIMED_OUT, TOO_BIG,
    XLSX, extract, extract_text,
)
from tests.attachments import documents

DOCUMENTS = [
    (PDF, documents.pdf([["Raadsvoorstel warmtenet (2025)"], ["Tweede pagina: aansluitkosten"]])),
    (DOCX, documents.docx(["Raadsvoorstel warmtenet (2025)", "Tweede alinea: aansluitkosten"])),
    (PPTX, documents.pptx(["Raadsvoorstel warmtenet (2025)", "Tweede dia: aansluitkosten"])),
    (XLSX, documents.xlsx([["Raadsvoorstel warmtenet (2025)"], ["aansluitkosten", 1250]])),
    (ODT, documents.odf("text", ["Raadsvoorstel warmtenet (2025)", "aansluitkosten"])),
    (ODS, documents.odf("spreadsheet", ["Raadsvoorstel warmtenet (2025)", "aansluitkosten"])),
    (ODP, documents.odf("presentation", ["Raadsvoorstel warmtenet (2025)", "aansluitkosten"])),
    ("text/csv", "onderdeel;kosten\nRaadsvoorstel warmtenet (2025);aansluitkosten\n".encode()),
    ("text/plain; charset=utf-8", b"Raadsvoorstel warmtenet (2025)\naansluitkosten"),
]


@pytest.fixture(autouse=True)
def file_root():
    """Overrides the folder per test of conftest: these tests store no files through the forum."""


@pytest.mark.parametrize(("mime", "data"), DOCUMENTS, ids=[mime for mime, _ in DOCUMENTS])
def test_text_of_each_type(mime, data):
    result = extract(data, mime)
    assert result.status == DONE
    assert "Raadsvoorstel warmtenet (2025)" in result.text
    assert "aansluitkosten" in result.text


def test_paragraphs_and_spreadsheet_cells_stay_apart():
    text = extract_text(documents.xlsx([["Post", "Kosten"], ["Asfalt", 1200]]), XLSX)
    assert "Post\tKosten" in text and "Asfalt\t1200" in text
    assert extract_text(documents.docx(["een", "twee"]), DOCX) == "een\ntwee"


def test_tabs_and_breaks_inside_a_paragraph_separate_words():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "<w:p><w:r><w:t>kosten</w:t><w:tab/><w:t>baten</w:t><w:br/><w:t>saldo</w:t></w:r></w:p>"
    data = _zip({"word/document.xml": f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'})
    assert extract_text(data, DOCX) == "kosten baten saldo"


def test_a_csv_from_dutch_excel_is_read_as_windows_1252():
    assert extract_text("gemeente;bedrag\nSüdwest;€ 12\n".encode("cp1252"), "text/csv") == (
        "gemeente;bedrag\nSüdwest;€ 12"
    )


def test_control_characters_are_blanked():
    assert extract_text(b"een\x00twee\x1bdrie", "text/plain") == "een twee drie"


def test_images_and_unknown_types_have_no_text():
    assert extract(b"\x89PNG\r\n\x1a\n", "image/png") == extraction.Extracted("", NOT_APPLICABLE)
    assert extract(b"MZ", "application/x-msdownload").status == NOT_APPLICABLE


def test_the_text_is_capped():
    page = ["woord " * 15] * 60
    result = extract(documents.pdf([page] * 300), PDF)
    assert result.status == DONE
    assert MAX_TEXT_CHARS - 100 < len(result.text) <= MAX_TEXT_CHARS


def test_a_file_over_the_size_limit_is_not_parsed(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_INPUT_BYTES", 100)
    assert extract(b"x" * 101, "text/plain").status == TOO_BIG


def _zip(parts: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_zip_bomb_dressed_as_docx_fails_quickly():
    """A part that unpacks to 300 MB is refused before a byte is inflated. (zipfile never
    inflates more than a part declares, so the declared size is the one to check; it is set
    here in the central directory rather than by compressing 300 MB in the test.)"""
    small = _zip({"word/document.xml": b"<a>" + b" " * 1000 + b"</a>"})
    directory = small.rindex(b"PK\x01\x02")
    bomb = small[:directory + 24] + (300 * 1024 * 1024).to_bytes(4, "little") + small[directory + 28:]
    assert zipfile.ZipFile(io.BytesIO(bomb)).infolist()[0].file_size == 300 * 1024 * 1024
    assert extract(bomb, DOCX) == extraction.Extracted("", FAILED)


def test_an_xml_entity_bomb_fails():
    entities = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    data = _zip({"content.xml": f"{entities}<d>&b;</d>"})
    assert extract(data, ODT).status == FAILED


def test_a_pdf_with_an_enormous_object_count_is_stopped_at_the_deadline():
    many_pages = documents.pdf([[] for _ in range(40_000)])
    assert extract(many_pages, PDF, cpu_seconds=1).status == TIMED_OUT


@pytest.mark.parametrize("mime", [PDF, DOCX, XLSX, PPTX, ODS])
def test_damaged_files_fail_without_raising(mime):
    assert extract(b"dit is geen document", mime) == extraction.Extracted("", FAILED)


def test_an_encrypted_pdf_fails():
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(documents.pdf([["geheim"]])))
    writer.encrypt("wachtwoord")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert extract(buffer.getvalue(), PDF).status == FAILED
