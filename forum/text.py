"""Small text helpers shared by the domains."""
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin

from markupsafe import Markup, escape


def slugify(text: str) -> str:
    """'Bergen (NH.)' -> 'bergen-nh'; 'Súdwest-Fryslân' -> 'sudwest-fryslan'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# Right-to-left overrides, embeddings and isolates: in a title they make the shown text differ
# from the stored one ("overstamming" shown, "gnimmatsrevo" found). Other format characters
# (the joiner inside an emoji, a soft hyphen) are kept.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def without_bidi_controls(value):
    """A form filter: the text without direction overrides (None stays None)."""
    return value.translate(_BIDI_CONTROLS) if isinstance(value, str) else value


def normalize_email(address: str) -> str:
    return address.strip().lower()


def email_domain(address: str) -> str:
    return normalize_email(address).rpartition("@")[2]


# Stored post HTML (forum/markup.py) as mails, feeds and lists quote it.
_BLOCKS = frozenset({"p", "br", "hr", "li", "ul", "ol", "blockquote", "pre", "table", "tr",
                     "h1", "h2", "h3", "h4", "h5", "h6", "div"})
_CELLS = frozenset({"td", "th"})
_INLINE_KEPT = frozenset({"strong", "em", "b", "i", "code", "del", "a"})
ELLIPSIS = " …"
_EMPTY_ELEMENT = re.compile(r"<(\w+)[^>]*></\1>")
_SAFE_LINK = re.compile(r"(https?:|mailto:|/(?!/))", re.IGNORECASE)


class _PostReader(HTMLParser):
    """Splits post HTML into text, block breaks and the inline tags an excerpt keeps."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, str, str | None]] = []  # (kind, tag or text, href)

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append(("break", tag, None))
        elif tag in _CELLS:
            self.parts.append(("text", " ", None))
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if _SAFE_LINK.match(href):  # a link without a safe address is kept as its text
                self.parts.append(("open", tag, href))
        elif tag in _INLINE_KEPT:
            self.parts.append(("open", tag, None))

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self.parts.append(("break", tag, None))
        elif tag in _INLINE_KEPT:
            self.parts.append(("close", tag, None))

    def handle_data(self, data):
        self.parts.append(("text", data, None))


def _read(post_html: str) -> list[tuple[str, str, str | None]]:
    reader = _PostReader()
    reader.feed(post_html or "")
    reader.close()
    return reader.parts


def plain_text(post_html: str) -> str:
    """Post HTML as readable text: no markup, links and mentions as their text, a line per block."""
    text = "".join(value if kind == "text" else "\n" for kind, value, _ in _read(post_html)
                   if kind in ("text", "break"))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _cut(text: str, limit: int, hard: bool = True) -> str:
    """`text` to at most `limit` characters, ending at a whole word; a single longer word is
    cut (`hard`) or left out."""
    if len(text) <= limit or text[limit] == " ":
        return text[:limit].rstrip()
    if " " in text[:limit]:
        return text[:limit].rsplit(" ", 1)[0]
    return text[:limit] if hard else ""


def text_excerpt(post_html: str, limit: int = 500) -> str:
    """The start of a post as one line of plain text, cut at a word."""
    text = " ".join(plain_text(post_html).split())
    if len(text) <= limit:
        return text
    return _cut(text, limit) + ELLIPSIS


class _LineReader(HTMLParser):
    """Post HTML as lines of plain text: a line per paragraph or list item, items numbered
    ("1. ") or bulleted ("- ") as the list was, nested lists indented."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._words: list[str] = []
        self._lists: list[list] = []  # [ordered, next number] per open list
        self._marker = ""

    def _end_line(self) -> None:
        text = " ".join("".join(self._words).split())
        self._words.clear()
        if text:
            indent = "  " * max(len(self._lists) - 1, 0)
            self.lines.append(f"{indent}{self._marker}{text}")
            self._marker = ""

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._end_line()
            start = dict(attrs).get("start") or ""
            self._lists.append([tag == "ol", int(start) if start.isdigit() and len(start) < 7 else 1])
        elif tag == "li":
            self._end_line()
            if self._lists:
                ordered, number = self._lists[-1]
                self._marker = f"{number}. " if ordered else "- "
                self._lists[-1][1] += ordered
        elif tag in _BLOCKS:
            self._end_line()
        elif tag in _CELLS:
            self._words.append(" ")

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self._end_line()
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()

    def handle_data(self, data):
        self._words.append(data)


def text_excerpt_lines(post_html: str, limit: int = 500) -> str:
    """The start of a post as plain text for a mail: paragraphs and list items on their own
    lines, at most `limit` characters of text, cut at a word. (Feeds and lists use the
    one-line text_excerpt.)"""
    reader = _LineReader()
    reader.feed(post_html or "")
    reader.close()
    reader._end_line()
    kept: list[str] = []
    length = 0
    for line in reader.lines:
        if length + len(line) > limit:
            piece = _cut(line, max(limit - length, 0), hard=False)
            kept.append(piece + ELLIPSIS if piece.strip() else ELLIPSIS.strip())
            break
        kept.append(line)
        length += len(line)
    return "\n".join(kept)


def html_excerpt(post_html: str, limit: int = 500, base_url: str | None = None) -> Markup:
    """The start of a post as safe inline HTML (bold, italic, code, links), cut at a word.

    Blocks run together on one line; with `base_url`, links become absolute (for mails).
    """
    out: list[str] = []
    open_tags: list[str] = []
    length = 0
    pending_space = False
    for kind, value, href in _read(post_html):
        if kind == "break" or (kind == "text" and not value.strip()):
            pending_space = pending_space or bool(out)
            continue
        if kind == "open":
            attribute = f' href="{escape(urljoin(base_url or "", href))}"' if href else ""
            out.append(f"{' ' if pending_space else ''}<{value}{attribute}>")
            length += pending_space
            pending_space = False
            open_tags.append(value)
            continue
        if kind == "close":
            if value in open_tags:
                while open_tags:
                    tag = open_tags.pop()
                    out.append(f"</{tag}>")
                    if tag == value:
                        break
            continue
        words = " ".join(value.split())
        leading = " " if (pending_space or value[:1].isspace()) and out else ""
        trailing = value[-1:].isspace()
        if length + len(leading) + len(words) > limit:
            piece = _cut(words, max(limit - length - len(leading), 0), hard=False)
            out.append(str(escape(leading + piece)) if piece else "")
            cut = True
            break
        out.append(str(escape(leading + words)))
        length += len(leading) + len(words)
        pending_space = trailing
    else:
        cut = False
    out.extend(f"</{tag}>" for tag in reversed(open_tags))
    excerpt = _EMPTY_ELEMENT.sub("", "".join(out)).strip()  # a link cut before its text
    # Built above from escaped text and the whitelisted tags and link addresses alone.
    return Markup(excerpt + (ELLIPSIS if cut else ""))  # nosec B704
