"""Keeping a vector per thread: queued by the board's signals, computed by `flask search embed`.

A vector costs tens of milliseconds of CPU (forum.search.embedding), too much for the
request that posts, so a changed thread is only queued (one INSERT in the same
transaction) and the worker embeds it moments later. Until then the thread keeps its
previous vector, and a new thread is found by words alone.
"""
import time

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from forum.attachments import signals as attachment_signals
from forum.board import signals
from forum.board.models import Post, Thread
from forum.clock import utcnow
from forum.extensions import db
from forum.search import embedding
from forum.search.attachments import attachment_texts, indexed_text
from forum.search.indexing import plain_text
from forum.search.meaningful import names_something
from forum.search.models import ThreadVector, ThreadVectorQueue
from forum.search.synonyms import current_thesaurus

EMBED_BATCH_SIZE = 16
# What of a thread its vector covers: the title says most; the start of the question and of
# the marked solution add the words a title leaves out. Longer texts cost more CPU (about
# 3 ms per token) and dilute the title: on the development pairs, title + 200 characters
# found more (recall@5 0.80) than the title alone (0.58), whole sentences up to 200
# (0.77), questions first (0.79) or 600 characters (0.77).
QUESTION_CHARS = 200
SOLUTION_CHARS = 150
# The start of the text inside the question's attachments: a question that says "see the
# attached plan" is about what the plan says.
ATTACHMENT_CHARS = 150


def _lead(text: str, limit: int) -> str:
    """The first `limit` characters, cut at a word."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def vector_text(thread: Thread, question: Post | None, solution: Post | None = None,
                attachment_text: str = "") -> str:
    # The title with its synonyms, as a typed question is embedded (forum.search.hybrid).
    parts = [current_thesaurus().annotated(thread.title)]
    if question is not None and QUESTION_CHARS:
        parts.append(_lead(plain_text(question.body_html), QUESTION_CHARS))
    if solution is not None and SOLUTION_CHARS:
        parts.append(_lead(plain_text(solution.body_html), SOLUTION_CHARS))
    if attachment_text and ATTACHMENT_CHARS:
        parts.append(_lead(attachment_text, ATTACHMENT_CHARS))
    return "\n".join(parts)


def quantise(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 codes and a scale per row, so that codes * scale is close to the vector."""
    scales = np.abs(vectors).max(axis=1) / 127
    scales[scales == 0] = 1
    codes = np.rint(vectors / scales[:, None]).astype(np.int8)
    return codes, scales.astype(np.float32)


def new_revision() -> int:
    """Microseconds since the epoch: grows with every write, in any process."""
    return time.time_ns() // 1000


def _upsert(connection, model, rows: list[dict], keys: list[str]):
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(model).values(rows)
    return statement.on_conflict_do_update(
        index_elements=keys, set_={name: statement.excluded[name] for name in rows[0] if name not in keys}
    )


def store_vectors(thread_ids: list[int], vectors: np.ndarray) -> None:
    if not thread_ids:
        return
    codes, scales = quantise(vectors)
    revision = new_revision()
    rows = [
        {"thread_id": thread_id, "model": embedding.MODEL_NAME, "codes": code.tobytes(),
         "scale": float(scale), "revision": revision}
        for thread_id, code, scale in zip(thread_ids, codes, scales)
    ]
    connection = db.session.connection()
    connection.execute(_upsert(connection, ThreadVector, rows, ["thread_id"]))


def queue_thread(thread_id: int) -> None:
    """Ask the worker for a new vector of this thread (again, if it was waiting already)."""
    connection = db.session.connection()
    row = {"thread_id": thread_id, "queued_at": utcnow()}
    connection.execute(_upsert(connection, ThreadVectorQueue, [row], ["thread_id"]))


