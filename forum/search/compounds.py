"""Dutch compound splitting: 'legesverordening' -> 'leges', 'verordening'.

Dutch writes compounds as one word, so a member who asks about "leges" does not find the
"legesverordening" unless the parts are indexed too, and the other way round. A word is split
into two or three known words (optionally joined by the linking 's' of 'bestemmingsplan'),
choosing the split whose parts are most common (Koehn & Knight, 2003: the geometric mean of
the parts' frequencies must beat the frequency of the word itself). Known words and their
frequencies come from wordfreq's Dutch list (subtitles, Wikipedia, news, web text; Apache-2.0
code, CC-BY-SA data), read once per process.

The splitter depends on that list alone, never on what the forum holds, so a word is split
the same way when it is indexed and when it is searched for.
"""
import math
from functools import lru_cache
import wordfreq

from forum.search.stemming import fold, stem

MIN_COMPOUND_LENGTH = 7
# Longer "words" are no Dutch (the longest in use have some 50 letters), and splitting costs
# time with the square of the length.
MAX_COMPOUND_LENGTH = 60
MIN_PART_LENGTH = 3
MAX_PARTS = 3
# Zipf scale (log10 of occurrences per billion words): 3 is once per million words. Rarer
# entries of the list hold too many names, typos and foreign words to split by.
MIN_PART_ZIPF = 2.2
# Splitting a common compound still helps ('panelen' should find 'zonnepanelen'), as long as its
# parts are nearly as common as the whole word.
WHOLE_WORD_MARGIN = 0.5
# Prefixes that are words on their own but start derived words, not compounds: 'verlichting'
# is not 'ver' + 'lichting', 'aanvraag' not 'aan' + 'vraag'.
NOT_A_HEAD = frozenset("""
aan achter af al be bij door ge her in mee mis na om on ont onder op over te toe tussen uit van
ver voor weg
""".split())
# Endings that are suffixes, not the last word of a compound: 'gemeentelijk', 'burgerschap'.
NOT_A_TAIL = frozenset("""
achtig baar eert ende ere eren heid ing ingen isch ische lijk lijke lijkt ling loos loze ment schap
tie ties tjes ding king ring sing ting
""".split())
# Three-letter words that end compounds; any other three letters at the end are mostly an
# inflection ('klant' + 'en', 'werk' + 'ende'), not a word.
SHORT_TAILS = frozenset("bad bal bos bus dag dak gas hal hek hof kas lab lid man map net pad pot tas weg wet zee".split())
LINKING = ("", "s")
# Three short common words score higher than two longer ones ('hulp' + 'ver' + 'lening'), so
# each part beyond two must earn its place.
EXTRA_PART_PENALTY = 0.75


@lru_cache(maxsize=1)
def known_words() -> dict[str, float]:
    """Folded Dutch words of the list with their Zipf frequency."""
    known = {}
    minimum = 10 ** (MIN_PART_ZIPF - 9)
    for word, frequency in wordfreq.get_frequency_dict("nl", "large").items():
        if frequency < minimum:
            continue
        folded = fold(word)
        if folded.isalpha() and len(folded) >= MIN_PART_LENGTH:
            known[folded] = max(known.get(folded, 0.0), math.log10(frequency) + 9)
    return known


def _part_zipf(part: str, known: dict[str, float], first: bool, last: bool) -> float | None:
    zipf = known.get(part)
    if zipf is None or len(part) < MIN_PART_LENGTH:
        return None
    if len(part) == MIN_PART_LENGTH and not (last and part in SHORT_TAILS):
        return None
    if not last and part in NOT_A_HEAD:
        return None
    if last and part in NOT_A_TAIL:
        return None
    return zipf


def _splits(word: str, known: dict[str, float], parts_left: int, first: bool):
    """Every split of `word` into known parts, as (parts, sum of their Zipf frequencies)."""
    whole = _part_zipf(word, known, first, True)
    if whole is not None and not first:
        yield [word], whole
    if parts_left < 2:
        return
    for end in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1):
        head = word[:end]
        head_zipf = _part_zipf(head, known, first, False)
        if head_zipf is None:
            continue
        for link in LINKING:
            rest = word[end:]
            if link and not rest.startswith(link):
                continue
            rest = rest[len(link):]
            if len(rest) < MIN_PART_LENGTH:
                continue
            # The linking 's' stays with its part: 'leges' + 'verordening', not 'lege'.
            for tail, tail_zipf in _splits(rest, known, parts_left - 1, False):
                yield [head + link, *tail], head_zipf + tail_zipf


@lru_cache(maxsize=100_000)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a folded word, or () when it is not a compound of known words."""
    if not MIN_COMPOUND_LENGTH <= len(word) <= MAX_COMPOUND_LENGTH or not word.isalpha():
        return ()
    known = known_words()
    whole_zipf = known.get(word, 0.0)
    best, best_score = (), whole_zipf - WHOLE_WORD_MARGIN
    stem_length = len(stem(word))
    for parts, total in _splits(word, known, MAX_PARTS, True):
        # 'stappen' is 'stap' inflected, not 'stap' + 'pen'.
        if len(parts) < 2 or stem_length <= len(parts[0]) + 1:
            continue
        # The geometric mean, on a logarithmic scale.
        score = total / len(parts) - EXTRA_PART_PENALTY * (len(parts) - 2)
        if score > best_score or (score == best_score and best and len(parts) < len(best)):
            best, best_score = tuple(parts), score
    return best
