"""Whether a text says something the meaning-based search can compare.

The model places any text somewhere, and something is always nearest: a title of random letters
would get questions "like it", and a question of nothing but symbols or ligatures would turn
up as "like" questions on every subject (its vector sits near the middle of all of them).
"""
from forum.search.compounds import MIN_PART_LENGTH, known_words
from forum.search.synonyms import current_thesaurus
from forum.search.text import is_meaningful, part_terms, terms, words
from forum.search.vocabulary import any_in_posts


def names_something(text: str, *, forum_words: bool = True) -> bool:
    """A word (in Latin letters) of the Dutch word list, a compound of such words
    ('zonepanelen', misspelled, is 'zone' + 'panelen'), an expression of the synonyms (an
    abbreviation) or, with `forum_words`, a word of the forum's posts. A stored thread is judged
    without those: its own words are among them."""
    # Latin letters only: ligatures and other scripts normalise into words that a post of nothing
    # but such characters would put among the forum's words.
    meaningful = [word for word in words(text) if is_meaningful(word) and word.isascii()]
    dutch = known_words()
    if any((len(word) >= MIN_PART_LENGTH and word in dutch) or part_terms(word)
           for word in meaningful):
        return True
    if any(group for _, group in current_thesaurus().groups_in(terms(text))):
        return True
    return forum_words and any_in_posts(meaningful)
