"""`flask search synonyms`: administrators extend the shipped synonyms without a release."""
import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.search.models import SearchSynonym
from tests.factories import make_thread, make_user
from tests.search.test_search_page import result_titles, search


@pytest.fixture
def cli(app):
    runner = app.test_cli_runner()

    def invoke(*args):
        result = runner.invoke(args=["search", "synonyms", *args])
        db.session.remove()
        return result

    return invoke


def test_an_added_group_is_searched_at_once(cli, client, login):
    make_thread(title="Vraag over de Blauwe Loper in het centrum")
    login(make_user())
    assert result_titles(search(client, q="stadsboulevard").get_data(as_text=True)) == []
    result = cli("add", "stadsboulevard = blauwe loper")
    assert result.exit_code == 0 and "Toegevoegd als nummer" in result.output
    assert db.session.scalar(select(SearchSynonym.line)) == "stadsboulevard = blauwe loper"
    assert result_titles(search(client, q="stadsboulevard").get_data(as_text=True)) == [
        "Vraag over de Blauwe Loper in het centrum"]
    listed = cli("list")
    assert "stadsboulevard = blauwe loper" in listed.output
    number = listed.output.split("\t")[0]
    assert cli("remove", number).exit_code == 0
    assert result_titles(search(client, q="stadsboulevard").get_data(as_text=True)) == []


@pytest.mark.parametrize("line, message", [
    ("alleen", "minstens twee verschillende uitdrukkingen"),
    ("de = het", "minstens twee verschillende uitdrukkingen"),
    ("brp = " + "woord " * 100, "hoogstens 500 tekens"),
])
def test_useless_lines_are_refused_in_dutch(cli, line, message):
    result = cli("add", line)
    assert result.exit_code == 1 and message in result.output
    assert db.session.scalar(select(SearchSynonym)) is None


def test_doubles_and_unknown_numbers_are_refused(cli):
    assert cli("add", "kapaanvraag = aanvraag kapvergunning").exit_code == 0
    assert "staat al in de lijst" in cli("add", "kapaanvraag  =  aanvraag   kapvergunning").output
    assert "geen toegevoegde synoniemenregel met nummer 99" in cli("remove", "99").output
    assert "brp = basisregistratie personen" in cli("list", "--shipped").output.lower()
