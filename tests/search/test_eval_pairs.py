"""The evaluation pairs are well formed: every theme in both halves, known kinds, one need per original."""
import pytest

from forum.board.categories import VNG_DOMAINS
from tests.search.eval import load_pairs
from tests.search.eval.split import PINNED_TO_DEVELOPMENT

THEMES = {slug for _, _, themes in VNG_DOMAINS for _, slug in themes}
KINDS = {
    "everyday-vs-official", "abbreviation", "compound-vs-parts", "verb-phrase-vs-noun",
    "description-vs-concept", "typo", "synonym", "mixed",
}


def test_both_halves_cover_every_theme_equally():
    development, held_out = load_pairs("development"), load_pairs("held_out")
    assert len(development) + len(held_out) >= 200
    for half in (development, held_out):
        per_theme = {theme: sum(pair["theme"] == theme for pair in half) for theme in THEMES}
        assert min(per_theme.values()) >= 5, per_theme
        assert {pair["theme"] for pair in half} == THEMES


def test_every_pair_is_well_formed_and_unique():
    pairs = load_pairs("development") + load_pairs("held_out")
    assert len({pair["id"] for pair in pairs}) == len(pairs)
    assert len({pair["original"]["title"].casefold() for pair in pairs}) == len(pairs)
    assert len({pair["query"].casefold() for pair in pairs}) == len(pairs)
    for pair in pairs:
        assert set(pair) == {"id", "theme", "kind", "original", "query"}
        assert pair["kind"] in KINDS
        assert pair["original"]["title"].strip() and len(pair["original"]["body"]) > 100
        assert pair["query"].strip() and pair["query"].casefold() not in pair["original"]["title"].casefold()


def test_the_issues_own_examples_stay_out_of_the_held_out_half():
    assert PINNED_TO_DEVELOPMENT <= {pair["id"] for pair in load_pairs("development")}


def test_only_the_two_halves_can_be_loaded():
    with pytest.raises(ValueError):
        load_pairs("all_pairs")


def test_the_distractor_subjects_cover_every_theme_and_are_not_the_pairs():
    from bench.corpus import load_subjects

    themes, sentences = load_subjects()
    assert set(themes) == THEMES
    assert min(len(subjects) for subjects in themes.values()) >= 40
    assert len(sentences) >= 50
    titles = [subject["title"].casefold() for subjects in themes.values() for subject in subjects]
    assert len(set(titles)) == len(titles)
    pairs = load_pairs("development") + load_pairs("held_out")
    taken = {pair["original"]["title"].casefold() for pair in pairs} | {pair["query"].casefold() for pair in pairs}
    assert not taken & set(titles)
