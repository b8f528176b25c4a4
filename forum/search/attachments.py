"""The text inside posts' attachments (read by forum.attachments.texts), as search uses it: in
the post's index row, in the snippet ("in bijlage 'X.pdf': ...") and in the thread's vector."""
from dataclasses import dataclass

from markupsafe import Markup
from sqlalchemy import select

from forum.attachments.models import Attachment
from forum.extensions import db
from forum.search.snippets import snippet
from forum.search.stemming import fold

# Of all files of one post, this much text is indexed: turning text into terms costs about
# 10 ms per 1,000 characters the first time, and an edit of the post indexes it again in the
# request. About 25 pages of a report; the words of later pages are not found.
MAX_INDEXED_CHARS = 50_000
# The part of a file's text a snippet is looked for in, around the first searched word.
SNIPPET_WINDOW = 2_000


@dataclass(frozen=True)
class AttachmentText:
    name: str
    text: str


def attachment_texts(post_ids: list[int]) -> dict[int, list[AttachmentText]]:
    """The text of the files under these posts that have one, in upload order: one query."""
    if not post_ids:
        return {}
    rows = db.session.execute(
        select(Attachment.post_id, Attachment.name, Attachment.text)
        .where(Attachment.post_id.in_(post_ids), Attachment.removed_at.is_(None), Attachment.text.is_not(None))
        .order_by(Attachment.post_id, Attachment.id)
    )
    texts: dict[int, list[AttachmentText]] = {}
    for post_id, name, text in rows:
        texts.setdefault(post_id, []).append(AttachmentText(name, text))
    return texts


def indexed_text(texts: list[AttachmentText]) -> str:
    """What of a post's files goes into its index row."""
    return "\n".join(item.text for item in texts)[:MAX_INDEXED_CHARS]


def attachment_snippet(texts: list[AttachmentText], terms: set[str]) -> Markup | None:
    """A snippet of the first file that holds a searched word, saying which file it is from;
    None when no file holds one as written.

    Marking words costs time per word, so only a window around the first place where a
    searched term occurs is marked, not the whole text of a report.
    """
    remaining = MAX_INDEXED_CHARS
    for item in texts:
        folded = fold(item.text[:remaining])
        hits = [position for term in terms if (position := folded.find(term)) >= 0]
        remaining -= len(item.text)
        if hits:
            start = max(0, min(hits) - SNIPPET_WINDOW // 2)
            return labelled(item.name, snippet(item.text[start:start + SNIPPET_WINDOW], terms))
        if remaining <= 0:
            break
    return None


def labelled(name: str, text: Markup) -> Markup:
    return Markup("in bijlage '{}': {}").format(name, text)


def has_mark(snippet_html: Markup) -> bool:
    return "<mark>" in snippet_html
