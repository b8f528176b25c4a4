"""Drafts through the pages: kept with the composer's button (no script), offered back when the
composer is opened again, removed once posted, private to their writer, never for removed content."""
import io
import json
import re

import pytest
from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from forum import limits
from forum.board.models import Post
from forum.clock import utcnow
from forum.drafts.models import Draft
from forum.extensions import db
from forum.markup import MAX_MARKDOWN_LENGTH
from tests.factories import make_category, make_reply, make_thread, make_user


@pytest.fixture
def theme(app):
    return make_category("Wonen", parent=make_category("Leefomgeving"))


def drafts_of(user) -> list[Draft]:
    return db.session.scalars(select(Draft).where(Draft.user_id == user.id).order_by(Draft.id)).all()


def question_of(thread) -> Post:
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


def test_a_question_draft_is_kept_without_script_and_offered_back(client, login, theme):
    member = login(make_user())
    response = client.post("/account/concepten/vraag", data={
        "title": "Hoe pakken jullie flexwonen aan?", "category": str(theme.id), "body": "Half **af**",
        "submit": "Vraag plaatsen"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/vraag-stellen")
    [draft] = drafts_of(member)
    assert (draft.kind, draft.title, draft.category_id, draft.body) == (
        "ask", "Hoe pakken jullie flexwonen aan?", theme.id, "Half **af**")

    page = client.get("/vraag-stellen").text
    assert "Uw concept is opgeslagen." in page
    assert "U heeft een concept van" in page and "verder schrijven of het weggooien" in page
    assert 'value="Hoe pakken jullie flexwonen aan?"' in page
    assert re.search(r'<textarea[^>]*name="body"[^>]*>\s*Half \*\*af\*\*</textarea>', page)
    assert re.search(rf'<option selected value="{theme.id}">|<option value="{theme.id}" selected', page)


def test_a_theme_chosen_on_its_page_wins_over_the_drafts_theme(client, login, theme):
    login(make_user())
    other = make_category("Inburgering", parent=theme.parent)
    client.post("/account/concepten/vraag", data={
        "title": "Hoe pakken jullie flexwonen aan?", "category": str(theme.id), "body": "Half af"})
    page = client.get("/vraag-stellen", query_string={"categorie": other.slug}).text
    assert "U heeft een concept van" in page and 'value="Hoe pakken jullie flexwonen aan?"' in page
    assert f'<option selected value="{other.id}">Inburgering</option>' in page
    assert f'<option value="{theme.id}">Wonen</option>' in page
    # A domain is no theme to file under: the draft's theme stays.
    page = client.get("/vraag-stellen", query_string={"categorie": theme.parent.slug}).text
    assert f'<option selected value="{theme.id}">Wonen</option>' in page


FILES_NOT_KEPT = ("Uw concept is opgeslagen. Bestanden worden niet in een concept bewaard: voeg ze toe wanneer u "
                  "plaatst.")
CSRF_TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def test_a_draft_saved_with_a_file_keeps_its_text_and_says_the_file_is_not_kept(client, login, theme):
    member = login(make_user())
    response = client.post("/account/concepten/vraag", content_type="multipart/form-data", data={
        "title": "Hoe pakken jullie flexwonen aan?", "category": str(theme.id), "body": "Half af",
        "attachments": [(io.BytesIO(b"Notities bij de vraag"), "notities.txt")]})
    assert response.status_code == 302
    assert [(draft.title, draft.body) for draft in drafts_of(member)] == [("Hoe pakken jullie flexwonen aan?", "Half af")]
    assert FILES_NOT_KEPT in client.get("/vraag-stellen").text
    client.post("/account/concepten/vraag", data={"title": "Zonder bestand", "body": "Half af"})
    assert "Uw concept is opgeslagen." in client.get("/vraag-stellen").text  # no word about files without any


@pytest.mark.parametrize("place", ["reply", "edit", "ask"])
def test_a_draft_saved_with_a_file_over_a_megabyte_is_kept_not_refused(app, client, login, place):
    member = login(make_user())
    thread = make_thread(author=member)
    composer, save_url = {
        "ask": ("/vraag-stellen", "/account/concepten/vraag"),
        "reply": (f"/onderwerp/{thread.id}", f"/account/concepten/reactie/{thread.id}"),
        "edit": (f"/bericht/{question_of(thread).id}/bewerken",
                 f"/account/concepten/bewerking/{question_of(thread).id}"),
    }[place]
    app.config["WTF_CSRF_ENABLED"] = True  # as in production: the CSRF check reads the body first
    try:
        token = CSRF_TOKEN.search(client.get(composer).text).group(1)
        upload = FileStorage(io.BytesIO(b"x" * (1024 * 1024 + 512 * 1024)), filename="groot.txt",
                             content_type="text/plain")
        boundary, body = encode_multipart(MultiDict({
            "csrf_token": token, "title": "Een lange titel voor het concept", "body": "Mijn lange tekst",
            "attachments": upload}))
        response = client.post(save_url, data=body, content_type=f"multipart/form-data; boundary={boundary}")
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert response.status_code == 302
    assert [draft.body for draft in drafts_of(member)] == ["Mijn lange tekst"]
    assert FILES_NOT_KEPT in client.get(response.headers["Location"]).text


def test_saving_again_replaces_the_draft_and_an_empty_composer_keeps_none(client, login, theme):
    member = login(make_user())
    client.post("/account/concepten/vraag", data={"title": "Eerste versie", "body": "een"})
    client.post("/account/concepten/vraag", data={"title": "Tweede versie", "body": "twee"})
    assert [(draft.title, draft.body) for draft in drafts_of(member)] == [("Tweede versie", "twee")]
    response = client.post("/account/concepten/vraag", data={"title": " ", "body": ""})
    assert response.status_code == 302 and drafts_of(member) == []
    assert "geen concept bewaard" in client.get("/vraag-stellen").text


def test_a_reply_draft_is_offered_on_the_thread_and_removed_once_posted(client, login):
    thread = make_thread()
    member = login(make_user())
    response = client.post(f"/account/concepten/reactie/{thread.id}", data={"body": "Bij ons ging het"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/onderwerp/{thread.id}#reageren-titel")
    page = client.get(f"/onderwerp/{thread.id}").text
    assert "U heeft een concept van" in page and "Bij ons ging het</textarea>" in page

    other = make_thread()  # a draft is per thread: another thread's composer stays empty
    assert "U heeft een concept van" not in client.get(f"/onderwerp/{other.id}").text

    assert client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Bij ons ging het goed."}).status_code == 302
    assert drafts_of(member) == []
    assert "U heeft een concept van" not in client.get(f"/onderwerp/{thread.id}").text


def test_a_question_draft_is_removed_once_the_question_is_posted(client, login, theme):
    member = login(make_user())
    client.post("/account/concepten/vraag", data={"title": "Hoe pakken jullie flexwonen aan?", "body": "x"})
    response = client.post("/vraag-stellen", data={
        "title": "Hoe pakken jullie flexwonen aan?", "category": theme.id, "body": "Onze vraag.",
        "similar_checked": "Hoe pakken jullie flexwonen aan?"})
    assert response.status_code == 302
    assert drafts_of(member) == []


def test_an_edit_draft_is_offered_on_the_edit_page_and_removed_once_saved(client, login):
    member = make_user()
    thread = make_thread(author=member, title="Hoe verduurzamen jullie sporthallen?")
    post = question_of(thread)
    login(member)
    client.post(f"/account/concepten/bewerking/{post.id}",
                data={"title": "Hoe verduurzamen jullie de sporthallen?", "body": "Aangevuld, nog niet af"})
    page = client.get(f"/bericht/{post.id}/bewerken").text
    assert "U heeft een concept van" in page and "Aangevuld, nog niet af</textarea>" in page
    assert 'value="Hoe verduurzamen jullie de sporthallen?"' in page
    response = client.post(f"/bericht/{post.id}/bewerken",
                           data={"title": "Hoe verduurzamen jullie sporthallen?", "body": "Aangevuld."})
    assert response.status_code == 302 and drafts_of(member) == []


def test_the_script_saves_through_a_json_endpoint(client, login):
    thread = make_thread()
    member = login(make_user())
    response = client.post(f"/account/concepten/reactie/{thread.id}/automatisch", data={"body": "Typend"})
    assert response.status_code == 200
    answer = json.loads(response.text)
    assert answer["saved"] is True and answer["message"].startswith("Concept opgeslagen om ")
    assert [draft.body for draft in drafts_of(member)] == ["Typend"]
    emptied = json.loads(client.post(f"/account/concepten/reactie/{thread.id}/automatisch",
                                     data={"body": ""}).text)
    assert emptied["saved"] is False and drafts_of(member) == []


def test_an_oversized_draft_is_refused_in_dutch(client, login):
    thread = make_thread()
    member = login(make_user())
    too_long = "a" * (MAX_MARKDOWN_LENGTH + 1)
    response = client.post(f"/account/concepten/reactie/{thread.id}", data={"body": too_long})
    assert response.status_code == 422 and "Het concept is te lang: maximaal 20000 tekens." in response.text
    response = client.post(f"/account/concepten/reactie/{thread.id}/automatisch", data={"body": too_long})
    assert response.status_code == 422
    assert json.loads(response.text)["error"] == "Het concept is te lang: maximaal 20000 tekens."
    response = client.post("/account/concepten/vraag", data={"title": "t" * 151, "body": "x"})
    assert response.status_code == 422 and "De titel van het concept is te lang" in response.text
    assert drafts_of(member) == []


def test_the_json_endpoint_refuses_a_post_without_csrf_token(app, client, login):
    app.config["WTF_CSRF_ENABLED"] = True
    thread = make_thread()
    member = login(make_user())
    response = client.post(f"/account/concepten/reactie/{thread.id}/automatisch", data={"body": "Typend"})
    assert response.status_code == 400 and "Het formulier is verlopen" in response.text
    assert drafts_of(member) == []


def test_visitors_are_sent_to_the_login_page(client):
    thread = make_thread()
    for path in ("/account/concepten", f"/account/concepten/reactie/{thread.id}/automatisch"):
        response = client.get(path) if path == "/account/concepten" else client.post(path, data={"body": "x"})
        assert response.status_code == 302 and "/inloggen" in response.headers["Location"]
    assert db.session.scalar(select(func.count()).select_from(Draft)) == 0


def test_no_draft_where_one_may_not_write(client, login):
    owner = make_user()
    thread = make_thread(author=owner)
    reply = make_reply(thread)
    member = login(make_user())
    # another's post: no edit; a locked thread: no reply; a removed one, or none: not found
    assert client.post(f"/account/concepten/bewerking/{reply.id}", data={"body": "x"}).status_code == 403
    thread.is_locked = True
    db.session.commit()
    assert client.post(f"/account/concepten/reactie/{thread.id}", data={"body": "x"}).status_code == 403
    thread.is_locked = False
    question_of(thread).deleted_at = thread.deleted_at = utcnow()
    db.session.commit()
    assert client.post(f"/account/concepten/reactie/{thread.id}", data={"body": "x"}).status_code == 404
    assert client.post("/account/concepten/reactie/999999", data={"body": "x"}).status_code == 404
    assert drafts_of(member) == []


def test_a_draft_for_a_removed_thread_is_not_offered_and_hides_its_title(client, login):
    thread = make_thread(title="Een vraag die de moderator verwijderde")
    member = login(make_user())
    client.post(f"/account/concepten/reactie/{thread.id}", data={"body": "Mijn halve reactie"})
    question_of(thread).deleted_at = thread.deleted_at = utcnow()
    db.session.commit()
    assert client.get(f"/onderwerp/{thread.id}").status_code == 404
    listing = client.get("/account/concepten").text
    assert "Een vraag die de moderator verwijderde" not in listing
    assert "niet meer beschikbaar" in listing and "Mijn halve reactie" in listing  # the member's own text
    assert [draft.body for draft in drafts_of(member)] == ["Mijn halve reactie"]


def test_drafts_are_listed_under_the_account_and_discarded_there(client, login):
    thread = make_thread(title="Hoe verduurzamen jullie sporthallen?")
    member = login(make_user())
    client.post("/account/concepten/vraag", data={"title": "Over flexwonen", "body": "Nog niet af"})
    client.post(f"/account/concepten/reactie/{thread.id}", data={"body": "Bij ons"})
    page = client.get("/account/concepten").text
    assert "Nieuwe vraag: Over flexwonen" in page and "Reactie in: Hoe verduurzamen jullie sporthallen?" in page
    assert f'href="/onderwerp/{thread.id}#reageren-titel"' in page
    assert "Mijn concepten" in client.get("/account").text

    draft = drafts_of(member)[0]
    response = client.post(f"/account/concepten/{draft.id}/weggooien")
    assert response.status_code == 302 and response.headers["Location"].endswith("/account/concepten")
    assert [draft.kind for draft in drafts_of(member)] == ["reply"]
    assert "Het concept is weggegooid." in client.get("/account/concepten").text


def test_discarding_from_the_notice_returns_to_the_composer(client, login):
    member = login(make_user())
    client.post("/account/concepten/vraag", data={"title": "Over flexwonen", "body": "Nog niet af"})
    draft_id = drafts_of(member)[0].id
    response = client.post(f"/account/concepten/{draft_id}/weggooien", data={"next": "/vraag-stellen"})
    assert response.headers["Location"].endswith("/vraag-stellen") and drafts_of(member) == []
    assert client.post(f"/account/concepten/{draft_id}/weggooien").status_code == 404  # gone already
    client.post("/account/concepten/vraag", data={"title": "Over flexwonen", "body": "Opnieuw"})
    response = client.post(f"/account/concepten/{drafts_of(member)[0].id}/weggooien",
                           data={"next": "//elders.example"})
    assert response.headers["Location"].endswith("/account/concepten")  # never to another site


def test_others_cannot_read_overwrite_or_discard_my_drafts(client, login):
    thread = make_thread()
    owner = login(make_user())
    client.post(f"/account/concepten/reactie/{thread.id}", data={"body": "Alleen van mij"})
    [draft] = drafts_of(owner)

    other = login(make_user())
    assert "Alleen van mij" not in client.get(f"/onderwerp/{thread.id}").text
    assert "Alleen van mij" not in client.get("/account/concepten").text
    assert client.post(f"/account/concepten/{draft.id}/weggooien").status_code == 404
    client.post(f"/account/concepten/reactie/{thread.id}", data={"body": "Van de ander"})
    db.session.expire_all()
    assert [d.body for d in drafts_of(owner)] == ["Alleen van mij"]
    assert [d.body for d in drafts_of(other)] == ["Van de ander"]


def test_the_drafts_list_is_paginated_with_a_fixed_number_of_queries(client, login, count_queries):
    member = login(make_user())
    for _ in range(3):
        client.post(f"/account/concepten/reactie/{make_thread().id}", data={"body": "Kort"})

    def statements(path):
        with count_queries() as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    few = statements("/account/concepten")
    for _ in range(20):
        client.post(f"/account/concepten/bewerking/{question_of(make_thread(author=member)).id}",
                    data={"body": "Meer"})
    assert statements("/account/concepten") == few
    assert statements("/account/concepten?pagina=2") == few
    # user, login session, the count, one page of drafts with their threads and posts; the bell
    assert few <= 6
    assert client.get("/account/concepten?pagina=9").status_code == 404


def test_saving_drafts_is_rate_limited_per_member(client, login, limited):
    thread = make_thread()
    login(make_user())
    per_minute = int(limits.DRAFTS_PER_MEMBER.split()[0])
    for number in range(per_minute):
        path = f"/account/concepten/reactie/{thread.id}" + ("/automatisch" if number % 2 else "")
        assert client.post(path, data={"body": f"Versie {number}"}).status_code in (200, 302)
    blocked = client.post(f"/account/concepten/reactie/{thread.id}/automatisch", data={"body": "Nog een"})
    assert blocked.status_code == 429 and "Te veel verzoeken" in blocked.text
    login(make_user())  # another member has an allowance of their own
    assert client.post(f"/account/concepten/reactie/{thread.id}", data={"body": "Van mij"}).status_code == 302


def test_an_edit_draft_warns_when_the_post_changed_after_it_and_is_dropped_when_saved_unchanged(client, login):
    member = make_user()
    thread = make_thread(author=member, title="Hoe verduurzamen jullie sporthallen?", body="De vraag.")
    post = question_of(thread)
    login(member)
    client.post(f"/account/concepten/bewerking/{post.id}", data={"body": "De vraag, aangevuld."})
    login(make_user(role="moderator", staff=True))
    assert client.post(f"/bericht/{post.id}/bewerken", data={
        "title": thread.title, "body": "De vraag, door de moderator verduidelijkt."}).status_code == 302
    login(member)
    page = client.get(f"/bericht/{post.id}/bewerken").text
    assert "het bericht is gewijzigd nadat u dit concept opsloeg" in page
    assert f'href="/bericht/{post.id}/geschiedenis"' in page

    client.post(f"/account/concepten/bewerking/{post.id}",
                data={"title": thread.title, "body": "De vraag, door de moderator verduidelijkt."})
    page = client.get(f"/bericht/{post.id}/bewerken").text
    assert "U heeft een concept van" not in page  # nothing in it the post does not say
