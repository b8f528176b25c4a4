"""Uploads under load: replies with a 10 MB PDF attached must not raise the p99 of thread pages.

A member attaching large files must not slow down the members reading at the same time.

    python -m bench.upload_under_load [--database-url URL | --postgresql] [--duration 15]
        [--connections 2] [--workers 4] [--interval 0]

gunicorn with 4 workers (as README's production command) on a free loopback port, attachments
stored in a temporary folder; every worker warmed by wrk first. (1) Baseline: wrk reads a
thread page (the longest thread, as member lid0) for --duration seconds at --connections
connections. (2) The same wrk run while a separate client, lid0 in a session of its own, posts
replies to another thread with a generated 10 MB PDF attached, one every --interval seconds
(0: back to back) until wrk is done. Reported: p50, p99 and requests/s of both runs, the
uploads done, their p50 time and their status codes (every one must be 302: the reply was
saved).

Target: PASS when the p99 under uploads <= 1.2 x the baseline p99 + 5 ms, and every upload
was saved.

Without --database-url it uses a generated forum of 20,000 posts in
/tmp/kennisforum-bench/upload-20k.sqlite (with --postgresql: database bench_20k) and measures on a copy,
since the uploads add replies; a forum given with --database-url is changed, so give a copy.
Writes bench/results/upload-<stamp>.md and .json.
"""
import argparse
import os
import random
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

from sqlalchemy import create_engine, text

from bench import load
from bench.attachments_extract import make as make_document
from bench.run import CACHE, POSTGRESQL, PostgreSQLForum, SQLiteForum, prepare

