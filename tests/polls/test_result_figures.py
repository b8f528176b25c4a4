"""The figures on the results page: whole percentages that add up, "like yours" only when alike and
enough, member polls by organisation, what visitors and members who did not vote yet are told."""
import re
from datetime import timedelta

import pytest

from forum.clock import utcnow
from forum.polls import results
from forum.polls.models import PER_MEMBER
from tests.factories import make_municipality, make_thread, make_user
from tests.polls.helpers import make_poll, vote


@pytest.mark.parametrize("counts, shown", [
    ([36, 4, 7, 1, 1], [74, 8, 14, 2, 2]),  # rounded one by one: 73+8+14+2+2 = 99
    ([14, 2, 3, 1, 1], [67, 9, 14, 5, 5]),  # and 67+10+14+5+5 = 101
    ([1, 1, 1], [34, 33, 33]),
    ([0, 0], [0, 0]),
])
def test_largest_remainder_percentages_add_up_to_100(counts, shown):
    assert results.largest_remainder(counts) == shown
    assert sum(shown) in (0, 100)


def test_a_single_choice_poll_shows_percentages_that_add_up_to_100(client, login):
    poll = make_poll(make_thread())
    voters = [make_user() for _ in range(3)]
    for member, label in zip(voters, ("Ja", "Nee", "Weet niet")):
        vote(poll, member, label)
    login(voters[0])
    page = client.get(f"/peiling/{poll.id}").text
    table = page[page.index('id="tabel-alle"'):]
    shown = [int(figure) for figure in re.findall(r'<td class="numeric">(\d+)%</td>', table)[:3]]
    assert shown == [34, 33, 33]


def test_like_yours_counts_only_alike_municipalities_and_needs_three(client, login):
    poll = make_poll(make_thread())
    own = make_user(make_municipality("Eigen", "Drenthe", 30_000))
    vote(poll, own, "Ja")
    vote(poll, make_user(make_municipality("Elders", "Zeeland", 30_000)), "Nee")  # other province
    vote(poll, make_user(make_municipality("Groot", "Drenthe", 300_000)), "Nee")  # ten times the size
    vote(poll, make_user(make_municipality("Buur", "Drenthe", 31_000)), "Ja")
    login(own)

    page = client.get(f"/peiling/{poll.id}").text
    assert "1 gemeente zoals de uwe heeft geantwoord" in page
    assert "Nog te weinig gemeenten zoals de uwe hebben geantwoord" in page
    assert "tabel-zoals-uw-gemeente" not in page

    for number in range(2):
        vote(poll, make_user(make_municipality(f"Buur {number}", "Drenthe", 40_000)), "Ja")
    page = client.get(f"/peiling/{poll.id}").text
    assert "3 gemeenten zoals de uwe hebben geantwoord" in page
    table = page[page.index('id="tabel-zoals-uw-gemeente"'):]
    assert '<th scope="row">Ja</th><td class="numeric">3</td><td class="numeric">100%</td>' in table


def test_a_member_poll_lists_votes_by_organisation(client, login):
    poll = make_poll(make_thread(), voice=PER_MEMBER)
    staff = make_user(staff=True)
    vote(poll, staff, "Ja")
    vote(poll, make_user(make_municipality("Urk", "Flevoland", 21_000)), "Nee")
    login(staff)
    page = client.get(f"/peiling/{poll.id}").text
    assert '<th scope="col">Organisatie</th>' in page and '<th scope="col">Gemeente</th>' not in page
    assert '<th scope="row">VNG</th><td></td><td class="numeric">—</td>' in page
    lines = client.get(f"/peiling/{poll.id}/uitslag.csv").text.lstrip("\ufeff").splitlines()
    assert lines[0] == "organisatie;provincie;inwoners;antwoord"
    assert "VNG;;;Ja" in lines and "Urk;Flevoland;21000;Nee" in lines


def test_a_member_who_has_not_voted_is_told_when_the_results_show(client, login):
    member_poll = make_poll(make_thread(), voice=PER_MEMBER)
    login(make_user())
    response = client.get(f"/peiling/{member_poll.id}")
    assert response.status_code == 403
    assert "De uitslag van deze peiling is te zien nadat u heeft gestemd." in response.text
    assert "nadat u heeft gestemd" in client.get(f"/onderwerp/{member_poll.thread_id}").text


def test_a_visitor_of_a_public_forum_sees_how_many_answered_and_is_asked_to_log_in(app, client):
    app.config["PUBLIC_READING"] = True
    poll = make_poll(make_thread())
    vote(poll, make_user(), "Ja")
    vote(poll, make_user(), "Nee")
    page = client.get(f"/onderwerp/{poll.thread_id}").text
    box = page[page.index('id="peiling"'):page.index("</section>", page.index('id="peiling"'))]
    assert "2 gemeenten hebben geantwoord." in box
    assert re.search(r'<a href="/inloggen\?next=[^"]*">Log in om te stemmen</a>', box)
    assert "<p></p>" not in re.sub(r"\s+", "", box)
    response = client.get(f"/peiling/{poll.id}")
    assert response.status_code == 403
    assert "nadat uw gemeente heeft gestemd" in response.text


def test_no_stray_spaces_around_dates_and_labels_above_the_bars(client, login):
    long_label = "Een zaaksysteem dat door de regio samen wordt ingekocht en beheerd"
    poll = make_poll(make_thread(), options=(long_label, "Nee"))
    member = make_user(name="Demo Gebruiker")
    vote(poll, member, "Nee")
    poll.closed_at = utcnow() - timedelta(seconds=5)
    login(member)
    text = re.sub(r"<[^>]+>", "", client.get(f"/onderwerp/{poll.thread_id}").text)
    text = re.sub(r"\s+", " ", text)
    assert "(Demo Gebruiker, zojuist)" in text and "Gesloten zojuist." in text

    poll.closed_at = None
    page = client.get(f"/peiling/{poll.id}").text
    assert "de uitslag kan nog veranderen. " in re.sub(r"\s+", " ", page)
    assert f"<title>{long_label}</title>" in page  # whole, as the tooltip
    assert "Een zaaksysteem dat door de regio samen" in page and "…" not in page  # wrapped, not cut
    assert 'viewBox' not in page and 'font-size="14"' in page  # 14px on any screen
