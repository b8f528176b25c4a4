"""Load test: the forum under gunicorn with 2 workers, against two ceilings under the same
settings: a bare Flask "hello" and plain Flask rendering 20 posts from the same database.

    python -m bench.load --database-url sqlite:////tmp/bench.sqlite [--duration 10]

Loopback only, bounded in time: every measurement runs `wrk` for --duration
seconds at --connections connections (wrk is installed with apt-get when missing).
Writes bench/results/<stamp>.md and .json.
"""
import argparse
import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.generate import BENCH_PASSWORD

RESULTS = Path(__file__).parent / "results"
GUNICORN = str(Path(sys.executable).parent / "gunicorn")


def ensure_wrk() -> None:
    """The bench installs wrk itself when it is missing; on Debian and Ubuntu that is apt-get."""
    if shutil.which("wrk"):
        return
    print("wrk is not installed; installing it: apt-get install -y wrk", flush=True)
    sudo = ["sudo", "-n"] if os.geteuid() != 0 and shutil.which("sudo") else []
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = sudo + ["apt-get", "install", "-y", "wrk"]
    # A fresh container has no package lists yet: update once, then try again.
    for commands in ([install], [sudo + ["apt-get", "update"], install]):
        try:
            if all(subprocess.run(command, env=environment).returncode == 0 for command in commands):
                break
        except FileNotFoundError:  # no apt-get (or sudo) on this machine
            break
    if not shutil.which("wrk"):
        raise SystemExit("Could not install wrk with apt-get; install it (https://github.com/wg/wrk) and run again.")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn on a free loopback port; stopped when the block ends."""

    def __init__(self, app_spec: str, workers: int, environment: dict):
        self.port = free_port()
        self.process = subprocess.Popen(
            [GUNICORN, "-w", str(workers), "-b", f"127.0.0.1:{self.port}", "--log-level", "warning", app_spec],
            env={**os.environ, **environment},
        )
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/", timeout=2)
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not start")

    def worker_rss_mib(self) -> list[float]:
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        sizes = []
        for pid in children.split():
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
        return sizes

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def wrk(url: str, duration: int, connections: int, cookie: str | None = None, script: str | None = None,
        environment: dict | None = None) -> dict:
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    if cookie and not script:
        command += ["-H", f"Cookie: {cookie}"]
    if script:
        command += ["-s", script]
    output = subprocess.run(
        command + [url], capture_output=True, text=True, env={**os.environ, **(environment or {})}, check=True
    ).stdout
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": _milliseconds(percentiles["50"]),
        "p99_ms": _milliseconds(percentiles["99"]),
        "errors": int(errors.group(1)) if errors else 0,
    }


def _milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def log_in(base: str, email: str) -> tuple[str, str]:
    """Log in through the real form; returns the Cookie header and a CSRF token for posting."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/inloggen").read().decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"csrf_token": token, "email": email, "password": BENCH_PASSWORD}).encode()
    opener.open(base + "/inloggen", data=form)
    page = opener.open(base + "/vraag-stellen").read().decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar if c.name in ("session", "remember_token"))
    return cookie, token


def targets(database_url: str) -> dict:
    """The pages to measure, chosen from the data: the busiest theme, domain, tag and municipality,
    and the longest thread."""
    engine = create_engine(database_url)
    with engine.connect() as connection:
        theme = connection.execute(text(
            "SELECT slug FROM categories WHERE parent_id IS NOT NULL ORDER BY thread_count DESC LIMIT 1")).scalar()
        domain = connection.execute(text(
            "SELECT slug FROM categories WHERE parent_id IS NULL ORDER BY thread_count DESC LIMIT 1")).scalar()
        tag = connection.execute(text("SELECT slug FROM tags ORDER BY thread_count DESC LIMIT 1")).scalar()
        municipality = connection.execute(text(
            "SELECT slug FROM municipalities ORDER BY thread_count + reply_count DESC LIMIT 1")).scalar()
        thread_id, replies = connection.execute(text(
            "SELECT id, reply_count FROM threads ORDER BY reply_count DESC, id LIMIT 1")).one()
        member = connection.execute(text(
            "SELECT email FROM users WHERE email LIKE 'lid0@%'")).scalar()
        short_thread = connection.execute(text(
            "SELECT id FROM threads WHERE reply_count BETWEEN 3 AND 10 ORDER BY id LIMIT 1")).scalar()
    engine.dispose()
    last_page = replies // 20 + 1
    return {
        "member": member,
        "reply_thread": short_thread,
        "long_thread": thread_id,
        "pages": {
            "home": "/",
            "category": f"/categorie/{theme}",
            "domain": f"/categorie/{domain}",
            "thread, page 1": f"/onderwerp/{thread_id}",
            "thread, last page": f"/onderwerp/{thread_id}?pagina={last_page}",
            "tag": f"/tags/{tag}",
            "municipality": f"/gemeenten/{municipality}",
            "search": "/zoeken?q=verduurzaming+sporthallen",
            "similar questions": "/zoeken/vergelijkbare-vragen?titel=verduurzaming+van+sporthallen",
            "notifications": "/meldingen",
            "my topics": "/mijn-onderwerpen",
            # The floor of the stack: a static text in the logged-in layout (user, bell, menu).
            "layout only": "/toegankelijkheid",
        },
    }


