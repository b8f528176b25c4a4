"""Members change their own name, job title and expertise; the form refuses what it cannot use."""
import pytest
from sqlalchemy import select

from forum.accounts.models import User
from forum.extensions import db
from forum.members.models import TagExpertise, ThemeExpertise
from forum.tags.models import Tag
from forum.tags.services import set_thread_tags
from tests.factories import make_category, make_thread, make_user


@pytest.fixture
def themes(app):
    domain = make_category("Leefomgeving")
    return [make_category(name, parent=domain) for name in ("Wonen", "Klimaat en energietransitie", "Omgevingswet")]


@pytest.fixture
def tags(app):
    slugs = ("warmtepomp", "aanbesteding")
    set_thread_tags(make_thread(), list(slugs))
    return [db.session.scalar(select(Tag).where(Tag.slug == slug)) for slug in slugs]


def theme_ids_of(user) -> set[int]:
    return set(db.session.scalars(select(ThemeExpertise.category_id).where(ThemeExpertise.user_id == user.id)))


def tag_ids_of(user) -> set[int]:
    return set(db.session.scalars(select(TagExpertise.tag_id).where(TagExpertise.user_id == user.id)))


def test_the_account_page_links_to_the_profile_and_the_member_page(client, login):
    user = login(make_user())
    page = client.get("/account").get_data(as_text=True)
    assert 'href="/account/profiel"' in page and f'href="/leden/{user.id}"' in page


def test_the_form_shows_the_current_profile_and_the_themes_by_domain(client, login, themes, tags):
    user = login(make_user(name="Jan Jansen", job_title="beleidsadviseur"))
    db.session.add(ThemeExpertise(user_id=user.id, category_id=themes[0].id))
    db.session.add(TagExpertise(user_id=user.id, tag_id=tags[0].id))
    page = client.get("/account/profiel").get_data(as_text=True)
    assert 'value="Jan Jansen"' in page and 'value="beleidsadviseur"' in page
    assert "<legend>Leefomgeving</legend>" in page
    assert f'value="{themes[0].id}" checked' in page and f'value="{themes[1].id}">' in page
    assert 'value="warmtepomp"' in page


def test_a_member_changes_name_job_title_and_expertise(client, login, themes, tags):
    user = login(make_user(name="Jan Jansen"))
    db.session.add(ThemeExpertise(user_id=user.id, category_id=themes[2].id))
    response = client.post("/account/profiel", data={
        "name": "  J. Jansen ", "job_title": "adviseur energie",
        "themes": [str(themes[0].id), str(themes[1].id)], "tags": "Warmtepomp, aanbesteding",
    })
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/leden/{user.id}")
    user = db.session.get(User, user.id)
    assert (user.name, user.job_title) == ("J. Jansen", "adviseur energie")
    assert theme_ids_of(user) == {themes[0].id, themes[1].id}
    assert tag_ids_of(user) == {tag.id for tag in tags}
    page = client.get(f"/leden/{user.id}").get_data(as_text=True)
    assert "Uw profiel is opgeslagen." in page and "adviseur energie" in page and "Klimaat en energietransitie" in page


def test_clearing_the_expertise_and_the_job_title(client, login, themes, tags):
    user = login(make_user())
    db.session.add_all([ThemeExpertise(user_id=user.id, category_id=themes[0].id),
                        TagExpertise(user_id=user.id, tag_id=tags[0].id)])
    assert client.post("/account/profiel", data={"name": user.name, "job_title": "", "tags": ""}).status_code == 302
    assert theme_ids_of(user) == set() and tag_ids_of(user) == set()
    assert db.session.get(User, user.id).job_title == ""


def test_the_new_name_shows_in_posts(client, login):
    user = login(make_user(name="Oude Naam"))
    thread = make_thread(author=user)
    client.post("/account/profiel", data={"name": "Nieuwe Naam", "job_title": "jurist"})
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert f'<a href="/leden/{user.id}">Nieuwe Naam</a>, jurist' in page and "Oude Naam" not in page


@pytest.mark.parametrize("data, message", [
    ({"name": ""}, "Vul uw naam in."),
    ({"name": "   "}, "Vul uw naam in."),
    ({"name": "x" * 101}, "Een naam heeft hoogstens 100 tekens."),
    ({"job_title": "x" * 101}, "Een functie heeft hoogstens 100 tekens."),
    ({"themes": ["999999"]}, "Kies thema’s uit de lijst."),
    ({"themes": ["wonen"]}, "Kies thema’s uit de lijst."),
    ({"themes": ["99999999999999999999"]}, "Kies thema’s uit de lijst."),
    ({"tags": "bestaat-niet"}, "Deze tag bestaat nog niet: bestaat-niet."),
    ({"tags": "x"}, "moet 2 tot 40 letters of cijfers lang zijn"),
    ({"tags": "a1, a2, a3, a4, a5, a6"}, "Gebruik hoogstens 5 tags."),
])
def test_refusals_keep_the_profile_and_say_why(client, login, themes, tags, data, message):
    user = login(make_user(name="Jan Jansen", job_title="beleidsadviseur"))
    response = client.post("/account/profiel", data={"name": "Nieuwe Naam", "job_title": "jurist", **data})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    user = db.session.get(User, user.id)
    assert (user.name, user.job_title) == ("Jan Jansen", "beleidsadviseur")
    assert theme_ids_of(user) == set()


def test_a_domain_is_no_theme_to_choose(client, login, themes):
    login(make_user())
    response = client.post("/account/profiel", data={"name": "Jan", "themes": [str(themes[0].parent_id)]})
    assert response.status_code == 422


def test_at_most_ten_themes(client, login):
    domain = make_category("Domein")
    many = [make_category(f"Thema {number}", parent=domain) for number in range(11)]
    login(make_user())
    response = client.post("/account/profiel", data={"name": "Jan", "themes": [str(theme.id) for theme in many]})
    assert response.status_code == 422 and "Kies hoogstens 10 thema’s." in response.get_data(as_text=True)


def test_only_members_change_a_profile(client):
    for method in (client.get, client.post):
        response = method("/account/profiel", data={"name": "Indringer"})
        assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


def test_the_form_needs_its_csrf_token(app, client, login):
    app.config["WTF_CSRF_ENABLED"] = True
    user = login(make_user(name="Jan Jansen"))
    response = client.post("/account/profiel", data={"name": "Zonder Token"})
    assert response.status_code == 400
    assert db.session.get(User, user.id).name == "Jan Jansen"


def test_a_tag_only_removed_questions_carry_is_no_expertise(client, login, themes, tags):
    from forum.clock import utcnow

    removed = make_thread(title="Een verwijderde vraag")
    set_thread_tags(removed, ["geheim-project"])
    removed.deleted_at = utcnow()
    db.session.add(Tag(slug="ongebruikt"))
    user = login(make_user(name="Jan Jansen"))
    for slug in ("geheim-project", "ongebruikt"):
        response = client.post("/account/profiel", data={"name": "Jan Jansen", "tags": slug})
        assert response.status_code == 422 and f"Deze tag bestaat nog niet: {slug}." in response.text
    # Named while its question was still there: no longer shown once the question is removed.
    visible = make_thread(title="Nog een vraag")
    set_thread_tags(visible, ["tijdelijk"])
    assert client.post("/account/profiel", data={"name": "Jan Jansen", "tags": "tijdelijk"}).status_code == 302
    assert 'href="/tags/tijdelijk"' in client.get(f"/leden/{user.id}").text
    visible.deleted_at = utcnow()
    db.session.commit()
    assert "tijdelijk" not in client.get(f"/leden/{user.id}").text
