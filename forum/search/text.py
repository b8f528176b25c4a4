"""Dutch text for search: diacritics folded, stop words dropped, words stemmed.

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

# Snowball's classic Dutch stemmer: the one PostgreSQL's 'dutch' configuration uses.
_stemmer = Stemmer.Stemmer("dutch_porter")

# Words that carry no meaning for search (after folding), from the Snowball Dutch stop list
# plus the question words every post here starts with.
STOP_WORDS = frozenset("""
aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een
eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in
is ja je jou jouw jullie kan kon kunnen maar me meer men met mij mijn moet na naar niet niets
nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor
want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo
zonder zou welke waar waarom hoeveel wanneer
""".split())

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


def words(text: str) -> list[str]:
    """The folded words of a text, in order, stop words included."""
    return _WORD.findall(fold(text))


def is_meaningful(word: str) -> bool:
    return word not in STOP_WORDS and (len(word) > 1 or word.isdigit())


def terms(text: str) -> list[str]:
    """Stems of the meaningful words, in order: what is indexed and what is looked for."""
    return [stem(word) for word in words(text) if is_meaningful(word)]


@lru_cache(maxsize=50_000)
def term_of(word: str) -> str | None:
    """The term an unfolded word of a text stands for, or None for a stop word (for marking)."""
    folded = fold(word)
    return stem(folded) if is_meaningful(folded) else None


def index_text(text: str) -> str:
    """A text as the index stores it: its terms separated by spaces."""
    return " ".join(terms(text))
