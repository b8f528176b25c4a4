"""A poll's results: counts and percentages, coverage, and breakdowns by province and size.

Two queries whatever the number of votes (the votes with their municipality, the choices);
the rest is counted here, so a poll answered by all 342 municipalities stays cheap.
"""
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from babel.numbers import format_decimal

from sqlalchemy import select

from forum.experience.services import similarity
from forum.extensions import db
from forum.municipalities.models import PROVINCES, Municipality
from forum.polls.models import TOTAL_MUNICIPALITIES, Poll, PollChoice, PollVote

OTHER = "other"  # the key of "anders, namelijk" among the options
# Upper bounds of the size classes, in inhabitants (the last class has none).
SIZE_CLASSES = (
    ("< 10.000", 10_000),
    ("10.000 – 20.000", 20_000),
    ("20.000 – 50.000", 50_000),
    ("50.000 – 100.000", 100_000),
    ("≥ 100.000", None),
)
LIKE_YOURS = 25  # how many of the most alike municipalities "Gemeenten zoals de uwe" counts at most
# Alike enough (forum/experience/services.py similarity): the same province (0.5) and at most about
# 2.8 times as many or as few inhabitants (a size score of 0.125 or more).
LIKE_YOURS_MIN_SIMILARITY = 0.625
LIKE_YOURS_MIN_ANSWERS = 3  # fewer: no percentages, they would tell what one or two neighbours chose


def largest_remainder(counts: list[int]) -> list[int]:
    """Whole percentages of `counts` that add up to exactly 100 (largest remainder); zeros without counts."""
    total = sum(counts)
    if not total:
        return [0] * len(counts)
    whole = [100 * count // total for count in counts]
    by_remainder = sorted(range(len(counts)), key=lambda index: (-(100 * counts[index] % total), index))
    for index in by_remainder[:100 - sum(whole)]:
        whole[index] += 1
    return whole


@dataclass
class Answer:
    key: int | str
    label: str


@dataclass
class Tally:
    """Votes of one group (all, a province, a size class) per answer."""
    name: str
    voters: int = 0
    counts: dict = field(default_factory=lambda: defaultdict(int))
    keys: tuple = ()  # the answers, in their order
    single: bool = False  # one answer a voter: the whole percentages must add up to 100

    def add(self, keys) -> None:
        self.voters += 1
        for key in keys:
            self.counts[key] += 1

    def count(self, key) -> int:
        return self.counts.get(key, 0)

    def percent(self, key) -> float:
        """Share of this group's voters that chose `key` (a multiple-choice poll adds up to over 100)."""
        return 100 * self.count(key) / self.voters if self.voters else 0.0

    def whole_percent(self, key) -> int:
        """The percentage as shown: rounded so that a single-choice poll's answers add up to 100."""
        if not self.single:
            return round(self.percent(key))
        shares = dict(zip(self.keys, largest_remainder([self.count(each) for each in self.keys])))
        return shares.get(key, 0)


@lru_cache(maxsize=1024)
def grouped(number: int) -> str:
    """'655.000': the 342 populations of a results page, formatted once per process, not per render."""
    return format_decimal(number, locale="nl_NL")


@dataclass
class VoteRow:
    municipality: str | None
    province: str | None
    population: int
    keys: list
    other_text: str
    answer: str = ""  # the labels of the chosen answers, as the table and the CSV show them

    @property
    def population_text(self) -> str:
        """Inhabitants; a dash for VNG staff, who vote in member polls without a municipality."""
        return grouped(self.population) if self.municipality else "—"


@dataclass
class Results:
    answers: list[Answer]
    total: Tally
    municipalities: int
    inhabitants: int
    by_province: list[Tally]
    by_size: list[Tally]
    rows: list[VoteRow]
    like_yours: Tally | None = None
    total_municipalities: int = TOTAL_MUNICIPALITIES

    @property
    def like_yours_enough(self) -> bool:
        return self.like_yours is not None and self.like_yours.voters >= LIKE_YOURS_MIN_ANSWERS

    @property
    def other_texts(self) -> list[tuple[str | None, str]]:
        return [(row.municipality, row.other_text) for row in self.rows if row.other_text]



def size_class(population: int) -> str:
    for name, upper in SIZE_CLASSES:
        if upper is None or population < upper:
            return name
    raise AssertionError("the last class has no upper bound")


def poll_results(poll: Poll, own: Municipality | None = None) -> Results:
    answers = [Answer(option.id, option.label) for option in poll.options]
    if poll.allows_other:
        answers.append(Answer(OTHER, "Anders"))
    votes = db.session.execute(
        select(PollVote.id, PollVote.other_text, Municipality.id, Municipality.name, Municipality.province,
               Municipality.population)
        .outerjoin(Municipality, Municipality.id == PollVote.municipality_id)
        .where(PollVote.poll_id == poll.id)
        .order_by(Municipality.name, PollVote.id)
    ).all()
    chosen = defaultdict(list)
    for vote_id, option_id in db.session.execute(
        select(PollChoice.vote_id, PollChoice.option_id).join(PollVote, PollVote.id == PollChoice.vote_id)
        .where(PollVote.poll_id == poll.id)
    ):
        chosen[vote_id].append(option_id)
    order = {answer.key: number for number, answer in enumerate(answers)}

    def tally(name: str) -> Tally:
        return Tally(name, keys=tuple(order), single=not poll.multiple)

    total = tally("Alle")
    provinces = {name: tally(name) for name in PROVINCES}
    sizes = {name: tally(name) for name, _ in SIZE_CLASSES}
    populations, rows, alike = {}, [], []
    for vote_id, other_text, municipality_id, name, province, population in votes:
        keys = sorted(chosen[vote_id] + ([OTHER] if other_text else []), key=lambda key: order.get(key, 0))
        total.add(keys)
        rows.append(VoteRow(name, province, population or 0, keys, other_text))
        if municipality_id is None:
            continue
        populations[municipality_id] = population
        if province in provinces:
            provinces[province].add(keys)
        sizes[size_class(population)].add(keys)
        if own is not None and municipality_id != own.id:
            alike.append((similarity(own, _Place(province, population)), keys))
    like_yours = None
    if own is not None:
        like_yours = tally("Gemeenten zoals de uwe")
        enough_alike = [pair for pair in alike if pair[0] >= LIKE_YOURS_MIN_SIMILARITY]
        for _, keys in sorted(enough_alike, key=lambda pair: -pair[0])[:LIKE_YOURS]:
            like_yours.add(keys)
    labels = {answer.key: answer.label for answer in answers}
    for row in rows:
        row.answer = "; ".join(labels[key] if key != OTHER else f"{labels[OTHER]}: {row.other_text}" for key in row.keys)
    return Results(
        answers=answers, total=total, municipalities=len(populations), inhabitants=sum(populations.values()),
        by_province=list(provinces.values()), by_size=list(sizes.values()), rows=rows, like_yours=like_yours,
    )


@dataclass
class _Place:
    """What the similarity score reads of a municipality, without loading the whole row."""
    province: str
    population: int
