"""/leden/suggesties: the members the composer offers, for members only, without addresses."""
import pytest

from forum.accounts.models import STATUS_PENDING, STATUS_REJECTED, STATUS_SUSPENDED
from forum.extensions import db
from forum.mentions.services import MAX_SUGGESTIONS
from forum.privacy.services import erase_account
from tests.factories import make_municipality, make_user

URL = "/leden/suggesties"


def suggest(client, query):
    response = client.get(URL, query_string={"q": query})
    assert response.status_code == 200
    return response.get_json()["members"]


def test_anonymous_visitors_are_refused(client, app):
    make_user(name="J. de Vries")
    response = client.get(URL, query_string={"q": "vries"})
    assert response.status_code == 401
    assert "Vries" not in response.get_data(as_text=True)
    assert "ingelogde leden" in response.get_json()["error"]


def test_a_member_gets_name_municipality_and_token_never_the_address(client, login):
    vries = make_user(make_municipality("Utrecht"), name="J. de Vries", email="jdevries@utrecht.nl")
    staff = make_user(name="J. Vriesema", staff=True, role="moderator")
    login(make_user())
    response = client.get(URL, query_string={"q": "VRIES"})
    assert "@" not in response.get_data(as_text=True).replace("@[", "")  # no address anywhere
    assert response.get_json()["members"] == [
        {"id": vries.id, "name": "J. de Vries", "organisation": "Gemeente Utrecht",
         "token": f"@[J. de Vries](#lid-{vries.id})"},
        {"id": staff.id, "name": "J. Vriesema", "organisation": "VNG",
         "token": f"@[J. Vriesema](#lid-{staff.id})"},
    ]


def test_only_active_members_are_offered(client, login):
    active = make_user(name="Karin Actief")
    for status in (STATUS_PENDING, STATUS_SUSPENDED, STATUS_REJECTED):
        make_user(name=f"Karin {status}", status=status)
    erased = make_user(name="Karin Gewist")
    erase_account(erased, erased)
    db.session.commit()
    login(make_user())
    assert [member["id"] for member in suggest(client, "karin")] == [active.id]
    assert suggest(client, "voormalig") == []


def test_at_most_eight_names_starting_with_the_letters_first(client, login):
    for number in range(MAX_SUGGESTIONS + 2):
        make_user(name=f"A. Bakker {number:02d}")
    starting = make_user(name="Bakker-Zwart")
    login(make_user())
    found = suggest(client, "bakker")
    assert len(found) == MAX_SUGGESTIONS
    assert found[0]["id"] == starting.id
    assert [member["name"] for member in found[1:]] == [f"A. Bakker {n:02d}" for n in range(7)]


@pytest.mark.parametrize("query", ["", "a", " b ", "%%", "__", "\\\\", "x" * 500])
def test_short_or_odd_queries_find_nobody(client, login, query):
    make_user(name="Ab Cd")
    login(make_user(name="Zz"))
    assert suggest(client, query) == []


def test_brackets_in_a_name_do_not_break_the_token(client, login):
    odd = make_user(name="Piet [PJ] Jansen")
    login(make_user())
    [member] = suggest(client, "piet")
    assert member["token"] == f"@[Piet PJ Jansen](#lid-{odd.id})"


def test_asking_too_often_is_limited(client, login, limited):
    login(make_user())
    statuses = [client.get(URL, query_string={"q": "ab"}).status_code for _ in range(61)]
    assert statuses[:60] == [200] * 60
    assert statuses[60] == 429


def test_namesakes_are_told_apart_by_their_job_titles(client, login):
    utrecht = make_municipality("Utrecht")
    first = make_user(utrecht, name="Jan de Vries", job_title="beleidsadviseur wonen")
    second = make_user(utrecht, name="Jan de  Vries", job_title="jurist")
    other = make_user(utrecht, name="Jan de Vriesema", job_title="archivaris")
    login(make_user())
    found = {member["id"]: member for member in suggest(client, "jan de")}
    assert found[first.id]["job_title"] == "beleidsadviseur wonen"
    assert found[second.id]["job_title"] == "jurist"
    assert "job_title" not in found[other.id]