def forum_environment(database_url: str) -> dict:
    """The forum under gunicorn for a bench: no rate limits, mail kept in memory."""
    return {"FORUM_DATABASE_URL": database_url, "FORUM_SECRET_KEY": "bench-secret",
            "FORUM_RATELIMIT_ENABLED": "0", "FORUM_MAIL_BACKEND": "memory"}


def run(arguments) -> dict:
    """Measure the ceilings and every page; arguments: database_url, duration, connections, workers."""
    ensure_wrk()
    environment = forum_environment(arguments.database_url)
    chosen = targets(arguments.database_url)
    measure = lambda url, **kw: wrk(url, arguments.duration, arguments.connections, **kw)  # noqa: E731
    results = {"machine": os.uname().nodename, "cores": os.cpu_count(), "when": datetime.now().isoformat(),
               "duration_s": arguments.duration, "connections": arguments.connections,
               "database": arguments.database_url.partition(":")[0], "pages": {}}
    ceilings = {"BENCH_DATABASE_URL": arguments.database_url}
    with Server("bench.hello:create_app()", arguments.workers, ceilings) as hello:
        results["hello"] = measure(hello.base + "/")
        results["hello_20_posts"] = measure(f"{hello.base}/posts/{chosen['long_thread']}")
    with Server("forum:create_app()", arguments.workers, environment) as forum:
        cookie, token = log_in(forum.base, chosen["member"])
        for name, path in chosen["pages"].items():
            try:
                status = urllib.request.urlopen(urllib.request.Request(forum.base + path, headers={"Cookie": cookie})).status
            except urllib.error.HTTPError as error:
                status = error.code
            if status != 200:
                results["pages"][name] = {"skipped": f"HTTP {status}"}
                continue
            results["pages"][name] = measure(forum.base + path, cookie=cookie)
        posting = {
            "url": f"{forum.base}/onderwerp/{chosen['reply_thread']}/reageren",
            "script": str(Path(__file__).parent / "post_reply.lua"),
            "environment": {"BENCH_COOKIE": cookie, "BENCH_CSRF": token},
        }
        results["pages"]["post a reply"] = measure(**posting)
        # Eight members posting at the same moment, nonstop, is not how a forum is used: the
        # latency of one reply at a time is reported beside it (the target is checked on both).
        results["pages"]["post a reply, 1 connection"] = wrk(duration=arguments.duration, connections=1, **posting)
        results["worker_rss_mib"] = forum.worker_rss_mib()
    return results


def markdown_table(results: dict) -> str:
    hello = results["hello"]["requests_per_second"]
    twenty = results["hello_20_posts"]["requests_per_second"]
    lines = [
        f"Measured {results['when']} on {results['cores']} cores, {results['connections']} connections, "
        f"{results['duration_s']} s per page. Ceilings under the same gunicorn settings: bare Flask hello "
        f"{hello:.0f} requests/s, plain Flask rendering 20 posts from the same database {twenty:.0f} requests/s.",
        "", "| page | requests/s | ratio to hello | ratio to 20 posts | p50 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in results["pages"].items():
        if "skipped" in row:
            lines.append(f"| {name} | {row['skipped']} | | | | | |")
            continue
        rate = row["requests_per_second"]
        lines.append(f"| {name} | {rate:.0f} | {rate / hello:.2f} | {rate / twenty:.2f} "
                     f"| {row['p50_ms']:.1f} | {row['p99_ms']:.1f} | {row['errors']} |")
    lines += ["", f"Memory per worker after the run: {', '.join(f'{r:.0f} MiB' for r in results['worker_rss_mib'])}."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    arguments = parser.parse_args()
    results = run(arguments)
    print(write_results(results, markdown_table(results)))


def write_results(results: dict, table: str, prefix: str = "") -> str:
    """bench/results/<prefix><stamp>.json and .md (git-ignored); returns the table."""
    RESULTS.mkdir(exist_ok=True)
    stamp = prefix + datetime.now().strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"{stamp}.json").write_text(json.dumps(results, indent=2))
    (RESULTS / f"{stamp}.md").write_text(table + "\n")
    return table


if __name__ == "__main__":
    main()
