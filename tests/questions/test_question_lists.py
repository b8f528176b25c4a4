"""All questions and the unanswered ones: order, filters, pagination, refusals, query budget."""
from datetime import timedelta

import pytest

from forum.board.solutions import vote_helpful
from forum.clock import utcnow
from forum.extensions import db
from forum.tags.services import set_thread_tags
from tests.factories import make_category, make_reply, make_thread, make_user


@pytest.fixture
def themes(app):
    domain = make_category("Leefomgeving")
    return make_category("Wonen", parent=domain), make_category("Klimaat", parent=domain)


def _aged(thread, hours):
    """Asked `hours` ago, so that the order by date is certain."""
    thread.created_at = thread.last_activity_at = utcnow() - timedelta(hours=hours)
    db.session.commit()
    return thread


def _titles_in_order(html: str, *titles: str) -> bool:
    positions = [html.index(title) for title in titles]
    return positions == sorted(positions)


def test_all_questions_newest_first_for_members_only(client, login, themes):
    wonen, klimaat = themes
    _aged(make_thread(category=wonen, title="Oudere vraag over sociale huur"), 5)
    _aged(make_thread(category=klimaat, title="Nieuwere vraag over warmtenetten"), 1)
    assert client.get("/vragen").status_code == 302  # to the login page
    login(make_user())
    response = client.get("/vragen")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert _titles_in_order(html, "Nieuwere vraag over warmtenetten", "Oudere vraag over sociale huur")
    assert 'href="/vragen"' in html and 'href="/vragen/onbeantwoord"' in html  # in the menu
    assert '<span class="meta">(2)</span>' in html  # from the domains' counters


def test_last_active_puts_the_latest_reply_first(client, login, themes):
    wonen, _ = themes
    old = _aged(make_thread(category=wonen, title="Oude vraag met een nieuwe reactie"), 10)
    _aged(make_thread(category=wonen, title="Nieuwe vraag zonder reacties"), 1)
    make_reply(old)
    login(make_user())
    html = client.get("/vragen?sorteer=actief").get_data(as_text=True)
    assert _titles_in_order(html, "Oude vraag met een nieuwe reactie", "Nieuwe vraag zonder reacties")
    assert '<option selected value="actief">' in html


def test_most_helpful_counts_the_votes_on_the_replies(client, login, themes):
    wonen, _ = themes
    _aged(make_thread(category=wonen, title="Nieuwe vraag zonder nuttige reacties"), 1)
    helpful = _aged(make_thread(category=wonen, title="Vraag met een nuttige reactie"), 10)
    reply = make_reply(helpful)
    vote_helpful(reply, make_user())
    db.session.commit()
    assert db.session.get(type(helpful), helpful.id).helpful_count == 1
    login(make_user())
    html = client.get("/vragen?sorteer=nuttig").get_data(as_text=True)
    assert _titles_in_order(html, "Vraag met een nuttige reactie", "Nieuwe vraag zonder nuttige reacties")


def test_unanswered_first_runs_on_over_pages(app, client, login, themes):
    wonen, _ = themes
    app.config["THREADS_PER_PAGE"] = 2
    answered = [_aged(make_thread(category=wonen, title=f"Beantwoorde vraag nummer {n}", replies=1), n)
                for n in (1, 2)]
    _aged(make_thread(category=wonen, title="Onbeantwoorde vraag nummer een"), 20)
    _aged(make_thread(category=wonen, title="Onbeantwoorde vraag nummer twee"), 30)
    _aged(make_thread(category=wonen, title="Onbeantwoorde vraag nummer drie"), 40)
    login(make_user())
    first = client.get("/vragen?sorteer=onbeantwoord").get_data(as_text=True)
    assert _titles_in_order(first, "Onbeantwoorde vraag nummer een", "Onbeantwoorde vraag nummer twee")
    assert "Beantwoorde vraag" not in first
    assert "sorteer=onbeantwoord" in first and "pagina=2" in first
    second = client.get("/vragen?sorteer=onbeantwoord&pagina=2").get_data(as_text=True)
    assert _titles_in_order(second, "Onbeantwoorde vraag nummer drie", answered[0].title)
    third = client.get("/vragen?sorteer=onbeantwoord&pagina=3").get_data(as_text=True)
    assert answered[1].title in third


