"""Ids in paths have one spelling: ASCII digits, no leading zeros; every other spelling is a 404."""
import pytest

from forum.routing import IdConverter

from tests.factories import make_category, make_thread, make_user


@pytest.mark.parametrize("spelling", ["00{id}", "0{id}", "%EF%BC%91", "%D9%A1", "+{id}", "-{id}", "0"])
def test_other_spellings_of_an_id_find_no_page(client, login, spelling):
    member = login(make_user())
    thread = make_thread(category=make_category("Wonen", parent=make_category("Leefomgeving")))
    assert client.get(f"/leden/{member.id}").status_code == 200
    assert client.get(f"/onderwerp/{thread.id}").status_code == 200
    for path in ("/leden/{}", "/onderwerp/{}"):
        number = member.id if path.startswith("/leden") else thread.id
        response = client.get(path.format(spelling.format(id=number)))
        assert response.status_code == 404, (path, spelling)


def test_every_id_in_a_path_uses_the_id_converter(app):
    """A plain <int:...> lets a 20-digit number reach the database (OverflowError on SQLite: a 500)."""
    plain = [(rule.rule, name) for rule in app.url_map.iter_rules()
             for name, converter in rule._converters.items()
             if name.endswith("_id") and not isinstance(converter, IdConverter)]
    assert plain == []
