"""Concurrent posters: N members reply at the same moment under gunicorn, and every answer counts.

    python -m bench.concurrent_posting [--workers 2 4] [--posters 16] [--replies 200]
                                       [--database-url sqlite:////tmp/...]

Without --database-url it generates a small SQLite forum in a temporary folder. Each poster
logs in through the real form as a different member and posts plain-text replies
("... bericht 0001") to one thread, as fast as the server answers. Reported per worker count:
the answers by status, the replies refused as too complex (none may be: the text is plain),
"database is locked" errors, and the slowest request. Posting limits are off: the aim is the
database and the Markdown renderer under load, not the limiter.
"""
import argparse
import http.cookiejar
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.generate import BENCH_PASSWORD
from bench.load import Server, forum_environment

REFUSED_AS_TOO_COMPLEX = "te ingewikkeld"


def _csrf(page: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def _members_and_thread(database_url: str, count: int) -> tuple[list[str], int]:
    engine = create_engine(database_url)
    with engine.connect() as connection:
        emails = connection.execute(text(
            "SELECT email FROM users WHERE status = 'active' AND role = 'member' AND email LIKE '%.bench.example' "
            "ORDER BY id LIMIT :count"), {"count": count}).scalars().all()
        thread_id = connection.execute(text(
            "SELECT id FROM threads WHERE deleted_at IS NULL AND merged_into_id IS NULL "
            "ORDER BY id LIMIT 1")).scalar_one()
    engine.dispose()
    return list(emails), thread_id


class Poster(threading.Thread):
    def __init__(self, base: str, email: str, thread_id: int, numbers: list[int], start: threading.Barrier):
        super().__init__()
        self.base, self.email, self.thread_id, self.numbers, self.start_together = base, email, thread_id, numbers, start
        self.statuses: Counter = Counter()
        self.too_complex = self.locked = 0
        self.slowest = 0.0

    def run(self) -> None:
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect())
        try:
            form = {"csrf_token": _csrf(opener.open(self.base + "/inloggen").read().decode()),
                    "email": self.email, "password": BENCH_PASSWORD}
            _open(opener, self.base + "/inloggen", form)
            token = _csrf(opener.open(f"{self.base}/onderwerp/{self.thread_id}").read().decode())
        except (OSError, AttributeError) as error:  # no login: say so, and let the others go on
            self.statuses[f"login failed: {error}"] += 1
            self.start_together.wait()
            return
        self.start_together.wait()
        for number in self.numbers:
            body = f"Een gewone reactie zonder opmaak, bericht {number:04d}."
            started = time.monotonic()
            status, page = _open(opener, f"{self.base}/onderwerp/{self.thread_id}/reageren",
                                 {"csrf_token": token, "body": body})
            self.slowest = max(self.slowest, time.monotonic() - started)
            self.statuses[status] += 1
            self.too_complex += REFUSED_AS_TOO_COMPLEX in page
            self.locked += "database is locked" in page


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _open(opener, url: str, form: dict) -> tuple[int, str]:
    try:
        response = opener.open(url, data=urllib.parse.urlencode(form).encode(), timeout=60)
        return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def measure(database_url: str, workers: int, posters: int, replies: int) -> dict:
    emails, thread_id = _members_and_thread(database_url, posters)
    environment = forum_environment(database_url)
    numbers = list(range(1, replies + 1))
    with Server("forum:create_app()", workers, environment) as server:
        start = threading.Barrier(posters)
        threads = [Poster(server.base, email, thread_id, numbers[index::posters], start)
                   for index, email in enumerate(emails)]
        began = time.monotonic()
        for each in threads:
            each.start()
        for each in threads:
            each.join()
        elapsed = time.monotonic() - began
    statuses = sum((each.statuses for each in threads), Counter())
    return {"workers": workers, "posters": posters, "replies": replies, "statuses": dict(sorted(statuses.items())),
            "too_complex": sum(each.too_complex for each in threads),
            "database_locked": sum(each.locked for each in threads),
            "slowest_s": round(max(each.slowest for each in threads), 2), "elapsed_s": round(elapsed, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--posters", type=int, default=16)
    parser.add_argument("--replies", type=int, default=200)
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kennisforum-posting-"))
    try:
        for workers in arguments.workers:
            database_url = arguments.database_url
            if database_url is None:  # a fresh small forum per run: the replies change it
                database_url = f"sqlite:///{folder / f'forum-{workers}.sqlite'}"
                subprocess.run([sys.executable, "-m", "bench.generate", "--posts", "2000",
                                "--database-url", database_url], check=True, stdout=subprocess.DEVNULL)
            result = measure(database_url, workers, arguments.posters, arguments.replies)
            print(f"{result['workers']} workers, {result['posters']} posters, {result['replies']} replies: "
                  f"statuses {result['statuses']}, refused as too complex {result['too_complex']}, "
                  f"database is locked {result['database_locked']}, slowest {result['slowest_s']} s, "
                  f"all in {result['elapsed_s']} s", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
