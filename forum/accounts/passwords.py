"""Password rules beyond length (ASVS V2.1, NIST 800-63B): no well-known or guessable passwords."""
import re
from functools import cache
from importlib import resources

# Rows of the keyboard and of the alphabet: "qwertyuiop12" or "abcdefghijkl" is no secret.
SEQUENCES = ("qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "abcdefghijklmnopqrstuvwxyz",
             "01234567890123456789", "98765432109876543210", "1qaz2wsx3edc4rfv5tgb6yhn7ujm")
MIN_WORD_LENGTH = 4
_TRAILING_DECORATION = re.compile(r"[\d\W_]+$")


@cache
def common_passwords() -> frozenset[str]:
    text = resources.files("forum.data").joinpath("common-passwords.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _stem(password: str) -> str:
    """'Welkom2024!' -> 'welkom'."""
    return _TRAILING_DECORATION.sub("", password.lower().replace(" ", ""))


def is_guessable(password: str, personal_words: tuple[str, ...] = ()) -> bool:
    """True for a password on the common list, a repetition or keyboard row, or one built on a
    word an attacker knows about this person (their name, e-mail address, the forum's name)."""
    lowered = password.lower()
    compact = lowered.replace(" ", "")
    common = common_passwords()
    if compact in common or _stem(compact) in common or not _stem(compact):
        return True
    if len(set(compact)) <= 2:  # "aaaaaaaaaaaa", "abababababab"
        return True
    if any(compact in sequence * 2 for sequence in SEQUENCES):
        return True
    words = {word.lower() for text in personal_words for word in re.split(r"[\W_]+", text or "")}
    return any(len(word) >= MIN_WORD_LENGTH and _stem(compact) == word for word in words)
