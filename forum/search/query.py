"""What a member types in the search box, as a query for either database.

Supported: words (all must occur), "a phrase" (these words in this order) and -word
(must not occur, nor its synonyms). Anything else is read as words; nothing typed can inject
query syntax, because only terms of [a-z0-9] reach the database.

The index holds no stop words, so a phrase with one ("binnen de termijn") is also looked for
in the posts' text as written (services.py), or it would find every post with "termijn".

A typed word is also found in other words: a compound by its parts ('legesverordening' by
'leges' and 'verordening' apart) and any word or expression by its synonyms from the
thesaurus ('BRP' by 'basisregistratie personen'). Quoted phrases are taken as written.
"""
import re
from dataclasses import dataclass, field

from forum.search.stemming import fold
from forum.search.text import (
    MAX_QUERY_LENGTH,
    STOP_WORDS,
    MAX_QUERY_TERMS,
    is_meaningful,
    part_terms,
    stem,
    terms,
    words,
)

_PART = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')
_TYPED_WORD = re.compile(r"[^\W_]+")

Phrase = list[str]  # terms in this order
Alternative = list[Phrase]  # all of these phrases
Clause = list[Alternative]  # any one of these alternatives


@dataclass
class SearchQuery:
    required: list[Clause] = field(default_factory=list)
    excluded: list[list[Phrase]] = field(default_factory=list)  # none of these phrases, each
    # Phrases with stop words, lower case as typed: the text must (not) hold them.
    text_required: list[str] = field(default_factory=list)
    text_excluded: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.required

    @property
    def excludes(self) -> bool:
        return bool(self.excluded or self.text_excluded)

    @property
    def only_excludes(self) -> bool:
        """Only -words: nothing to look for, as all posts but a few would be found."""
        return not self.required and self.excludes

    @property
    def highlight_terms(self) -> set[str]:
        return {term for clause in self.required for alternative in clause for phrase in alternative for term in phrase}

    def sqlite(self) -> str:
        """FTS5: '"a" AND ("b c" OR ("d" AND "e")) NOT "f"' (NOT binds to what precedes it)."""
        positive = " AND ".join(_render(clause, _fts5_phrase, " OR ", " AND ") for clause in self.required)
        negative = "".join(f" NOT {_any_of(phrases, _fts5_phrase, ' OR ')}" for phrases in self.excluded)
        return f"({positive}){negative}" if negative else positive

    def postgresql(self) -> str:
        """to_tsquery: 'a & (b <-> c | d & e) & !f'."""
        parts = [_render(clause, _tsquery_phrase, " | ", " & ") for clause in self.required]
        parts += [f"!{_any_of(phrases, _tsquery_phrase, ' | ')}" for phrases in self.excluded]
        return " & ".join(parts)


def _render(clause: Clause, phrase_text, any_of: str, all_of: str) -> str:
    rendered = [
        all_of.join(phrase_text(phrase) for phrase in alternative) if len(alternative) == 1
        else "(" + all_of.join(phrase_text(phrase) for phrase in alternative) + ")"
        for alternative in clause
    ]
    return rendered[0] if len(rendered) == 1 else "(" + any_of.join(rendered) + ")"


def _any_of(phrases: list[Phrase], phrase_text, any_of: str) -> str:
    rendered = any_of.join(phrase_text(phrase) for phrase in phrases)
    return rendered if len(phrases) == 1 else f"({rendered})"


def _fts5_phrase(phrase: Phrase) -> str:
    return '"' + " ".join(phrase) + '"'


def _tsquery_phrase(phrase: Phrase) -> str:
    return phrase[0] if len(phrase) == 1 else "(" + " <-> ".join(phrase) + ")"


def _word_clause(word: str) -> Clause:
    """A typed word, or its compound parts all together."""
    clause = [[[stem(word)]]]
    parts = part_terms(word)
    if parts:
        clause.append([[part] for part in parts])
    return clause


def _clauses(typed: list[str], thesaurus) -> list[Clause]:
    """Clauses for a run of typed words: each word required, in any of its other forms."""
    sequence = [stem(word) for word in typed]
    clauses, start = [], 0
    while start < len(typed):
        length, group = thesaurus.expressions_at(sequence, start) if thesaurus else (1, [])
        if length == 1:
            clause = _word_clause(typed[start])
        else:
            # The typed words anywhere, as they would be found without synonyms.
            clause = [[[term] for term in sequence[start:start + length]]]
        clause += [[list(expression)] for expression in group if list(expression) != sequence[start:start + length]]
        clauses.append(clause)
        start += length
    return clauses


def _excluded(typed: list[str], thesaurus) -> list[list[Phrase]]:
    """-word: the word and its synonyms, each excluded (-woo also excludes "Wet open overheid")."""
    excluded = []
    for word in typed:
        term = stem(word)
        group = thesaurus.expressions_at([term], 0)[1] if thesaurus else []
        excluded.append([[term]] + [list(expression) for expression in group if expression != (term,)])
    return excluded


def _with_stop_words(quoted: str) -> str | None:
    """The typed phrase in lower case when the index cannot tell it apart (it has stop words)."""
    typed = _TYPED_WORD.findall(quoted.lower())
    return " ".join(typed) if len(typed) > 1 and any(fold(word) in STOP_WORDS for word in typed) else None


def searched_and_excluded(text: str) -> tuple[str, str]:
    """The typed text split in what is looked for and what is excluded (-word, -"phrase")."""
    searched, excluded = [], []
    for match in _PART.finditer(text[:MAX_QUERY_LENGTH]):
        quoted_minus, quoted, minus, word = match.groups()
        negative = bool(quoted_minus if quoted is not None else minus)
        (excluded if negative else searched).append(quoted if quoted is not None else word)
    return " ".join(searched), " ".join(excluded)


def has_stop_words(text: str) -> bool:
    """Whether a text holds words the index leaves out ('hoe de het'), rather than none at all (':-')."""
    return any(word in STOP_WORDS for word in words(text))


def parse(text: str, thesaurus=None) -> SearchQuery:
    """The query for a typed text; with a thesaurus (forum.search.synonyms), synonyms count too."""
    query = SearchQuery()
    count = 0
    typed: list[str] = []  # the run of plain words, expanded together for expressions of several words
    for match in _PART.finditer(text[:MAX_QUERY_LENGTH]):
        quoted_minus, quoted, minus, word = match.groups()
        negative = bool(quoted_minus if quoted is not None else minus)
        phrase_terms = terms(quoted if quoted is not None else word)
        if not phrase_terms or count >= MAX_QUERY_TERMS:
            continue
        count += len(phrase_terms)
        if quoted is None and not negative:
            # 'energie-transitie' or "camera's" become separate words, all required.
            typed += [folded for folded in words(word) if is_meaningful(folded)]
            continue
        query.required += _clauses(typed, thesaurus)
        typed = []
        as_written = _with_stop_words(quoted) if quoted is not None else None
        if negative and as_written:
            query.text_excluded.append(as_written)
        elif negative:
            query.excluded += [[phrase_terms]] if quoted is not None else _excluded(
                [folded for folded in words(word) if is_meaningful(folded)], thesaurus
            )
        else:
            query.required.append([[phrase_terms]])
            query.text_required += [as_written] if as_written else []
    query.required += _clauses(typed, thesaurus)
    return query
