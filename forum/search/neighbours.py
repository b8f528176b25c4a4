"""Nearest threads by meaning: every vector in memory, compared by brute force.

Each process keeps all thread vectors as one int8 matrix (DIMENSIONS bytes per thread:
63 MiB for the 164,000 threads of a million posts). Converting all of it to float32 for
one query costs about 100 ms of CPU at that size, so a large forum is searched in two
steps: a float32 projection on the COARSE_DIMENSIONS main directions of the vectors
(PCA, fitted once per process on a sample) ranks every thread in a few milliseconds, and
the best COARSE_CANDIDATES are scored again on their full vectors. A small forum (up to
EXACT_ROWS threads) is scored exactly. No index to build or keep, the same on SQLite and
PostgreSQL; figures in bench/README.md.

Before each look-up the process asks the database for the highest vector revision (one
indexed read) and loads only the rows written since; a deleted thread keeps its row here
until the process restarts, and the callers' join to threads leaves it out.
"""
import ctypes
import threading
from dataclasses import dataclass, field

import numpy as np
from flask import current_app
from sqlalchemy import func, inspect, select

from forum.extensions import db
from forum.search import embedding
from forum.search.models import ThreadVector

CHUNK_ROWS = 16384
EXACT_ROWS = 50000
COARSE_DIMENSIONS = 64
COARSE_CANDIDATES = 5000
PCA_SAMPLE = 5000
# Vectors are written with a revision taken before their transaction commits, so one
# committed later may carry a lower revision than one already loaded: look back this far.
REVISION_LOOKBACK = 120 * 1_000_000
LOAD_BATCH = 20000
SPREAD_SAMPLE = 4096
# Rows kept free behind the matrix, so that new vectors are written into it instead of into a
# new copy: with gunicorn --preload the workers share the master's matrix until they write.
SPARE_SHARE = 0.1
MIN_SPARE_ROWS = 1000


