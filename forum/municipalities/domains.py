"""Verified e-mail domains: an address at one needs no moderator to become a member."""
import re

from sqlalchemy import or_, select

from forum.extensions import db
from forum.municipalities.models import Municipality, VerifiedDomain

MAX_DOMAIN_LENGTH = 253
# ASCII labels of letters, digits and inner hyphens, and a top-level domain of letters.
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class DomainError(ValueError):
    """A domain change that cannot be made; the message (Dutch) says why."""


def normalize_domain(domain: str) -> str:
    """'@Utrecht.NL ' -> 'utrecht.nl'; raises DomainError for anything that is not a domain name."""
    normalized = domain.strip().lower().removeprefix("@").rstrip(".")
    if len(normalized) > MAX_DOMAIN_LENGTH or not _DOMAIN.match(normalized):
        raise DomainError(
            f"'{domain.strip()}' is geen geldig e-maildomein. Gebruik de vorm 'gemeente.nl', "
            "zonder @ of spaties, met alleen letters, cijfers, punten en streepjes."
        )
    return normalized


def find_municipality(code_or_slug: str) -> Municipality:
    """By CBS code ('GM0344', also '0344') or by slug ('utrecht')."""
    key = code_or_slug.strip()
    code = key.upper() if key.upper().startswith("GM") else f"GM{key}"
    municipality = db.session.scalar(
        select(Municipality).where(or_(Municipality.code == code, Municipality.slug == key.lower()))
    )
    if municipality is None:
        raise DomainError(f"Er is geen gemeente met code of naam '{key}'.")
    return municipality


def add_domain(code_or_slug: str, domain: str) -> VerifiedDomain:
    municipality = find_municipality(code_or_slug)
    domain = normalize_domain(domain)
    existing = db.session.scalar(select(VerifiedDomain).where(VerifiedDomain.domain == domain))
    if existing is not None:
        raise DomainError(
            f"Het domein {domain} is al geregistreerd voor {existing.municipality.display_name}."
        )
    verified = VerifiedDomain(municipality=municipality, domain=domain)
    db.session.add(verified)
    db.session.flush()
    return verified


def remove_domain(domain: str) -> VerifiedDomain:
    normalized = domain.strip().lower().removeprefix("@").rstrip(".")
    verified = db.session.scalar(select(VerifiedDomain).where(VerifiedDomain.domain == normalized))
    if verified is None:
        raise DomainError(f"Het domein {normalized} is niet geregistreerd.")
    db.session.delete(verified)
    db.session.flush()
    return verified


def list_domains(code_or_slug: str | None = None) -> list[VerifiedDomain]:
    """All verified domains by municipality name, or those of one municipality."""
    statement = (
        select(VerifiedDomain).join(VerifiedDomain.municipality)
        .order_by(Municipality.name, VerifiedDomain.domain)
    )
    if code_or_slug:
        municipality = find_municipality(code_or_slug)
        statement = statement.where(VerifiedDomain.municipality_id == municipality.id)
    return list(db.session.scalars(statement))
