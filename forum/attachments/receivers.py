"""Where attachments plug into the board: the file field on its forms, the files under each post,
and the larger requests the forms with files may send."""
from flask_babel import gettext as _
from flask_login import current_user

from forum.attachments import blueprint, services
from forum.attachments.detection import allowed_list
from forum.attachments.forms import ACCEPT, FIELD_NAME, attachments_field
from forum.attachments.models import Attachment
from forum.board import hooks
from forum.board import signals as board
from forum import routing
from forum.extensions import db

# The board's POST endpoints whose forms carry the file field, and the drafts' "Concept opslaan"
# button on those forms (a formaction): it sends the same body, files and all, and must not lose
# the text to a 413. The draft keeps the text only and says so.
UPLOAD_ENDPOINTS = {"board.ask", "board.reply", "board.edit_post", "drafts.save"}
# Room for the text fields beside the files.
FORM_MARGIN_BYTES = 1024 * 1024

for form_name in ("ask", "edit_question", "reply", "edit_reply"):
    hooks.form_field(form_name, FIELD_NAME, attachments_field)
hooks.page_fragment("ask", "after_form", "attachments/_field.html", order=150)
hooks.page_fragment("edit", "after_form", "attachments/_field.html", order=150)
hooks.page_fragment("thread", "reply_form", "attachments/_field.html", order=60)
hooks.page_fragment("edit", "conflict_form", "attachments/_carried.html", order=60)
hooks.page_fragment("post", "below_body", "attachments/_list.html", order=20)


def _field_context() -> dict:
    max_files, max_bytes, _quota = services.limits()
    return {"attachment_rules": {"max_files": max_files, "max_size": services.megabytes(max_bytes),
                                 "kinds": allowed_list(), "accept": ACCEPT}}


@hooks.page_context("thread")
def _attachments_of_page(posts, **_) -> dict:
    """The files of every post on the page: one query, whatever the number of posts."""
    by_post: dict[int, list[Attachment]] = {}
    shown = [post.id for post in posts if post.body_visible_to(current_user)]
    if shown:
        for attachment in db.session.scalars(Attachment.of_posts(shown)):
            if not attachment.is_removed or current_user.can_moderate:
                by_post.setdefault(attachment.post_id, []).append(attachment)
    return {"attachments_by_post": by_post, **_field_context()}


@hooks.page_context("ask")
def _on_ask(**_) -> dict:
    return _field_context()


@hooks.page_context("edit")
def _on_edit(post, **_) -> dict:
    return {"post_attachments": services.attachments_of_post(post.id), **_field_context()}


def _save_attachments(post, data, **_) -> bool:
    changes = data.get(FIELD_NAME)
    return services.save_changes(post, changes) if changes is not None else False


def _room_for_files() -> int:
    max_files, max_bytes, _quota = services.limits()
    return max_files * max_bytes + FORM_MARGIN_BYTES


def _upload_limits() -> str:
    max_files, max_bytes, _quota = services.limits()
    return _("U kunt maximaal %(size)s per bestand en %(max)d bestanden bij een bericht voegen.",
             size=services.megabytes(max_bytes), max=max_files)


routing.allow_larger_bodies(UPLOAD_ENDPOINTS, _room_for_files, _upload_limits)


@blueprint.record_once
def _connect_signals(state) -> None:
    board.post_form_saved.connect(_save_attachments, weak=False)