@dataclass
class VectorMatrix:
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    codes: np.ndarray = field(default_factory=lambda: np.zeros((0, embedding.DIMENSIONS), dtype=np.int8))
    scales: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    rows: dict = field(default_factory=dict)  # thread id -> row
    basis: np.ndarray | None = None  # DIMENSIONS x COARSE_DIMENSIONS, once the forum is large
    coarse: np.ndarray = field(default_factory=lambda: np.zeros((0, COARSE_DIMENSIONS), dtype=np.float32))
    revision: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    # The arrays that ids, codes, scales and coarse are the first rows of (see _extend).
    stores: dict = field(default_factory=dict)

    def refresh(self) -> None:
        latest = db.session.scalar(select(func.max(ThreadVector.revision)))
        if latest is None or latest == self.revision:
            return
        with self.lock:
            since = self.revision - REVISION_LOOKBACK if self.revision else -1
            last_id, changed, fresh = 0, [], []
            while True:
                batch = db.session.execute(
                    select(ThreadVector.thread_id, ThreadVector.codes, ThreadVector.scale)
                    .where(ThreadVector.revision > since, ThreadVector.model == embedding.MODEL_NAME,
                           ThreadVector.thread_id > last_id)
                    .order_by(ThreadVector.thread_id).limit(LOAD_BATCH)
                ).all()
                if not batch:
                    break
                changed += self._merge(batch, fresh)
                last_id = batch[-1][0]
            added = self._append(fresh)
            self.revision = max(self.revision, latest)
            self._update_coarse(np.asarray(changed, dtype=np.int64))
            if added >= LOAD_BATCH:
                _release_free_memory()

    def _project(self, rows: np.ndarray) -> np.ndarray:
        return (self.codes[rows].astype(np.float32) @ self.basis) * self.scales[rows, None]

    def _update_coarse(self, changed: np.ndarray) -> None:
        """Keep the coarse projection in step: fitted once the forum is large, then row by row."""
        if len(self.ids) <= EXACT_ROWS:
            return
        if self.basis is None:
            sample = self.codes[np.random.default_rng(0).choice(len(self.ids), PCA_SAMPLE, replace=False)]
            sample = sample.astype(np.float32)
            _, _, directions = np.linalg.svd(sample - sample.mean(axis=0), full_matrices=False)
            self.basis = np.ascontiguousarray(directions[:COARSE_DIMENSIONS].T)
            self.coarse = np.zeros((0, COARSE_DIMENSIONS), dtype=np.float32)
            for start in range(0, len(self.ids), CHUNK_ROWS):
                self._extend("coarse", self._project(np.arange(start, min(start + CHUNK_ROWS, len(self.ids)))),
                             room_for=len(self.ids))
            return
        known = len(self.coarse)
        self._extend("coarse", self._project(np.arange(known, len(self.ids))))
        old = changed[changed < known]
        if len(old):
            self.coarse[old] = self._project(old)

    def _merge(self, batch, fresh: list) -> list[int]:
        """Replace changed rows; new rows go to `fresh` as compact arrays, to be added at once
        (growing the matrix batch by batch copied it each time and left the heap fragmented).
        Returns the rows that were there and changed."""
        fresh_ids, fresh_codes, fresh_scales, changed = [], [], [], []
        for thread_id, codes, scale in batch:
            if len(codes) != embedding.DIMENSIONS:
                continue
            row = self.rows.get(thread_id)
            if row is None:
                fresh_ids.append(thread_id)
                fresh_codes.append(codes)
                fresh_scales.append(scale)
            else:
                self.codes[row] = np.frombuffer(codes, dtype=np.int8)
                self.scales[row] = scale
                changed.append(row)
        if fresh_ids:
            fresh.append((
                np.asarray(fresh_ids, dtype=np.int64),
                np.frombuffer(b"".join(fresh_codes), dtype=np.int8).reshape(len(fresh_ids), embedding.DIMENSIONS),
                np.asarray(fresh_scales, dtype=np.float32),
            ))
        return changed

    def _append(self, fresh: list) -> int:
        if not fresh:
            return 0
        start = len(self.ids)
        total = start + sum(len(ids) for ids, _, _ in fresh)
        for ids, codes, scales in fresh:
            self._extend("ids", ids, room_for=total)
            self._extend("codes", codes, room_for=total)
            self._extend("scales", scales, room_for=total)
        self.rows.update(zip(self.ids[start:].tolist(), range(start, len(self.ids))))
        return len(self.ids) - start

    def _extend(self, name: str, rows: np.ndarray, room_for: int = 0) -> None:
        """Add rows to one of the arrays: into the spare rows of its store when there are
        enough, else into a new store with SPARE_SHARE of room to spare (at least for
        `room_for` rows). A copy of a matrix shared with other processes is made only then."""
        current = getattr(self, name)
        start, end = len(current), len(current) + len(rows)
        store = self.stores.get(name)
        if store is None or current.base is not store or len(store) < end:
            wanted = max(end, room_for)
            store = np.empty((wanted + max(MIN_SPARE_ROWS, int(wanted * SPARE_SHARE)), *current.shape[1:]),
                             dtype=current.dtype)
            store[:start] = current
            self.stores[name] = store
        store[start:end] = rows
        setattr(self, name, store[:end])

    def vector_of(self, thread_id: int) -> np.ndarray | None:
        row = self.rows.get(thread_id)
        if row is None:
            return None
        vector = self.codes[row].astype(np.float32) * self.scales[row]
        return vector / (np.linalg.norm(vector) or 1)

    def vectors_of(self, thread_ids: list[int]) -> np.ndarray:
        """Normalised vectors of these threads, one row each; zeros for a thread without one."""
        result = np.zeros((len(thread_ids), embedding.DIMENSIONS), dtype=np.float32)
        positions = [(index, self.rows[thread_id]) for index, thread_id in enumerate(thread_ids)
                     if thread_id in self.rows]
        if positions:
            indexes, rows = (np.asarray(values) for values in zip(*positions))
            found = self.codes[rows].astype(np.float32)
            result[indexes] = found / np.maximum(np.linalg.norm(found, axis=1, keepdims=True), 1e-9)
        return result

    def scores(self, query: np.ndarray) -> np.ndarray:
        query = np.asarray(query, dtype=np.float32)
        result = np.empty(len(self.ids), dtype=np.float32)
        for start in range(0, len(self.ids), CHUNK_ROWS):
            chunk = self.codes[start:start + CHUNK_ROWS].astype(np.float32)
            result[start:start + CHUNK_ROWS] = chunk @ query
        return result * self.scales

    def spread(self, query: np.ndarray) -> tuple[float, float]:
        """Mean and standard deviation of the cosines of `query` to the forum's threads, from at
        most SPREAD_SAMPLE evenly spaced rows: how close "unrelated" is for this question."""
        if not len(self.ids):
            return 0.0, 1.0
        step = max(1, len(self.ids) // SPREAD_SAMPLE)
        codes, scales = self.codes[::step], self.scales[::step]
        # A thread that names nothing has the zero vector (forum.search.vectors): cosine 0 to
        # everything, it would widen the spread until no thread stood out.
        named = codes.any(axis=1)
        if not named.any():
            return 0.0, 1.0
        sample = (codes[named].astype(np.float32) @ np.asarray(query, dtype=np.float32)) * scales[named]
        return float(sample.mean()), float(sample.std()) or 1.0

    def candidates(self, query: np.ndarray) -> np.ndarray:
        """Rows worth scoring exactly: all of a small forum, the coarse step's best of a large one."""
        if self.basis is None or len(self.coarse) != len(self.ids) or len(self.ids) <= COARSE_CANDIDATES:
            return np.arange(len(self.ids))
        rough = self.coarse @ (np.asarray(query, dtype=np.float32) @ self.basis)
        keep = min(COARSE_CANDIDATES, len(rough))
        return np.argpartition(-rough, keep - 1)[:keep]

    def nearest(self, query: np.ndarray, count: int) -> list[tuple[int, float]]:
        """The `count` closest threads: (thread id, cosine), closest first."""
        if not len(self.ids):
            return []
        rows = self.candidates(query)
        if len(rows) == len(self.ids):
            scores = self.scores(query)
        else:
            scores = (self.codes[rows].astype(np.float32) @ np.asarray(query, dtype=np.float32)) * self.scales[rows]
        count = min(count, len(scores))
        best = np.argpartition(-scores, count - 1)[:count]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(int(self.ids[rows[index]]), float(scores[index])) for index in best]


def _release_free_memory() -> None:
    """Give the memory freed after a large load back to the system: glibc keeps it for the
    process otherwise (measured at a million posts: 20 MiB per worker)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def preload(app) -> None:
    """Load the vectors before gunicorn forks its workers (--preload, FORUM_PRELOAD_VECTORS=1):
    the workers then share one copy of the matrix instead of each reading its own. The model
    is not loaded here: its OpenMP runtime does not survive a fork."""
    with app.app_context():
        if inspect(db.engine).has_table(ThreadVector.__tablename__):  # not before `db upgrade`
            matrix()
        db.session.remove()
        db.engine.dispose()  # no database connection may be shared by the forked workers


def matrix() -> VectorMatrix:
    """This app's vectors, brought up to date with the database."""
    store = current_app.extensions.setdefault("thread_vectors", VectorMatrix())
    store.refresh()
    return store


def nearest_threads(query: np.ndarray, count: int) -> list[tuple[int, float]]:
    return matrix().nearest(query, count)
