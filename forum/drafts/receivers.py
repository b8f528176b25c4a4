"""Where drafts plug into the board: offered back in the composers (ask, reply, edit), kept by their
"Concept opslaan" button, and removed once the text is posted."""
from flask import request
from flask_login import current_user

from forum.board import hooks
from forum.board import signals as board
from forum.drafts import blueprint, services
from forum.drafts.forms import DiscardDraftForm
from forum.drafts.models import ASK, EDIT, REPLY
from forum.drafts.places import Place
from forum.templating import exact_date


def _composer(place: Place, form, fill, post=None) -> dict:
    """The draft button for this composer and, when the page is opened (not sent back with errors),
    the member's draft for this place put back into the form, with a notice saying so."""
    context = {"draft_place": place}
    if request.method != "GET":
        return context
    draft = services.draft_of(current_user.id, place.kind, place.target_id)
    if draft is None or (post is not None and _says_what_the_post_says(draft, post)):
        return context  # an edit saved unchanged leaves a draft that offers nothing new
    fill(form, draft)
    context.update(offered_draft=draft, offered_draft_saved=exact_date(draft.updated_at),
                   discard_draft_form=DiscardDraftForm(),
                   # Someone (a moderator) changed the post after the draft: saving it would undo that.
                   offered_draft_outdated=bool(post and post.edited_at and post.edited_at > draft.updated_at))
    return context


def _says_what_the_post_says(draft, post) -> bool:
    return draft.body == post.body_markdown and (not draft.title or draft.title == post.thread.title)


def _fill_question(form, draft) -> None:
    form.title.data = draft.title
    # A theme the member just chose ("Stel een vraag" on a theme's page) wins over the draft's.
    if draft.category_id is not None and form.category.data is None:
        form.category.data = draft.category_id
    form.body.data = draft.body


def _fill_text(form, draft) -> None:
    if getattr(form, "title", None) is not None and draft.title:
        form.title.data = draft.title
    form.body.data = draft.body


@hooks.page_context("ask")
def _draft_on_ask(form, **_) -> dict:
    if not current_user.is_authenticated or not current_user.can_post:
        return {}
    return _composer(Place(ASK), form, _fill_question)


@hooks.page_context("thread")
def _draft_on_thread(thread, form=None, **_) -> dict:
    if form is None or not thread.is_live or not thread.can_reply(current_user):
        return {}
    return _composer(Place(REPLY, thread.id, thread), form, _fill_text)


@hooks.page_context("edit")
def _draft_on_edit(post, form=None, **_) -> dict:
    if form is None or not post.is_live:
        return {}
    return _composer(Place(EDIT, post.id), form, _fill_text, post=post)


hooks.page_fragment("ask", "before_form", "drafts/_offered.html")
hooks.page_fragment("edit", "before_form", "drafts/_offered.html")
hooks.page_fragment("thread", "before_reply_form", "drafts/_offered.html")
hooks.page_fragment("composer", "actions", "drafts/_save_button.html")


def _question_posted(thread, post, **_) -> None:
    services.discard_draft(post.author_id, ASK, 0)


def _reply_posted(post, thread, **_) -> None:
    services.discard_draft(post.author_id, REPLY, thread.id)


def _post_edited(post, editor, **_) -> None:
    services.discard_draft(editor.id, EDIT, post.id)


@blueprint.record_once
def _connect_signals(state) -> None:
    board.thread_created.connect(_question_posted, weak=False)
    board.reply_created.connect(_reply_posted, weak=False)
    board.post_edited.connect(_post_edited, weak=False)
