"""Result titles and snippets with the searched words marked: everything is escaped, except
the <mark> elements we add ourselves."""
import re

from markupsafe import Markup, escape

from forum.search.text import terms_of_word

SNIPPET_LENGTH = 240
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
# The plural ending after an apostrophe ("foto's", "agenda’s") belongs to the marked word.
_APOSTROPHE_S = re.compile(r"['’]s(?![^\W_])")


def _matching_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    spans = []
    for match in _WORD.finditer(text):
        # A compound is marked when it or one of its parts was looked for.
        if not terms.isdisjoint(terms_of_word(match.group())):
            ending = _APOSTROPHE_S.match(text, match.end())
            spans.append((match.start(), ending.end() if ending else match.end()))
    return spans


def _marked(text: str, spans: list[tuple[int, int]], offset: int = 0) -> Markup:
    parts, position = [], 0
    for start, end in spans:
        start, end = start - offset, end - offset
        if start < 0 or end > len(text):
            continue
        parts.append(escape(text[position:start]))
        parts.append(Markup("<mark>{}</mark>").format(text[start:end]))
        position = end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)


def highlight(text: str, terms: set[str]) -> Markup:
    """The whole text, escaped, with the words matching `terms` marked."""
    return _marked(text, _matching_spans(text, terms))


def snippet(text: str, terms: set[str], length: int = SNIPPET_LENGTH) -> Markup:
    """About `length` characters around the place where most searched words meet."""
    text = _SPACE.sub(" ", text).strip()
    spans = _matching_spans(text, terms)
    if len(text) <= length:
        return _marked(text, spans)
    start = _best_window_start(spans, length)
    # Begin and end on word boundaries, and show that text was left out.
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    inside = [(s, e) for s, e in spans if s >= start and e <= end]
    marked = _marked(text[start:end], inside, offset=start)
    return Markup("{}{}{}").format("… " if start > 0 else "", marked, " …" if end < len(text) else "")


def _best_window_start(spans: list[tuple[int, int]], length: int) -> int:
    """The start, a little before a match, of the window holding the most distinct matches."""
    if not spans:
        return 0
    best_start, best_count = spans[0][0], 0
    for index, (first, _) in enumerate(spans):
        count = sum(1 for start, end in spans[index:] if end <= first + length - 40)
        if count > best_count:
            best_start, best_count = first, count
    return max(0, best_start - 40)
