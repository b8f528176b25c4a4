"""Where polls plug into the board: the poll under the question (in a fixed number of queries), and
a hint on the ask form that a poll can be added once the question is posted."""
from flask import session
from flask_login import current_user

from forum.board import hooks
from forum.polls import services
from forum.polls.forms import PollActionForm, VoteForm
from forum.polls.lookups import REFUSED_VOTE, can_add_poll
from forum.polls.results import OTHER, poll_results


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


def _refused_vote(poll) -> dict | None:
    """The refused vote on this poll the voter was just sent back with (forum/polls/views.py)."""
    refused = session.get(REFUSED_VOTE)
    if not refused or refused.get("poll_id") != poll.id:
        return None
    session.pop(REFUSED_VOTE)
    return refused


hooks.page_fragment("thread", "after_question", "polls/_thread_poll.html", order=10)
hooks.page_fragment("ask", "after_form", "polls/_ask_hint.html", order=200)
