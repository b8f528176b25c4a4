"""Sections that features add to the account page ("Mijn account"): accounts sits below the
features and imports none of them, so they register here instead.

A feature registers, at import time of its own package:

    account_page.add_section("members/_account_profile.html", order=10)

The page includes every section's template, by `order`, under the account's facts, with the
account as `user` in scope. A section needs no queries of its own: it offers links.
"""

_sections: list[tuple[int, str]] = []


def add_section(template: str, order: int = 100) -> None:
    entry = (order, template)
    if entry not in _sections:
        _sections.append(entry)
        _sections.sort()


def sections() -> list[str]:
    """The templates of the account page's sections, in order."""
    return [template for _, template in _sections]
