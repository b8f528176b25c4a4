"""Related questions by words and by meaning together: reciprocal rank fusion.

The full-text index (forum.search.similar) finds threads sharing the rare words; the
vectors (forum.search.neighbours) find threads that mean the same in other words. Each
list contributes weight / (RRF_K + rank) per thread, so a thread high in either list ranks
high, and one in both ranks highest; no scores of different kinds are compared.
"""
from collections.abc import Collection

import numpy as np
from sqlalchemy import bindparam, select
from sqlalchemy.orm import joinedload

from forum.board.models import Thread
from forum.extensions import db
from forum.search import embedding
from forum.search.meaningful import names_something
from forum.search.neighbours import VectorMatrix, matrix
from forum.search.similar import similar_threads
from forum.search.synonyms import current_thesaurus

RELATED_COUNT = 5
# Tuned on tests/search/eval/development.json with bench.recall (README, "Meaning-based
# search"). Meaning finds far more than shared words there (recall@5 0.80 against 0.26), so
# words weigh less, and a small RRF_K lets the first places of each list count clearly more
# than the tenth (the usual 60 flattens the ranks until the weaker list decides).
RRF_K = 5
LEXICAL_DEPTH = 10
SEMANTIC_DEPTH = 200
LEXICAL_WEIGHT = 0.2
SEMANTIC_WEIGHT = 1.0
# Multiplies the fused score of a solved question: of two equally likely matches, the
# answered one helps more; small, so that it never lifts a weaker match over a clear one.
SOLVED_BONUS = 1.03
# Multiplies the fused score of a thread in the theme the member chose (ask form, search filter)
# or the thread page's own theme: of two questions that sound alike, the one filed under the same
# theme is more often the same need. Strong, because E5 ranks questions of other themes that share
# the setting ("statushouders", "jongeren") above the right one. On the development half with the
# original's theme chosen: recall@5 0.804 -> 0.853 on the demo forum, 0.520 -> 0.549 among
# generated threads; 3.0 found no more on the demo forum (bench.recall, README).
THEME_PREFERENCE = 2.0
# Below this cosine a thread is not shown for its meaning alone: E5 puts even unrelated
# Dutch questions near 0.75, and the right question of a development pair above 0.8 in all
# but a few cases.
MIN_SIMILARITY = 0.78
# Two threads this close in meaning ask the same thing (a question asked again, a copy):
# the list shows the better-ranked one only, so that five suggestions are five different
# questions and an answered need is not pushed out by repeats of another.
DUPLICATE_COSINE = 0.95
# A list is cut where the meaning falls away. E5 puts every Dutch municipal question close to
# every other (cosines of unrelated ones 0.80-0.86), and how close differs per question; so a
# thread is shown only when its cosine stands out from the question's cosines to the whole
# forum by SHOW_SPREADS standard deviations. A question with two real matches shows two, not
# five padded with unrelated ones, and one with none shows none. Measured on the development
# half with bench.related_cutoff and bench.recall (README, "Meaning-based search").
SHOW_SPREADS = 2.25
# A thread that also shares the question's rare words needs less: both lists agree.
SHOW_SPREADS_WITH_WORDS = 1.5
# Below this many threads the spread says little (three threads have no "usual" distance):
# a new forum shows what is at least SHOW_FLOOR alike instead.
SPREAD_MIN_THREADS = 30
SHOW_FLOOR = 0.80
# A typed question is embedded with its first synonym only: the stored titles carry theirs
# (forum.search.vectors), and each word more costs the model about 3 ms in the request. On the
# development half one found as much as six (recall@5 0.804 / 0.520 on the demo and generated
# forums), and three more right first places than none in each.
QUESTION_SYNONYMS = 1


def fuse(*ranked_lists: tuple[float, list[int]]) -> dict[int, float]:
    """Reciprocal rank fusion of (weight, ids best first) lists: id -> score."""
    fused: dict[int, float] = {}
    for weight, ids in ranked_lists:
        for rank, thread_id in enumerate(ids, start=1):
            fused[thread_id] = fused.get(thread_id, 0.0) + weight / (RRF_K + rank)
    return fused


def semantic_ids(vectors: VectorMatrix, vector: np.ndarray | None, depth: int = SEMANTIC_DEPTH) -> list[int]:
    if vector is None:
        return []
    return [thread_id for thread_id, cosine in vectors.nearest(vector, depth) if cosine >= MIN_SIMILARITY]


def lexical_ids(title: str, body: str = "", depth: int = LEXICAL_DEPTH) -> list[int]:
    return [thread.id for thread in similar_threads(title, body, limit=depth)]


def distinct(vectors: VectorMatrix, ids: list[int], wanted: int) -> list[int]:
    """The first `wanted` ids, leaving out each one nearly the same in meaning as one kept before."""
    found = vectors.vectors_of(ids)
    likeness = found @ found.T  # rows of ids without a vector are zero: never alike
    kept: list[int] = []
    for position, thread_id in enumerate(ids):
        if kept and float(likeness[position, kept].max()) > DUPLICATE_COSINE:
            continue
        kept.append(position)
        if len(kept) == wanted:
            break
    return [ids[position] for position in kept]


def show_bars(vectors: VectorMatrix, vector: np.ndarray) -> tuple[float, float]:
    """The cosines a thread needs to be shown (see SHOW_SPREADS): by meaning alone, and when
    more than meaning supports it."""
    if len(vectors.ids) < SPREAD_MIN_THREADS:
        return SHOW_FLOOR, SHOW_FLOOR
    mean, deviation = vectors.spread(vector)
    return (max(MIN_SIMILARITY, mean + SHOW_SPREADS * deviation),
            max(MIN_SIMILARITY, mean + SHOW_SPREADS_WITH_WORDS * deviation))


