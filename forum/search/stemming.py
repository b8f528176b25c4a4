"""Folding and stemming of single Dutch words: the base that text.py and compounds.py share.

Why not PostgreSQL's own 'dutch' configuration: it runs the Snowball Dutch (Porter) stemmer
once, which turns 'fiets' into 'fiet' but 'fietsen' into 'fiets', so a search for 'fietsen'
would not find 'fiets'. We run the same stemmer until the word no longer changes, then undo
the spelling changes a Dutch plural makes ('sporthallen' -> 'sporthal', 'huizen' -> 'huis'),
and drop the plural -s it leaves after a vowel ('gemeentes' -> 'gemeente').
"""
import re
import unicodedata
from functools import lru_cache

import Stemmer
import wordfreq

# Snowball's classic Dutch stemmer: the one PostgreSQL's 'dutch' configuration uses.
_stemmer = Stemmer.Stemmer("dutch_porter")
_DOUBLED_END = re.compile(r"([bcdfgklmnprt])\1$")
# Snowball leaves a plural -s after a vowel ('gemeentes', 'subsidies', 'foto's'), because the
# same ending closes singulars ('huis', 'kaas', 'keus'). Such a plural is a word whose form
# without the s is at least about as common; 'huis' is far more common than 'hui'.
_PLURAL_S_MARGIN = 0.5
_NOT_PLURALS = frozenset({"leges"})  # the fees, not the plural of 'lege' (empty)


def fold(text: str) -> str:
    """Lowercase, without diacritics: 'Café Ñandú' -> 'cafe nandu'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _without_plural_s(word: str) -> str:
    if len(word) < 5 or word[-1] != "s" or word[-2] not in "aeiouy" or word in _NOT_PLURALS:
        return word
    singular = word[:-1]
    if wordfreq.zipf_frequency(singular, "nl") >= wordfreq.zipf_frequency(word, "nl") - _PLURAL_S_MARGIN:
        return singular
    return word


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The search form of one folded word."""
    word = _without_plural_s(word)
    for _ in range(3):
        stemmed = _stemmer.stemWord(word)
        if stemmed == word:
            break
        word = stemmed
    word = _DOUBLED_END.sub(r"\1", word)  # sporthall(en) -> sporthal
    if len(word) > 3 and word[-1] in "zv":  # huiz(en) -> huis, brieven -> brief
        word = word[:-1] + ("s" if word[-1] == "z" else "f")
    return word
