"""The places a member writes in (the ask form, a thread's reply form, a post's edit form), who may
keep a draft there, and where each place is."""
from dataclasses import dataclass, field

from flask import abort, current_app, url_for

from forum.board.lookups import live_post_or_404, thread_or_404
from forum.board.models import Thread
from forum.drafts.models import ASK, NO_TARGET, REPLY, Draft
from forum.pagination import page_count

REPLY_FORM_ANCHOR = "reageren-titel"


@dataclass(frozen=True)
class Place:
    kind: str
    target_id: int = NO_TARGET
    thread: Thread | None = field(default=None, compare=False)  # the thread replied to

    @property
    def page_url(self) -> str:
        return page_url(self.kind, self.target_id, self.thread)

    @property
    def save_url(self) -> str:
        return url_for("drafts.save", **self._url_values())

    @property
    def autosave_url(self) -> str:
        return url_for("drafts.autosave", **self._url_values())

    def _url_values(self) -> dict:
        return {"kind": self.kind} if self.kind == ASK else {"kind": self.kind, "target_id": self.target_id}


def checked_place(kind: str, target_id: int, user) -> Place:
    """The place if `user` may write there now: 404 for a removed thread or post, 403 for one they
    may not reply to or edit; the same rules as posting, so a draft never outlives a refusal."""
    if kind == ASK:
        if not user.can_post:
            abort(403)
    elif kind == REPLY:
        thread = thread_or_404(target_id)
        if not thread.is_live:
            abort(404)
        if not thread.can_reply(user):
            abort(403)
        return Place(kind, target_id, thread)
    else:
        post = live_post_or_404(target_id, user)
        if not post.can_edit(user):
            abort(403)
    return Place(kind, target_id)


def reply_form_url(thread: Thread) -> str:
    """The reply form on the thread's last page, where a new reply will appear."""
    last = page_count(thread.last_position, current_app.config["POSTS_PER_PAGE"])
    return url_for("board.thread", thread_id=thread.id, pagina=last if last > 1 else None,
                   _anchor=REPLY_FORM_ANCHOR)


def page_url(kind: str, target_id: int, thread: Thread | None = None) -> str:
    """Where the composer of a place is; `thread` is the thread replied to."""
    if kind == ASK:
        return url_for("board.ask")
    if kind == REPLY:
        return reply_form_url(thread) if thread else url_for("board.thread", thread_id=target_id)
    return url_for("board.edit_post", post_id=target_id)


def draft_url(draft: Draft) -> str | None:
    """Where to continue a draft from the list; None when its place is gone."""
    if not draft.is_available:
        return None
    return page_url(draft.kind, draft.target_id, draft.thread)

