"""The stylesheet: each selector defined once per media context, and badge colours that meet 4.5:1.

The browser's axe tests check the colours on the pages; this reads forum.css itself, so that a
second rule block for a selector (the way a badge once became dark blue on green) fails at once.
"""
import re
from collections import Counter

import pytest

from forum import STATIC_FOLDER

STYLESHEET = STATIC_FOLDER / "css" / "forum.css"
AA_NORMAL_TEXT = 4.5


def _rule_blocks(css: str) -> list[tuple[str, str, str]]:
    """(media context, selector, declarations) for every rule block, nested @media included."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    blocks, context_stack, start = [], [""], 0
    selector_stack = []
    for index, char in enumerate(css):
        if char == "{":
            prelude = " ".join(css[start:index].split())
            selector_stack.append((prelude, index + 1))
            if prelude.startswith("@"):
                context_stack.append(prelude)
            start = index + 1
        elif char == "}":
            prelude, body_start = selector_stack.pop()
            if prelude.startswith("@"):
                context_stack.pop()
            else:
                blocks.append((context_stack[-1], prelude, css[body_start:index]))
            start = index + 1
    return blocks


def _declarations(body: str) -> dict[str, str]:
    pairs = (part.split(":", 1) for part in body.split(";") if ":" in part)
    return {name.strip(): value.strip() for name, value in pairs}


def _variables() -> dict[str, str]:
    root = next(body for _, selector, body in _rule_blocks(STYLESHEET.read_text()) if selector == ":root")
    return {name: value for name, value in _declarations(root).items() if name.startswith("--")}


def _resolve(value: str, variables: dict[str, str]) -> str:
    match = re.fullmatch(r"var\((--[\w-]+)\)", value)
    return variables[match.group(1)] if match else value


def _luminance(colour: str) -> float:
    colour = {"#fff": "#ffffff", "#000": "#000000"}.get(colour, colour)
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_no_selector_is_defined_twice_in_one_media_context():
    blocks = _rule_blocks(STYLESHEET.read_text())
    counts = Counter((context, selector) for context, selector, _ in blocks)
    assert [key for key, count in counts.items() if count > 1] == []


def test_the_stylesheet_has_no_sections_named_after_tracker_numbers():
    assert not re.search(r"/\*[^*]*\bissue\s*\d", STYLESHEET.read_text(), flags=re.IGNORECASE)


@pytest.mark.parametrize("variant", [".badge", ".badge--solved", ".badge--new"])
def test_badge_text_meets_aa_contrast_on_its_background(variant):
    """A badge's colours are what the base rule sets, then what its variant changes (cascade order)."""
    variables = _variables()
    blocks = [(selector, _declarations(body)) for context, selector, body in _rule_blocks(STYLESHEET.read_text())
              if context == ""]
    effective = {}
    for selector, declarations in blocks:
        if selector in (".badge", variant):
            effective.update(declarations)
    foreground = _resolve(effective["color"], variables)
    background = _resolve(effective.get("background", "#fff"), variables)
    assert contrast(foreground, background) >= AA_NORMAL_TEXT, (variant, foreground, background)


def test_contrast_formula_matches_wcag():
    assert round(contrast("#000", "#fff"), 1) == 21.0
    assert 1.6 < contrast("#154273", "#256e2f") < 1.65  # the badge colours this test guards against


@pytest.mark.parametrize("selector", ["h1", ".breadcrumbs ol", ".meta", ".post__author", ".member-list > li"])
def test_names_wrap_where_they_stand(selector):
    """A long unbroken name (member page, breadcrumb, bylines, member lists) breaks at 360 px,
    in flex rows too: `anywhere` also lowers the smallest width a box can take."""
    blocks = {sel: _declarations(body) for context, sel, body in _rule_blocks(STYLESHEET.read_text())
              if context == ""}
    assert blocks[selector].get("overflow-wrap") == "anywhere"
    assert blocks[".page"].get("overflow-wrap") == "break-word"
