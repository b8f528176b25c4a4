"""LongSelect renders exactly what WTForms' own Select renders, from a memo."""
import pytest
from wtforms import Form, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.widgets import Select

from forum.widgets import LongSelect


class Choices(Form):
    flat = SelectField(choices=[
        SelectChoice("", "Alle gemeenten"), SelectChoice("a&b", "Aa <en> Hunze"), SelectChoice("utrecht", "Utrecht"),
    ])
    grouped = SelectField(choices=[
        SelectChoice("", "Alles"), SelectChoice("leefomgeving", "Heel Leefomgeving", optgroup="Leefomgeving"),
        SelectChoice("wonen", "Wonen", optgroup="Leefomgeving"), SelectChoice("jeugd", "Jeugd", optgroup="Sociaal"),
    ])


@pytest.mark.parametrize("data", [{}, {"flat": "utrecht", "grouped": "wonen"}, {"flat": "a&b", "grouped": "jeugd"}])
def test_the_same_html_as_wtforms_for_every_selection(data):
    from werkzeug.datastructures import MultiDict

    form = Choices(MultiDict(data))
    for field in (form.flat, form.grouped):
        assert LongSelect()(field, class_="x") == Select()(field, class_="x")
    assert 'value="a&amp;b"' in LongSelect()(form.flat) and "Aa &lt;en&gt; Hunze" in LongSelect()(form.flat)


def test_the_search_page_keeps_the_chosen_municipality(client, login):
    from tests.factories import make_municipality, make_user

    make_municipality("Zeist")
    login(make_user())
    page = client.get("/zoeken?q=sporthal&gemeente=zeist").get_data(as_text=True)
    assert '<option selected value="zeist">Zeist</option>' in page
