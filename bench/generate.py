"""Fill a database with a realistic forum of any size, deterministically.

    python -m bench.generate --posts 1000000 --database-url sqlite:////tmp/bench.sqlite

Bulk inserts through SQLAlchemy Core on the app's own tables; the schema comes
from the app's migrations. Counters (reply counts, last activity, category and
municipality totals) are computed here, so pages look as they would after real
use; bench/generate_extras.py adds tags, solutions, helpful votes, follows and
the bench member's notifications, and the full-text index is built at the end.
Bodies are short Dutch texts stored with their HTML, as the app would store
them (rendering a million posts through the sandboxed renderer would only
measure the renderer).
"""
import argparse
import hashlib
import math
import random
import time
from datetime import datetime, timedelta
from pathlib import Path

from flask_migrate import upgrade
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, func, insert, select, text

from forum import create_app
from forum.accounts.models import User
from forum.board.categories import seed_categories
from forum.board.models import Category, Post, Thread
from forum.extensions import db
from forum.municipalities.models import Municipality
from forum.municipalities.services import load_municipalities
from forum.search.indexing import reindex_all
from forum.search.vectors import queue_all_threads

from bench.corpus import SUBJECTS_PATH, load_subjects
from bench.generate_extras import ForumExtras

SEED = 20261123
MEMBERS = 10_000
LONG_THREAD_POSTS = 2_000
CHUNK = 5_000
BENCH_PASSWORD = "bench-wachtwoord-123"
START = datetime(2023, 1, 1)
SPAN = timedelta(days=3 * 365)
BENCH_DIRECTORY = Path(__file__).parent
MIGRATIONS = Path(__file__).parent.parent / "forum" / "migrations" / "versions"

# Which generator made a database: bench.run regenerates when the generator or the schema changed.
generator_table = Table(
    "bench_generator", MetaData(),
    Column("stamp", String(64)), Column("posts", Integer), Column("seconds", Float),
)


def generator_stamp() -> str:
    """A hash of the generator's code and the migrations' names."""
    digest = hashlib.sha256()
    for path in sorted(BENCH_DIRECTORY.glob("generate*.py")):
        digest.update(path.read_bytes())
    digest.update(SUBJECTS_PATH.read_bytes())
    for path in sorted(MIGRATIONS.glob("*.py")):
        digest.update(path.name.encode())
    return digest.hexdigest()[:16]

# Varied, realistic subjects per theme and generic sentences (bench/corpus/README.md): the
# threads are real distractors for the evaluation pairs of tests/search/eval/.
THEME_SUBJECTS, SENTENCES = load_subjects()
# Repeats of a subject differ a little, as two members' titles would. Few variants on
# purpose: a vector covers the title and the question's first 200 characters, so 30,000
# threads need only about 3,000 distinct vectors (bench.embed caches them by text; the
# model costs some 60 ms of CPU per thread), and each subject that competes with an
# evaluation original does so some 44 times over. Replies carry the generic sentences.
TITLE_PREFIXES = ["", "", "Vraag: ", "Ervaringen gezocht: ", "Wie weet raad? "]


def title_and_question(rng: random.Random, theme_slug: str) -> tuple[str, str]:
    subject = rng.choice(THEME_SUBJECTS[theme_slug])
    question = subject["body"]
    return f"{rng.choice(TITLE_PREFIXES)}{subject['title']}", question


