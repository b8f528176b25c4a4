"""Folding and stemming of single Dutch words: the base that text.py and compounds.py share.

Why not PostgreSQL's own 'dutch' configuration: it runs the Snowball Dutch (Porter) stemmer
once, which turns 'fiets' into 'fiet' but 'fietsen' into 'fiets', so a search for 'fietsen'
would not find 'fiets'. We run the same stemmer until the word no longer changes, then undo
the spelling changes a Dutch plural makes ('sporthallen' -> 'sporthal', 'huizen' -> 'huis').
"""
import re
import unicodedata
from functools import lru_cache

import Stemmer

# Snowball's classic Dutch stemmer: the one PostgreSQL's 'dutch' configuration uses.
_stemmer = Stemmer.Stemmer("dutch_porter")
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
