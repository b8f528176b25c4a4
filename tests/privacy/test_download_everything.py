"""The data download holds every kind of member data, one key per registered kind, checked key by key."""
import json

from forum import personal_data
from tests.factories import PASSWORD, make_user
from tests.privacy.member_data import member_with_data_everywhere

KINDS = {
    "account", "logins", "posts", "revisions_you_made", "helpful_votes", "flags", "moderation_of_your_account",
    "moderation_you_did", "follows", "notification_settings", "notifications", "read_positions",
    "mails_in_the_outbox", "mails_sent_to_you", "open_logins", "expertise", "drafts", "mentions_of_you",
    "questions_offered", "polls", "attachments",
}


def test_the_download_has_a_key_for_every_kind_of_member_data(client, login, mails, fresh_login_privacy):
    made = member_with_data_everywhere(client, login)
    own, other, reply = made.own_thread.id, made.other_thread.id, made.helpful_reply.id
    response = client.get("/account/gegevens/download")
    assert response.status_code == 200
    data = json.loads(response.text)
    assert set(data) == KINDS == {handler.name for handler in personal_data.handlers()}

    account = data["account"]
    assert (account["name"], account["email"], account["job_title"]) == ("J. de Vries", made.address, "adviseur")
    assert account["municipality"] == "Utrecht" and account["two_factor_enabled"] is False
    assert [login["succeeded"] for login in data["logins"]] == [True, False]
    assert [theme["category_id"] for theme in data["expertise"]["themes"]] == [made.theme.id]
    assert [(draft["kind"], draft["target_id"], draft["text"]) for draft in data["drafts"]] == [
        ("reply", own, "Nog een aanvulling, half af.")]
    assert [(offer["thread_id"], offer["reason"]) for offer in data["questions_offered"]] == [(other, "expertise")]
    assert [(poll["thread_id"], poll["question"]) for poll in data["polls"]["created"]] == [
        (own, "Verduurzaamt uw gemeente sporthallen?")]
    assert [vote["other"] for vote in data["polls"]["votes"]] == [""]
    assert len(data["open_logins"]) >= 1 and all(login["since"] for login in data["open_logins"])
    assert [(post["thread_id"], post["is_question"], post["text"]) for post in data["posts"]] == [
        (own, True, "Onze vraag, aangevuld."), (other, False, "Bij ons in Utrecht ging het zo.")]
    assert [revision["previous_text"] for revision in data["revisions_you_made"]] == ["Onze vraag."]
    assert [(upload["name"], upload["type"]) for upload in data["attachments"]] == [("kosten.txt", "text/plain")]
    assert [(vote["post_id"], vote["thread_id"]) for vote in data["helpful_votes"]] == [(reply, own)]
    assert [(flag["post_id"], flag["kind"], flag["status"]) for flag in data["flags"]] == [(reply, "spam", "open")]
    assert [(entry["action"], entry["reason"]) for entry in data["moderation_of_your_account"]] == [
        ("suspend", "Tijdelijk, ter test")]
    assert data["moderation_you_did"] == []
    assert {(watch["target_type"], watch["target_id"], watch["level"]) for watch in data["follows"]} == {
        ("category", made.theme.id, "watching"), ("thread", own, "watching"), ("thread", other, "watching")}
    settings = data["notification_settings"]
    assert (settings["mail_frequency"], settings["follow_own_threads"]) == ("instant", True)
    assert [(note["kind"], note["thread_id"]) for note in data["notifications"]] == [
        ("new_thread", other), ("question_reply", own)]
    assert {(read["thread_id"], read["last_read_position"]) for read in data["read_positions"]} == {
        (own, 1), (other, 2)}
    assert [(mail["kind"], mail["subject"], mail["status"]) for mail in data["mails_in_the_outbox"]] == [
        ("notification", None, "pending"), ("notification", None, "pending"),
        ("message", "Welkom", "pending"), ("message", "Uw account", "sent")]
    assert [mail["subject"] for mail in data["mails_sent_to_you"]] == [mails[-1].subject]


def test_a_member_without_choices_downloads_none_for_their_settings(client, fresh_login_privacy):
    """None says 'never chose, the defaults apply'; the other kinds are empty lists, not missing."""
    member = make_user(email="nieuw@example.nl")
    client.post("/inloggen", data={"email": member.email, "password": PASSWORD})
    data = json.loads(client.get("/account/gegevens/download").text)
    assert data["notification_settings"] is None
    assert data["follows"] == data["notifications"] == data["helpful_votes"] == data["read_positions"] == data["drafts"] == []
