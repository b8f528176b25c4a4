"""Setting a level on a thread, category, tag or municipality, and which one decides."""
import re

import pytest

from forum.extensions import db
from forum.following.models import KIND_MENTION, KIND_NEW_THREAD, KIND_REPLY, Watch
from forum.following.services import set_level as store_level
from tests.factories import make_municipality, make_thread, make_user
from tests.following.helpers import ask, notified, reply, set_level, watch_level


@pytest.mark.parametrize(
    "path",
    ["/volgen/onderwerp/{thread}", "/volgen/categorie/{theme}", "/volgen/gemeente/{municipality}"],
)
def test_visitors_are_sent_to_login(client, theme, path):
    thread = make_thread(category=theme)
    url = path.format(thread=thread.id, theme=theme.id, municipality=thread.municipality_id)
    watches = db.session.query(Watch).count()  # the asker follows the thread
    assert client.get(url).headers["Location"].startswith("/inloggen")
    response = set_level(client, url, "watching")
    assert response.status_code == 302 and response.headers["Location"].startswith("/inloggen")
    assert db.session.query(Watch).count() == watches


def test_a_member_follows_a_thread_from_its_page(client, login, theme):
    member = login(make_user())
    thread = make_thread(category=theme)
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert f'action="/volgen/onderwerp/{thread.id}"' in page
    assert '<option value="normal" selected>Normaal</option>' in page
    assert "Eerste bericht" not in page  # means nothing for one thread
    response = set_level(client, f"/volgen/onderwerp/{thread.id}", "watching")
    assert response.headers["Location"] == f"/onderwerp/{thread.id}"
    assert watch_level(member, "thread", thread.id) == "watching"
    page = client.get(f"/onderwerp/{thread.id}").get_data(as_text=True)
    assert "Volgen van het onderwerp" in page  # the flash
    assert '<option value="watching" selected>Alle berichten</option>' in page


def test_levels_for_category_and_municipality(client, login, theme):
    member = login(make_user())
    zeist = make_municipality("Zeist")
    assert (
        '<option value="first_post">Eerste bericht</option>' in client.get("/categorie/wonen").text
    )
    assert (
        set_level(client, f"/volgen/categorie/{theme.id}", "first_post").headers["Location"]
        == "/categorie/wonen"
    )
    assert (
        set_level(client, f"/volgen/gemeente/{zeist.id}", "watching").headers["Location"]
        == "/gemeenten/zeist"
    )
    assert watch_level(member, "category", theme.id) == "first_post"
    assert watch_level(member, "municipality", zeist.id) == "watching"
    assert (
        '<option value="watching" selected>Alle berichten</option>' in client.get("/gemeenten/zeist").text
    )
    # Changing it again updates the one row.
    set_level(client, f"/volgen/categorie/{theme.id}", "muted")
    assert watch_level(member, "category", theme.id) == "muted"
    assert db.session.query(Watch).filter_by(user_id=member.id).count() == 2


@pytest.mark.parametrize("level", ["", "loud", "first_post"])
def test_a_level_that_does_not_apply_is_refused_in_dutch(client, login, theme, level):
    member = login(make_user())
    thread = make_thread(category=theme)
    response = set_level(client, f"/volgen/onderwerp/{thread.id}", level)
    assert response.status_code == 422
    assert "Kies een van de mogelijkheden." in response.text
    assert watch_level(member, "thread", thread.id) is None


def test_the_level_page_explains_the_choices(client, login, theme):
    login(make_user())
    page = client.get(f"/volgen/categorie/{theme.id}").text
    assert "<h1>Volgen: Wonen</h1>" in page
    for hint in (
        "Een melding bij elk nieuw bericht.",
        "Een melding bij elke nieuwe vraag",
        "Alleen een melding als iemand u noemt",
        "Nooit een melding",
    ):
        assert hint in page


@pytest.mark.parametrize(
    "path",
    [
        "/volgen/onderwerp/999",
        "/volgen/categorie/999",
        "/volgen/gemeente/999",
        "/volgen/tag/1",
        "/volgen/onderwerp/0",
        "/volgen/onderwerp/abc",
    ],
)
def test_unknown_targets_are_404(client, login, path):
    login(make_user())
    assert client.get(path).status_code == 404
    assert set_level(client, path, "watching").status_code == 404


def test_asking_and_replying_follow_the_thread(client, login, theme):
    asker = login(make_user())
    thread = ask(client, theme)
    assert watch_level(asker, "thread", thread.id) == "watching"
    replier = login(make_user())
    reply(client, thread)
    assert watch_level(replier, "thread", thread.id) == "watching"
    assert "Onderwerpen die u volgt" in client.get("/mijn-onderwerpen").text
    assert thread.title in client.get("/mijn-onderwerpen").text


