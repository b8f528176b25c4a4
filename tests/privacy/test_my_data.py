"""A member sees what is kept about them and downloads all of it as JSON."""
import json
import re

from tests.factories import PASSWORD, make_reply, make_thread, make_user


def test_the_download_holds_everything_about_the_member(client, mails):
    user = make_user(name="J. de Vries", email="iemand@example.nl", job_title="adviseur")
    thread = make_thread(author=user, title="Mijn eigen vraag over warmtepompen", body="Mijn vraag")
    make_reply(thread, user, body="Mijn eigen reactie")
    client.post("/inloggen", data={"email": "iemand@example.nl", "password": "fout fout fout"})
    client.post("/inloggen", data={"email": "iemand@example.nl", "password": PASSWORD})
    client.post("/wachtwoord-vergeten", data={"email": "iemand@example.nl"})
    page = client.get("/account/gegevens")
    assert page.status_code == 200 and "Recente inlogpogingen" in page.text
    response = client.get("/account/gegevens/download")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "no-store"
    data = json.loads(response.text)
    assert data["account"]["name"] == "J. de Vries" and data["account"]["email"] == "iemand@example.nl"
    assert {post["text"] for post in data["posts"]} == {"Mijn vraag", "Mijn eigen reactie"}
    assert [login["succeeded"] for login in data["logins"]] == [True, False]
    assert data["logins"][0]["ip_address"] == "127.0.0.1"
    assert [mail["subject"] for mail in data["mails_sent_to_you"]] == [mails[0].subject]


def test_the_download_needs_a_recent_password(client, login):
    login(make_user())
    response = client.get("/account/gegevens/download")
    assert re.match(r"/account/bevestigen\?next=/account/gegevens/download", response.headers["Location"])


def test_my_data_is_for_members(client):
    assert client.get("/account/gegevens").headers["Location"].startswith("/inloggen")
    assert client.get("/account/gegevens/download").headers["Location"].startswith("/inloggen")


# What the page says is kept, for each part of the download that is about what the member did here.
KEPT_IN_WORDS = {
    "posts": "uw vragen en reacties",
    "follows": "wat u volgt",
    "notification_settings": "uw instellingen voor meldingen",
    "notifications": "uw meldingen",
    "helpful_votes": "welke reacties u nuttig vond",
    "read_positions": "tot waar u elk onderwerp las",
    "flags": "wat u aan de moderatoren rapporteerde",
    "logins": "wanneer en vanaf welk adres u inlogde",
    "mails_sent_to_you": "welke mails wij u stuurden",
}


def test_the_page_names_what_the_download_holds(client):
    make_user(email="iemand@example.nl")
    client.post("/inloggen", data={"email": "iemand@example.nl", "password": PASSWORD})
    page = client.get("/account/gegevens").text
    data = json.loads(client.get("/account/gegevens/download").text)
    for part, words in KEPT_IN_WORDS.items():
        assert part in data
        assert words in page, part
