"""Vectors for a generated forum, in parallel and cached by text (bench only).

    python -m bench.embed --database-url sqlite:////tmp/kennisforum-bench/recall-30k.sqlite --part 0/2 &
    python -m bench.embed --database-url sqlite:////tmp/kennisforum-bench/recall-30k.sqlite --part 1/2

What `flask search embed --part i/n` does, with bench.recall's file cache of vectors, so
that the PostgreSQL copy of the same (seeded) forum costs no model time. Or, with
--copy-from, take the vectors of the same generated forum in another database, after
checking that every thread has the same title and question there:

    python -m bench.embed --database-url postgresql+psycopg://postgres@127.0.0.1:5432/recall_30k \
        --copy-from sqlite:////tmp/kennisforum-bench/recall-30k.sqlite

For timing only, --borrow-from gives a larger generated forum (a million posts: 164,000
threads, some 3 CPU-hours of model time) the vector of a thread with the same title in a
smaller one that has them, or else of the next thread there in turn. The vectors are then
real E5 vectors spread as over a real forum, so look-ups cost what they would; which
threads they find means nothing (measure quality with bench.recall instead).

    python -m bench.embed --database-url sqlite:////tmp/kennisforum-bench/forum-1m.sqlite \
        --borrow-from sqlite:////tmp/kennisforum-bench/recall-30k.sqlite
"""
import argparse
import time

from sqlalchemy import create_engine, delete, select

from bench.recall import _cached_embed
from forum import create_app
from forum.board.models import Post, Thread
from forum.extensions import db
from forum.search import embedding, vectors
from forum.search.models import ThreadVector, ThreadVectorQueue


def copy_vectors(source_url: str) -> int:
    """Copy thread_vectors from the same generated forum elsewhere; refuses if any text differs."""
    source = create_engine(source_url)
    threads = select(Thread.id, Thread.title, Post.body_markdown).join(
        Post, (Post.thread_id == Thread.id) & (Post.position == 1)).order_by(Thread.id)
    with source.connect() as connection:
        theirs = connection.execute(threads).all()
        rows = [row._asdict() for row in connection.execute(select(ThreadVector.__table__))]
    if db.session.execute(threads).all() != theirs:
        raise SystemExit("Not the same forum: the threads differ.")
    for start in range(0, len(rows), 5000):
        db.session.execute(ThreadVector.__table__.insert(), rows[start:start + 5000])
    db.session.execute(delete(ThreadVectorQueue).where(
        ThreadVectorQueue.thread_id.in_(select(ThreadVector.thread_id))))
    db.session.commit()
    return len(rows)


def borrow_vectors(source_url: str) -> int:
    """Every thread a vector of the thread with its title in another forum, else the next one."""
    source = create_engine(source_url)
    with source.connect() as connection:
        theirs = connection.execute(
            select(Thread.title, ThreadVector.codes, ThreadVector.scale, ThreadVector.model)
            .join(ThreadVector, ThreadVector.thread_id == Thread.id).order_by(Thread.id)).all()
    if not theirs:
        raise SystemExit("The other forum has no vectors.")
    by_title = {row.title: row for row in reversed(theirs)}
    revision = vectors.new_revision()
    db.session.execute(delete(ThreadVector))
    count, last_id = 0, 0
    while ids_titles := db.session.execute(
            select(Thread.id, Thread.title).where(Thread.id > last_id).order_by(Thread.id).limit(5000)).all():
        rows = []
        for thread_id, title in ids_titles:
            row = by_title.get(title) or theirs[thread_id % len(theirs)]
            rows.append({"thread_id": thread_id, "model": row.model, "codes": row.codes, "scale": row.scale,
                         "revision": revision})
        db.session.execute(ThreadVector.__table__.insert(), rows)
        count, last_id = count + len(rows), ids_titles[-1][0]
    db.session.execute(delete(ThreadVectorQueue))
    db.session.commit()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--part", default="0/1")
    parser.add_argument("--copy-from", help="the database URL of the same generated forum, with vectors")
    parser.add_argument("--borrow-from", help="for timing only: a smaller generated forum with vectors")
    arguments = parser.parse_args()
    index, parts = (int(number) for number in arguments.part.split("/"))
    embedding.embed = _cached_embed(embedding.embed)
    app = create_app({"SQLALCHEMY_DATABASE_URI": arguments.database_url, "SECRET_KEY": "bench"})
    started, done = time.perf_counter(), 0
    if arguments.borrow_from:
        with app.app_context():
            print(f"{borrow_vectors(arguments.borrow_from)} vectors borrowed in {time.perf_counter() - started:.0f} s")
        return
    if arguments.copy_from:
        with app.app_context():
            print(f"{copy_vectors(arguments.copy_from)} vectors copied in {time.perf_counter() - started:.0f} s")
        return
    with app.app_context():
        while count := vectors.embed_queued(limit=64, part=(index, parts)):
            db.session.commit()
            done += count
            print(f"{done} vectors, {time.perf_counter() - started:.0f} s", end="\r", flush=True)
    print(f"{done} vectors in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
