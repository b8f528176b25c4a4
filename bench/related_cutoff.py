"""Where to stop showing related questions: how the cosine of the right question compares with
that of unrelated ones (development half only; the held-out half is reported by bench.recall).

    python -m bench.related_cutoff

For each development pair the query is embedded twice: as a search (the ask form's similar
questions) and as a stored question (how the thread page compares one thread with another).
"Unrelated" is a suggestion from another VNG domain than the pair's theme: a proxy, since the
pairs name only the right question. Prints, per cut-off, how many right questions would stay
and how many unrelated ones would still be shown among the first five.
"""
from pathlib import Path

import numpy as np
from sqlalchemy import select

from bench.recall import _cached_embed, prepare
from forum import create_app
from forum.board.models import Category, Thread
from forum.extensions import db
from forum.search import embedding
from forum.search.neighbours import matrix
from tests.search.eval import load_pairs

Z_BARS = [2.0, 2.5, 3.0, 3.5, 4.0, 4.5]
GAPS = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06]
CUTOFFS = [0.78, 0.80, 0.81, 0.82, 0.83, 0.84, 0.85, 0.86, 0.88]


def main() -> None:
    embedding.embed = _cached_embed(embedding.embed)
    Path("/tmp/kennisforum-bench").mkdir(exist_ok=True)
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite:////tmp/kennisforum-bench/recall-demo.sqlite",
                      "SECRET_KEY": "cutoff", "RATELIMIT_ENABLED": False})
    pairs = load_pairs("development")
    originals = prepare(app, pairs)
    with app.app_context():
        categories = {category.id: category for category in db.session.scalars(select(Category))}
        domain_of = {cid: (c.parent_id or c.id) for cid, c in categories.items()}
        by_slug = {c.slug: domain_of[c.id] for c in categories.values()}
        thread_domain = {tid: domain_of[cid] for tid, cid in db.session.execute(select(Thread.id, Thread.category_id))}
        vectors = matrix()
        for as_query in (True, False):
            right, wrong, best = [], [], []
            right_z, wrong_z = [], []
            for pair in pairs:
                vector = embedding.embed([pair["query"]], query=as_query)[0]
                found = vectors.nearest(vector, 6)
                every = vectors.scores(vector)
                mean, spread = float(every.mean()), float(every.std()) or 1.0
                target = originals[pair["id"]]
                right.append(next((cos for tid, cos in found if tid == target), 0.0))
                wrong.append([cos for tid, cos in found[:5] if tid != target
                              and thread_domain.get(tid) != by_slug[pair["theme"]]])
                best.append(found[0][1] if found else 0.0)
                right_z.append(next(((cos - mean) / spread for tid, cos in found if tid == target), None))
                wrong_z.append([(cos - mean) / spread for tid, cos in found[:5] if tid != target
                                and thread_domain.get(tid) != by_slug[pair["theme"]]])
            kind = "as search (ask form)" if as_query else "as stored question (thread page)"
            print(f"{kind}: right question's cosine median {np.median(right):.3f}")
            for cutoff in CUTOFFS:
                kept = sum(cos >= cutoff for cos in right) / len(right)
                unrelated = sum(sum(cos >= cutoff for cos in cosines) for cosines in wrong) / len(pairs)
                print(f"  cut-off {cutoff:.2f}: right kept {kept:.2f} (of those in the first 6), "
                      f"unrelated shown per list {unrelated:.2f}")
            print(f"  right z median {np.median([z for z in right_z if z is not None]):.2f}")
            for bar in Z_BARS:
                kept = sum(z is not None and z >= bar for z in right_z) / len(right_z)
                unrelated = sum(sum(z >= bar for z in zs) for zs in wrong_z) / len(pairs)
                print(f"  z at least {bar:.1f}: right kept {kept:.2f}, unrelated shown per list {unrelated:.2f}")
            for gap in GAPS:
                kept = sum(cos >= top - gap for cos, top in zip(right, best) if cos) / len(right)
                unrelated = sum(sum(cos >= top - gap for cos in cosines)
                                for cosines, top in zip(wrong, best)) / len(pairs)
                print(f"  within {gap:.2f} of the best: right kept {kept:.2f}, unrelated shown per list {unrelated:.2f}")


if __name__ == "__main__":
    main()
