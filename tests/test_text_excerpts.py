"""Stored post HTML as plain text and as a short, safe HTML excerpt (forum/text.py)."""
import pytest

from forum.markup import render_markdown
from forum.text import html_excerpt, plain_text, text_excerpt

POST = render_markdown(
    "# Aanpak\n\nWij hebben **vier sporthallen** verduurzaamd, zie [de site](https://x.nl) "
    "en @[J. de Vries](#lid-3).\n\n- een\n- twee\n\n```\nif a < b: pass\n```",
    {"#3": ("/leden/3", "@J. de Vries")},
)


def test_plain_text_has_no_markup_links_as_text_and_a_line_per_block():
    assert plain_text(POST) == (
        "Aanpak\nWij hebben vier sporthallen verduurzaamd, zie de site en @J. de Vries.\n"
        "een\ntwee\nif a < b: pass"
    )


def test_a_text_excerpt_is_one_line_cut_at_a_word():
    assert text_excerpt(POST, 31) == "Aanpak Wij hebben vier …"
    assert text_excerpt("<p>" + "x" * 50 + "</p>", 10) == "x" * 10 + " …"  # one long word: cut
    assert text_excerpt("", 10) == ""


def test_an_html_excerpt_keeps_emphasis_and_links_and_makes_them_absolute():
    excerpt = html_excerpt(POST, 500, base_url="https://forum.example/")
    assert excerpt == (
        'Aanpak Wij hebben <strong>vier sporthallen</strong> verduurzaamd, zie '
        '<a href="https://x.nl">de site</a> en <a href="https://forum.example/leden/3">@J. de Vries</a>. '
        "een twee <code>if a &lt; b: pass</code>"
    )


@pytest.mark.parametrize("limit, expected", [
    (20, "Aanpak Wij hebben …"),
    (30, "Aanpak Wij hebben <strong>vier</strong> …"),
    (53, "Aanpak Wij hebben <strong>vier sporthallen</strong> verduurzaamd, zie …"),
    (55, "Aanpak Wij hebben <strong>vier sporthallen</strong> verduurzaamd, zie <a href=\"https://x.nl\">de</a> …"),
])
def test_an_html_excerpt_is_cut_at_a_word_with_every_tag_closed(limit, expected):
    assert html_excerpt(POST, limit) == expected


def test_an_html_excerpt_escapes_text_and_drops_other_tags_and_attributes():
    html = ('<p>a &lt;script&gt; <span onclick="x">b</span> <a href="javascript:x" title="t">c</a> '
            '<a href="//elders.example">d</a> <a href="mailto:a@b.nl" title="t">e</a></p>')
    assert html_excerpt(html) == 'a &lt;script&gt; b c d <a href="mailto:a@b.nl">e</a>'
