"""Who has experience: per thread, category and tag; per domain on a municipality page;
"gemeenten zoals de uwe" ranked by province and size."""
import re

import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.experience.services import similarity
from forum.tags.services import set_thread_tags
from forum.extensions import db
from tests.factories import make_category, make_municipality, make_reply, make_thread, make_user


@pytest.fixture
def topic(app):
    domain = make_category("Leefomgeving")
    theme = make_category("Wonen", parent=domain)
    thread = make_thread(category=theme, title="Hoe regelen jullie flexwonen op korte termijn?")
    set_thread_tags(thread, ["flexwonen"])
    db.session.commit()
    return domain, theme, thread


def listed_municipalities(page: str, heading_id: str = "ervaring-titel") -> list[str]:
    section = page.split(f'id="{heading_id}"')[1].split("</section>")[0]
    return re.findall(r'class="meta">(\d+) reactie', section), re.findall(r">(Gemeente [^<]+)</a>", section)


def test_thread_category_and_tag_pages_list_municipalities_with_counts(client, login, topic):
    domain, theme, thread = topic
    zwolle, ede = make_municipality("Zwolle", "Overijssel"), make_municipality("Ede", "Gelderland")
    make_reply(thread, make_user(zwolle))
    make_reply(thread, make_user(zwolle))
    make_reply(thread, make_user(ede))
    login(make_user())
    for path in (f"/onderwerp/{thread.id}", f"/categorie/{theme.slug}", f"/categorie/{domain.slug}", "/tags/flexwonen"):
        counts, names = listed_municipalities(client.get(path).get_data(as_text=True))
        assert names == ["Gemeente Zwolle", "Gemeente Ede"], path
        assert counts == ["2", "1"], path


def test_municipality_page_shows_contributions_per_domain(client, login, topic):
    domain, theme, thread = topic
    other_domain = make_category("Informatiesamenleving")
    ict = make_category("Data", parent=other_domain)
    utrecht = make_municipality("Utrecht")
    member = make_user(utrecht)
    make_reply(thread, member)
    make_reply(make_thread(category=ict), member)
    make_thread(author=member, category=ict)
    login(member)
    page = client.get("/gemeenten/utrecht").get_data(as_text=True)
    table = page.split('id="per-domein"')[1].split("</table>")[0]
    rows = re.findall(r'<th scope="row"><a [^>]+>([^<]+)</a></th>\s*<td class="numeric">(\d+)</td>\s*<td class="numeric">(\d+)</td>', table)
    assert sorted(rows) == [("Informatiesamenleving", "1", "1"), ("Leefomgeving", "0", "1")]


def test_similarity_prefers_same_province_and_comparable_size(app):
    own = make_municipality("Eigen", "Utrecht", 50_000)
    assert similarity(own, make_municipality("Tweeling", "Utrecht", 50_000)) == 1.0
    assert similarity(own, make_municipality("Dubbel", "Utrecht", 100_000)) == 0.75
    assert similarity(own, make_municipality("Ver", "Limburg", 50_000)) == 0.5
    assert similarity(own, make_municipality("Groot", "Limburg", 400_000)) == 0.0


def test_like_yours_ranks_by_similarity_for_a_member(client, login, topic):
    domain, theme, thread = topic
    own = make_municipality("Amersfoort", "Utrecht", 160_000)
    alike = make_municipality("Zeist", "Utrecht", 65_000)
    same_size = make_municipality("Apeldoorn", "Gelderland", 165_000)
    far = make_municipality("Vaals", "Limburg", 10_000)
    for municipality, replies in ((far, 3), (same_size, 1), (alike, 1)):
        for _ in range(replies):
            make_reply(thread, make_user(municipality))
    make_reply(thread, make_user(own))
    login(make_user(own))
    for path in (f"/ervaring/categorie/{theme.slug}", "/ervaring/tag/flexwonen"):
        page = client.get(path).get_data(as_text=True)
        names = re.findall(r'<th scope="row"><a [^>]+>([^<]+)</a>', page)
        # Zeist: same province, 2.5x smaller (0.5 + 0.17); Apeldoorn: same size (0.5); Vaals: neither.
        assert names == ["Gemeente Zeist", "Gemeente Apeldoorn", "Gemeente Vaals"], path
        assert "Gemeente Amersfoort" not in names
        assert "zelfde provincie" in page and "Overeenkomst" in page


def test_like_yours_for_staff_is_by_number_of_replies(client, login, topic):
    _, theme, thread = topic
    make_reply(thread, make_user(make_municipality("Baarn")))
    putten = make_municipality("Putten")
    for _ in range(2):
        make_reply(thread, make_user(putten))
    login(make_user(staff=True, role="moderator"))
    page = client.get(f"/ervaring/categorie/{theme.slug}").get_data(as_text=True)
    assert re.findall(r'<th scope="row"><a [^>]+>([^<]+)</a>', page)[0] == "Gemeente Putten"
    assert "Overeenkomst" not in page
    assert client.get("/ervaring/categorie/bestaat-niet").status_code == 404
    assert client.get("/ervaring/tag/bestaat-niet").status_code == 404


def test_experience_pages_are_for_readers_only(client, topic):
    _, theme, _ = topic
    response = client.get(f"/ervaring/categorie/{theme.slug}")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


def test_tag_counts_follow_tags_added_and_removed_after_replies(client, login, topic):
    _, _, thread = topic
    other = make_thread(title="Een vraag die later een tag krijgt")
    make_reply(other, make_user(make_municipality("Urk", "Flevoland")))
    set_thread_tags(other, ["flexwonen"])
    db.session.commit()
    login(make_user())
    _, names = listed_municipalities(client.get("/tags/flexwonen").get_data(as_text=True))
    assert names == ["Gemeente Urk"]
    set_thread_tags(other, [])
    db.session.commit()
    page = client.get("/ervaring/tag/flexwonen").get_data(as_text=True)
    assert "Gemeente Urk" not in page and "Nog geen enkele gemeente" in page


def test_recount_rebuilds_the_counters(app, client, login, topic):
    from forum.experience.models import CategoryExperience

    _, theme, thread = topic
    slug = theme.slug
    make_reply(thread, make_user(make_municipality("Elburg", "Gelderland")))
    db.session.query(CategoryExperience).delete()
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["experience", "recount"])
    assert result.exit_code == 0, result.output
    assert "Ervaring opnieuw geteld: 1 regels per thema, 1 per tag." in result.output
    db.session.remove()
    login(make_user())
    _, names = listed_municipalities(client.get(f"/categorie/{slug}").get_data(as_text=True))
    assert names == ["Gemeente Elburg"]


def test_municipality_page_leaves_removed_questions_out_of_the_domain_counts(client, login, topic):
    domain, theme, thread = topic
    member = make_user(make_municipality("Utrecht"))
    make_thread(author=member, category=theme)
    removed = make_thread(author=member, category=theme, title="Een vraag die een moderator verwijderde")
    db.session.commit()
    question = db.session.scalar(select(Post).where(Post.thread_id == removed.id, Post.position == 1))
    login(make_user(name="M. Oderator", role="moderator", staff=True))
    assert client.post(f"/moderatie/bericht/{question.id}/verwijderen", data={"reason": "Dubbel"}).status_code == 302
    login(member)
    page = client.get("/gemeenten/utrecht").get_data(as_text=True)
    table = page.split('id="per-domein"')[1].split("</table>")[0]
    rows = re.findall(r'<th scope="row"><a [^>]+>([^<]+)</a></th>\s*<td class="numeric">(\d+)</td>', table)
    assert rows == [("Leefomgeving", "1")]