def _texts_of(thread_ids: list[int]) -> dict[int, str]:
    threads = db.session.scalars(select(Thread).where(Thread.id.in_(thread_ids))).all()
    solution_ids = [thread.solution_post_id for thread in threads if thread.solution_post_id]
    posts = db.session.scalars(select(Post).where(
        (Post.thread_id.in_(thread_ids) & (Post.position == 1)) | Post.id.in_(solution_ids)
    )).all()
    questions = {post.thread_id: post for post in posts if post.position == 1}
    by_id = {post.id: post for post in posts}
    files = attachment_texts([post.id for post in questions.values()])
    return {
        thread.id: vector_text(
            thread, questions.get(thread.id), by_id.get(thread.solution_post_id),
            indexed_text(files.get(questions[thread.id].id, [])) if thread.id in questions else "",
        )
        for thread in threads
    }


def embed_queued(limit: int = EMBED_BATCH_SIZE, part: tuple[int, int] = (0, 1)) -> int:
    """Embed the longest-waiting queued threads; `part` (i, n) takes only ids = i mod n, for n workers.

    For the worker only: it ends its reading transaction before the model works, so that no
    snapshot is held for seconds (SQLite would refuse the later write while another process
    wrote). A thread queued again meanwhile stays queued (its queued_at moved on).
    """
    index, parts = part
    statement = select(ThreadVectorQueue.thread_id, ThreadVectorQueue.queued_at)
    if parts > 1:
        statement = statement.where(ThreadVectorQueue.thread_id % parts == index)
    waiting = db.session.execute(statement.order_by(ThreadVectorQueue.queued_at).limit(limit)).all()
    if not waiting:
        return 0
    texts = _texts_of([thread_id for thread_id, _ in waiting])
    db.session.rollback()
    # A thread that names nothing gets the zero vector: near to no question, it is never offered
    # as like one, and an edit that emptied a question replaces the meaning it had.
    ids = [thread_id for thread_id, text in texts.items() if names_something(text, forum_words=False)]
    named = set(ids)
    empty = [thread_id for thread_id in texts if thread_id not in named]
    computed = [
        (batch, embedding.embed([texts[thread_id] for thread_id in batch]))
        for batch in (ids[start:start + EMBED_BATCH_SIZE] for start in range(0, len(ids), EMBED_BATCH_SIZE))
    ]
    if empty:
        computed.append((empty, np.zeros((len(empty), embedding.DIMENSIONS), dtype=np.float32)))
    for batch, batch_vectors in computed:
        store_vectors(batch, batch_vectors)
    for thread_id, queued_at in waiting:
        db.session.execute(delete(ThreadVectorQueue).where(
            ThreadVectorQueue.thread_id == thread_id, ThreadVectorQueue.queued_at == queued_at
        ))
    return len(waiting)


def queue_all_threads() -> int:
    """Queue every thread (for reindexing); returns how many."""
    db.session.execute(delete(ThreadVectorQueue))
    now = utcnow()
    connection = db.session.connection()
    ids = db.session.scalars(select(Thread.id).order_by(Thread.id)).all()
    for start in range(0, len(ids), 5000):
        connection.execute(ThreadVectorQueue.__table__.insert(), [
            {"thread_id": thread_id, "queued_at": now} for thread_id in ids[start:start + 5000]
        ])
    return len(ids)


def waiting_count() -> int:
    return db.session.query(ThreadVectorQueue).count()


def _on_thread_created(thread: Thread, **_) -> None:
    queue_thread(thread.id)


def _on_post_edited(post: Post, previous_title=None, **_) -> None:
    if post.position == 1 or post.is_solution:
        queue_thread(post.thread_id)


def _on_solution_marked(thread: Thread, **_) -> None:
    queue_thread(thread.id)


def _on_attachment_removed(attachment, **_) -> None:
    if attachment.post is not None:
        _on_post_edited(attachment.post)


def connect_signals() -> None:
    # weak=False: the receivers are module functions and must live as long as the app.
    signals.thread_created.connect(_on_thread_created, weak=False)
    signals.post_edited.connect(_on_post_edited, weak=False)
    signals.solution_marked.connect(_on_solution_marked, weak=False)
    attachment_signals.text_extracted.connect(_on_post_edited, weak=False)
    attachment_signals.detached.connect(_on_post_edited, weak=False)
    attachment_signals.removed.connect(_on_attachment_removed, weak=False)
