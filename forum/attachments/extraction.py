"""The text inside an attached document, for search: PDF, Word, Excel, OpenDocument, PowerPoint,
CSV and plain text.

Parsing a file someone uploaded is guarded like Markdown rendering (forum/markup.py): it runs
in a child process of its own, which limits its own CPU time and memory before it reads a
byte, and the parent gives up on the clock too. A PDF with millions of objects, a zip bomb
dressed as docx or a parser bug costs one child, never a worker. Each file gets a fresh
child: nothing a hostile file did stays behind for the next.

Office and OpenDocument files are zips of XML: their text is read with defusedxml (no entity
expansion, no external entities) after checking the sizes the zip declares; xlsx goes through
openpyxl (read-only, which streams rows), PDF through pypdf.

This module needs no Flask: the child runs it as a file.
"""
import io
import json
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass

MAX_INPUT_BYTES = 32 * 1024 * 1024
MAX_TEXT_CHARS = 200_000
CPU_SECONDS = 10  # of the child's own CPU time, enforced by the kernel (RLIMIT_CPU)
WALL_CLOCK_SECONDS = 60  # a child that waits this long for a CPU is stopped all the same
MEMORY_BYTES = 768 * 1024 * 1024  # address space of the child, Python and the parsers included
# A zip whose parts would unpack to more than this is a bomb, not a document.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

# What text_status says about an attachment.
PENDING = "pending"  # waiting for the worker
DONE = "done"  # text found (it may be empty: a scanned PDF has none)
NOT_APPLICABLE = "none"  # a type without text (images)
FAILED = "failed"  # the parser gave up: damaged, encrypted or hostile
TOO_BIG = "too_big"
TIMED_OUT = "timed_out"

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
PDF = "application/pdf"
PLAIN_TYPES = frozenset({"text/plain", "text/csv"})

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# Elements that stand for white space between words: tabs, line breaks, runs of spaces.
SPACERS = frozenset({
    f"{W}tab", f"{W}br", f"{W}cr", f"{A}br",
    f"{ODF_TEXT}s", f"{ODF_TEXT}tab", f"{ODF_TEXT}line-break",
})


@dataclass(frozen=True)
class Extracted:
    text: str
    status: str


class _Full(Exception):
    """The text reached MAX_TEXT_CHARS: stop reading."""


class _Collector:
    """Text pieces up to MAX_TEXT_CHARS; more is not read at all."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> None:
        piece = piece.strip()
        if not piece:
            return
        self.parts.append(piece)
        self.length += len(piece) + 1
        if self.length >= MAX_TEXT_CHARS:
            raise _Full

    def text(self) -> str:
        return "\n".join(self.parts)[:MAX_TEXT_CHARS]


def _open_zip(data: bytes) -> zipfile.ZipFile:
    archive = zipfile.ZipFile(io.BytesIO(data))
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise ValueError("the zip unpacks to more than the limit")
    return archive


def _xml_paragraphs(archive: zipfile.ZipFile, name: str, paragraphs: set[str], collector: _Collector):
    """The text of each paragraph element (a tag in `paragraphs`) of one XML part, streamed."""
    from defusedxml.ElementTree import iterparse

    with archive.open(name) as part:
        for _, element in iterparse(part, events=("end",)):
            if element.tag in paragraphs:
                collector.add(_text_of(element))
                element.clear()


def _text_of(element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag in SPACERS else _text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _numbered(names, pattern: str) -> list[str]:
    found = [(int(match[1]), name) for name in names if (match := re.fullmatch(pattern, name))]
    return [name for _, name in sorted(found)]


def _docx(data: bytes, collector: _Collector) -> None:
    archive = _open_zip(data)
    _xml_paragraphs(archive, "word/document.xml", {f"{W}p"}, collector)


def _pptx(data: bytes, collector: _Collector) -> None:
    archive = _open_zip(data)
    for name in _numbered(archive.namelist(), r"ppt/slides/slide(\d+)\.xml"):
        _xml_paragraphs(archive, name, {f"{A}p"}, collector)


def _odf(data: bytes, collector: _Collector) -> None:
    # Headings and paragraphs; the cells of a spreadsheet and the frames of slides hold paragraphs too.
    _xml_paragraphs(_open_zip(data), "content.xml", {f"{ODF_TEXT}p", f"{ODF_TEXT}h"}, collector)


def _xlsx(data: bytes, collector: _Collector) -> None:
    _open_zip(data)  # the size check; openpyxl opens it again
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            collector.add(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                collector.add("\t".join(str(value) for value in row if value is not None))
    finally:
        workbook.close()


def _pdf(data: bytes, collector: _Collector) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise ValueError("encrypted PDF")
    for page in reader.pages:
        collector.add(page.extract_text() or "")


def _plain(data: bytes, collector: _Collector) -> None:
    try:
        text = data.decode("utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")  # what Excel writes as CSV on Dutch Windows
    collector.add(text[:MAX_TEXT_CHARS])


_READERS = {PDF: _pdf, DOCX: _docx, PPTX: _pptx, XLSX: _xlsx, ODT: _odf, ODS: _odf, ODP: _odf}
_READERS.update({mime: _plain for mime in PLAIN_TYPES})
EXTRACTABLE_TYPES = frozenset(_READERS)


def can_extract(mime: str) -> bool:
    return mime.split(";")[0].strip().lower() in _READERS


def extract_unguarded(data: bytes, mime: str) -> str:
    """The text of `data`, in this process: only for the child and for trusted input."""
    collector = _Collector()
    try:
        _READERS[mime.split(";")[0].strip().lower()](data, collector)
    except _Full:
        pass
    return _clean(collector.text())


def _clean(text: str) -> str:
    """No control characters (a PDF has them where its fonts are odd), no runs of blanks."""
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def extract(data: bytes, mime: str, cpu_seconds: int = CPU_SECONDS) -> Extracted:
    """The text of an attachment, with how that went; never raises for a bad file."""
    if not can_extract(mime):
        return Extracted("", NOT_APPLICABLE)
    if len(data) > MAX_INPUT_BYTES:
        return Extracted("", TOO_BIG)
    # A plain subprocess, not multiprocessing: nothing of the worker is copied into it, and
    # it can be killed safely. -P: the forum folder must not shadow the standard library.
    child = subprocess.Popen(  # noqa: S603 - our own file, fixed arguments
        [sys.executable, "-P", __file__, mime, str(cpu_seconds)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    try:
        output, _ = child.communicate(data, timeout=WALL_CLOCK_SECONDS)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return Extracted("", TIMED_OUT)
    if child.returncode != 0:
        # Killed by the CPU limit (SIGXCPU/SIGKILL) or ended by a parser error or MemoryError.
        timed_out = child.returncode in (-24, -9)
        return Extracted("", TIMED_OUT if timed_out else FAILED)
    return Extracted(json.loads(output), DONE)


def extract_text(data: bytes, mime: str) -> str:
    return extract(data, mime).text


def _limit_self(cpu_seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


if __name__ == "__main__":
    _limit_self(int(sys.argv[2]))
    sys.stdout.write(json.dumps(extract_unguarded(sys.stdin.buffer.read(), sys.argv[1])))
