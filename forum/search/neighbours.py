"""Nearest threads by meaning: every vector in memory, compared by brute force.

Each process keeps all thread vectors as one int8 matrix (DIMENSIONS bytes per thread:
about 50 MiB for 130,000 threads, the threads of a million posts) and multiplies it by the
query vector in chunks, converted to float32 as it goes. Measured in bench/README.md: a few
milliseconds at that size, without an index to build or keep, on SQLite and PostgreSQL alike.

Before each look-up the process asks the database for the highest vector revision (one
indexed read) and loads only the rows written since; a deleted thread keeps its row here
until the process restarts, and the callers' join to threads leaves it out.
"""
import threading
from dataclasses import dataclass, field

import numpy as np
from flask import current_app
from sqlalchemy import func, select

from forum.extensions import db
from forum.search import embedding
from forum.search.models import ThreadVector

CHUNK_ROWS = 16384
# Vectors are written with a revision taken before their transaction commits, so one
# committed later may carry a lower revision than one already loaded: look back this far.
REVISION_LOOKBACK = 120 * 1_000_000
LOAD_BATCH = 20000


@dataclass
class VectorMatrix:
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    codes: np.ndarray = field(default_factory=lambda: np.zeros((0, embedding.DIMENSIONS), dtype=np.int8))
    scales: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    rows: dict = field(default_factory=dict)  # thread id -> row
    revision: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def refresh(self) -> None:
        latest = db.session.scalar(select(func.max(ThreadVector.revision)))
        if latest is None or latest == self.revision:
            return
        with self.lock:
            since = self.revision - REVISION_LOOKBACK if self.revision else -1
            last_id = 0
            while True:
                batch = db.session.execute(
                    select(ThreadVector.thread_id, ThreadVector.codes, ThreadVector.scale)
                    .where(ThreadVector.revision > since, ThreadVector.model == embedding.MODEL_NAME,
                           ThreadVector.thread_id > last_id)
                    .order_by(ThreadVector.thread_id).limit(LOAD_BATCH)
                ).all()
                if not batch:
                    break
                self._merge(batch)
                last_id = batch[-1][0]
            self.revision = max(self.revision, latest)

    def _merge(self, batch) -> None:
        fresh_ids, fresh_codes, fresh_scales = [], [], []
        for thread_id, codes, scale in batch:
            vector = np.frombuffer(codes, dtype=np.int8)
            if vector.shape[0] != embedding.DIMENSIONS:
                continue
            row = self.rows.get(thread_id)
            if row is None:
                fresh_ids.append(thread_id)
                fresh_codes.append(vector)
                fresh_scales.append(scale)
            else:
                self.codes[row] = vector
                self.scales[row] = scale
        if fresh_ids:
            start = len(self.ids)
            self.ids = np.concatenate([self.ids, np.asarray(fresh_ids, dtype=np.int64)])
            self.codes = np.concatenate([self.codes, np.stack(fresh_codes)])
            self.scales = np.concatenate([self.scales, np.asarray(fresh_scales, dtype=np.float32)])
            self.rows.update((thread_id, start + offset) for offset, thread_id in enumerate(fresh_ids))

    def vector_of(self, thread_id: int) -> np.ndarray | None:
        row = self.rows.get(thread_id)
        if row is None:
            return None
        vector = self.codes[row].astype(np.float32) * self.scales[row]
        return vector / (np.linalg.norm(vector) or 1)

    def scores(self, query: np.ndarray) -> np.ndarray:
        query = np.asarray(query, dtype=np.float32)
        result = np.empty(len(self.ids), dtype=np.float32)
        for start in range(0, len(self.ids), CHUNK_ROWS):
            chunk = self.codes[start:start + CHUNK_ROWS].astype(np.float32)
            result[start:start + CHUNK_ROWS] = chunk @ query
        return result * self.scales

    def nearest(self, query: np.ndarray, count: int) -> list[tuple[int, float]]:
        """The `count` closest threads: (thread id, cosine), closest first."""
        if not len(self.ids):
            return []
        scores = self.scores(query)
        count = min(count, len(scores))
        best = np.argpartition(-scores, count - 1)[:count]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(int(self.ids[row]), float(scores[row])) for row in best]


def matrix() -> VectorMatrix:
    """This app's vectors, brought up to date with the database."""
    store = current_app.extensions.setdefault("thread_vectors", VectorMatrix())
    store.refresh()
    return store


def nearest_threads(query: np.ndarray, count: int) -> list[tuple[int, float]]:
    return matrix().nearest(query, count)
