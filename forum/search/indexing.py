"""Keeping the index in step with the board: new threads, replies and edits are indexed in the
same transaction (via the board's signals); `flask search reindex` rebuilds everything.
A post's row holds the text of its attachments too, once the attachments worker has read it.

A removed post stays in the index (search leaves it out, and a restore needs nothing), but
its words leave the vocabulary that "Bedoelde u ...?" suggests from (moderation's signals)."""
import html
import re
from collections import Counter

from sqlalchemy import select
from sqlalchemy.engine import Connection

from forum.attachments import signals as attachment_signals
from forum.board import signals
from forum.board.models import EXPERIENCE_FIELDS, Post, Thread
from forum.extensions import db
from forum.search import backend
from forum.search.attachments import attachment_texts, indexed_text
from forum.search.text import index_text
from forum.moderation import signals as moderation
from forum.search.vocabulary import count_posts, replace_counts, uncount_posts, vocabulary_words

REINDEX_BATCH_SIZE = 2000
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|li|h\d|tr|pre|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(body_html: str) -> str:
    """The readable text of sanitized post HTML (our own bleach output, so tags are simple)."""
    return html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", body_html))).strip()


def searchable_text(post: Post) -> str:
    """The text of a post as indexed and as shown in snippets: body, then experience fields."""
    parts = [plain_text(post.body_html)]
    parts += [getattr(post, f"experience_{name}") or "" for name in EXPERIENCE_FIELDS]
    return "\n".join(parts)


def _post_row(post: Post, title: str, attachment_text: str = "") -> dict:
    return {
        "id": post.id,
        "title": index_text(title) if post.position == 1 else "",
        "body": index_text(f"{searchable_text(post)}\n{attachment_text}"),
    }


def _thread_row(thread_id: int, title: str, question: Post) -> dict:
    return {"id": thread_id, "title": index_text(title), "body": index_text(plain_text(question.body_html))}


def _post_words(post: Post, title: str) -> set[str]:
    return vocabulary_words(f"{title if post.position == 1 else ''}\n{searchable_text(post)}")


def _is_visible(post: Post) -> bool:
    return post.deleted_at is None and post.thread.deleted_at is None


def index_post(post: Post, title: str, connection: Connection | None = None) -> None:
    """(Re)index a post, and for the question its thread too."""
    connection = connection or db.session.connection()
    attachment_text = indexed_text(attachment_texts([post.id]).get(post.id, []))
    backend.store_posts(connection, [_post_row(post, title, attachment_text)])
    if _is_visible(post):  # an attachment read later must not count a removed post's words
        count_posts(connection, Counter(_post_words(post, title)))
    if post.position == 1:
        backend.store_threads(connection, [_thread_row(post.thread_id, title, post)])


def _on_thread_created(thread: Thread, post: Post, **_) -> None:
    index_post(post, thread.title)


def _on_reply_created(post: Post, thread: Thread, **_) -> None:
    index_post(post, thread.title)


def _on_post_edited(post: Post, **_) -> None:
    index_post(post, post.thread.title)


def _on_attachment_removed(attachment, **_) -> None:
    if attachment.post is not None:
        index_post(attachment.post, attachment.post.thread.title)


def _shown_or_hidden_with(post: Post) -> list[Post]:
    """The posts a moderator showed or hid with this one: a reply itself, unless its thread is
    hidden anyway; with the question, every post of its thread not removed on its own."""
    if not post.is_question:
        return [] if post.thread.is_deleted else [post]
    others = db.session.scalars(
        select(Post).where(Post.thread_id == post.thread_id, Post.id != post.id, Post.deleted_at.is_(None))
    )
    return [post, *others]


def _words_of(posts: list[Post]) -> Counter:
    counts = Counter()
    for post in posts:
        counts.update(_post_words(post, post.thread.title))
    return counts


def _on_post_removed(post: Post, **_) -> None:
    uncount_posts(db.session.connection(), _words_of(_shown_or_hidden_with(post)))


def _on_post_restored(post: Post, **_) -> None:
    count_posts(db.session.connection(), _words_of(_shown_or_hidden_with(post)))


def connect_signals() -> None:
    # weak=False: the receivers are module functions and must live as long as the app.
    signals.thread_created.connect(_on_thread_created, weak=False)
    signals.reply_created.connect(_on_reply_created, weak=False)
    signals.post_edited.connect(_on_post_edited, weak=False)
    attachment_signals.text_extracted.connect(_on_post_edited, weak=False)
    attachment_signals.detached.connect(_on_post_edited, weak=False)
    attachment_signals.removed.connect(_on_attachment_removed, weak=False)
    moderation.post_deleted.connect(_on_post_removed, weak=False)
    moderation.post_restored.connect(_on_post_restored, weak=False)


def reindex_all(batch_size: int = REINDEX_BATCH_SIZE) -> tuple[int, int]:
    """Empty the index and index every post and thread again; returns (posts, threads).
    Removed posts are indexed (for a restore) but their words are not counted."""
    session = db.session
    connection = session.connection()
    backend.clear(connection)
    post_count = thread_count = 0
    last_id = 0
    vocabulary = Counter()
    while True:
        batch = session.execute(
            select(Post, Thread.title, Thread.deleted_at).join(Thread, Post.thread_id == Thread.id)
            .where(Post.id > last_id).order_by(Post.id).limit(batch_size)
        ).all()
        if not batch:
            break
        texts = attachment_texts([post.id for post, *_ in batch])
        backend.store_posts(connection, [
            _post_row(post, title, indexed_text(texts.get(post.id, []))) for post, title, _ in batch
        ])
        questions = [_thread_row(post.thread_id, title, post) for post, title, _ in batch if post.position == 1]
        backend.store_threads(connection, questions)
        for post, title, thread_removed_at in batch:
            if post.deleted_at is None and thread_removed_at is None:
                vocabulary.update(_post_words(post, title))
        post_count += len(batch)
        thread_count += len(questions)
        last_id = batch[-1][0].id
        session.expunge_all()  # a million posts must not pile up in the session
    replace_counts(connection, vocabulary)
    return post_count, thread_count