def test_the_preference_turns_automatic_following_off(client, login, theme):
    member = login(make_user())
    client.post("/meldingen/instellingen", data={"mail_frequency": "daily"})  # checkbox left empty
    thread = ask(client, theme)
    assert watch_level(member, "thread", thread.id) is None


def test_replying_keeps_a_level_the_member_chose(client, login, theme):
    member = login(make_user())
    thread = make_thread(category=theme)
    set_level(client, f"/volgen/onderwerp/{thread.id}", "normal")
    reply(client, thread)
    assert watch_level(member, "thread", thread.id) == "normal"


# --- Which level decides ----------------------------------------------------------------------


@pytest.fixture
def watcher(app):
    return make_user(name="W. Atcher")


def decide(client, login, theme, watcher, levels, *, reply_instead=False):
    """Store `levels` for the watcher, then a new member asks (or replies); who was told?"""
    thread = make_thread(category=theme) if reply_instead else None
    for target_type, target_id, level in levels(thread):
        store_level(watcher.id, target_type, target_id, level)
    login(make_user())
    if reply_instead:
        reply(client, thread)
        return watcher.id in notified(KIND_REPLY)
    ask(client, theme)
    return watcher.id in notified(KIND_NEW_THREAD)


def test_watching_a_category_tells_about_new_threads_and_replies(client, login, theme, watcher):
    assert decide(client, login, theme, watcher, lambda t: [("category", theme.id, "watching")])
    assert decide(client, login, theme, watcher, lambda t: [], reply_instead=True)


def test_first_post_tells_about_new_threads_only(client, login, theme, watcher):
    assert decide(client, login, theme, watcher, lambda t: [("category", theme.id, "first_post")])
    assert not decide(client, login, theme, watcher, lambda t: [], reply_instead=True)


def test_a_followed_domain_covers_its_themes(client, login, theme, domain, watcher):
    assert decide(client, login, theme, watcher, lambda t: [("category", domain.id, "watching")])


def test_a_muted_theme_silences_a_followed_domain(client, login, theme, domain, watcher):
    assert not decide(
        client,
        login,
        theme,
        watcher,
        lambda t: [("category", domain.id, "watching"), ("category", theme.id, "muted")],
    )


def test_a_followed_thread_is_heard_in_a_muted_category(client, login, theme, watcher):
    assert decide(
        client,
        login,
        theme,
        watcher,
        lambda t: [("category", theme.id, "muted"), ("thread", t.id, "watching")],
        reply_instead=True,
    )


def test_a_muted_thread_is_silent_in_a_followed_category(client, login, theme, watcher):
    assert not decide(
        client,
        login,
        theme,
        watcher,
        lambda t: [("category", theme.id, "watching"), ("thread", t.id, "muted")],
        reply_instead=True,
    )


def test_following_a_municipality_tells_about_its_questions_unless_the_theme_is_muted(
    client, login, theme, watcher
):
    utrecht = make_municipality("Utrecht")
    store_level(watcher.id, "municipality", utrecht.id, "watching")
    login(make_user(utrecht))
    first = ask(client, theme, title="Eerste vraag uit Utrecht")
    assert first is not None and watcher.id in notified(KIND_NEW_THREAD)
    store_level(watcher.id, "category", theme.id, "muted")
    db.session.commit()
    before = len(notified(KIND_NEW_THREAD))
    ask(client, theme, title="Tweede vraag uit Utrecht")
    assert len(notified(KIND_NEW_THREAD)) == before


def test_a_muted_thread_hides_mentions_too(client, login, theme, watcher):
    thread = make_thread(category=theme)
    store_level(watcher.id, "thread", thread.id, "muted")
    login(make_user())
    reply(client, thread, body="Vraag het @[W. Atcher]")
    assert watcher.id not in notified(KIND_MENTION)


def test_the_thread_page_says_where_a_level_comes_from(client, login, theme, domain):
    member = login(make_user())
    store_level(member.id, "category", domain.id, "watching")
    thread = make_thread(category=theme)
    page = client.get(f"/onderwerp/{thread.id}").text
    assert '<option value="watching" selected>Alle berichten</option>' in page
    assert "volgt uit uw keuze voor het domein Leefomgeving" in page


def test_the_level_form_on_the_thread_page_carries_a_csrf_token(app, client, login, theme):
    app.config["WTF_CSRF_ENABLED"] = True
    member = login(make_user())
    thread = make_thread(category=theme)
    page = client.get(f"/onderwerp/{thread.id}").text
    token = re.search(r'action="/volgen/onderwerp/\d+" class="follow-control">\s*'
                      r'<input type="hidden" name="csrf_token" value="([^"]+)"', page).group(1)
    assert set_level(client, f"/volgen/onderwerp/{thread.id}", "muted").status_code == 400
    response = client.post(f"/volgen/onderwerp/{thread.id}", data={"level": "muted", "csrf_token": token})
    assert response.status_code == 302
    assert watch_level(member, "thread", thread.id) == "muted"
