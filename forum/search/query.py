"""What a member types in the search box, as a query for either database.

Supported: words (all must occur), "a phrase" (these words in this order) and -word
(must not occur). Anything else is read as words; nothing typed can inject query syntax,
because only terms of [a-z0-9] reach the database.
"""
import re
from dataclasses import dataclass, field

from forum.search.text import MAX_QUERY_LENGTH, MAX_QUERY_TERMS, terms

_PART = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')


@dataclass
class SearchQuery:
    required: list[list[str]] = field(default_factory=list)  # each: one term, or a phrase
    excluded: list[list[str]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.required

    @property
    def highlight_terms(self) -> set[str]:
        return {term for phrase in self.required for term in phrase}

    def sqlite(self) -> str:
        """FTS5: '"a" AND "b c" NOT "d"' (NOT binds to what precedes it)."""
        positive = " AND ".join(_fts5_phrase(phrase) for phrase in self.required)
        negative = "".join(f" NOT {_fts5_phrase(phrase)}" for phrase in self.excluded)
        return f"({positive}){negative}" if negative else positive

    def postgresql(self) -> str:
        """to_tsquery: 'a & (b <-> c) & !d'."""
        parts = [_tsquery_phrase(phrase) for phrase in self.required]
        parts += [f"!{_tsquery_phrase(phrase)}" for phrase in self.excluded]
        return " & ".join(parts)


def _fts5_phrase(phrase: list[str]) -> str:
    return '"' + " ".join(phrase) + '"'


def _tsquery_phrase(phrase: list[str]) -> str:
    return phrase[0] if len(phrase) == 1 else "(" + " <-> ".join(phrase) + ")"


def parse(text: str) -> SearchQuery:
    query = SearchQuery()
    count = 0
    for match in _PART.finditer(text[:MAX_QUERY_LENGTH]):
        quoted_minus, quoted, minus, word = match.groups()
        negative = bool(quoted_minus if quoted is not None else minus)
        phrase_terms = terms(quoted if quoted is not None else word)
        if not phrase_terms or count >= MAX_QUERY_TERMS:
            continue
        if quoted is not None:
            groups = [phrase_terms]
        else:
            # 'energie-transitie' or "camera's" become separate words, all required.
            groups = [[term] for term in phrase_terms]
        (query.excluded if negative else query.required).extend(groups)
        count += len(phrase_terms)
    return query
