"""What a file is, told by its bytes and never by its name; only the kinds on KINDS pass.

puremagic (pure Python, no libmagic to install) names what the bytes are; the checks here then
look inside: Office and OpenDocument files are zips, read only after the zip's size and entry
count are known to be sane, and refused when they carry macros. Anything that a browser could
take for HTML (a PDF that is also a web page, an SVG renamed to .png) is refused outright.
"""
import io
import re
import zipfile
from dataclasses import dataclass

import puremagic
from flask_babel import gettext as _


@dataclass(frozen=True)
class Kind:
    mime_type: str
    extensions: tuple[str, ...]
    label: str


PDF = Kind("application/pdf", ("pdf",), "PDF")
DOCX = Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ("docx",), "Word")
XLSX = Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ("xlsx",), "Excel")
PPTX = Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ("pptx",), "PowerPoint")
ODT = Kind("application/vnd.oasis.opendocument.text", ("odt",), "OpenDocument-tekst")
ODS = Kind("application/vnd.oasis.opendocument.spreadsheet", ("ods",), "OpenDocument-rekenblad")
ODP = Kind("application/vnd.oasis.opendocument.presentation", ("odp",), "OpenDocument-presentatie")
CSV = Kind("text/csv", ("csv",), "CSV")
TXT = Kind("text/plain", ("txt",), "tekst")
PNG = Kind("image/png", ("png",), "PNG")
JPEG = Kind("image/jpeg", ("jpg", "jpeg"), "JPEG")
KINDS = (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, CSV, TXT, PNG, JPEG)
BY_MIME_TYPE = {kind.mime_type: kind for kind in KINDS}
BY_EXTENSION = {extension: kind for kind in KINDS for extension in kind.extensions}
TEXT_KINDS = (CSV, TXT)

# The main part of an Office Open XML package, by [Content_Types].xml.
OOXML_MAIN_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": PPTX,
}
ODF_MIMETYPES = {ODT.mime_type: ODT, ODS.mime_type: ODS, ODP.mime_type: ODP}

# Zip bombs: an honest Office file has a few hundred entries and unpacks to a few times its size.
ZIP_MAX_ENTRIES = 5000
ZIP_MAX_UNCOMPRESSED = 200 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_PART_MAX = 1024 * 1024  # [Content_Types].xml or mimetype: small text files
# Browsers sniff the start of a file; IE-era sniffers looked anywhere in the first kilobyte.
SNIFF_LENGTH = 1024
HTML_MARKERS = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|script|iframe|svg|object|embed|a\s|img\s|style|title|meta|\?xml)",
    re.IGNORECASE,
)
EXECUTABLE_STARTS = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"#!")
# Office's own names for files with macros: these get the advice to save them without.
MACRO_EXTENSIONS = frozenset({"docm", "dotm", "xlsm", "xltm", "xlsb", "pptm", "potm", "ppsm"})
# Windows' "Unicode text" (Excel, Notepad): UTF-16 with its byte order mark.
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# A PDF ends with %%EOF; writers may add a few bytes after it, a cut-off download has none.
PDF_END_WINDOW = 1024
MACRO_PARTS = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml)$|^(Basic|Scripts)/", re.IGNORECASE)


class FileRefused(Exception):
    """Why a file cannot be attached, in Dutch, for the person who chose it."""


def allowed_list() -> str:
    return "PDF, Word (docx), Excel (xlsx), PowerPoint (pptx), OpenDocument (odt, ods, odp), CSV, tekst (txt), PNG en JPEG"


