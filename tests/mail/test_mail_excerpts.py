"""Mails quote posts as one reads them: plain text in the text part, safe HTML in the HTML part."""
import pytest

from forum.following.services import set_level
from tests.factories import make_category, make_municipality, make_thread, make_user
from tests.following.helpers import ask, reply
from tests.mail.test_notification_mails import choose_mail, digests  # noqa: F401 - fixture

MARKDOWN_SIGNS = ("**", "@[", "#lid-", "](")


@pytest.fixture
def theme(app):
    return make_category("Sport", parent=make_category("Inclusieve samenleving"))


def test_a_digest_shows_bold_text_without_asterisks(client, login, theme, smtp, deliver, digests):  # noqa: F811
    reader = make_user(name="D. Lezer", email="lezer@example.nl")  # daily digest by default
    set_level(reader.id, "category", theme.id, "watching")
    vries = make_user(make_municipality("Utrecht"), name="J. de Vries")
    login(make_user(make_municipality("Delft")))
    ask(client, theme, title="Hoe verduurzamen jullie sporthallen?",
        body=f"Wij hebben **vier sporthallen** met [subsidie](https://www.rvo.nl) verduurzaamd, "
             f"samen met @[J. de Vries](#lid-{vries.id}).\n\n# Vraag\n\n- kosten?")
    digests()
    deliver()
    [mail] = [mail for mail in smtp.received if mail.recipients == ["lezer@example.nl"]]
    assert "Wij hebben vier sporthallen met subsidie verduurzaamd, samen met @J. de Vries." in mail.text
    assert "<strong>vier sporthallen</strong>" in mail.html
    assert f'<a href="http://forum.test/leden/{vries.id}">@J. de Vries</a>' in mail.html
    assert '<a href="https://www.rvo.nl">subsidie</a>' in mail.html
    for sign in MARKDOWN_SIGNS:
        assert sign not in mail.text and sign not in mail.html
    assert "# Vraag" not in mail.text


def test_an_instant_mail_mentions_by_name_in_both_parts(client, login, theme, smtp, deliver):
    vries = choose_mail(client, login, make_user(name="J. de Vries", email="vries@example.nl"), "instant")
    thread = make_thread(category=theme)
    login(make_user(name="K. Noemer"))
    reply(client, thread, body=f"Vraag het @[J. de Vries](#lid-{vries.id}), *zij* weet het <b>echt</b>.")
    deliver()
    [mail] = smtp.received
    assert "Vraag het @J. de Vries, zij weet het echt." in mail.text
    assert (f'Vraag het <a href="http://forum.test/leden/{vries.id}">@J. de Vries</a>, '
            "<em>zij</em> weet het <b>echt</b>.") in mail.html
    for sign in MARKDOWN_SIGNS:
        assert sign not in mail.text and sign not in mail.html


def test_a_long_post_is_cut_at_a_word_with_its_tags_closed(client, login, theme, smtp, deliver):
    follower = choose_mail(client, login, make_user(email="volger@example.nl"), "instant")
    set_level(follower.id, "category", theme.id, "watching")
    login(make_user())
    ask(client, theme, body="**" + "woord " * 200 + "einde**")
    deliver()
    [mail] = [mail for mail in smtp.received if mail.recipients == ["volger@example.nl"]]
    assert "einde" not in mail.text and "woord …" in mail.text
    assert "woord</strong> …" in mail.html


def test_an_instant_mail_keeps_lists_and_paragraphs_on_their_own_lines(client, login, theme, smtp, deliver):
    follower = choose_mail(client, login, make_user(email="volger@example.nl"), "instant")
    set_level(follower.id, "category", theme.id, "watching")
    login(make_user())
    ask(client, theme, body="Onze stappen:\n\n1. eerst **inventariseren**\n2. dan aanbesteden\n\n"
                            "Daarna:\n\n- evalueren\n- delen")
    deliver()
    [mail] = [mail for mail in smtp.received if mail.recipients == ["volger@example.nl"]]
    assert "Onze stappen:\n1. eerst inventariseren\n2. dan aanbesteden\nDaarna:\n- evalueren\n- delen" in (
        mail.text.replace("\r\n", "\n")
    )


def test_a_long_list_in_a_mail_is_cut_at_a_word(client, login, theme, smtp, deliver):
    follower = choose_mail(client, login, make_user(email="volger@example.nl"), "instant")
    set_level(follower.id, "category", theme.id, "watching")
    login(make_user())
    ask(client, theme, body="\n".join(f"{number}. punt nummer {number} van de lijst" for number in range(1, 60)))
    deliver()
    [mail] = [mail for mail in smtp.received if mail.recipients == ["volger@example.nl"]]
    text = mail.text.replace("\r\n", "\n")
    assert "1. punt nummer 1 van de lijst\n2. punt nummer 2 van de lijst\n" in text
    assert "59. punt" not in text and " …" in text
