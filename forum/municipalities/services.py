"""Loading the shipped municipality list, and verified e-mail domains."""
import csv
import re
from importlib import resources

from flask import abort
from sqlalchemy import select

from forum.extensions import db
from forum.municipalities.models import Municipality, VerifiedDomain
from forum.text import email_domain, slugify

MUNICIPALITIES_CSV = "gemeenten.csv"


# What forum.text.slugify makes; anything else names no municipality (and PostgreSQL refuses NUL).
SLUG = re.compile(r"[a-z0-9-]{1,100}")


def municipality_or_404(slug: str) -> Municipality:
    if not SLUG.fullmatch(slug):
        abort(404)
    return db.first_or_404(Municipality.by_slug(slug))


def read_shipped_municipalities() -> list[dict]:
    """The CBS list shipped in forum/data (see forum/data/README.md for its source)."""
    with resources.files("forum.data").joinpath(MUNICIPALITIES_CSV).open(encoding="utf-8") as file:
        return [
            {
                "code": row["code"],
                "name": row["name"],
                "slug": slugify(row["name"]),
                "province": row["province"],
                "population": int(row["population"]),
            }
            for row in csv.DictReader(file)
        ]


def load_municipalities() -> int:
    """Insert missing municipalities and update changed ones; returns how many were added."""
    existing = {m.code: m for m in db.session.scalars(select(Municipality))}
    added = 0
    for row in read_shipped_municipalities():
        municipality = existing.get(row["code"])
        if municipality is None:
            db.session.add(Municipality(**row))
            added += 1
        else:
            for key, value in row.items():
                setattr(municipality, key, value)
    db.session.flush()
    return added


def municipality_for_email(address: str) -> Municipality | None:
    """The municipality whose verified domain this address uses, if any."""
    domain = email_domain(address)
    verified = db.session.scalar(select(VerifiedDomain).where(VerifiedDomain.domain == domain))
    return verified.municipality if verified else None
