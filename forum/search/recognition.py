"""Names in a search that are more than words: a theme ('verduurzaming maatschappelijk
vastgoed'), a tag, a municipality ('Den Haag') or a province ('Fryslân'). The search page
offers them as links and filters."""
import re
from dataclasses import dataclass, field

from sqlalchemy import or_, select

from forum.board.models import Category
from forum.extensions import db
from forum.municipalities.aliases import MUNICIPALITY, PROVINCE, comparable, names_in
from forum.municipalities.models import PROVINCES, Municipality
from forum.search.compounds import known_words
from forum.search.query import searched_and_excluded
from forum.search.services import words_found
from forum.search.text import terms
from forum.search.vocabulary import suggestion
from forum.tags.models import Tag
from forum.text import slugify

MAX_NAME_WORDS = 4
# A municipality named like a common word ('Best', 'Putten', 'Sluis') counts only when
# written with a capital.
COMMON_WORD_ZIPF = 3.5
_ABBREVIATION = re.compile(r"\(([^)]*)\)")
_TYPED_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass
class Recognised:
    categories: list[Category] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)
    # (the name as typed where it differs from the official one beyond accents and
    # punctuation, else "", the municipality or province)
    municipalities: list[tuple[str, Municipality]] = field(default_factory=list)
    provinces: list[tuple[str, str]] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.categories or self.tags or self.municipalities or self.provinces)

    def without(self, other: "Recognised") -> "Recognised":
        """What this names and the other does not."""
        excluded_municipalities = {m for _, m in other.municipalities}
        excluded_provinces = {province for _, province in other.provinces}
        return Recognised(
            categories=[c for c in self.categories if c not in other.categories],
            tags=[t for t in self.tags if t not in other.tags],
            municipalities=[(a, m) for a, m in self.municipalities if m not in excluded_municipalities],
            provinces=[(a, p) for a, p in self.provinces if p not in excluded_provinces],
        )


def _names_of(category: Category) -> list[set[str]]:
    """The term sets that name a category: its name, and an abbreviation in brackets ('Woo')."""
    names = [set(terms(_ABBREVIATION.sub(" ", category.name)))]
    names += [set(terms(abbreviation)) for abbreviation in _ABBREVIATION.findall(category.name)]
    return [name for name in names if name]


def _word_groups(text: str) -> list[str]:
    """Runs of up to MAX_NAME_WORDS typed words, as typed: the candidates for a name."""
    typed = _TYPED_WORD.findall(text)
    return [
        " ".join(typed[start:start + length])
        for length in range(1, MAX_NAME_WORDS + 1) for start in range(len(typed) - length + 1)
    ]


def _is_meant_as_name(typed: str) -> bool:
    return typed[:1].isupper() or known_words().get(comparable(typed), 0.0) < COMMON_WORD_ZIPF


def _alias(typed: str, official: str) -> str:
    """The name as typed, where showing it beside the official one says something."""
    return typed if comparable(typed) != comparable(official) else ""


def _contains(longer: str, shorter: str) -> bool:
    return f" {comparable(shorter)} " in f" {comparable(longer)} "


def recognise(text: str) -> Recognised:
    """The themes, tags, municipalities and provinces a search looks for (at most six queries):
    a name in a -word is not offered as a filter."""
    searched, excluded = searched_and_excluded(text)
    found = _recognise(searched)
    return found.without(_recognise(excluded)) if excluded and found.any else found


def _recognise(text: str) -> Recognised:
    found = Recognised()
    wanted = set(terms(text))
    if not wanted:
        return found
    categories = db.session.scalars(select(Category).order_by(Category.parent_id.is_not(None), Category.position))
    found.categories = [c for c in categories if any(name <= wanted for name in _names_of(c))]
    groups = _word_groups(text)
    slugs = {slugify(group): group for group in groups if slugify(group)}
    found.tags = list(db.session.scalars(
        select(Tag).where(Tag.slug.in_(list(slugs)), Tag.thread_count > 0).order_by(Tag.slug)
    ))
    aliased = names_in(text, MUNICIPALITY)
    municipalities = db.session.scalars(
        select(Municipality).where(or_(Municipality.slug.in_(list(slugs)), Municipality.name.in_(list(aliased.values()))))
        .order_by(Municipality.name)
    )
    typed_municipalities = []
    for municipality in municipalities:
        typed = slugs.get(municipality.slug) or next(a for a, name in aliased.items() if name == municipality.name)
        if _is_meant_as_name(typed):
            typed_municipalities.append(typed)
            found.municipalities.append((_alias(typed, municipality.name), municipality))
    provinces = {comparable(name): name for name in PROVINCES}
    named = [(group, provinces[comparable(group)]) for group in groups if comparable(group) in provinces]
    named += list(names_in(text, PROVINCE).items())
    by_province = {}
    for typed, province in named:
        # 'Súdwest-Fryslân' names the municipality, not the province in its name.
        if not any(_contains(municipality, typed) for municipality in typed_municipalities):
            by_province.setdefault(province, _alias(typed, province))  # the official name first
    found.provinces = [(alias, province) for province, alias in by_province.items()]
    return found


def _name_terms(recognised: Recognised) -> frozenset[str]:
    """The terms of the names recognised in a search: a name is never "corrected"."""
    names = [typed or municipality.name for typed, municipality in recognised.municipalities]
    names += [typed or province for typed, province in recognised.provinces]
    names += [tag.slug for tag in recognised.tags] + [category.name for category in recognised.categories]
    return frozenset(term for name in names for term in terms(name))


# "Bedoelde u ...?" only where the search found (almost) nothing: a word that finds posts was
# meant as typed, however common a word that looks like it ('inkopen', not 'inkomen').
SUGGEST_BELOW_RESULTS = 3


def query_help(text: str, found: int) -> dict:
    """For the search page: "Bedoelde u ...?", the names recognised in the search, and the
    municipality (with contributions) the search is nothing but the name of ('Den Haag'): few
    posts name their own municipality, so its contributions are what was looked for."""
    if not text:
        return {"suggestion": None, "recognised": None, "named_municipality": None}
    recognised = recognise(text)
    wanted = suggestion(text, _name_terms(recognised), words_found) if found < SUGGEST_BELOW_RESULTS else None
    named = next((
        m for alias, m in recognised.municipalities
        if comparable(alias or m.name) == comparable(text) and m.thread_count + m.reply_count
    ), None)
    return {"suggestion": wanted, "recognised": recognised, "named_municipality": named}
