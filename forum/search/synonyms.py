"""Synonyms and abbreviations as query expansion: "BRP" also looks for "basisregistratie
personen", "lantaarnpalen" for "openbare verlichting".

The groups come from forum/data/synonyms.txt (documented there, with its sources) and from
the groups administrators added with `flask search synonyms add`.
"""
import time
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from flask import current_app
from sqlalchemy import select

from forum.extensions import db
from forum.routing import MAX_DATABASE_ID
from forum.search.models import MAX_SYNONYM_LINE_LENGTH, SearchSynonym
from forum.search.text import terms, words

SEPARATOR = "="
MAX_EXPRESSION_TERMS = 5
# How many synonyms a stored title is annotated with for the model (see Thesaurus.annotated):
# enough for an abbreviation's full name and an everyday word's official one, few enough not
# to drown the title's own meaning.
MAX_ANNOTATIONS = 6


class SynonymError(ValueError):
    """A synonym line that cannot be used; the message (Dutch) says why."""


Phrase = tuple[str, ...]


@dataclass
class Thesaurus:
    """Each expression (its terms) maps to the group of expressions it is equivalent to."""

    groups: dict[Phrase, list[Phrase]] = field(default_factory=dict)
    longest: int = 1
    spellings: dict[Phrase, str] = field(default_factory=dict)  # as first written in a line

    def add_line(self, line: str) -> None:
        expressions = parse_line(line)
        for part in line.split(SEPARATOR):
            self.spellings.setdefault(tuple(terms(part)), " ".join(part.split()))
        for expression in expressions:
            group = self.groups.setdefault(expression, [expression])
            group.extend(other for other in expressions if other not in group)
            self.longest = max(self.longest, len(expression))

    def expressions_at(self, sequence: list[str], start: int) -> tuple[int, list[Phrase]]:
        """The longest expression at `start` of a list of terms: (its length, its group)."""
        for length in range(min(self.longest, len(sequence) - start), 0, -1):
            group = self.groups.get(tuple(sequence[start:start + length]))
            if group:
                return length, group
        return 1, []

    def groups_in(self, sequence: list[str]):
        """Each expression of a list of terms, longest first, with its group: (expression, group)."""
        start = 0
        while start < len(sequence):
            length, group = self.expressions_at(sequence, start)
            yield tuple(sequence[start:start + length]), group
            start += length

    def expanded(self, sequence: list[str]) -> list[str]:
        """The terms with the terms of every synonym of them added: for an any-word query."""
        extra = [term for _, group in self.groups_in(sequence) for expression in group for term in expression]
        return list(dict.fromkeys(sequence + extra))

    def annotated(self, text: str, most: int = MAX_ANNOTATIONS) -> str:
        """The text with the written synonyms of its expressions in brackets, for the
        sentence-embedding model: "Wie bemenst de milieustraat?" becomes "Wie bemenst de
        milieustraat? (afvalbrengstation, recyclingstation, ...)". The model knows official
        words and abbreviations less well than the everyday ones, and the other way round;
        naming both lets a question meet the thread that uses the other word."""
        lowered = text.lower()
        extra = [self.spellings[expression] for found, group in self.groups_in(terms(text)) for expression in group
                 if expression != found and self.spellings[expression].lower() not in lowered]
        extra = list(dict.fromkeys(extra))[:most]
        return f"{text} ({', '.join(extra)})" if extra else text


def parse_line(line: str) -> list[Phrase]:
    """'BRP = basisregistratie personen' -> [('brp',), ('basisregistratie', 'person')]."""
    expressions = []
    for part in line.split(SEPARATOR):
        expression = tuple(terms(part))
        if expression and len(expression) <= MAX_EXPRESSION_TERMS and expression not in expressions:
            expressions.append(expression)
    return expressions


def check_line(line: str) -> str:
    """A line as an administrator typed it, tidied (parts without words left out); raises
    SynonymError when it says nothing or holds an expression search would ignore."""
    parts = [" ".join(part.split()) for part in line.split(SEPARATOR)]
    line = f" {SEPARATOR} ".join(part for part in parts if terms(part))
    if len(line) > MAX_SYNONYM_LINE_LENGTH:
        raise SynonymError(f"Gebruik hoogstens {MAX_SYNONYM_LINE_LENGTH} tekens.")
    # parse_line drops long expressions silently (fine for the shipped file, whose expressions
    # have at most five words as written); an administrator must know.
    too_long = next((part for part in parts if len(words(part)) > MAX_EXPRESSION_TERMS), None)
    if too_long:
        raise SynonymError(f"'{too_long}' is te lang: gebruik hoogstens {MAX_EXPRESSION_TERMS} woorden per uitdrukking.")
    if len(parse_line(line)) < 2:
        raise SynonymError(
            "Geef minstens twee verschillende uitdrukkingen met een = ertussen, zoals "
            "'BRP = basisregistratie personen' (woorden als 'de' en 'het' tellen niet mee)."
        )
    return line


@lru_cache(maxsize=1)
def shipped_lines() -> tuple[str, ...]:
    text = resources.files("forum.data").joinpath("synonyms.txt").read_text(encoding="utf-8")
    return tuple(line for line in (raw.strip() for raw in text.splitlines()) if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _shipped_thesaurus() -> Thesaurus:
    thesaurus = Thesaurus()
    for line in shipped_lines():
        thesaurus.add_line(line)
    return thesaurus


# Each worker reads the added groups at most once a minute: an administrator's addition is
# seen everywhere within that time, and a search costs no extra query.
ADDED_MAX_AGE_SECONDS = 60


def _cache() -> dict:
    # Kept per application, as each has its own database.
    return current_app.extensions.setdefault("search_synonyms", {"lines": (), "read_at": None})


def _added_lines() -> tuple[str, ...]:
    cache, now = _cache(), time.monotonic()
    if cache["read_at"] is None or now - cache["read_at"] > ADDED_MAX_AGE_SECONDS:
        cache["lines"] = tuple(db.session.scalars(select(SearchSynonym.line).order_by(SearchSynonym.id)))
        cache["read_at"] = now
    return cache["lines"]


def forget_added_lines() -> None:
    """Read the added groups again on the next search (after a change)."""
    _cache()["read_at"] = None


def current_thesaurus() -> Thesaurus:
    """The shipped groups plus those administrators added."""
    added = _added_lines()
    shipped = _shipped_thesaurus()
    if not added:
        return shipped
    thesaurus = Thesaurus(groups={key: list(group) for key, group in shipped.groups.items()}, longest=shipped.longest,
                          spellings=dict(shipped.spellings))
    for line in added:
        thesaurus.add_line(line)
    return thesaurus


def add_synonyms(line: str) -> SearchSynonym:
    line = check_line(line)
    if db.session.scalar(select(SearchSynonym).where(SearchSynonym.line == line)):
        raise SynonymError(f"'{line}' staat al in de lijst.")
    synonym = SearchSynonym(line=line)
    db.session.add(synonym)
    db.session.flush()
    forget_added_lines()
    return synonym


def remove_synonyms(synonym_id: int) -> SearchSynonym:
    # A larger number names no row, and would overflow the database's integer.
    synonym = db.session.get(SearchSynonym, synonym_id) if synonym_id <= MAX_DATABASE_ID else None
    if synonym is None:
        raise SynonymError(f"Er is geen toegevoegde synoniemenregel met nummer {synonym_id}.")
    db.session.delete(synonym)
    db.session.flush()
    forget_added_lines()
    return synonym