def thread_lengths(total_posts: int, rng: random.Random) -> list[int]:
    """Posts per thread: mostly short, a long tail, and some threads of 2,000 posts."""
    lengths = [LONG_THREAD_POSTS] * max(1, total_posts // 100_000)
    remaining = total_posts - sum(lengths)
    while remaining > 0:
        length = max(1, min(remaining, 500, int(rng.paretovariate(1.3) * 2) - 1))
        lengths.append(length)
        remaining -= length
    rng.shuffle(lengths)
    return lengths


def body(rng: random.Random, markdown: str | None = None) -> tuple[str, str]:
    """A reply of generic sentences, or the given question text, with its HTML."""
    markdown = markdown or " ".join(rng.sample(SENTENCES, rng.randint(2, 4)))
    return markdown, f"<p>{markdown}</p>"


class Generator:
    def __init__(self, total_posts: int, members: int, search_index: bool = True):
        self.rng = random.Random(SEED)
        self.total_posts = total_posts
        self.members = members
        self.search_index = search_index
        self.extras = None

    def run(self) -> None:
        started = time.perf_counter()
        load_municipalities()
        seed_categories()
        db.session.commit()
        if db.session.scalar(select(func.count(Post.id))):
            raise SystemExit("De database bevat al berichten; genereer in een lege database.")
        municipalities = db.session.scalars(select(Municipality)).all()
        themes = db.session.scalars(select(Category).where(Category.parent_id.is_not(None))).all()
        users = self._insert_users(municipalities)
        domains = db.session.scalars(select(Category).where(Category.parent_id.is_(None))).all()
        self.extras = ForumExtras(users, themes, domains, municipalities, START)
        self.extras.insert_tags()
        self._insert_threads_and_posts(users, themes, municipalities)
        self.extras.finish()
        self._fix_sequences()
        db.session.commit()
        if self.search_index:
            moment = time.perf_counter()
            posts, threads = reindex_all()
            queue_all_threads()  # vectors: `flask search embed` (see bench/README.md)
            db.session.commit()
            print(f"Zoekindex: {posts} berichten, {threads} onderwerpen in {time.perf_counter() - moment:.0f} s")
        self._finish_database(time.perf_counter() - started)
        print(f"Klaar in {time.perf_counter() - started:.0f} s.")

    def _insert_users(self, municipalities) -> list[tuple[int, int]]:
        """Members spread over municipalities by population (square root, so small ones take part)."""
        from werkzeug.security import generate_password_hash

        password_hash = generate_password_hash(BENCH_PASSWORD, method="scrypt")
        weights = [math.sqrt(m.population) for m in municipalities]
        chosen = self.rng.choices(municipalities, weights=weights, k=self.members)
        rows, users, member_counts = [], [], {}
        first_id = (db.session.scalar(select(func.max(User.id))) or 0) + 1
        for offset, municipality in enumerate(chosen):
            user_id = first_id + offset
            rows.append({
                "id": user_id, "email": f"lid{offset}@{municipality.slug}.bench.example",
                "password_hash": password_hash, "name": f"Medewerker {offset}",
                "job_title": "beleidsadviseur", "municipality_id": municipality.id, "role": "member",
                "status": "active", "session_token": f"{offset:032x}", "created_at": START,
            })
            users.append((user_id, municipality.id))
            member_counts[municipality.id] = member_counts.get(municipality.id, 0) + 1
        self._insert(User, rows)
        for municipality_id, count in member_counts.items():
            db.session.execute(
                Municipality.__table__.update().where(Municipality.id == municipality_id).values(member_count=count)
            )
        print(f"{len(rows)} leden")
        return users

    def _insert_threads_and_posts(self, users, themes, municipalities) -> None:
        lengths = thread_lengths(self.total_posts, self.rng)
        thread_rows, post_rows = [], []
        category_totals = {theme.id: [0, 0, None] for theme in themes}
        municipality_totals = {m.id: [0, 0] for m in municipalities}
        post_id = (db.session.scalar(select(func.max(Post.id))) or 0) + 1
        first_thread_id = (db.session.scalar(select(func.max(Thread.id))) or 0) + 1
        for index, length in enumerate(lengths):
            thread_id = first_thread_id + index
            theme = self.rng.choice(themes)
            title, question = title_and_question(self.rng, theme.slug)
            created = START + SPAN * (index / len(lengths))
            moment = created
            for position in range(1, length + 1):
                author_id, municipality_id = self.rng.choice(users)
                if position > 1:
                    moment += timedelta(minutes=self.rng.randint(5, 60 * 24))
                markdown, html = body(self.rng, question if position == 1 else None)
                post_rows.append({
                    "id": post_id, "thread_id": thread_id, "author_id": author_id,
                    "municipality_id": municipality_id, "position": position,
                    "body_markdown": markdown, "body_html": html, "created_at": moment, "edit_count": 0,
                    "helpful_count": 0,
                })
                post_id += 1
                if position == 1:
                    asker = (author_id, municipality_id)
                    municipality_totals[municipality_id][0] += 1
                else:
                    municipality_totals[municipality_id][1] += 1
                last = (author_id, municipality_id)
            thread_row = {
                "id": thread_id, "category_id": theme.id, "author_id": asker[0], "municipality_id": asker[1],
                "title": title, "created_at": created,
                "reply_count": length - 1, "last_activity_at": moment, "last_poster_id": last[0],
                # last_position hands out the next reply's position and counts the thread's pages.
                "last_poster_municipality_id": last[1], "last_position": length,
            }
            thread_rows.append(thread_row)
            self.extras.on_thread(thread_row, post_rows[-length:])
            totals = category_totals[theme.id]
            totals[0] += 1
            totals[1] += length
            totals[2] = max(totals[2] or moment, moment)
            if len(post_rows) >= CHUNK * 4:
                self._insert(Thread, thread_rows)
                self._insert(Post, post_rows)
                self.extras.flush()
                thread_rows, post_rows = [], []
                print(f"{post_id - 1} berichten", end="\r", flush=True)
        self._insert(Thread, thread_rows)
        self._insert(Post, post_rows)
        self.extras.flush()
        print(f"{len(lengths)} onderwerpen, {post_id - 1} berichten")
        self._store_totals(themes, category_totals, municipality_totals)

    def _store_totals(self, themes, category_totals, municipality_totals) -> None:
        domain_totals = {}
        for theme in themes:
            threads, posts, last = category_totals[theme.id]
            db.session.execute(Category.__table__.update().where(Category.id == theme.id).values(
                thread_count=threads, post_count=posts, last_activity_at=last))
            domain = domain_totals.setdefault(theme.parent_id, [0, 0, None])
            domain[0] += threads
            domain[1] += posts
            if last:
                domain[2] = max(domain[2] or last, last)
        for domain_id, (threads, posts, last) in domain_totals.items():
            db.session.execute(Category.__table__.update().where(Category.id == domain_id).values(
                thread_count=threads, post_count=posts, last_activity_at=last))
        for municipality_id, (threads, replies) in municipality_totals.items():
            db.session.execute(Municipality.__table__.update().where(Municipality.id == municipality_id).values(
                thread_count=threads, reply_count=replies))

    def _insert(self, model, rows) -> None:
        for start in range(0, len(rows), CHUNK):
            db.session.execute(insert(model.__table__), rows[start:start + CHUNK])
        db.session.commit()

    def _fix_sequences(self) -> None:
        """Explicit ids leave PostgreSQL's sequences behind; move them past the data."""
        if db.engine.dialect.name != "postgresql":
            return
        for table in ("users", "threads", "posts", "tags"):
            db.session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            ))

    def _finish_database(self, seconds: float) -> None:
        """Record the stamp; give PostgreSQL its statistics and visibility map (index-only scans;
        autovacuum would do it later, in the middle of a measurement)
        and fold SQLite's write-ahead log into the file, so that one file is the database."""
        generator_table.create(db.engine, checkfirst=True)
        db.session.execute(generator_table.insert().values(
            stamp=generator_stamp(), posts=self.total_posts, seconds=round(seconds, 1)))
        db.session.commit()
        with db.engine.connect() as connection:
            if db.engine.dialect.name == "postgresql":
                connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM (ANALYZE)"))
            else:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=MEMBERS)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--no-search-index", action="store_true",
                        help="leave the full-text index empty (bench.search rebuilds it)")
    arguments = parser.parse_args()
    app = create_app({"SQLALCHEMY_DATABASE_URI": arguments.database_url, "SECRET_KEY": "bench"})
    with app.app_context():
        upgrade()
        Generator(arguments.posts, arguments.members, not arguments.no_search_index).run()


if __name__ == "__main__":
    main()
