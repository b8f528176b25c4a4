"""Where polls plug into the board: the poll under the question (in a fixed number of queries), the
optional poll on the ask form, and the way to the poll from the question's edit page."""
from flask import session
from flask_login import current_user

from forum.board import hooks
from forum.board import signals as board
from forum.polls import blueprint, services
from forum.polls.forms import PollActionForm, VoteForm, optional_poll_field, poll_draft
from forum.polls.lookups import REFUSED_VOTE, can_add_poll
from forum.polls.results import OTHER, poll_results

# The poll's fields on the ask form are named "peiling-question", "peiling-options", ...
POLL_FIELD = "peiling"


@hooks.page_context("thread")
def _poll_on_thread(thread, page, **_) -> dict:
    if page != 1:
        return {}
    poll = services.poll_of_thread(thread.id)
    if poll is None or poll.is_removed:
        return {"poll": None, "can_add_poll": poll is None and can_add_poll(thread, current_user)}
    vote = services.current_vote(poll, current_user)
    visible = poll.results_visible_to(current_user, has_voted=vote is not None)
    chosen = {choice.option_id for choice in vote.choices} | ({OTHER} if vote.other_text else set()) if vote else set()
    other_text = vote.other_text if vote else ""
    refused = _refused_vote(poll)
    if refused:
        chosen = {value if value == OTHER else int(value) for value in refused.get("chosen", [])}
        other_text = refused.get("other", "")
    return {
        "poll": poll,
        "poll_vote": vote,
        "poll_chosen": chosen,
        "poll_other_text": other_text,
        "poll_refusal": refused.get("message") if refused else None,
        "poll_results": poll_results(poll) if visible else None,
        "poll_vote_form": VoteForm(formdata=None),
        "poll_action_form": PollActionForm(formdata=None),
        "poll_other": OTHER,
    }


@hooks.page_context("edit")
def _poll_of_question(post, **_) -> dict:
    """On the question's edit page: the poll to change (until the first vote), or a poll to add."""
    if not post.is_question:
        return {}
    poll = services.poll_of_thread(post.thread_id)
    if poll is None:
        return {"question_poll": None, "can_add_poll": can_add_poll(post.thread, current_user)}
    return {"question_poll": None if poll.is_removed else poll, "can_add_poll": False}


def _save_poll(thread, data, **_) -> bool:
    draft = poll_draft(data.get(POLL_FIELD))
    if draft is None:
        return False
    services.create_poll(thread, thread.author, draft)
    return True


hooks.form_field("ask", POLL_FIELD, optional_poll_field)


def _refused_vote(poll) -> dict | None:
    """The refused vote on this poll the voter was just sent back with (forum/polls/views.py)."""
    refused = session.get(REFUSED_VOTE)
    if not refused or refused.get("poll_id") != poll.id:
        return None
    session.pop(REFUSED_VOTE)
    return refused


hooks.page_fragment("thread", "after_question", "polls/_thread_poll.html", order=10)
hooks.page_fragment("ask", "after_form", "polls/_ask_poll.html", order=200)
hooks.page_fragment("edit", "before_form", "polls/_edit_question_poll.html", order=50)


@blueprint.record_once
def _connect_signals(state) -> None:
    board.question_form_saved.connect(_save_poll, weak=False)