def close_enough(vectors: VectorMatrix, vector: np.ndarray | None, ids: list[int],
                 supported: Collection[int] = frozenset(), bars: tuple[float, float] | None = None) -> list[int]:
    """The ids near enough in meaning to `vector` to be shown; those `supported` by more than
    meaning (shared words, the chosen theme) need less. A thread still waiting for its vector is
    judged by its words alone and kept."""
    if vector is None or not ids:
        return ids
    bar, bar_supported = bars or show_bars(vectors, vector)
    cosines = vectors.vectors_of(ids) @ np.asarray(vector, dtype=np.float32)
    return [thread_id for thread_id, cosine in zip(ids, cosines)
            if thread_id not in vectors.rows or cosine >= (bar_supported if thread_id in supported else bar)]


def live_in_themes(thread_ids: Collection[int], category_ids: Collection[int]) -> dict[int, bool]:
    """Of these threads those members may see (neither removed nor merged away), each with
    whether it is in one of `category_ids`."""
    chosen = set(category_ids)
    # Some 200 ids, all ints of our own: rendered into the statement by SQLAlchemy they cost
    # PostgreSQL half the time of as many parameters (2 ms against 4 at a million posts).
    ids = bindparam("thread_ids", [int(thread_id) for thread_id in thread_ids], expanding=True, literal_execute=True)
    rows = db.session.execute(select(Thread.id, Thread.category_id).where(
        Thread.id.in_(ids), Thread.deleted_at.is_(None)))
    return {thread_id: category_id in chosen for thread_id, category_id in rows}


def ranked_threads(vectors: VectorMatrix, vector: np.ndarray | None, by_words: list[int], by_meaning: list[int],
                   limit: int, exclude: Collection[int] = (), themes: Collection[int] = ()) -> list[Thread]:
    """The best `limit` visible threads of the two lists fused, solved ones gently preferred and
    those in `themes` (category ids) clearly, none that is far in meaning from `vector` (the
    question's), none of `exclude`, no title twice."""
    fused = fuse((LEXICAL_WEIGHT, by_words), (SEMANTIC_WEIGHT, by_meaning))
    for thread_id in exclude:
        fused.pop(thread_id, None)
    if not fused:
        return []
    bars = show_bars(vectors, vector) if vector is not None else None
    # Removed and merged threads leave before duplicates are sought: left in, one would stand in
    # for its live twin and push it out of the list. Only those that could show (the lower bar
    # for all) are asked of the database.
    possible = close_enough(vectors, vector, list(fused), fused.keys(), bars)
    live = live_in_themes(possible, themes) if possible else {}
    fused = {thread_id: fused[thread_id] * (THEME_PREFERENCE if in_theme else 1.0)
             for thread_id, in_theme in live.items()}
    preferred = frozenset(thread_id for thread_id, in_theme in live.items() if in_theme)
    ordered = close_enough(vectors, vector, sorted(fused, key=fused.get, reverse=True),
                           frozenset(by_words) | preferred, bars)
    candidates = distinct(vectors, ordered, limit * 4)
    if not candidates:
        return []
    threads = db.session.scalars(
        select(Thread).where(Thread.id.in_(candidates), Thread.deleted_at.is_(None))
        .options(joinedload(Thread.municipality), joinedload(Thread.category))
    ).unique().all()

    def score(thread: Thread) -> tuple[float, int]:
        return fused[thread.id] * (SOLVED_BONUS if thread.is_solved else 1.0), thread.id

    # A question posted twice under the same title: once is enough (the better-ranked one), even
    # where a solution or a first sentence keeps their vectors apart.
    shown: dict[str, Thread] = {}
    for thread in sorted(threads, key=score, reverse=True):
        shown.setdefault(" ".join(thread.title.casefold().split()), thread)
    return list(shown.values())[:limit]


def _question_for_model(title: str) -> str:
    return current_thesaurus().annotated(" ".join(title.split()), QUESTION_SYNONYMS)


def begin_related_to_text(title: str) -> None:
    """Start the model on a question whose related questions a page will ask for after its other
    queries: the search page's posts are found meanwhile, and related_to_text finds the vector
    ready (the model thread takes one question at a time, and keeps the ones it embedded)."""
    if title.strip():
        embedding.embed_query_in_background(_question_for_model(title))


def related_to_text(title: str, body: str = "", limit: int = RELATED_COUNT,
                    exclude: Collection[int] = (), themes: Collection[int] = ()) -> list[Thread]:
    """Questions like the one typed (ask form, search page): words and meaning fused, those in
    `themes` (the member's choice of category ids) preferred; none of `exclude` (threads the page
    already lists)."""
    text = " ".join(title.split())
    if not text or not names_something(text):
        return []
    pending = embedding.embed_query_in_background(_question_for_model(text))
    by_words = lexical_ids(text, body)
    vectors = matrix()
    vector = pending.result()
    return ranked_threads(vectors, vector, by_words, semantic_ids(vectors, vector), limit, exclude, themes)


def related_to_thread(thread: Thread, limit: int = RELATED_COUNT) -> list[Thread] | None:
    """Other questions like this thread, from its stored vector (nothing to embed) and its title,
    those in its theme preferred; None while the thread waits for its vector: its words alone,
    widened by synonyms, match too much to be shown as "like this one"."""
    vectors = matrix()
    vector = vectors.vector_of(thread.id)
    if vector is None:
        return None
    return ranked_threads(vectors, vector, lexical_ids(thread.title),
                          semantic_ids(vectors, vector, SEMANTIC_DEPTH + 1), limit, exclude=(thread.id,),
                          themes=(thread.category_id,))
