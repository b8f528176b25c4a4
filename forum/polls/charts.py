"""Bar charts drawn on the server as SVG: geometry here, markup in templates/polls/_charts.html.

Every chart stands beside a table with the same figures; the SVG is one image with a text
alternative, so a screen reader reads the table instead of the bars.
"""
from dataclasses import dataclass

from forum.polls.results import Results, Tally

WIDTH = 640
LABEL_WIDTH = 170
BAR_AREA = WIDTH - LABEL_WIDTH - 60
ROW_HEIGHT = 26
BAR_HEIGHT = 18
# Distinguishable colours with at least 3:1 contrast against white (WCAG 1.4.11); they repeat
# after eight answers, the table beside the chart tells them apart.
PALETTE = ("#01689b", "#c25700", "#39870c", "#8e2c8e", "#a90061", "#007b6e", "#6b5b00", "#42145f")
LABEL_CHARACTERS = 26


@dataclass
class Bar:
    label: str
    y: int
    width: float
    value: str
    colour: str


@dataclass
class Segment:
    x: float
    width: float
    colour: str


@dataclass
class StackRow:
    label: str
    y: int
    segments: list[Segment]
    voters: int


@dataclass
class Chart:
    title: str
    height: int
    bars: list[Bar] | None = None
    rows: list[StackRow] | None = None


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def answer_bars(results: Results, tally: Tally, title: str) -> Chart:
    bars = [
        Bar(_short(answer.label), number * ROW_HEIGHT, BAR_AREA * tally.percent(answer.key) / 100,
            f"{tally.percent(answer.key):.0f}%", colour(number))
        for number, answer in enumerate(results.answers)
    ]
    return Chart(title, len(bars) * ROW_HEIGHT, bars=bars)


def stacked(results: Results, tallies: list[Tally], title: str) -> Chart:
    """One bar per group, split by answer in proportion to the answers given in that group."""
    rows = []
    for number, tally in enumerate(tallies):
        given = sum(tally.count(answer.key) for answer in results.answers)
        x, segments = float(LABEL_WIDTH), []
        for index, answer in enumerate(results.answers):
            width = BAR_AREA * tally.count(answer.key) / given if given else 0
            if width:
                segments.append(Segment(x, width, colour(index)))
            x += width
        rows.append(StackRow(_short(tally.name), number * ROW_HEIGHT, segments, tally.voters))
    return Chart(title, len(rows) * ROW_HEIGHT, rows=rows)


def for_results(results: Results) -> dict[str, Chart]:
    charts = {
        "total": answer_bars(results, results.total, "Alle antwoorden"),
        "province": stacked(results, results.by_province, "Antwoorden per provincie"),
        "size": stacked(results, results.by_size, "Antwoorden per gemeentegrootte"),
    }
    if results.like_yours is not None:
        charts["like_yours"] = answer_bars(results, results.like_yours, "Gemeenten zoals de uwe")
    return charts
