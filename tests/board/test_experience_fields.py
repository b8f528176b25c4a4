"""Structured experience replies: optional fields, shown under the reply, searchable."""
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from tests.factories import make_thread, make_user

FIELDS = {
    "experience_approach": "Eén bouwteam voor drie hallen.",
    "experience_result": "70 procent minder gas.",
    "experience_costs": "€ 1 miljoen per hal,\ntwee jaar doorlooptijd.",
    "experience_lessons": "Verenigingen eerder betrekken.",
    "experience_contact": "S. Koster, projectleider <sport>",
}


def test_reply_form_offers_the_fields_in_a_fieldset(client, login):
    thread = make_thread()
    login(make_user())
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "<legend>Uw ervaring in onderdelen (optioneel)</legend>" in page
    for label in ("Aanpak", "Resultaat", "Kosten en doorlooptijd", "Wat we anders zouden doen", "Contactpersoon"):
        assert f">{label}</label>" in page


def test_reply_with_experience_is_stored_and_shown_escaped(client, login):
    thread = make_thread()
    login(make_user())
    response = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Onze ervaring.", **FIELDS})
    assert response.status_code == 302
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    assert post.experience_costs == "€ 1 miljoen per hal,\ntwee jaar doorlooptijd."
    assert post.experience_contact == "S. Koster, projectleider <sport>"
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "<dt>Kosten en doorlooptijd</dt><dd>€ 1 miljoen per hal,\ntwee jaar doorlooptijd.</dd>" in page
    assert "projectleider &lt;sport&gt;" in page


def test_empty_fields_are_stored_as_nothing(client, login):
    thread = make_thread()
    login(make_user())
    client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Alleen tekst.", "experience_costs": "   "})
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    assert post.experience_costs is None and not post.has_experience
    assert '<dl class="experience">' not in client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)


def test_too_long_field_keeps_the_draft_and_says_why(client, login):
    thread = make_thread()
    login(make_user())
    response = client.post(f"/onderwerp/{thread.id}/reageren", data={
        "body": "Mijn concepttekst.", "experience_result": "x" * 2001, "experience_approach": "Mijn aanpak",
    })
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Gebruik hoogstens 2000 tekens." in page
    assert "Mijn concepttekst.</textarea>" in page and "Mijn aanpak</textarea>" in page
    assert db.session.scalar(select(Post).where(Post.position == 2)) is None


def test_author_edits_the_experience_of_a_reply(client, login):
    thread = make_thread()
    author = login(make_user())
    client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Onze ervaring.", **FIELDS})
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 2))
    form = client.get(f"/bericht/{post.id}/bewerken").get_data(as_text=True)
    assert "Verenigingen eerder betrekken.</textarea>" in form
    response = client.post(f"/bericht/{post.id}/bewerken", data={
        "body": "Onze ervaring.", **FIELDS, "experience_costs": "Nog onbekend.",
    })
    assert response.status_code == 302
    db.session.refresh(post)
    assert post.experience_costs == "Nog onbekend." and post.edit_count == 1
    assert author.id == post.author_id


def test_question_has_no_experience_fields(client, login):
    author = make_user()
    thread = make_thread(author=author)
    login(author)
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))
    form = client.get(f"/bericht/{question.id}/bewerken").get_data(as_text=True)
    assert "Uw ervaring in onderdelen" not in form
    assert "Tags (optioneel)" in form


def test_search_finds_experience_fields_and_filters_on_costs(client, login):
    thread = make_thread(title="Vraag over het verduurzamen van sporthallen")
    login(make_user())
    client.post(f"/onderwerp/{thread.id}/reageren", data={
        "body": "Wij deden het met een bouwteam.", "experience_costs": "Ongeveer € 450.000 per sporthal.",
    })
    client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Ook wij hebben sporthallen verduurzaamd."})
    everything = client.get("/zoeken?q=sporthal").get_data(as_text=True)
    assert everything.count('class="result"') == 3
    with_costs = client.get("/zoeken?q=sporthal&kosten=y").get_data(as_text=True)
    assert with_costs.count('class="result"') == 1
    assert "<mark>sporthal</mark>" in with_costs and "met kosteninformatie" in with_costs
    assert "450.000" in client.get("/zoeken?q=450.000").get_data(as_text=True)
