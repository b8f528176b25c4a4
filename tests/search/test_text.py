"""The Dutch text pipeline and the query parser, without a database."""
import time

from forum.search.query import parse
from forum.search.snippets import highlight, snippet
from forum.search.compounds import split_compound
from forum.search.synonyms import Thesaurus
from forum.search.text import STOP_WORDS, fold, index_terms, terms


def test_folding_and_stemming():
    assert fold("Café Ñandú Één") == "cafe nandu een"
    assert terms("fietsen") == terms("fiets")
    assert terms("gebouwen") == terms("gebouw")
    assert terms("sporthallen") == terms("sporthal")
    assert terms("huizen") == terms("huis")
    assert terms("de het een hoe") == []


def test_a_plural_s_after_a_vowel_goes_but_a_singular_keeps_its_s():
    for plural, singular in (("gemeentes", "gemeente"), ("subsidies", "subsidie"), ("organisaties", "organisatie"),
                             ("woningcorporaties", "woningcorporatie"), ("foto's", "foto"), ("agenda's", "agenda"),
                             ("cadeaus", "cadeau"), ("abonnees", "abonnee")):
        assert terms(plural) == terms(singular), plural
    for singular in ("huis", "kaas", "keus", "reis", "adres", "proces", "status", "crisis", "leges", "ruis"):
        assert terms(singular) != terms(singular[:-1]), singular


def test_query_parts_become_safe_queries():
    query = parse('isolatie "hybride opstelling" -gas')
    assert query.sqlite() == '("isolatie" AND "hybrid opstel") NOT "gas"'
    assert query.postgresql() == "isolatie & (hybrid <-> opstel) & !gas"
    assert parse('"; DROP TABLE posts; --').sqlite() == '"drop" AND "tabl" AND "post"'
    assert parse("-alleen -uitsluiten").is_empty


def test_highlight_escapes_and_marks():
    assert highlight("Fietsen <en> fiets", {"fiet"}) == "<mark>Fietsen</mark> &lt;en&gt; <mark>fiets</mark>"
    long_text = "begin " * 100 + "de warmtepomp staat hier" + " einde" * 100
    short = snippet(long_text, {"warmtepomp"})
    assert short.startswith("… ") and short.endswith(" …") and "<mark>warmtepomp</mark>" in short
    assert len(short) < 300
    marked = highlight("Foto's en agenda’s, niet de camera", set(terms("foto agenda")))
    assert marked == "<mark>Foto&#39;s</mark> en <mark>agenda’s</mark>, niet de camera"


def test_the_stop_list_is_complete():
    assert {"onze", "sinds", "hoe", "welke", "jullie", "omdat", "tijdens"} <= STOP_WORDS
    assert terms("Onze gemeente sinds kort") == terms("gemeente kort")
    # Words that name a subject in municipal questions stay searchable.
    assert {"weg", "pas", "eigen"}.isdisjoint(STOP_WORDS)


def test_compounds_split_into_known_words():
    assert split_compound("legesverordening") == ("leges", "verordening")
    assert split_compound("afvalbrengstation") == ("afval", "breng", "station")
    assert split_compound("omgevingswet") == ("omgevings", "wet")
    assert split_compound("zonnepanelen") == ("zonne", "panelen")
    # Derived and inflected words are not compounds.
    for word in ("verlichting", "aanbesteding", "klanten", "stappen", "werkende", "maatschappelijk"):
        assert split_compound(word) == (), word


def test_compound_parts_are_indexed_after_the_text():
    assert index_terms("legesverordening aangepast") == terms("legesverordening aangepast") + terms("leges verordening")


def test_a_compound_is_also_looked_for_by_its_parts():
    assert parse("legesverordening").sqlite() == '("legesverord" OR ("leges" AND "verord"))'
    assert parse("legesverordening").postgresql() == "(legesverord | (leges & verord))"


def test_synonyms_expand_words_and_expressions():
    thesaurus = Thesaurus()
    thesaurus.add_line("BRP = basisregistratie personen = GBA")
    assert parse("BRP", thesaurus).sqlite() == '("brp" OR "basisregistratie person" OR "gba")'
    # The typed expression is found as words anywhere, its synonyms as written.
    assert parse("basisregistratie personen", thesaurus).postgresql() == "((basisregistratie & person) | brp | gba)"
    assert parse('"basisregistratie personen"', thesaurus).postgresql() == "(basisregistratie <-> person)"
    assert thesaurus.expanded(terms("brp inschrijving")) == terms("brp inschrijving basisregistratie personen gba")


def test_a_compound_is_marked_when_a_part_was_looked_for():
    assert highlight("De legesverordening 2026", set(terms("leges"))) == "De <mark>legesverordening</mark> 2026"


def test_a_huge_word_is_not_split():
    started = time.perf_counter()
    assert split_compound("kinderopvang" * 2000) == ()
    assert index_terms("zonnepanelen" * 3000 + " legesverordening")[-2:] == ["leges", "verord"]
    assert time.perf_counter() - started < 0.5


def test_the_model_is_given_the_written_synonyms_of_a_text():
    thesaurus = Thesaurus()
    thesaurus.add_line("milieustraat = afvalbrengstation = recyclingstation")
    thesaurus.add_line("BRP = basisregistratie personen")
    assert (thesaurus.annotated("Wie bemenst de milieustraat?")
            == "Wie bemenst de milieustraat? (afvalbrengstation, recyclingstation)")
    # Synonyms already in the text are not repeated; a text without any is left as it is.
    assert (thesaurus.annotated("BRP of basisregistratie personen: het afvalbrengstation")
            == "BRP of basisregistratie personen: het afvalbrengstation (milieustraat, recyclingstation)")
    assert thesaurus.annotated("Kinderopvang in de zomer") == "Kinderopvang in de zomer"
    assert thesaurus.annotated("De milieustraat", most=1) == "De milieustraat (afvalbrengstation)"
