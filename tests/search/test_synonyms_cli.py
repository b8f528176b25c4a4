"""`flask search synonyms`: administrators extend the shipped synonyms without a release."""
import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.search.models import SearchSynonym
from forum.search.synonyms import current_thesaurus
from tests.factories import make_category, make_thread, make_user
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


def test_added_and_shipped_synonyms_work_together_on_every_page_and_in_the_worker(cli, app, client, login):
    theme = make_category("Burgerzaken", parent=make_category("Dienstverlening"))
    theme_id = theme.id  # the cli fixture ends the session
    make_thread(category=theme, title="Koppeling met de BRP voor e-formulieren")
    make_thread(category=theme, title="Parkeren langs de Blauwe Loper")
    assert cli("add", "stadsboulevard = blauwe loper").exit_code == 0
    assert (current_thesaurus().annotated("De BRP en de stadsboulevard")
            == "De BRP en de stadsboulevard (basisregistratie personen, GBA, gemeentelijke basisadministratie, "
               "bevolkingsregister, blauwe loper)")
    embedded = app.test_cli_runner().invoke(args=["search", "embed"])
    assert embedded.exit_code == 0, embedded.output
    login(make_user())
    assert search(client, q="BRP").status_code == 200
    assert result_titles(search(client, q="stadsboulevard").get_data(as_text=True)) == [
        "Parkeren langs de Blauwe Loper"]
    title = "Wie koppelt de BRP aan formulieren?"
    assert client.get("/zoeken/vergelijkbare-vragen", query_string={"titel": title}).status_code == 200
    asked = client.post("/vraag-stellen", data={"title": title, "category": theme_id, "body": "Onze vraag."})
    assert asked.status_code == 200 and "Koppeling met de BRP voor e-formulieren" in asked.get_data(as_text=True)
