"""`flask seed` and `flask categories`: what an administrator runs on the command line."""
import pytest
from sqlalchemy import func, select

from forum.board.models import Category
from forum.extensions import db
from forum.municipalities.models import Municipality


@pytest.fixture
def flask_cli(app):
    runner = app.test_cli_runner()

    def invoke(*args):
        result = runner.invoke(args=list(args))
        db.session.remove()  # what the command committed, read fresh
        return result

    return invoke


@pytest.fixture
def seeded(flask_cli):
    assert flask_cli("seed").exit_code == 0


def themes_of(domain_slug: str) -> list[str]:
    domain = db.session.scalar(select(Category).where(Category.slug == domain_slug))
    return [theme.slug for theme in domain.children]


def test_seed_loads_municipalities_and_the_vng_domains_once(flask_cli):
    first = flask_cli("seed")
    assert first.exit_code == 0
    assert "Gemeenten toegevoegd: 342; categorieën aangemaakt: 20." in first.output
    assert db.session.scalar(select(func.count(Municipality.id))) == 342
    domains = db.session.scalars(select(Category).where(Category.parent_id.is_(None)).order_by(Category.position))
    assert [domain.name for domain in domains] == ["Leefomgeving", "Inclusieve samenleving", "Informatiesamenleving"]
    assert db.session.scalar(select(func.count(Category.id)).where(Category.parent_id.is_not(None))) == 17

    second = flask_cli("seed")

    assert "Gemeenten toegevoegd: 0; categorieën aangemaakt: 0." in second.output
    assert db.session.scalar(select(func.count(Category.id))) == 20


def test_list_shows_domains_with_their_themes(flask_cli, seeded):
    lines = flask_cli("categories", "list").output.splitlines()
    assert lines[0] == "Leefomgeving [leefomgeving]"
    assert lines[1] == "  Verduurzaming maatschappelijk vastgoed [verduurzaming-maatschappelijk-vastgoed]"
    assert "Informatiesamenleving [informatiesamenleving]" in lines
    assert len(lines) == 20


def test_add_a_domain_and_a_theme(flask_cli, seeded):
    domain = flask_cli("categories", "add", "Bestuur en organisatie", "--description", "Over de gemeente zelf.")
    assert domain.exit_code == 0
    assert "Toegevoegd: Bestuur en organisatie [bestuur-en-organisatie]" in domain.output
    theme = flask_cli("categories", "add", "Grondbeleid", "--parent", "leefomgeving")
    assert theme.exit_code == 0

    lines = flask_cli("categories", "list").output.splitlines()
    assert lines[-1] == "Bestuur en organisatie [bestuur-en-organisatie]"
    assert themes_of("leefomgeving")[-1] == "grondbeleid"
    added = db.session.scalar(select(Category).where(Category.slug == "bestuur-en-organisatie"))
    assert added.description == "Over de gemeente zelf." and added.is_domain


@pytest.mark.parametrize("args, message", [
    (("Wonen",), "Er is al een categorie 'wonen'."),
    (("Tiny houses", "--parent", "wonen"), "Een thema hoort onder een domein, niet onder een ander thema."),
    (("Tiny houses", "--parent", "bestaat-niet"), "Er is geen categorie 'bestaat-niet'."),
    (("!!!",), "Een categorie heeft een naam nodig."),
])
def test_add_refusals(flask_cli, seeded, args, message):
    result = flask_cli("categories", "add", *args)
    assert result.exit_code == 1
    assert message in result.output
    assert db.session.scalar(select(func.count(Category.id))) == 20


def test_rename_keeps_the_slug(flask_cli, seeded):
    result = flask_cli("categories", "rename", "wonen", "Wonen en volkshuisvesting")
    assert result.exit_code == 0
    assert "Hernoemd: Wonen en volkshuisvesting [wonen]" in result.output
    assert db.session.scalar(select(Category.name).where(Category.slug == "wonen")) == "Wonen en volkshuisvesting"


@pytest.mark.parametrize("args, message", [
    (("bestaat-niet", "Nieuwe naam"), "Er is geen categorie 'bestaat-niet'."),
    (("wonen", "   "), "Een categorie heeft een naam nodig."),
])
def test_rename_refusals(flask_cli, seeded, args, message):
    result = flask_cli("categories", "rename", *args)
    assert result.exit_code == 1
    assert message in result.output
    assert db.session.scalar(select(Category.name).where(Category.slug == "wonen")) == "Wonen"


def test_move_puts_a_theme_at_a_position_among_its_siblings(flask_cli, seeded):
    before = themes_of("leefomgeving")
    result = flask_cli("categories", "move", "wonen", "1")
    assert result.exit_code == 0
    assert "Verplaatst: Wonen naar positie 1" in result.output
    assert themes_of("leefomgeving") == ["wonen"] + [slug for slug in before if slug != "wonen"]
    domain = db.session.scalar(select(Category).where(Category.slug == "leefomgeving"))
    assert [theme.position for theme in domain.children] == list(range(len(before)))


def test_move_a_domain(flask_cli, seeded):
    assert flask_cli("categories", "move", "informatiesamenleving", "1").exit_code == 0
    assert flask_cli("categories", "list").output.splitlines()[0] == "Informatiesamenleving [informatiesamenleving]"


@pytest.mark.parametrize("args, message", [
    (("wonen", "0"), "Positie moet tussen 1 en 6 liggen."),
    (("wonen", "7"), "Positie moet tussen 1 en 6 liggen."),
    (("leefomgeving", "4"), "Positie moet tussen 1 en 3 liggen."),
    (("bestaat-niet", "1"), "Er is geen categorie 'bestaat-niet'."),
])
def test_move_refusals(flask_cli, seeded, args, message):
    before = themes_of("leefomgeving")
    result = flask_cli("categories", "move", *args)
    assert result.exit_code == 1
    assert message in result.output
    assert themes_of("leefomgeving") == before


def test_move_needs_a_number(flask_cli, seeded):
    result = flask_cli("categories", "move", "wonen", "eerste")
    assert result.exit_code == 2
    assert "eerste" in result.output
