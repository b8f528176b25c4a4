"""How well a question asked in other words finds the earlier one: recall@1, recall@5, MRR.

    python -m bench.recall --half development                       # demo forum, SQLite in /tmp
    python -m bench.recall --half development --database-url postgresql+psycopg://postgres@127.0.0.1:5432/recall
    python -m bench.recall --half held_out --database-url sqlite:////tmp/kennisforum-bench/forum-300k.sqlite

The pairs are tests/search/eval/ (tune on "development", report "held_out"). The originals
of the half are added as threads to the forum at --database-url; an empty database becomes
the demo forum first, one made by bench.generate is used as it is. Every thread waiting
for a vector gets one (as `flask search embed` would), then for each query:
- similar questions (the ask form): where the original ranks among 10 suggestions, before a
  theme is chosen and with the original's theme chosen ("theme recall@5");
- the search page: whether page 1 of /zoeken?q=<query> links to the original.
Prints only figures, never the pairs, so the held-out half stays unread.
"""
import argparse
import hashlib
import re
import statistics
import time
from pathlib import Path

import numpy as np
from sqlalchemy import func, inspect, select

from forum import create_app
from forum.accounts.models import User
from forum.board.categories import seed_categories
from forum.board.models import Category, Post, Thread
from forum.board.services import create_thread
from forum.demo.loader import load_demo_content
from forum.extensions import db
from forum.municipalities.models import Municipality
from forum.municipalities.services import load_municipalities
from forum.search import embedding, vectors
from forum.search.backend import create_search_structures
from forum.search.hybrid import related_to_text
from tests.search.eval import load_pairs, rank_of, recall_figures

EVAL_EMAIL = "evaluatie@recall.example"
DEPTH = 10
VECTOR_CACHE = Path("/tmp/kennisforum-bench/vector-cache")


def _cached_embed(original):
    """Vectors by text from a file cache: SQLite and PostgreSQL runs compute each text once."""
    VECTOR_CACHE.mkdir(parents=True, exist_ok=True)

    def embed(texts, *, query=False):
        keys = [hashlib.sha1(f"{embedding.MODEL_NAME}|{query}|{text}".encode()).hexdigest() for text in texts]
        paths = [VECTOR_CACHE / f"{key}.npy" for key in keys]
        missing = [i for i, path in enumerate(paths) if not path.exists()]
        if missing:
            fresh = original([texts[i] for i in missing], query=query)
            for i, vector in zip(missing, fresh):
                np.save(paths[i], vector)
        return np.stack([np.load(path) for path in paths])
    return embed


def prepare(app, pairs) -> dict[str, int]:
    """Demo forum if empty, the originals added; returns pair id -> original thread id."""
    with app.app_context():
        db.create_all()
        create_search_structures()
        if not db.session.scalar(select(func.count(Thread.id))):
            load_municipalities()
            seed_categories()
            load_demo_content()
            db.session.commit()
        author = db.session.scalar(select(User).where(User.email == EVAL_EMAIL))
        if author is None:
            municipality = db.session.scalar(select(Municipality).order_by(Municipality.id))
            author = User(email=EVAL_EMAIL, password_hash="!", name="Evaluatie", job_title="evaluatie",
                          municipality=municipality)
            db.session.add(author)
            db.session.flush()
        themes = {category.slug: category for category in db.session.scalars(select(Category))}
        existing = {title: thread_id for thread_id, title in db.session.execute(
            select(Thread.id, Thread.title).where(Thread.author_id == author.id))}
        originals = {}
        for pair in pairs:
            title = pair["original"]["title"]
            if title not in existing:
                existing[title] = create_thread(author, themes[pair["theme"]], title, pair["original"]["body"]).id
            originals[pair["id"]] = existing[title]
        db.session.commit()
        started, done = time.perf_counter(), 0
        while count := vectors.embed_queued(limit=64):
            db.session.commit()
            done += count
        if done:
            print(f"vectors computed: {done} threads in {time.perf_counter() - started:.0f} s")
        return originals


def measure(app, pairs, originals) -> dict:
    """The ask form before a theme is chosen (and the search page's related questions), the ask
    form with the original's theme chosen ("theme ..."), and page 1 of the search page."""
    ranks, theme_ranks, page_hits, timings = [], [], 0, []
    client = app.test_client()
    with app.app_context():
        question_posts = dict(db.session.execute(
            select(Post.thread_id, Post.id).where(Post.thread_id.in_(originals.values()), Post.position == 1)).all())
        theme_ids = dict(db.session.execute(select(Category.slug, Category.id)).all())
    for pair in pairs:
        target = originals[pair["id"]]
        with app.app_context():
            started = time.perf_counter()
            suggested = [thread.id for thread in related_to_text(pair["query"], limit=DEPTH)]
            timings.append((time.perf_counter() - started) * 1000)
            in_theme = related_to_text(pair["query"], limit=DEPTH, themes=[theme_ids[pair["theme"]]])
        ranks.append(rank_of(target, suggested))
        theme_ranks.append(rank_of(target, [thread.id for thread in in_theme]))
        page = client.get("/zoeken", query_string={"q": pair["query"]}).get_data(as_text=True)
        links = set(re.findall(r'href="/onderwerp/(\d+)', page)) | set(re.findall(r'href="/bericht/(\d+)', page))
        page_hits += str(target) in links or str(question_posts[target]) in links
    count = len(pairs)
    return {
        "pairs": count,
        **recall_figures(ranks),
        **recall_figures(theme_ranks, "theme "),
        "search page 1": page_hits / count,
        "similar ms p50": statistics.median(timings),
        "similar ms p95": sorted(timings)[int(0.95 * (count - 1))],
    }


def per_kind(pairs, originals, app) -> None:
    """Development only: recall@5 per kind of wording difference, to see what to work on."""
    kinds: dict[str, list[bool]] = {}
    with app.app_context():
        for pair in pairs:
            suggested = [thread.id for thread in related_to_text(pair["query"], limit=5)]
            kinds.setdefault(pair["kind"], []).append(originals[pair["id"]] in suggested)
    for kind, hits in sorted(kinds.items()):
        print(f"  {kind:24s} {sum(hits)}/{len(hits)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("development", "held_out"), required=True)
    parser.add_argument("--database-url", default="sqlite:////tmp/kennisforum-bench/recall-demo.sqlite")
    parser.add_argument("--per-kind", action="store_true", help="development only")
    parser.add_argument("--no-vector-cache", action="store_true")
    arguments = parser.parse_args()
    if not arguments.no_vector_cache:
        embedding.embed = _cached_embed(embedding.embed)
    Path("/tmp/kennisforum-bench").mkdir(exist_ok=True)
    app = create_app({"SQLALCHEMY_DATABASE_URI": arguments.database_url, "SECRET_KEY": "recall",
                      "PUBLIC_READING": True, "RATELIMIT_ENABLED": False})
    pairs = load_pairs(arguments.half)
    originals = prepare(app, pairs)
    with app.app_context():
        threads = db.session.scalar(select(func.count(Thread.id)))
        dialect = db.engine.dialect.name
        has_generator = inspect(db.engine).has_table("bench_generator")
    figures = measure(app, pairs, originals)
    forum = "generated" if has_generator else "demo"
    print(f"{arguments.half} | {forum} forum, {threads} threads | {dialect} | " +
          " | ".join(f"{name} {value:.3f}" if isinstance(value, float) else f"{name} {value}"
                     for name, value in figures.items()))
    if arguments.per_kind and arguments.half == "development":
        per_kind(pairs, originals, app)


if __name__ == "__main__":
    main()
