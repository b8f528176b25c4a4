"""Bar charts drawn on the server as SVG: geometry here, markup in templates/polls/_charts.html.

Every chart stands beside a table with the same figures; the SVG is one image with a text
alternative, so a screen reader reads the table instead of the bars.
"""
import textwrap
from dataclasses import dataclass

from forum.polls.results import Results, Tally

# Geometry in CSS pixels and percentages of the chart's width, without a viewBox: the text keeps
# its 14px on a phone instead of shrinking with the drawing, and the bars take the width there is.
FONT_SIZE = 14
LINE_HEIGHT = 18
BAR_HEIGHT = 18
ROW_GAP = 10
BAR_SHARE = 85.0  # percent of the width a 100% bar takes; the rest holds its figure
# A label stands above its bar, wrapped: about 40 characters fit a phone's width at 14px.
LABEL_LINE_CHARACTERS = 40
# Distinguishable colours with at least 3:1 contrast against white (WCAG 1.4.11); they repeat
# after eight answers, the table beside the chart tells them apart.
PALETTE = ("#01689b", "#c25700", "#39870c", "#8e2c8e", "#a90061", "#007b6e", "#6b5b00", "#42145f")


@dataclass
class Label:
    text: str  # whole, for the <title> a pointer shows
    lines: list[tuple[int, str]]  # (baseline y, line)


@dataclass
class Bar:
    label: Label
    y: int  # top of the bar
    width: float  # percent of the chart's width
    value: str
    colour: str


@dataclass
class Segment:
    x: float  # percent
    width: float  # percent
    colour: str


@dataclass
class StackRow:
    label: Label
    y: int
    segments: list[Segment]
    voters: int


@dataclass
class Chart:
    title: str
    height: int
    bars: list[Bar] | None = None
    rows: list[StackRow] | None = None


def _label(text: str, top: int) -> tuple[Label, int]:
    """The label's lines from `top` down, and the y where its bar starts."""
    wrapped = textwrap.wrap(text, LABEL_LINE_CHARACTERS) or [""]
    lines = [(top + (number + 1) * LINE_HEIGHT - 4, line) for number, line in enumerate(wrapped)]
    return Label(text, lines), top + len(wrapped) * LINE_HEIGHT


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def answer_bars(results: Results, tally: Tally, title: str) -> Chart:
    bars, top = [], 0
    for number, answer in enumerate(results.answers):
        label, bar_y = _label(answer.label, top)
        bars.append(Bar(label, bar_y, BAR_SHARE * tally.percent(answer.key) / 100,
                        f"{tally.whole_percent(answer.key)}%", colour(number)))
        top = bar_y + BAR_HEIGHT + ROW_GAP
    return Chart(title, top, bars=bars)


def stacked(results: Results, tallies: list[Tally], title: str) -> Chart:
    """One bar per group, split by answer in proportion to the answers given in that group."""
    rows, top = [], 0
    for tally in tallies:
        given = sum(tally.count(answer.key) for answer in results.answers)
        x, segments = 0.0, []
        for index, answer in enumerate(results.answers):
            width = BAR_SHARE * tally.count(answer.key) / given if given else 0
            if width:
                segments.append(Segment(x, width, colour(index)))
            x += width
        label, bar_y = _label(tally.name, top)
        rows.append(StackRow(label, bar_y, segments, tally.voters))
        top = bar_y + BAR_HEIGHT + ROW_GAP
    return Chart(title, top, rows=rows)


def for_results(results: Results) -> dict[str, Chart]:
    charts = {
        "total": answer_bars(results, results.total, "Alle antwoorden"),
        "province": stacked(results, results.by_province, "Antwoorden per provincie"),
        "size": stacked(results, results.by_size, "Antwoorden per gemeentegrootte"),
    }
    if results.like_yours_enough:
        charts["like_yours"] = answer_bars(results, results.like_yours, "Gemeenten zoals de uwe")
    return charts
