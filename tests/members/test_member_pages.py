"""Member pages: who someone is, what they can help with, and what they asked and answered."""
import pytest

from forum.board.solutions import mark_solution, vote_helpful
from forum.extensions import db
from forum.members.models import TagExpertise, ThemeExpertise
from forum.moderation.posts import delete
from forum.privacy.services import erase_account
from forum.tags.models import Tag
from forum.tags.services import set_thread_tags
from tests.factories import make_category, make_municipality, make_reply, make_thread, make_user


def page_of(client, user_id) -> str:
    response = client.get(f"/leden/{user_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


@pytest.fixture
def expert(app):
    """A member of Gemeente Zeist with a question, two replies (one the solution, one marked
    helpful twice) and expertise on a theme and a tag."""
    person = make_user(make_municipality("Zeist"), name="Anna de Wit", job_title="adviseur wonen")
    domain = make_category("Leefomgeving")
    theme = make_category("Wonen", parent=domain)
    tag = Tag(slug="woningbouw")
    db.session.add(tag)
    db.session.flush()
    db.session.add_all([ThemeExpertise(user_id=person.id, category_id=theme.id),
                        TagExpertise(user_id=person.id, tag_id=tag.id)])
    set_thread_tags(make_thread(author=person, category=theme, title="Hoe bouwen jullie flexwoningen?"),
                    ["woningbouw"])
    asked = make_thread(title="Wie heeft ervaring met tiny houses?")
    solution = make_reply(asked, author=person, body="Wij plaatsten er twintig.")
    mark_solution(solution, asked.author)
    helpful = make_reply(make_thread(title="Welke huurprijs rekenen jullie voor flexwoningen?"), author=person)
    vote_helpful(helpful, make_user())
    vote_helpful(helpful, make_user())
    db.session.commit()
    return person


def test_a_member_page_shows_the_person_their_expertise_and_contributions(client, login, expert):
    login(make_user())
    page = page_of(client, expert.id)
    assert "<h1>Anna de Wit</h1>" in page
    assert "adviseur wonen" in page
    assert 'href="/gemeenten/zeist">Gemeente Zeist</a>' in page
    assert "Aanspreekpunt voor" in page
    assert 'href="/categorie/wonen">Wonen</a>' in page and 'href="/tags/woningbouw"' in page
    counts = page.split('id="bijdragen"')[1].split("</dl>")[0]
    assert "Vragen gesteld</dt><dd>1<" in counts
    assert "Reacties gegeven</dt><dd>2<" in counts
    assert "Gekozen als oplossing</dt><dd>1<" in counts
    assert "Keer nuttig gevonden</dt><dd>2<" in counts
    assert "Hoe bouwen jullie flexwoningen?" in page and "Wie heeft ervaring met tiny houses?" in page
    assert "Uw naam, functie en expertise wijzigen" not in page


def test_own_page_offers_to_change_the_profile(client, login, expert):
    login(expert)
    assert 'href="/account/profiel"' in page_of(client, expert.id)


def test_vng_staff_show_vng_and_are_marked_as_expert(client, login):
    staff = make_user(staff=True, name="Karin Visser", job_title="adviseur sociaal domein")
    theme = make_category("Jeugd", parent=make_category("Inclusieve samenleving"))
    db.session.add(ThemeExpertise(user_id=staff.id, category_id=theme.id))
    login(make_user())
    page = page_of(client, staff.id)
    assert "<dd>VNG" in page and "VNG-expert" in page and "/gemeenten/" not in page.split("<main")[1]


def test_member_pages_are_for_members_only(client, expert):
    response = client.get(f"/leden/{expert.id}")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]
    assert client.get(f"/leden/{expert.id}/vragen").status_code == 302


def test_pending_viewers_are_not_logged_in(client, login, expert):
    login(make_user(status="pending"))
    response = client.get(f"/leden/{expert.id}")
    assert response.status_code == 302 and "/inloggen" in response.headers["Location"]


@pytest.mark.parametrize("path", ["/leden/999999", "/leden/99999999999", "/leden/abc", "/leden/0/vragen"])
def test_unknown_members_are_not_found(client, login, path):
    login(make_user())
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("status", ["pending", "unconfirmed", "rejected"])
def test_applications_have_no_page_except_for_moderators(client, login, status):
    applicant = make_user(status=status, name="Nog Niet Toegelaten")
    login(make_user())
    for path in (f"/leden/{applicant.id}", f"/leden/{applicant.id}/vragen", f"/leden/{applicant.id}/reacties"):
        assert client.get(path).status_code == 404
    login(make_user(staff=True, role="moderator"))
    page = page_of(client, applicant.id)
    assert "Nog Niet Toegelaten" in page and "Dit account is niet actief." in page


def test_a_suspended_members_page_stays(client, login, expert):
    expert.status = "suspended"
    login(make_user())
    assert "Anna de Wit" in page_of(client, expert.id)


def test_an_erased_member_is_a_former_member_without_name_or_expertise(client, login, expert):
    erase_account(expert, expert)
    db.session.commit()
    login(make_user())
    page = page_of(client, expert.id)
    assert "Voormalig lid" in page
    for personal in ("Anna de Wit", "adviseur wonen", "Wonen", "woningbouw", "flexwoningen"):
        assert personal not in page
    assert 'href="/gemeenten/zeist"' in page
    assert client.get(f"/leden/{expert.id}/vragen").status_code == 404
    assert client.get(f"/leden/{expert.id}/reacties").status_code == 404


