"""`flask municipalities`: loading the CBS list and managing verified e-mail domains."""
import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.municipalities.models import Municipality, VerifiedDomain
from forum.municipalities.services import load_municipalities, municipality_for_email


@pytest.fixture
def cli(app):
    runner = app.test_cli_runner()

    def invoke(*args):
        result = runner.invoke(args=["municipalities", *args])
        db.session.remove()  # what the command committed, read fresh
        return result

    return invoke


@pytest.fixture
def loaded(app):
    load_municipalities()
    db.session.commit()


def domains() -> dict[str, str]:
    rows = db.session.execute(select(VerifiedDomain.domain, Municipality.code).join(VerifiedDomain.municipality))
    return dict(rows.all())


def test_load_adds_all_342_and_is_idempotent(cli):
    first = cli("load")
    assert first.exit_code == 0
    assert "Gemeenten toegevoegd: 342." in first.output
    utrecht = db.session.scalar(select(Municipality).where(Municipality.code == "GM0344"))
    assert (utrecht.name, utrecht.slug, utrecht.province) == ("Utrecht", "utrecht", "Utrecht")
    assert utrecht.population > 300_000
    utrecht.population = 1
    db.session.commit()

    second = cli("load")

    assert "Gemeenten toegevoegd: 0." in second.output
    assert db.session.scalar(select(func.count(Municipality.id))) == 342
    assert db.session.scalar(select(Municipality.population).where(Municipality.code == "GM0344")) > 300_000


@pytest.mark.parametrize("municipality, domain, stored", [
    ("GM0344", "utrecht.nl", "utrecht.nl"),
    ("gm0344", "Utrecht.NL", "utrecht.nl"),
    ("0344", "@utrecht.nl", "utrecht.nl"),
    ("utrecht", " utrecht.nl. ", "utrecht.nl"),
    ("utrecht", "mail.utrecht.nl", "mail.utrecht.nl"),
])
def test_add_domain_by_code_or_slug(cli, loaded, municipality, domain, stored):
    result = cli("add-domain", municipality, domain)
    assert result.exit_code == 0, result.output
    assert f"Domein {stored} geregistreerd voor Gemeente Utrecht." in result.output
    assert domains() == {stored: "GM0344"}
    assert municipality_for_email(f"j.devries@{stored.upper()}").code == "GM0344"


def test_a_domain_belongs_to_one_municipality(cli, loaded):
    cli("add-domain", "utrecht", "utrecht.nl")
    for municipality in ("utrecht", "groningen"):
        result = cli("add-domain", municipality, "UTRECHT.nl")
        assert result.exit_code == 1
        assert "Het domein utrecht.nl is al geregistreerd voor Gemeente Utrecht." in result.output
    assert domains() == {"utrecht.nl": "GM0344"}


@pytest.mark.parametrize("domain", [
    "", "utrecht", "utrecht .nl", "j.devries@utrecht.nl", "utrecht..nl", "-utrecht.nl", "utrecht-.nl",
    "utrecht.n", "utrecht.123", "http://utrecht.nl", "utrecht.nl/pad", "ütrecht.nl", "a" * 64 + ".nl",
    ("a" * 60 + ".") * 5 + "nl", "utrecht.nl\x00",
])
def test_invalid_domains_are_refused(cli, loaded, domain):
    result = cli("add-domain", "--", "utrecht", domain)  # "--": "-utrecht.nl" is no option
    assert result.exit_code == 1
    assert "is geen geldig e-maildomein" in result.output
    assert domains() == {}


def test_unknown_municipality_is_refused(cli, loaded):
    result = cli("add-domain", "atlantis", "atlantis.nl")
    assert result.exit_code == 1
    assert "Er is geen gemeente met code of naam 'atlantis'." in result.output


def test_remove_domain(cli, loaded):
    cli("add-domain", "utrecht", "utrecht.nl")
    cli("add-domain", "groningen", "groningen.nl")

    result = cli("remove-domain", "Utrecht.nl")

    assert result.exit_code == 0
    assert "Domein utrecht.nl verwijderd." in result.output
    assert domains() == {"groningen.nl": "GM0014"}
    assert db.session.scalar(select(Municipality).where(Municipality.code == "GM0344")) is not None


def test_removing_an_unknown_domain_is_refused(cli, loaded):
    result = cli("remove-domain", "utrecht.nl")
    assert result.exit_code == 1
    assert "Het domein utrecht.nl is niet geregistreerd." in result.output


def test_list_domains_of_all_or_one(cli, loaded):
    assert "Geen geverifieerde domeinen." in cli("domains").output
    cli("add-domain", "utrecht", "utrecht.nl")
    cli("add-domain", "GM0014", "groningen.nl")

    everything = cli("domains").output.splitlines()
    assert everything == ["groningen.nl\tGM0014\tGemeente Groningen", "utrecht.nl\tGM0344\tGemeente Utrecht"]
    assert cli("domains", "utrecht").output.splitlines() == ["utrecht.nl\tGM0344\tGemeente Utrecht"]
    assert "Geen geverifieerde domeinen." in cli("domains", "almere").output
    unknown = cli("domains", "atlantis")
    assert unknown.exit_code == 1 and "Er is geen gemeente" in unknown.output
