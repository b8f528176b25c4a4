"""Vectors for a generated forum, in parallel and cached by text (bench only).

    python -m bench.embed --database-url sqlite:////tmp/kennisforum-bench/recall-30k.sqlite --part 0/2 &
    python -m bench.embed --database-url sqlite:////tmp/kennisforum-bench/recall-30k.sqlite --part 1/2

What `flask search embed --part i/n` does, with bench.recall's file cache of vectors, so
that the PostgreSQL copy of the same (seeded) forum costs no model time.
"""
import argparse
import time

from bench.recall import _cached_embed
from forum import create_app
from forum.extensions import db
from forum.search import embedding, vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--part", default="0/1")
    arguments = parser.parse_args()
    index, parts = (int(number) for number in arguments.part.split("/"))
    embedding.embed = _cached_embed(embedding.embed)
    app = create_app({"SQLALCHEMY_DATABASE_URI": arguments.database_url, "SECRET_KEY": "bench"})
    started, done = time.perf_counter(), 0
    with app.app_context():
        while count := vectors.embed_queued(limit=64, part=(index, parts)):
            db.session.commit()
            done += count
            print(f"{done} vectors, {time.perf_counter() - started:.0f} s", end="\r", flush=True)
    print(f"{done} vectors in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
