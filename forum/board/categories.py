"""The VNG domains and their themes: seeded on first start, changed by administrators."""
from sqlalchemy import func, select

from forum.board.models import Category
from forum.extensions import db
from forum.text import slugify

VNG_DOMAINS = [
    (
        "Leefomgeving",
        "Samen werken aan een Nederland waarin iedereen zich veilig voelt.",
        [
            ("Verduurzaming maatschappelijk vastgoed", "verduurzaming-maatschappelijk-vastgoed"),
            ("Klimaat en energietransitie", "klimaat-en-energietransitie"),
            ("Omgevingswet en ruimtelijke ordening", "omgevingswet-en-ruimtelijke-ordening"),
            ("Wonen", "wonen"),
            ("Openbare ruimte en mobiliteit", "openbare-ruimte-en-mobiliteit"),
            ("Openbare orde en veiligheid", "openbare-orde-en-veiligheid"),
        ],
    ),
    (
        "Inclusieve samenleving",
        "Samen werken aan een Nederland waarin iedereen mee kan doen.",
        [
            ("Wmo en zorg", "wmo-en-zorg"),
            ("Jeugd", "jeugd"),
            ("Werk en inkomen", "werk-en-inkomen"),
            ("Schuldhulpverlening", "schuldhulpverlening"),
            ("Re-integratie van ex-gedetineerden (strafrechtketen)", "re-integratie-ex-gedetineerden"),
            ("Onderwijs", "onderwijs"),
            ("Inburgering", "inburgering"),
        ],
    ),
    (
        "Informatiesamenleving",
        "Samen werken aan een Nederland waarin iedereen gehoord wordt.",
        [
            ("Digitale dienstverlening", "digitale-dienstverlening"),
            ("Informatieveiligheid en privacy", "informatieveiligheid-en-privacy"),
            ("Open overheid en informatiehuishouding (Woo)", "open-overheid-en-informatiehuishouding"),
            ("Data en ICT-samenwerking", "data-en-ict-samenwerking"),
        ],
    ),
]


class CategoryError(ValueError):
    """A category change that cannot be made; the message says why."""


def seed_categories() -> int:
    """Create the VNG domains and themes if the forum has no categories yet."""
    if db.session.scalar(select(func.count(Category.id))):
        return 0
    created = 0
    for domain_position, (name, description, themes) in enumerate(VNG_DOMAINS):
        domain = Category(name=name, slug=slugify(name), description=description, position=domain_position)
        db.session.add(domain)
        created += 1
        for theme_position, (theme_name, theme_slug) in enumerate(themes):
            db.session.add(Category(name=theme_name, slug=theme_slug, parent=domain, position=theme_position))
            created += 1
    db.session.flush()
    return created


def _siblings_of(parent_id: int | None):
    return Category.parent_id == parent_id if parent_id else Category.is_domain


def category_by_slug(slug: str) -> Category:
    category = db.session.scalar(Category.by_slug(slug))
    if category is None:
        raise CategoryError(f"Er is geen categorie '{slug}'.")
    return category


def add_category(name: str, parent_slug: str | None = None, description: str = "") -> Category:
    slug = slugify(name)
    if not slug:
        raise CategoryError("Een categorie heeft een naam nodig.")
    if db.session.scalar(Category.by_slug(slug)):
        raise CategoryError(f"Er is al een categorie '{slug}'.")
    parent = category_by_slug(parent_slug) if parent_slug else None
    if parent is not None and not parent.is_domain:
        raise CategoryError("Een thema hoort onder een domein, niet onder een ander thema.")
    siblings = select(func.coalesce(func.max(Category.position), -1)).where(_siblings_of(parent.id if parent else None))
    category = Category(
        name=name, slug=slug, parent=parent, description=description,
        position=db.session.scalar(siblings) + 1,
    )
    db.session.add(category)
    db.session.flush()
    return category


def rename_category(slug: str, new_name: str) -> Category:
    """Rename; the slug stays, so links to the category keep working."""
    if not new_name.strip():
        raise CategoryError("Een categorie heeft een naam nodig.")
    category = category_by_slug(slug)
    category.name = new_name.strip()
    return category


def move_category(slug: str, position: int) -> Category:
    """Put a category at `position` (1-based) among its siblings."""
    category = category_by_slug(slug)
    siblings = list(db.session.scalars(
        select(Category).where(_siblings_of(category.parent_id), Category.id != category.id).order_by(Category.position, Category.id)
    ))
    if not 1 <= position <= len(siblings) + 1:
        raise CategoryError(f"Positie moet tussen 1 en {len(siblings) + 1} liggen.")
    siblings.insert(position - 1, category)
    for index, sibling in enumerate(siblings):
        sibling.position = index
    return category
