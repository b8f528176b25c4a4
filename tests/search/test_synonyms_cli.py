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


@pytest.mark.parametrize("number", ["abc", "", "4.5", "-1", "²"])
def test_a_number_that_is_no_number_is_refused_in_dutch(cli, number):
    assert cli("add", "kapaanvraag = aanvraag kapvergunning").exit_code == 0
    result = cli("remove", number)
    assert result.exit_code == 1 and "is geen nummer" in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert db.session.scalar(select(SearchSynonym.line)) == "kapaanvraag = aanvraag kapvergunning"


def test_a_number_with_spaces_around_it_is_understood(cli):
    assert cli("add", "kapaanvraag = aanvraag kapvergunning").exit_code == 0
    number = db.session.scalar(select(SearchSynonym.id))
    result = cli("remove", f" {number} ")
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(SearchSynonym)) is None


def test_a_huge_number_is_simply_not_found(cli):
    result = cli("remove", "9" * 30)
    assert result.exit_code == 1 and "geen toegevoegde synoniemenregel" in result.output


@pytest.mark.parametrize("line, too_long", [
    ("subsidie verduurzaming maatschappelijk vastgoed sportverenigingen regeling = bosa = kliko",
     "'subsidie verduurzaming maatschappelijk vastgoed sportverenigingen regeling' is te lang"),
    ("één twee drie vier vijf zes = blauwe bak", "'één twee drie vier vijf zes' is te lang"),
])
def test_an_expression_of_more_than_five_words_is_refused_by_name(cli, line, too_long):
    result = cli("add", line)
    assert result.exit_code == 1 and too_long in result.output, result.output
    assert "hoogstens 5 woorden per uitdrukking" in result.output
    assert db.session.scalar(select(SearchSynonym)) is None


def test_empty_parts_are_left_out_of_the_stored_line(cli):
    result = cli("add", " xylofoon = marimba =  = ")
    assert result.exit_code == 0 and result.output.strip().endswith(": xylofoon = marimba")
    assert db.session.scalars(select(SearchSynonym.line)).all() == ["xylofoon = marimba"]
    assert cli("list").output == f"{db.session.scalar(select(SearchSynonym.id))}\txylofoon = marimba\n"
