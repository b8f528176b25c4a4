"""CPU time and SQL statements per page, in-process (Flask's test client, no HTTP, no wrk).

    python -m bench.pages --database-url sqlite:////tmp/kennisforum-bench/forum-1m.sqlite [--repeat 30]
    python -m bench.pages --database-url ... --profile "thread, page 1"

The load test measures what a visitor gets; this measures what one page costs the app, so
that a change can be judged on a busy machine too (CPU time of this process only). With
--profile it prints the functions of forum/ and templates/ that the page spends most in.
Read-only: it logs member lid0 in and only GETs pages.
"""
import argparse
import cProfile
import pstats
import time

from sqlalchemy import event

from bench.generate import BENCH_PASSWORD
from bench.load import targets
from forum import create_app
from forum.extensions import db


def measure(database_url: str, repeat: int) -> list[tuple[str, int, float, float, int]]:
    """(page, status, ms per request, CPU ms of this process per request, SQL statements) for
    every page bench.load measures. On PostgreSQL the difference is mostly the server's time."""
    app, client, pages = _logged_in_client(database_url)
    statements = []
    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(1))
    rows = []
    for name, path in pages.items():
        client.get(path)  # warm: templates compiled, caches filled
        statements.clear()
        status = client.get(path).status_code
        count = len(statements)
        started, cpu_started = time.perf_counter(), time.process_time()
        for _ in range(repeat):
            client.get(path)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        rows.append((name, status, elapsed / repeat * 1000, cpu / repeat * 1000, count))
    return rows


def profile(database_url: str, page: str, repeat: int) -> None:
    _, client, pages = _logged_in_client(database_url)
    client.get(pages[page])
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        client.get(pages[page])
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"forum/|templates/", 40)


def _logged_in_client(database_url: str):
    chosen = targets(database_url)
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench", "RATELIMIT_ENABLED": False,
                      "WTF_CSRF_ENABLED": False})
    client = app.test_client()
    response = client.post("/inloggen", data={"email": chosen["member"], "password": BENCH_PASSWORD})
    if response.status_code not in (302, 303):
        raise SystemExit(f"Inloggen als {chosen['member']} lukte niet (HTTP {response.status_code}).")
    return app, client, chosen["pages"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--profile", metavar="PAGE", help="profile one page, e.g. 'thread, page 1'")
    arguments = parser.parse_args()
    if arguments.profile:
        profile(arguments.database_url, arguments.profile, arguments.repeat)
        return
    print("| page | status | ms per request | of which CPU here | SQL statements |\n|---|---:|---:|---:|---:|")
    for name, status, milliseconds, cpu, count in measure(arguments.database_url, arguments.repeat):
        print(f"| {name} | {status} | {milliseconds:.1f} | {cpu:.1f} | {count} |")


if __name__ == "__main__":
    main()
