"""The scaling targets, checked against the load tests of bench.run, and its Markdown report."""
from bench.load import markdown_table

READ_REQUESTS_PER_SECOND = 600
READ_P99_MS = 50
SEARCH_P99_MS = 100
REPLY_P99_MS = 100
GROWTH_ALLOWED = 0.20  # the biggest forum may be this much slower than the smallest
WORKER_MIB = 120
POST_REPLY = "post a reply"  # every other page bench.load measures is a read (GET) page
POST_REPLY_ALONE = "post a reply, 1 connection"
PASS, MISS, NOT_APPLICABLE = "PASS", "MISS", "n/a"


def _measured(row: dict) -> bool:
    """A page counts only if it answered: a fast error page is no result."""
    return "skipped" not in row and row["errors"] == 0


def _summary(name: str, row: dict) -> str:
    if "skipped" in row:
        return f"{name} ({row['skipped']})"
    errors = f", {row['errors']} errors" if row["errors"] else ""
    return f"{name} ({row['requests_per_second']:.0f}/s, p99 {row['p99_ms']:.0f} ms{errors})"


def _target(target: str, backend: str, misses: list[str], checked: list[str]) -> dict:
    detail = "; ".join(misses) if misses else "; ".join(checked)
    return {"target": target, "backend": backend, "result": MISS if misses else PASS, "detail": detail}


def check_targets(runs: list[dict]) -> list[dict]:
    targets = []
    for backend in dict.fromkeys(run["backend"] for run in runs):
        mine = [run for run in runs if run["backend"] == backend]
        targets += [
            _read_pages(backend, mine), _p99_of("search", SEARCH_P99_MS, "Search, first page", backend, mine),
            _p99_of(POST_REPLY, REPLY_P99_MS, "Posting a reply, 8 connections", backend, mine),
            _p99_of(POST_REPLY_ALONE, REPLY_P99_MS, "Posting a reply, one at a time", backend, mine),
            _growth(backend, mine), _memory(backend, mine),
        ]
    return targets


def _read_pages(backend: str, runs: list[dict]) -> dict:
    misses, checked = [], []
    for run in runs:
        pages = {name: row for name, row in run["load"]["pages"].items() if not name.startswith(POST_REPLY)}
        failing = [
            _summary(name, row) for name, row in pages.items()
            if not _measured(row) or row["requests_per_second"] < READ_REQUESTS_PER_SECOND
            or row["p99_ms"] >= READ_P99_MS
        ]
        if failing:
            misses.append(f"{run['label']}: {len(pages) - len(failing)} of {len(pages)} pages pass; "
                          f"missed: {', '.join(failing)}")
        checked.append(f"{run['label']}: all {len(pages)} pages")
    target = f"Every read page >= {READ_REQUESTS_PER_SECOND} requests/s with p99 < {READ_P99_MS} ms"
    return _target(target, backend, misses, checked)


def _p99_of(page: str, limit: float, what: str, backend: str, runs: list[dict]) -> dict:
    misses, checked = [], []
    for run in runs:
        row = run["load"]["pages"].get(page, {"skipped": "not measured"})
        (checked if _measured(row) and row["p99_ms"] < limit else misses).append(
            f"{run['label']}: {_summary(page, row)}")
    return _target(f"{what}: p99 < {limit} ms", backend, misses, checked)


def _growth(backend: str, runs: list[dict]) -> dict:
    target = f"No page more than {GROWTH_ALLOWED:.0%} slower on the biggest forum (requests/s and p50)"
    if len(runs) < 2:
        return {"target": target, "backend": backend, "result": NOT_APPLICABLE, "detail": "needs two sizes"}
    small, big = runs[0], runs[-1]
    misses = []
    for name, before in small["load"]["pages"].items():
        after = big["load"]["pages"].get(name, {"skipped": "not measured"})
        if not (_measured(before) and _measured(after)):
            misses.append(f"{_summary(name, before)} -> {_summary(name, after)}")
            continue
        rate = after["requests_per_second"] / before["requests_per_second"] - 1
        p50 = after["p50_ms"] / before["p50_ms"] - 1
        if rate < -GROWTH_ALLOWED or p50 > GROWTH_ALLOWED:
            misses.append(f"{name}: {before['requests_per_second']:.0f} -> {after['requests_per_second']:.0f}/s "
                          f"({rate:+.0%}), p50 {before['p50_ms']:.1f} -> {after['p50_ms']:.1f} ms ({p50:+.0%})")
    checked = [f"{len(small['load']['pages'])} pages, {small['label']} against {big['label']}"]
    return _target(target, backend, misses, checked)


def _memory(backend: str, runs: list[dict]) -> dict:
    misses, checked = [], []
    for run in runs:
        sizes = run["load"]["worker_rss_mib"]
        line = f"{run['label']}: {', '.join(f'{size:.0f}' for size in sizes)} MiB"
        (checked if sizes and max(sizes) < WORKER_MIB else misses).append(line)
    return _target(f"Memory per worker < {WORKER_MIB} MiB", backend, misses, checked)


def markdown_report(report: dict) -> str:
    lines = [
        f"# Benchmark run {report['when']}", "",
        f"{report['machine']}, {report['cores']} cores; gunicorn with {report['workers']} workers, "
        f"wrk at {report['connections']} connections for {report['duration_s']} s per page. "
        "Each load test ran on a fresh copy of the generated forum, as member lid0.", "",
        "## Databases", "", "| backend | posts | generation | size | load average before the test |",
        "|---|---:|---|---:|---:|",
    ]
    for run in report["runs"]:
        generation = run["generation"]
        made = f"{'reused; made' if generation['reused'] else 'made now'} in {generation['seconds']:.0f} s"
        lines.append(f"| {run['backend']} | {run['posts']:,} | {made} | {generation['size']} "
                     f"| {run['load']['load_average_before']:.2f} |")
    lines += ["", "## Targets", "", "| result | target | backend | detail |", "|---|---|---|---|"]
    lines += [f"| **{t['result']}** | {t['target']} | {t['backend']} | {t['detail']} |" for t in report["targets"]]
    for backend in dict.fromkeys(run["backend"] for run in report["runs"]):
        runs = [run for run in report["runs"] if run["backend"] == backend]
        lines += ["", f"## Per page, {backend}", ""] + _comparison(runs)
    for run in report["runs"]:
        lines += ["", f"## {run['backend']}, {run['posts']:,} posts", "", markdown_table(run["load"])]
    return "\n".join(lines)


def _comparison(runs: list[dict]) -> list[str]:
    """requests/s and p50 / p99 of every page, side by side for each forum size."""
    header = "| page | " + " | ".join(f"{run['label']} req/s | p50 ms | p99 ms" for run in runs) + " |"
    lines = [header, "|---|" + "---:|---:|---:|" * len(runs)]
    ceilings = {"hello (ceiling)": "hello", "20 posts, plain Flask (ceiling)": "hello_20_posts"}
    names = list(ceilings) + list(runs[0]["load"]["pages"])
    for name in names:
        cells = []
        for run in runs:
            if name in ceilings:
                row = run["load"][ceilings[name]]
            else:
                row = run["load"]["pages"].get(name, {"skipped": "-"})
            cells.append(f"{row['skipped']} | | " if "skipped" in row else
                         f"{row['requests_per_second']:.0f} | {row['p50_ms']:.1f} | {row['p99_ms']:.1f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines
