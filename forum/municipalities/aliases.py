"""The names people use for municipalities and provinces ('Den Haag', 'Fryslân'), from
forum/data/place-aliases.csv (sources in forum/data/README.md)."""
import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MUNICIPALITY = "gemeente"
PROVINCE = "provincie"
MIN_PART_LENGTH = 3


def comparable(name: str) -> str:
    """'  Súdwest-Fryslân ' -> 'sudwest fryslan': lower case, no accents, words only."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(char if char.isalnum() else " " for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.split())


@dataclass(frozen=True)
class Alias:
    alias: str
    official: str
    kind: str


@lru_cache(maxsize=1)
def aliases() -> tuple[Alias, ...]:
    text = resources.files("forum.data").joinpath("place-aliases.csv").read_text(encoding="utf-8")
    return tuple(Alias(row["alias"], row["official"], row["kind"]) for row in csv.DictReader(text.splitlines()))


# Official names that start with "'s-" sort above A, where nobody looks for them.
_SORTS_APART = "'s-"


def common_name(official: str) -> str | None:
    """'Den Haag' for "'s-Gravenhage": the name everyone uses, where the official one sorts apart."""
    if not official.startswith(_SORTS_APART):
        return None
    return next((a.alias for a in aliases() if a.kind == MUNICIPALITY and a.official == official), None)


def officials_for(part: str, kind: str) -> list[str]:
    """Official names whose everyday name contains what was typed: 'den haa' -> ["'s-Gravenhage"]."""
    typed = comparable(part)
    if len(typed) < MIN_PART_LENGTH:
        return []
    return sorted({a.official for a in aliases() if a.kind == kind and typed in comparable(a.alias)})


def names_in(text: str, kind: str) -> dict[str, str]:
    """Everyday names found as whole words in a text, with their official names."""
    padded = f" {comparable(text)} "
    return {a.alias: a.official for a in aliases() if a.kind == kind and f" {comparable(a.alias)} " in padded}
