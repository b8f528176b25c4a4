"""Where tags plug into the forum, in one place: the board's and moderation's signals, the tag
field on the question forms, and the tags on the thread, ask and edit pages."""
from forum.board import hooks
from forum.board import signals as board
from forum.moderation import signals as moderation
from forum.tags import activity, blueprint
from forum.tags.forms import tags_field
from forum.tags.services import parse_tags, set_thread_tags, tag_names_of, tag_suggestions, tags_of_thread


def _save_tags(thread, data, **_) -> bool:
    if "tags" not in data:
        return False
    return set_thread_tags(thread, parse_tags(data["tags"]))


@hooks.page_context("thread")
def _thread_tags(thread, **_) -> dict:
    return {"tags": tags_of_thread(thread.id)}


@hooks.page_context("ask")
def _suggestions_on_ask(**_) -> dict:
    return {"tag_suggestions": tag_suggestions()}


@hooks.page_context("edit")
def _suggestions_on_edit(post, **_) -> dict:
    return {"tag_suggestions": tag_suggestions()} if post.is_question else {}


hooks.form_field("ask", "tags", tags_field)
hooks.form_field("edit_question", "tags", tags_field, initial=lambda thread: tag_names_of(thread))
hooks.page_fragment("thread", "header", "tags/_thread_tags.html", order=10)
hooks.page_fragment("ask", "after_form", "tags/_field.html")
hooks.page_fragment("edit", "after_form", "tags/_field.html")


@blueprint.record_once
def _connect_signals(state) -> None:
    board.question_form_saved.connect(_save_tags, weak=False)
    board.reply_created.connect(activity.on_reply_created, weak=False)
    moderation.thread_merged.connect(activity.on_thread_merged, weak=False)
    moderation.post_deleted.connect(activity.on_question_hidden, weak=False)
    moderation.post_restored.connect(activity.on_question_shown, weak=False)