DEFAULT_POSTS = 20_000
UPLOAD_MEGABYTES = 10
# The verdict: uploading may cost the readers at most this much of their p99.
P99_FACTOR = 1.2
P99_ALLOWANCE_MS = 5.0
WARM_UP_SECONDS = 5


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A saved reply answers 302; that answer is what is counted, not the page it leads to."""

    def redirect_request(self, *args, **kwargs):
        return None


class Uploader(threading.Thread):
    """Posts replies with the PDF attached, one after the other, until told to stop."""

    def __init__(self, url: str, cookie: str, token: str, pdf: bytes, interval: float):
        super().__init__(daemon=True)
        self.url, self.cookie, self.token, self.pdf = url, cookie, token, pdf
        self.interval = interval
        self.stop = threading.Event()
        self.seconds: list[float] = []
        self.statuses: dict[int | str, int] = {}

    def run(self) -> None:
        opener = urllib.request.build_opener(_NoRedirect())
        number = 0
        while not self.stop.is_set():
            number += 1
            next_start = time.perf_counter() + self.interval
            # A comment after %%EOF makes each file different, so none is stored once for all.
            pdf = self.pdf + f"% exemplaar {number:06d}\n".encode()
            body, content_type = _multipart(
                {"csrf_token": self.token, "body": f"Het plan van aanpak als bijlage, exemplaar {number}."},
                ("attachments", f"plan-van-aanpak-{number}.pdf", "application/pdf", pdf))
            request = urllib.request.Request(self.url, data=body, headers={
                "Cookie": self.cookie, "Content-Type": content_type})
            started = time.perf_counter()
            try:
                with opener.open(request, timeout=120) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:  # the server closed the connection before the body was in
                status = f"{type(error).__name__}: {getattr(error, 'reason', error)}"
            self.seconds.append(time.perf_counter() - started)
            self.statuses[status] = self.statuses.get(status, 0) + 1
            self.stop.wait(max(0.0, next_start - time.perf_counter()))


def _multipart(fields: dict, upload: tuple[str, str, str, bytes]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
             for name, value in fields.items()]
    name, filename, mime, data = upload
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                 f"Content-Type: {mime}\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def _attachments_on_posts(database_url: str) -> int:
    engine = create_engine(database_url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT COUNT(*) FROM attachments WHERE post_id IS NOT NULL")).scalar()
    engine.dispose()
    return count


def run(arguments) -> dict:
    load.ensure_wrk()
    load_average = os.getloadavg()[0]
    chosen = load.targets(arguments.database_url)
    attachments_before = _attachments_on_posts(arguments.database_url)
    pdf = make_document("pdf", UPLOAD_MEGABYTES, random.Random(14))
    with tempfile.TemporaryDirectory(prefix="kennisforum-upload-bench-") as attachments:
        environment = {
            **load.forum_environment(arguments.database_url),
            "FORUM_ATTACHMENT_ROOT": attachments,
            # Back-to-back uploads pass the daily quota of a real member within a minute.
            "FORUM_ATTACHMENT_DAILY_QUOTA_BYTES": str(2**40),
        }
        with load.Server("forum:create_app()", arguments.workers, environment) as forum:
            reader_cookie, _token = load.log_in(forum.base, chosen["member"])
            uploader_cookie, token = load.log_in(forum.base, chosen["member"])
            page = forum.base + chosen["pages"]["thread, page 1"]
            measure = lambda: load.wrk(page, arguments.duration, arguments.connections, cookie=reader_cookie)  # noqa: E731
            # Every worker warm (templates compiled, vectors loaded) before the baseline: a cold
            # worker's first page takes a second and would be the baseline's p99.
            load.wrk(page, WARM_UP_SECONDS, max(arguments.connections, arguments.workers) * 2, cookie=reader_cookie)
            baseline = measure()
            uploader = Uploader(f"{forum.base}/onderwerp/{chosen['reply_thread']}/reageren",
                                uploader_cookie, token, pdf, arguments.interval)
            uploader.start()
            loaded = measure()
            uploader.stop.set()
            uploader.join()
    stored = _attachments_on_posts(arguments.database_url) - attachments_before
    allowed = P99_FACTOR * baseline["p99_ms"] + P99_ALLOWANCE_MS
    saved = bool(uploader.seconds) and set(uploader.statuses) == {302} and stored >= len(uploader.seconds)
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "cores": os.cpu_count(), "load_average_before": load_average,
        "database": arguments.database_url.partition(":")[0], "duration_s": arguments.duration,
        "connections": arguments.connections, "workers": arguments.workers, "interval_s": arguments.interval, "page": chosen["pages"]["thread, page 1"],
        "pdf_mib": round(len(pdf) / 2**20, 1), "baseline": baseline, "under_uploads": loaded,
        "uploads": {"count": len(uploader.seconds), "statuses": {str(k): v for k, v in uploader.statuses.items()},
                    "attachments_stored": stored,
                    "p50_s": round(statistics.median(uploader.seconds), 2) if uploader.seconds else None},
        "p99_ratio": round(loaded["p99_ms"] / baseline["p99_ms"], 2), "p99_allowed_ms": round(allowed, 1),
        "passed": saved and loaded["p99_ms"] <= allowed,
    }


def markdown_table(results: dict) -> str:
    uploads = results["uploads"]
    lines = [
        f"Measured {results['when']} on {results['cores']} cores ({results['database']}, {results['workers']} "
        f"workers): wrk on {results['page']} at {results['connections']} connections, {results['duration_s']} s "
        "per run.", "",
        "| run | requests/s | p50 ms | p99 ms | errors |", "|---|---:|---:|---:|---:|",
    ]
    for name, row in (("baseline", results["baseline"]), ("while uploading", results["under_uploads"])):
        lines.append(f"| {name} | {row['requests_per_second']:.0f} | {row['p50_ms']:.1f} | {row['p99_ms']:.1f} "
                     f"| {row['errors']} |")
    lines += [
        "", f"Uploads of a {results['pdf_mib']} MiB PDF "
        f"({'back to back' if not results['interval_s'] else 'one every %g s' % results['interval_s']}): "
        f"{uploads['count']} done, p50 {uploads['p50_s']} s, "
        f"status codes {uploads['statuses']} (all must be 302), "
        f"{uploads['attachments_stored']} new attachments on posts in the database.",
        f"p99 ratio {results['p99_ratio']}; allowed {results['p99_allowed_ms']} ms "
        f"({P99_FACTOR} x baseline p99 + {P99_ALLOWANCE_MS:.0f} ms): {'PASS' if results['passed'] else 'MISS'}.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="a forum made by bench.generate (it gets the uploaded replies)")
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers, as README's production command")
    parser.add_argument("--interval", type=float, default=0.0,
                        help="seconds from one upload's start to the next (0: back to back)")
    parser.add_argument("--postgresql", action="store_true",
                        help=f"generate the forum on PostgreSQL ({POSTGRESQL}) instead of SQLite")
    arguments = parser.parse_args()
    forum = None
    if arguments.database_url is None:
        CACHE.mkdir(parents=True, exist_ok=True)
        forum = (PostgreSQLForum(POSTGRESQL, DEFAULT_POSTS) if arguments.postgresql
                 else SQLiteForum(CACHE, DEFAULT_POSTS, name="upload"))
        prepare(forum, DEFAULT_POSTS)
        forum.make_copy()
        arguments.database_url = forum.copy_url
    try:
        results = run(arguments)
    finally:
        if forum is not None:
            forum.remove_copy()
    print(load.write_results(results, markdown_table(results), prefix="upload-"))


if __name__ == "__main__":
    main()