def identify(name: str, data: bytes) -> Kind:
    """The kind of `data`, which must match the extension of `name`; raises FileRefused."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    claimed = BY_EXTENSION.get(extension)
    if extension in MACRO_EXTENSIONS:
        raise _macros_refused()
    if claimed is None:
        raise FileRefused(_("Bestanden van dit type kunnen niet worden bijgevoegd. Toegestaan zijn: %(kinds)s.",
                            kinds=allowed_list()))
    if not data:
        raise FileRefused(_("Het bestand is leeg."))
    if data.startswith(EXECUTABLE_STARTS):
        raise FileRefused(_("Programma's en scripts kunnen niet worden bijgevoegd."))
    if not data.startswith(b"PK\x03\x04") and HTML_MARKERS.search(_sniffed_start(data)):
        raise FileRefused(_("Dit bestand bevat HTML, SVG of XML die een browser als webpagina kan openen; "
                            "zulke bestanden kunnen niet worden bijgevoegd."))
    actual = _kind_of(data, claimed)
    if actual is not claimed and not (actual in TEXT_KINDS and claimed in TEXT_KINDS):
        raise FileRefused(_("De naam eindigt op .%(extension)s, maar de inhoud is %(actual)s. Controleer of u het "
                            "goede bestand koos.", extension=extension, actual=_described(actual, data)))
    if actual is PDF and b"%%EOF" not in data[-PDF_END_WINDOW:]:
        raise FileRefused(_("Het bestand is beschadigd of onvolledig."))
    return claimed if actual in TEXT_KINDS else actual


def _sniffed_start(data: bytes) -> bytes:
    """The start of the file as a browser's sniffer reads it, UTF-16 text decoded first."""
    if data.startswith(UTF16_BOMS):
        return data[:SNIFF_LENGTH * 2].decode("utf-16", "ignore").encode("utf-8")
    return data[:SNIFF_LENGTH]


def _kind_of(data: bytes, claimed: Kind) -> Kind | None:
    if data.startswith(b"PK\x03\x04"):
        return _package_kind(data)
    for match in _magic_matches(data):
        if match.mime_type in (PDF.mime_type, PNG.mime_type, JPEG.mime_type):
            return BY_MIME_TYPE[match.mime_type]
    if _is_text(data):
        return TXT
    return None


def _magic_matches(data: bytes) -> list:
    try:
        return puremagic.magic_string(data)
    except puremagic.PureError:
        return []


def _described(kind: Kind | None, data: bytes) -> str:
    if kind is not None:
        return _("een %(label)s-bestand", label=kind.label)
    matches = _magic_matches(data)
    if matches:
        return _("een %(extension)s-bestand", extension=matches[0].extension.lstrip("."))
    return _("van een onbekend type")


def _is_text(data: bytes) -> bool:
    if data.startswith(UTF16_BOMS):
        encodings = ("utf-16",)
    elif b"\x00" in data:
        return False
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return not any(ord(char) < 32 and char not in "\t\r\n\f" for char in text[:65536])
    return False


def _package_kind(data: bytes) -> Kind:
    """An Office Open XML or OpenDocument file; refuses other zips, bombs and macros."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise FileRefused(_("Dit bestand is beschadigd en kan niet worden gelezen.")) from None
    unpacked = sum(entry.file_size for entry in entries)
    if len(entries) > ZIP_MAX_ENTRIES or unpacked > ZIP_MAX_UNCOMPRESSED or unpacked > ZIP_MAX_RATIO * len(data):
        raise FileRefused(_("Dit bestand pakt uit tot iets veel groters dan het is (een zogeheten zip-bom) "
                            "en kan niet worden bijgevoegd."))
    names = {entry.filename for entry in entries}
    if any(MACRO_PARTS.search(name) for name in names):
        raise _macros_refused()
    if "mimetype" in names:
        kind = ODF_MIMETYPES.get(_read_part(archive, "mimetype").strip())
        if kind:
            return kind
    if "[Content_Types].xml" in names:
        types = _read_part(archive, "[Content_Types].xml")
        if "macroenabled" in types.lower():
            raise _macros_refused()
        for part, kind in OOXML_MAIN_PARTS.items():
            if part in types:
                return kind
    raise FileRefused(_("ZIP-bestanden kunnen niet worden bijgevoegd, alleen de documenten die erop gebouwd "
                        "zijn (docx, xlsx, pptx, odt, ods, odp)."))


def _macros_refused() -> FileRefused:
    return FileRefused(_("Bestanden met macro's kunnen niet worden bijgevoegd. Sla het bestand op zonder macro's "
                         "(bijvoorbeeld als .docx of .xlsx) en probeer het opnieuw."))


def _read_part(archive: zipfile.ZipFile, name: str) -> str:
    try:
        with archive.open(name) as part:
            return part.read(ZIP_PART_MAX).decode("utf-8", "replace")
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError):
        raise FileRefused(_("Dit bestand is beschadigd en kan niet worden gelezen.")) from None
