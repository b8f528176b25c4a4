"""Small text helpers shared by the domains."""
import re
import unicodedata


def slugify(text: str) -> str:
    """'Bergen (NH.)' -> 'bergen-nh'; 'Súdwest-Fryslân' -> 'sudwest-fryslan'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def normalize_email(address: str) -> str:
    return address.strip().lower()


def email_domain(address: str) -> str:
    return normalize_email(address).rpartition("@")[2]
