"""The results: counts, percentages, coverage, breakdowns with charts and tables, CSV, visibility."""
from datetime import timedelta

from forum.clock import utcnow
from forum.polls import results
from forum.polls.models import RESULTS_AFTER_CLOSING
from tests.factories import make_municipality, make_thread, make_user
from tests.polls.helpers import make_poll, vote


def test_results_by_province_and_size_with_charts_and_tables(client, login):
    poll = make_poll(make_thread(), allows_other=True)
    utrecht = make_user(make_municipality("Stichtse Vecht", "Utrecht", 65_000))
    vote(poll, utrecht, "Ja")
    vote(poll, make_user(make_municipality("Zeist", "Utrecht", 63_000)), "Ja")
    vote(poll, make_user(make_municipality("Vaals", "Limburg", 9_800)), "Nee")
    vote(poll, make_user(make_municipality("Rotterdam", "Zuid-Holland", 655_000)), other="Een pilot in één wijk")
    login(utrecht)

    page = client.get(f"/peiling/{poll.id}").text

    assert "4 van de 342 gemeenten hebben geantwoord" in page and "792.800 inwoners" in page
    assert page.count('role="img"') == 3  # all, per province, per size: too few like yours answered
    assert "1 gemeente zoals de uwe heeft geantwoord" in page  # Zeist: same province and size
    assert "Nog te weinig gemeenten zoals de uwe hebben geantwoord" in page
    assert "<title" in page and "de cijfers staan in de tabel hieronder" in page
    assert "Stemmen per provincie" in page and "Stemmen per gemeentegrootte" in page
    assert "<th scope=\"row\">Utrecht</th><td class=\"numeric\">2</td>" in page
    assert "<th scope=\"row\">&lt; 10.000</th><td class=\"numeric\">1</td>" in page
    assert "<th scope=\"row\">Ja</th><td class=\"numeric\">2</td><td class=\"numeric\">50%</td>" in page
    assert "Een pilot in één wijk" in page and "Anders: Een pilot in één wijk" in page
    assert "Gemeenten zoals de uwe" in page and "lijken" in page
    assert "<th scope=\"row\">Vaals</th><td>Limburg</td>" in page


def test_like_yours_counts_the_most_alike_municipalities_first(app, monkeypatch):
    poll = make_poll(make_thread())
    own = make_municipality("Eigen", "Drenthe", 30_000)
    vote(poll, make_user(make_municipality("Buur", "Drenthe", 31_000)), "Ja")
    vote(poll, make_user(make_municipality("Ver", "Zeeland", 600_000)), "Nee")
    monkeypatch.setattr(results, "LIKE_YOURS", 1)
    outcome = results.poll_results(poll, own=own)
    assert outcome.like_yours.voters == 1
    assert outcome.like_yours.count(poll.options[0].id) == 1


def test_results_after_closing_stay_hidden_until_then(client, login):
    poll = make_poll(make_thread(), results_visibility=RESULTS_AFTER_CLOSING)
    member = make_user()
    vote(poll, member, "Ja")
    login(member)
    assert "De uitslag is te zien zodra de peiling sluit" in client.get(f"/onderwerp/{poll.thread_id}").text
    response = client.get(f"/peiling/{poll.id}")
    assert response.status_code == 403 and "pas te zien na de sluiting" in response.text
    assert client.get(f"/peiling/{poll.id}/uitslag.csv").status_code == 403

    poll.closes_at = utcnow() - timedelta(seconds=1)
    assert client.get(f"/peiling/{poll.id}").status_code == 200


def test_results_after_voting_wait_for_the_members_municipality(client, login):
    poll = make_poll(make_thread())
    vote(poll, make_user(), "Ja")
    login(make_user())
    assert "nadat uw gemeente heeft gestemd" in client.get(f"/onderwerp/{poll.thread_id}").text
    response = client.get(f"/peiling/{poll.id}")
    assert response.status_code == 403
    assert "De uitslag van deze peiling is te zien nadat uw gemeente heeft gestemd." in response.text
    login(make_user(staff=True))  # VNG staff cannot vote, and see the results as they stand
    assert client.get(f"/peiling/{poll.id}").status_code == 200


def test_csv_download_per_municipality_without_formulas(client, login):
    poll = make_poll(make_thread(), options=("=SUM(A1)", "Nee"))
    member = make_user(make_municipality("Almere", "Flevoland", 220_000))
    vote(poll, member, "=SUM(A1)")
    login(member)
    response = client.get(f"/peiling/{poll.id}/uitslag.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    lines = response.text.lstrip("\ufeff").splitlines()
    assert lines == ["gemeente;provincie;inwoners;antwoord", "Almere;Flevoland;220000;'=SUM(A1)"]


def test_on_a_public_forum_visitors_see_the_counts_but_not_who_chose_what(app, client):
    app.config["PUBLIC_READING"] = True
    poll = make_poll(make_thread(), closes_at=utcnow() + timedelta(days=1))
    vote(poll, make_user(make_municipality("Urk", "Flevoland", 21_000)), "Ja")
    poll.closes_at = utcnow() - timedelta(seconds=1)
    page = client.get(f"/peiling/{poll.id}").text
    assert "1 van de 342 gemeenten heeft geantwoord" in page
    assert "Urk" not in page and "uitslag.csv" not in page
    assert client.get(f"/peiling/{poll.id}/uitslag.csv").status_code == 302