def test_removed_content_is_hidden_from_members_and_marked_for_moderators(client, login, expert):
    thread = make_thread(author=expert, title="Een vraag die de moderator verwijderde")
    reply = make_reply(make_thread(title="Een gesprek met een verwijderde reactie"), author=expert,
                       body="Een reactie die de moderator verwijderde.")
    moderator = make_user(staff=True, role="moderator")
    delete(reply, moderator)
    delete(db.session.get(type(reply), thread_question_id(thread)), moderator)
    db.session.commit()
    login(make_user())
    for path in (f"/leden/{expert.id}", f"/leden/{expert.id}/vragen", f"/leden/{expert.id}/reacties"):
        page = client.get(path).get_data(as_text=True)
        assert "die de moderator verwijderde" not in page and "verwijderde reactie" not in page
    counts = page_of(client, expert.id).split('id="bijdragen"')[1]
    assert "Vragen gesteld</dt><dd>1<" in counts and "Reacties gegeven</dt><dd>2<" in counts
    login(moderator)
    questions = client.get(f"/leden/{expert.id}/vragen").get_data(as_text=True)
    replies = client.get(f"/leden/{expert.id}/reacties").get_data(as_text=True)
    assert "Een vraag die de moderator verwijderde" in questions and "Verwijderd" in questions
    assert "Een gesprek met een verwijderde reactie" in replies and "Verwijderd" in replies


def thread_question_id(thread) -> int:
    from sqlalchemy import select

    from forum.board.models import Post
    return db.session.scalar(select(Post.id).where(Post.thread_id == thread.id, Post.position == 1))


def test_the_full_lists_are_paginated_newest_first(client, login):
    person = make_user(name="Veel Vragen")
    theme = make_category(parent=make_category())
    for number in range(27):
        make_thread(author=person, category=theme, title=f"Vraag nummer {number:02d} over het thema")
    login(make_user())
    first = client.get(f"/leden/{person.id}/vragen").get_data(as_text=True)
    assert first.index("Vraag nummer 26") < first.index("Vraag nummer 25")
    assert "Vraag nummer 01" not in first and 'rel="next"' in first
    second = client.get(f"/leden/{person.id}/vragen?pagina=2").get_data(as_text=True)
    assert "Vraag nummer 01" in second and "Vraag nummer 00" in second
    assert client.get(f"/leden/{person.id}/vragen?pagina=3").status_code == 404
    overview = page_of(client, person.id)
    assert "Vraag nummer 26" in overview and "Vraag nummer 20" not in overview
    assert f'href="/leden/{person.id}/vragen"' in overview
    assert "nog niet gereageerd" in overview


def test_member_page_runs_a_fixed_number_of_statements(client, login, count_queries, expert):
    quiet = make_user()
    login(make_user())
    client.get(f"/leden/{quiet.id}")  # what a first request of the process reads once
    with count_queries() as few:
        assert client.get(f"/leden/{quiet.id}").status_code == 200
    for number in range(8):
        thread = make_thread(author=expert, title=f"Nog een vraag van Anna, nummer {number}")
        make_reply(thread, author=expert)
    with count_queries() as many:
        assert client.get(f"/leden/{expert.id}").status_code == 200
    assert len(many) == len(few)
    # viewer, member, expertise (themes, tags), counts, questions, replies; following: the bell
    assert len(many) <= 9
    with count_queries() as listed:
        assert client.get(f"/leden/{expert.id}/reacties").status_code == 200
    assert len(listed) <= 6


def test_names_link_to_member_pages_and_former_members_do_not(client, login):
    utrecht = make_municipality("Utrecht")
    asker = make_user(utrecht, name="Sanne Bakker", job_title="projectleider")
    replier = make_user(utrecht, name="Piet Post")
    thread = make_thread(author=asker, title="Hoe organiseren jullie de jeugdhulp?")
    reply = make_reply(thread, author=replier)
    mark_solution(reply, asker)
    db.session.commit()
    login(make_user())
    thread_page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert f'<a href="/leden/{asker.id}">Sanne Bakker</a>, projectleider' in thread_page
    assert thread_page.count(f'<a href="/leden/{replier.id}">Piet Post</a>') == 2  # the reply and the solution box
    for path in ("/gemeenten/utrecht", "/gemeenten/utrecht/leden", "/gemeenten/utrecht/vragen",
                 "/gemeenten/utrecht/reacties"):
        assert f'href="/leden/{asker.id}"' in client.get(path).get_data(as_text=True) or path.endswith("reacties")
    assert f'href="/leden/{replier.id}"' in client.get("/gemeenten/utrecht/reacties").get_data(as_text=True)
    erase_account(replier, replier)
    db.session.commit()
    thread_page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert f'href="/leden/{replier.id}"' not in thread_page and "· voormalig lid" in thread_page
    assert f'href="/leden/{replier.id}"' not in client.get("/gemeenten/utrecht/reacties").get_data(as_text=True)
