"""Accessibility checks on a page in the browser: axe-core, visible focus, keyboard moves."""
from axe_playwright_python.sync_playwright import Axe

# WCAG 2.1 level A and AA, as Dutch law requires for government websites. Never fewer.
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MOST_TABS_TO_ANY_ELEMENT = 80

_axe = Axe()

# What the focused element looks like: the focus indicator must be an outline or a shadow.
_FOCUS_STYLE = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  return {
    element: element.outerHTML.slice(0, 160),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    boxShadow: style.boxShadow,
  };
}"""


def assert_no_axe_violations(page) -> None:
    """Run axe-core on the page as it is now; any WCAG 2.1 A/AA violation fails the test."""
    results = _axe.run(page, options={
        "runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS},
        "resultTypes": ["violations"],
    })
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def assert_lang_is_dutch(page) -> None:
    assert page.locator("html").get_attribute("lang") == "nl"


def assert_focus_visible(page) -> None:
    """The focused element shows a focus indicator of at least 2 px, or a shadow ring."""
    style = page.evaluate(_FOCUS_STYLE)
    has_outline = style["outlineStyle"] not in ("none", "") and style["outlineWidth"] >= 2
    has_ring = style["boxShadow"] not in ("none", "")
    assert has_outline or has_ring, f"focus is not visible on {style['element']}: {style}"


def is_focused(locator) -> bool:
    return locator.evaluate("element => element === document.activeElement")


def tab_to(page, target, *, backwards=False) -> int:
    """Press Tab (or Shift+Tab) until `target` has focus, checking the focus is visible on the way."""
    key = "Shift+Tab" if backwards else "Tab"
    # A page whose stylesheet is still loading shows the browser's own 1 px ring, not ours.
    page.wait_for_load_state("load")
    for presses in range(1, MOST_TABS_TO_ANY_ELEMENT + 1):
        page.keyboard.press(key)
        assert_focus_visible(page)
        if is_focused(target):
            return presses
    raise AssertionError(f"{target} never got focus after {MOST_TABS_TO_ANY_ELEMENT} presses of {key}")


def assert_reflows(page) -> None:
    """WCAG 1.4.10: the page never scrolls sideways; a wide table scrolls in its own region."""
    page.wait_for_load_state("load")  # unstyled, while the stylesheet still loads, a page is wider
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} is {overflow} px wider than the window"
