"""Dutch text for search: diacritics folded, stop words dropped, words stemmed, compounds split.

The same steps run for what is indexed and for what is asked, in Python, on
both databases, so that SQLite and PostgreSQL find the same posts.

Why not PostgreSQL's own 'dutch' configuration: it runs the Snowball Dutch
(Porter) stemmer once, which turns 'fiets' into 'fiet' but 'fietsen' into
'fiets', so a search for 'fietsen' would not find 'fiets'. We run the same
stemmer until the word no longer changes, then undo the spelling changes a
Dutch plural makes ('sporthallen' -> 'sporthal', 'huizen' -> 'huis').
"""
import re
import unicodedata
from functools import lru_cache

import Stemmer

from forum.search.compounds import split_compound

# Snowball's classic Dutch stemmer: the one PostgreSQL's 'dutch' configuration uses.
_stemmer = Stemmer.Stemmer("dutch_porter")

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
    import stopwordsiso

    return frozenset(fold(word) for word in stopwordsiso.stopwords("nl")) - MEANINGFUL_IN_QUESTIONS | QUESTION_WORDS


MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 12
_WORD = re.compile(r"[^\W_]+")
_DOUBLED_END = re.compile(r"([bcdfgklmnprt])\1$")


def fold(text: str) -> str:
    """Lowercase, without diacritics: 'Café Ñandú' -> 'cafe nandu'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The search form of one folded word."""
    for _ in range(3):
        stemmed = _stemmer.stemWord(word)
        if stemmed == word:
            break
        word = stemmed
    word = _DOUBLED_END.sub(r"\1", word)  # sporthall(en) -> sporthal
    if len(word) > 3 and word[-1] in "zv":  # huiz(en) -> huis, brieven -> brief
        word = word[:-1] + ("s" if word[-1] == "z" else "f")
    return word


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
