"""The Dutch text pipeline and the query parser, without a database."""
from forum.search.query import parse
from forum.search.snippets import highlight, snippet
from forum.search.text import fold, terms


def test_folding_and_stemming():
    assert fold("Café Ñandú Één") == "cafe nandu een"
    assert terms("fietsen") == terms("fiets")
    assert terms("gebouwen") == terms("gebouw")
    assert terms("sporthallen") == terms("sporthal")
    assert terms("huizen") == terms("huis")
    assert terms("de het een hoe") == []


def test_query_parts_become_safe_queries():
    query = parse('warmtepompen "hybride opstelling" -gas')
    assert query.sqlite() == '("warmtepomp" AND "hybrid opstel") NOT "gas"'
    assert query.postgresql() == "warmtepomp & (hybrid <-> opstel) & !gas"
    assert parse('"; DROP TABLE posts; --').sqlite() == '"drop" AND "tabl" AND "post"'
    assert parse("-alleen -uitsluiten").is_empty


def test_highlight_escapes_and_marks():
    assert highlight("Fietsen <en> fiets", {"fiet"}) == "<mark>Fietsen</mark> &lt;en&gt; <mark>fiets</mark>"
    long_text = "begin " * 100 + "de warmtepomp staat hier" + " einde" * 100
    short = snippet(long_text, {"warmtepomp"})
    assert short.startswith("… ") and short.endswith(" …") and "<mark>warmtepomp</mark>" in short
    assert len(short) < 300
