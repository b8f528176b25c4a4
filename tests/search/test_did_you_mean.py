""""Bedoelde u ...?": suggested only from the words of visible posts, built from the query as
typed, never changing a word that finds posts or names a municipality, theme or tag."""
import html
import re

import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from tests.factories import make_municipality, make_reply, make_thread, make_user
from tests.search.test_search_page import result_titles, search


@pytest.fixture
def moderator(login):
    return login(make_user(role="moderator", staff=True))


def page_of(client, typed: str) -> str:
    response = search(client, q=typed)
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


def suggested(client, typed: str) -> str | None:
    found = re.search(r"Bedoelde u:.*?<strong>(.*?)</strong>", page_of(client, typed), re.S)
    return found and found.group(1)


def remove(client, post) -> None:
    assert client.post(f"/moderatie/bericht/{post.id}/verwijderen", data={"reason": "Ongepast"}).status_code == 302


def restore(client, post) -> None:
    assert client.post(f"/moderatie/bericht/{post.id}/herstellen", data={"reason": ""}).status_code == 302


def question_of(thread) -> Post:
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


def test_words_of_removed_replies_are_not_suggested_even_after_a_reindex(app, client, moderator):
    thread = make_thread(title="Beleid voor exotische vogels")
    replies = [make_reply(thread, body=f"Ons quetzalbeleid, deel {number}.") for number in range(3)]
    db.session.commit()
    assert suggested(client, "quetzalbeleit") == "quetzalbeleid"
    for reply in replies:
        remove(client, reply)
    assert suggested(client, "quetzalbeleit") is None
    result = app.test_cli_runner().invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    db.session.remove()
    assert suggested(client, "quetzalbeleit") is None
    restore(client, db.session.get(Post, replies[0].id))
    assert suggested(client, "quetzalbeleit") == "quetzalbeleid"
    assert len(result_titles(page_of(client, "quetzalbeleid"))) == 1


def test_words_of_a_removed_thread_are_not_suggested_until_it_is_restored(client, moderator):
    thread = make_thread(title="Quetzalbeleid in de gemeente", body="Wij maken quetzalbeleid.")
    reply = make_reply(thread, body="Ook hier: kolibriebeleid.")
    db.session.commit()
    remove(client, question_of(thread))
    assert suggested(client, "quetzalbeleit") is None
    assert suggested(client, "kolibriebeleit") is None
    restore(client, question_of(thread))
    assert suggested(client, "quetzalbeleit") == "quetzalbeleid"
    assert suggested(client, "kolibriebeleit") == "kolibriebeleid"
    # A reply removed on its own stays out when its thread comes back.
    remove(client, reply)
    remove(client, question_of(thread))
    restore(client, question_of(thread))
    assert suggested(client, "kolibriebeleit") is None


@pytest.fixture
def reader(app, login):
    return login(make_user())


def test_the_suggestion_keeps_operators_quotes_and_capitals_as_typed(client, reader):
    make_thread(title="Zonnepanelen op de sporthal", body="Het dak is groot genoeg.")
    for number in range(3):
        make_thread(title=f"Open dagen voor inwoners {number}")
    make_municipality("'s-Gravenhage", province="Zuid-Holland")
    db.session.commit()
    assert suggested(client, "zonnepanlen -sporthal") == "zonnepanelen -sporthal"
    # 'daken' finds the post with 'dak': a word the index holds is never changed.
    assert suggested(client, '"zonnepanlen op" daken') == '"zonnepanelen op" daken'
    assert suggested(client, "Zonnepanlen Den Haag") == "Zonnepanelen Den Haag"
    assert suggested(client, "ZONNEPANLEN") == "ZONNEPANELEN"
    page = page_of(client, "zonnepanlen -sporthal")
    assert "q=zonnepanelen+-sporthal" in page


def test_a_municipality_or_a_word_that_finds_posts_is_not_corrected(client, reader):
    make_municipality("Best", province="Noord-Brabant")
    for number in range(4):
        make_thread(title=f"De belt en het afval {number}")
    db.session.commit()
    page = page_of(client, "Best")
    assert result_titles(page) == [] and "/gemeenten/best" in page and "Bedoelde u" not in page
    assert suggested(client, "bext") == "belt"  # a typo, not a name
    for number in range(2):
        make_thread(title=f"Parkeren in Best {number}")
    db.session.commit()
    page = page_of(client, "best")
    assert len(result_titles(page)) == 2 and "Bedoelde u" not in page


def test_a_plural_with_s_after_a_vowel_finds_the_singular_and_back(client, reader):
    # Snowball keeps 'gemeentes' apart from 'gemeente'; the forum's stemming drops that -s.
    for title in ("Samenwerking tussen de gemeente en de provincie", "Subsidies voor sportverenigingen",
                  "De route van de vuilniswagen", "Foto's van zwerfafval", "Lege containers op straat",
                  "Een huis voor statushouders"):
        make_thread(title=title)
    db.session.commit()
    page = page_of(client, "gemeentes")
    assert result_titles(page) == ["Samenwerking tussen de gemeente en de provincie"] and "Bedoelde u" not in page
    assert result_titles(page_of(client, "subsidie")) == ["Subsidies voor sportverenigingen"]
    assert result_titles(page_of(client, "routes")) == ["De route van de vuilniswagen"]
    assert result_titles(page_of(client, "foto")) == ["Foto's van zwerfafval"]
    # A singular that ends the same way keeps its s; the fees are not the plural of "lege".
    assert result_titles(page_of(client, "huis")) == ["Een huis voor statushouders"]
    assert result_titles(page_of(client, "leges")) == []


def vocabulary_statements(statements: list[str]) -> list[str]:
    return [statement for statement in statements if "search_words" in statement]


def test_a_line_of_unknown_words_gets_no_suggestion_and_no_search_per_word(client, reader, count_queries):
    for word in ("brug", "bord", "berm", "kwast", "zwam", "wolk"):
        make_thread(title=f"Vragen over de {word}")
    db.session.commit()
    assert suggested(client, "brgu") == "brug"
    with count_queries() as one_word:
        assert suggested(client, "kwsat") == "kwast"
    # The typed words' counts and the near words; and, for related questions, whether any post
    # holds a word of a question in no Dutch word.
    assert len(vocabulary_statements(one_word)) == 3
    # Random keys, not typos: guessing each word would be a line of nonsense, a query per word.
    with count_queries() as many_words:
        assert suggested(client, "brgu bxrm kwsat zwma wlok") is None
    assert len(vocabulary_statements(many_words)) == 2
