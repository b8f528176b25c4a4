"""One command: make (or reuse) the forums, load-test each, check the targets.

    python -m bench.run                                  # SQLite, 100,000 and 1,000,000 posts, 10 s per page
    python -m bench.run --postgresql                     # the same on PostgreSQL too
    python -m bench.run --sizes 20000 --duration 3       # a quick look

Databases are generated once into --cache-dir (SQLite files; PostgreSQL databases
bench_100k, bench_1m, ...) and reused while the generator and the migrations are unchanged
(the stamp in their bench_generator table). Every load test runs on a fresh copy, since
posting replies changes the data. Writes bench/results/run-<stamp>.md and .json.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from bench import load
from bench.generate import generator_stamp
from bench.run_report import check_targets, markdown_report

CACHE = Path("/tmp/kennisforum-bench")
POSTGRESQL = "postgresql+psycopg://postgres@127.0.0.1:5432"
CONNECTIONS = 8  # the scaling targets are set at 8 connections
WORKERS = 2


def label(posts: int) -> str:
    """100000 -> '100k', 1000000 -> '1m': for file and database names."""
    if posts % 1_000_000 == 0:
        return f"{posts // 1_000_000}m"
    return f"{posts // 1000}k" if posts % 1000 == 0 else str(posts)


class SQLiteForum:
    """A generated forum in a SQLite file, and a copy of it for each load test."""

    backend = "sqlite"

    def __init__(self, cache: Path, posts: int, name: str = "forum"):
        self.path = cache / f"{name}-{label(posts)}.sqlite"
        self.copy_path = cache / f"{name}-{label(posts)}-run.sqlite"
        self.url = f"sqlite:///{self.path}"
        self.copy_url = f"sqlite:///{self.copy_path}"

    def exists(self) -> bool:
        return self.path.exists()

    def remove(self) -> None:
        for path in (self.path, *_sidecars(self.path)):
            path.unlink(missing_ok=True)

    def make_copy(self) -> None:
        self.remove_copy()
        shutil.copyfile(self.path, self.copy_path)  # the generator folded the log into the file
        os.sync()  # not a gigabyte of writeback during the measurement

    def remove_copy(self) -> None:
        for path in (self.copy_path, *_sidecars(self.copy_path)):
            path.unlink(missing_ok=True)

    def size(self) -> str:
        return f"{self.path.stat().st_size / 2**20:.0f} MiB"


class PostgreSQLForum:
    """A generated forum in database bench_<size>; each load test runs on bench_<size>_run,
    made with it as the template."""

    backend = "postgresql"

    def __init__(self, server: str, posts: int):
        self.name, self.copy_name = f"bench_{label(posts)}", f"bench_{label(posts)}_run"
        self.url, self.copy_url = f"{server}/{self.name}", f"{server}/{self.copy_name}"
        self.admin = server.replace("+psycopg", "") + "/postgres"

    def _execute(self, *statements: str) -> list:
        """Run each statement outside a transaction (CREATE DATABASE needs that); the last one's rows."""
        rows = []
        with psycopg.connect(self.admin, autocommit=True) as connection:
            for statement in statements:
                cursor = connection.execute(statement)
                rows = cursor.fetchall() if cursor.description else []
        return rows

    def exists(self) -> bool:
        return bool(self._execute(f"SELECT 1 FROM pg_database WHERE datname = '{self.name}'"))

    def remove(self) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)", f"CREATE DATABASE {self.name}")

    def make_copy(self) -> None:
        # FILE_COPY (PostgreSQL 15) copies the files; the default writes the whole database
        # through the WAL, and the checkpoints that follow ran during the measurement.
        self._execute(f"DROP DATABASE IF EXISTS {self.copy_name} WITH (FORCE)",
                      f"CREATE DATABASE {self.copy_name} TEMPLATE {self.name} STRATEGY FILE_COPY", "CHECKPOINT")
        os.sync()

    def remove_copy(self) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {self.copy_name} WITH (FORCE)")

    def size(self) -> str:
        (size,), = self._execute(f"SELECT pg_database_size('{self.name}')")
        return f"{size / 2**20:.0f} MiB"


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def stamp_of(forum) -> dict | None:
    """What the bench_generator table says about the forum; None when there is none."""
    if not forum.exists():
        return None
    engine = create_engine(forum.url)
    try:
        with engine.connect() as connection:
            row = connection.execute(text("SELECT stamp, posts, seconds FROM bench_generator")).first()
    except DBAPIError:
        row = None
    finally:
        engine.dispose()
    return dict(row._mapping) if row else None


def prepare(forum, posts: int) -> dict:
    """Generate the forum unless the cached one was made by this generator on this schema."""
    found = stamp_of(forum)
    if found and found["stamp"] == generator_stamp() and found["posts"] == posts:
        print(f"{forum.backend}, {posts} posts: reusing {forum.url} (generated in {found['seconds']:.0f} s)")
        return {"reused": True, "seconds": found["seconds"], "size": forum.size()}
    print(f"{forum.backend}, {posts} posts: generating {forum.url}", flush=True)
    forum.remove()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bench.generate", "--posts", str(posts), "--database-url", forum.url],
                   check=True)
    return {"reused": False, "seconds": round(time.perf_counter() - started, 1), "size": forum.size()}


def measure(forum, duration: int) -> dict:
    forum.make_copy()
    try:
        print(f"{forum.backend}: load test on {forum.copy_url}, {duration} s per page", flush=True)
        arguments = argparse.Namespace(database_url=forum.copy_url, duration=duration,
                                       connections=CONNECTIONS, workers=WORKERS)
        load_average = os.getloadavg()[0]
        results = load.run(arguments)
        results["load_average_before"] = load_average
        return results
    finally:
        forum.remove_copy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="posts per forum")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page")
    parser.add_argument("--cache-dir", type=Path, default=CACHE)
    parser.add_argument("--postgresql", action="store_true", help="also on PostgreSQL")
    parser.add_argument("--postgresql-url", default=POSTGRESQL, help="server, without a database name")
    arguments = parser.parse_args()
    load.ensure_wrk()  # before minutes of generating, not after
    arguments.cache_dir.mkdir(parents=True, exist_ok=True)
    backends = [lambda posts: SQLiteForum(arguments.cache_dir, posts)]
    if arguments.postgresql:
        backends.append(lambda posts: PostgreSQLForum(arguments.postgresql_url, posts))
    sizes = sorted(arguments.sizes)
    runs = []
    for make_forum in backends:
        for posts in sizes:
            forum = make_forum(posts)
            generation = prepare(forum, posts)
            runs.append({"backend": forum.backend, "posts": posts, "label": label(posts),
                         "generation": generation, "load": measure(forum, arguments.duration)})
    report = {"when": datetime.now().isoformat(timespec="seconds"), "machine": os.uname().nodename,
              "cores": os.cpu_count(), "duration_s": arguments.duration, "connections": CONNECTIONS,
              "workers": WORKERS, "runs": runs}
    report["targets"] = check_targets(runs)
    load.RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    (load.RESULTS / f"run-{stamp}.json").write_text(json.dumps(report, indent=2))
    markdown = markdown_report(report)
    (load.RESULTS / f"run-{stamp}.md").write_text(markdown + "\n")
    print(markdown)
    print(f"\nWritten: bench/results/run-{stamp}.md and .json")


if __name__ == "__main__":
    main()
