"""Search and similar-question timings in-process, on a forum made by bench.generate.

    python -m bench.search --database-url sqlite:////tmp/bench.sqlite [--repeat 7]

bench.generate inserts posts in bulk, past the signals that keep the search index, so
the index is rebuilt first when it is empty (or with --reindex); vectors come from
`flask search embed` (or bench.embed). Each query runs --repeat times; the median and
the slowest are reported, in wall-clock time and in CPU time of this process (on a busy
machine the wall clock mostly measures waiting for a core). "search page" is what
/zoeken costs: the matching posts and, on page 1, the related questions (hybrid);
"similar" is the ask form's hybrid suggestions (query embedding, words, vectors, fusion).
Every run embeds its question afresh: the process's cache of typed questions is emptied.
Writes bench/results/search-<stamp>.md. Aims: search p99 under 100 ms, similar questions
p95 under 50 ms, at 1,000,000 posts.
"""
import argparse
import statistics
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text

from forum import create_app
from forum.board.models import Category
from forum.extensions import db
from forum.search import backend
from forum.search.embedding import embed_query
from forum.search.hybrid import begin_related_to_text, related_to_text
from forum.search.indexing import reindex_all
from forum.search.neighbours import matrix
from forum.search.query import parse
from forum.search.services import SearchFilters, search

RESULTS = Path(__file__).parent / "results"
SEARCHES = [
    "sporthallen", "zonnepanelen aanbesteding", "jeugdhulp regio", "gemeente", "ervaring",
    '"goede nulmeting"', "woo-verzoeken -privacy", "onbestaandwoord",
]
TITLES = [
    "Hoe hebben jullie de verduurzaming van sporthallen aanbesteed?",
    "Woo-verzoeken binnen de termijn afhandelen: hoe lukt dat jullie?",
    "Schuldhulpverlening aan jongeren: wat werkt?",
    "Ervaringen met de gemeente en de aanpak?",
    "Wanneer is de milieustraat open?",
    "mensen in de bijstand aan het werk helpen",
]


def timed(function, repeat: int, every: list | None = None) -> tuple[float, float, object, float]:
    """Median and slowest wall-clock ms, the result, and the median CPU ms; each run's
    (wall, CPU) ms is added to `every`, for the percentiles over all queries."""
    timings, cpu, result = [], [], None
    for _ in range(repeat):
        embed_query.cache_clear()  # every run pays for the model, as a question typed for the first time
        started, started_cpu = time.perf_counter(), time.process_time()
        result = function()
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        db.session.rollback()
    if every is not None:
        every.extend(zip(timings, cpu))
    return statistics.median(timings), max(timings), result, statistics.median(cpu)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def budget_line(label: str, runs: list[tuple[float, float]], share: float, limit_ms: float) -> str:
    wall = percentile([each[0] for each in runs], share)
    cpu = percentile([each[1] for each in runs], share)
    verdict = "met" if wall < limit_ms else ("missed (CPU within)" if cpu < limit_ms else "missed")
    return (f"{label}: p{round(share * 100)} {wall:.1f} ms wall clock, {cpu:.1f} ms CPU of this process "
            f"over {len(runs)} runs; budget {limit_ms:.0f} ms: {verdict}")


def search_page(words: str, filters, page: int):
    """What /zoeken computes: a page of posts, and on page 1 the related questions (the model
    starts on them before the posts are searched, as in the view)."""
    query = parse(words)
    related = page == 1 and not query.excludes  # as the view: a -word cannot be kept out by meaning
    if related:
        begin_related_to_text(words)
    found = search(query, filters, page)
    if related:
        related_to_text(words)
    return found


def run(arguments) -> list[str]:
    app = create_app({"SQLALCHEMY_DATABASE_URI": arguments.database_url, "SECRET_KEY": "bench-secret"})
    lines = []
    with app.app_context():
        posts = db.session.scalar(text(f"SELECT count(*) FROM {backend.POST_INDEX}"))
        if arguments.reindex or not posts:
            started = time.perf_counter()
            posts, threads = reindex_all()
            db.session.commit()
            lines.append(f"Index rebuilt: {posts} posts, {threads} threads in {time.perf_counter() - started:.0f} s.")
        theme = db.session.scalar(select(Category).where(Category.parent_id.is_not(None)).order_by(Category.id))
        filtered = SearchFilters(category_ids=[theme.id], solved="open")
        started = time.perf_counter()
        vector_count = len(matrix().ids)
        embed_query("warm up")  # the model loads once per process
        loaded = time.perf_counter() - started
        # A worker's first search loads what every later one shares (statements, the model's
        # thread, the index's first pages): once per worker, reported apart from the runs.
        first_started = time.perf_counter()
        search_page("opwarmen van het proces", SearchFilters(), 1)
        first_search = (time.perf_counter() - first_started) * 1000
        db.session.rollback()
        lines += [
            f"{posts} posts in the index; {vector_count} thread vectors, loaded in "
            f"{loaded:.1f} s (with the model); {db.engine.dialect.name}; the process's first search "
            f"{first_search:.0f} ms; median and slowest of {arguments.repeat} runs.", "",
            "| what | results | median ms | slowest ms | median CPU ms |", "|---|---:|---:|---:|---:|",
        ]
        searches, similars = [], []
        for words in SEARCHES:
            for label, filters, page in ((words, SearchFilters(), 1), (f"{words} (theme, open, page 2)", filtered, 2)):
                median, slowest, found, cpu = timed(lambda: search_page(words, filters, page), arguments.repeat,
                                                    searches)
                total = f">= {found.total}" if found.total_is_capped else str(found.total)
                lines.append(f"| search page {label} | {total} | {median:.1f} | {slowest:.1f} | {cpu:.1f} |")
        # The ask form asks before a theme is chosen and again with it (one more query).
        for title in TITLES:
            for label, themes in ((title, []), (f"{title} (theme chosen)", [theme.id])):
                median, slowest, found, cpu = timed(lambda: related_to_text(title, themes=themes), arguments.repeat,
                                                    similars)
                lines.append(f"| similar: {label} | {len(found)} | {median:.1f} | {slowest:.1f} | {cpu:.1f} |")
        lines += ["", budget_line("Search pages", searches, 0.99, 100),
                  budget_line("Similar questions", similars, 0.95, 50)]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--reindex", action="store_true")
    lines = run(parser.parse_args())
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"search-{stamp}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