def test_filters_by_theme_domain_tag_and_status(client, login, themes):
    wonen, klimaat = themes
    tagged = make_thread(category=wonen, title="Vraag over woningdelen met tag", replies=1)
    set_thread_tags(tagged, ["woningdelen"])
    db.session.commit()
    make_thread(category=klimaat, title="Vraag over zonnepanelen op scholen")
    login(make_user())
    by_theme = client.get("/vragen?thema=wonen").get_data(as_text=True)
    assert "Vraag over woningdelen met tag" in by_theme and "zonnepanelen" not in by_theme
    by_domain = client.get("/vragen?thema=leefomgeving").get_data(as_text=True)
    assert "woningdelen met tag" in by_domain and "zonnepanelen" in by_domain
    by_tag = client.get("/vragen?tag=woningdelen").get_data(as_text=True)
    assert "woningdelen met tag" in by_tag and "zonnepanelen" not in by_tag
    unanswered = client.get("/vragen?status=onbeantwoord").get_data(as_text=True)
    assert "zonnepanelen" in unanswered and "woningdelen met tag" not in unanswered


def test_unanswered_view_overall_and_per_theme(client, login, themes):
    wonen, klimaat = themes
    make_thread(category=wonen, title="Beantwoorde vraag over huurtoeslag", replies=1)
    make_thread(category=wonen, title="Open vraag over woningbouw", replies=0)
    make_thread(category=klimaat, title="Open vraag over isolatie", replies=0)
    login(make_user())
    overall = client.get("/vragen/onbeantwoord").get_data(as_text=True)
    assert "Open vraag over woningbouw" in overall and "Open vraag over isolatie" in overall
    assert "huurtoeslag" not in overall
    per_theme = client.get("/vragen/onbeantwoord?thema=wonen").get_data(as_text=True)
    assert "woningbouw" in per_theme and "isolatie" not in per_theme
    category_page = client.get("/categorie/wonen?status=onbeantwoord").get_data(as_text=True)
    assert "woningbouw" in category_page and "huurtoeslag" not in category_page
    assert "Onbeantwoorde vragen" in client.get("/categorie/wonen").get_data(as_text=True)


def test_removed_questions_are_not_listed(client, login, themes):
    removed = make_thread(category=themes[0], title="Verwijderde vraag over leges")
    removed.deleted_at = utcnow()
    db.session.commit()
    login(make_user())
    for path in ("/vragen", "/vragen/onbeantwoord", "/vragen?sorteer=onbeantwoord", "/vragen?sorteer=nuttig"):
        assert "Verwijderde vraag" not in client.get(path).get_data(as_text=True)


@pytest.mark.parametrize("query", [
    "sorteer=willekeurig", "status=alles", "pagina=abc", "sorteer=%00", "status=%1b", "pagina=-3", "thema=%00",
])
def test_odd_values_fall_back_to_the_default_list(client, login, themes, query):
    make_thread(category=themes[0], title="Een gewone vraag over parkeren")
    login(make_user())
    response = client.get(f"/vragen?{query}")
    assert response.status_code == 200
    assert "Een gewone vraag over parkeren" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/vragen?thema=bestaat-niet", "/vragen/onbeantwoord?tag=onbekend",
                                  "/vragen?tag=" + "x" * 300])
def test_an_unknown_theme_or_tag_is_a_dutch_404(client, login, themes, path):
    login(make_user())
    response = client.get(path)
    assert response.status_code == 404
    assert "bestaat niet" in response.get_data(as_text=True)


def test_empty_list_says_so(client, login, themes):
    login(make_user())
    assert "Er zijn geen vragen die hierbij passen." in client.get("/vragen/onbeantwoord").get_data(as_text=True)


def test_query_count_does_not_grow_with_threads(client, login, count_queries, themes):
    wonen, klimaat = themes
    login(make_user())
    make_thread(category=wonen, replies=1)
    make_thread(category=wonen)
    client.get("/vragen")  # per-process caches

    def statements(path):
        with count_queries() as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    few = {path: statements(path) for path in ("/vragen", "/vragen?sorteer=onbeantwoord&thema=wonen",
                                              "/vragen/onbeantwoord", "/vragen?sorteer=nuttig")}
    for number in range(12):
        make_thread(author=make_user(), category=klimaat if number % 2 else wonen, replies=number % 3)
    for path, count in few.items():
        assert statements(path) == count
    # user, domains with themes, total, ids, rows; following: read states, bell
    assert few["/vragen"] <= 8
    # the unanswered-first order counts its first part and reads its two parts
    assert few["/vragen?sorteer=onbeantwoord&thema=wonen"] <= 10
