"""Dutch text for search: diacritics folded, stop words dropped, words stemmed, compounds split.

The same steps run for what is indexed and for what is asked, in Python, on
both databases, so that SQLite and PostgreSQL find the same posts.
Stemming itself is in stemming.py.
"""
import re
from functools import lru_cache

import stopwordsiso

from forum.search.compounds import split_compound
from forum.search.stemming import fold, stem

# Words that carry no meaning for search (after folding): the Dutch list of stopwords-iso
# (the union of the published Dutch stop lists, 413 words: 'onze', 'sinds', ...), less the
# few that name a subject in municipal questions, plus the question words every question
# here starts with.
MEANINGFUL_IN_QUESTIONS = frozenset({
    "weg",  # the road: "spullen die bewoners bij de weg zetten"
    "pas",  # the card: "pas voor het afvalbrengstation"
    "vrij", "eigen",  # "vrij toegankelijk", "eigen bijdrage"
    "net", "gelijk",  # "elektriciteitsnet", "gelijke behandeling"
})
QUESTION_WORDS = frozenset({"hoeveel", "hoelang", "jullie", "welk", "welke", "waar", "wanneer", "waarom"})


def _stop_words() -> frozenset[str]:
    return frozenset(fold(word) for word in stopwordsiso.stopwords("nl")) - MEANINGFUL_IN_QUESTIONS | QUESTION_WORDS


MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 12
_WORD = re.compile(r"[^\W_]+")


STOP_WORDS = _stop_words()


def words(text: str) -> list[str]:
    """The folded words of a text, in order, stop words included."""
    return _WORD.findall(fold(text))


def is_meaningful(word: str) -> bool:
    return word not in STOP_WORDS and (len(word) > 1 or word.isdigit())


def terms(text: str) -> list[str]:
    """Stems of the meaningful words, in order: what is indexed and what is looked for."""
    return [stem(word) for word in words(text) if is_meaningful(word)]


@lru_cache(maxsize=50_000)
def terms_of_word(word: str) -> frozenset[str]:
    """The terms an unfolded word of a text stands for, its parts' too; none for a stop word (for marking)."""
    folded = fold(word)
    return frozenset((stem(folded), *part_terms(folded))) if is_meaningful(folded) else frozenset()


@lru_cache(maxsize=50_000)
def part_terms(word: str) -> tuple[str, ...]:
    """The terms of the parts of a folded compound word: 'zonnepanelen' -> ('zonn', 'panel')."""
    whole = stem(word)
    parts = (stem(part) for part in split_compound(word) if is_meaningful(part))
    return tuple(dict.fromkeys(term for term in parts if term != whole))


def index_terms(text: str) -> list[str]:
    """The terms of a text, then the terms of its compounds' parts.

    The parts come after the text's own terms, so that a phrase search for the words as
    written still finds them next to each other.
    """
    meaningful = [word for word in words(text) if is_meaningful(word)]
    parts = [term for word in dict.fromkeys(meaningful) for term in part_terms(word)]
    return [stem(word) for word in meaningful] + parts


def index_text(text: str) -> str:
    """A text as the index stores it: its terms separated by spaces."""
    return " ".join(index_terms(text))
