"""The member data kept by polls: the polls a member made and the votes they cast.

On erasure a municipality's vote stays (it is the municipality's voice) without the member's
name; a vote in a member poll is the member's own and goes.
"""
from sqlalchemy import delete, select, update

from forum import personal_data
from forum.extensions import db
from forum.personal_data import iso
from forum.polls.models import Poll, PollOption, PollVote, PollVoteChange


def export_polls(user) -> dict:
    polls = db.session.scalars(select(Poll).where(Poll.created_by_id == user.id).order_by(Poll.id))
    changes = db.session.scalars(
        select(PollVoteChange).where(PollVoteChange.user_id == user.id).order_by(PollVoteChange.id)
    ).all()
    voted_on = {change.poll_id for change in changes}
    questions = dict(db.session.execute(select(Poll.id, Poll.question).where(Poll.id.in_(voted_on))).all())
    labels = {str(option_id): label for option_id, label in db.session.execute(
        select(PollOption.id, PollOption.label).where(PollOption.poll_id.in_(voted_on)))}
    return {
        "created": [{"poll_id": poll.id, "thread_id": poll.thread_id, "question": poll.question,
                     "created_at": iso(poll.created_at)} for poll in polls],
        "votes": [{"poll_id": change.poll_id, "question": questions.get(change.poll_id, ""),
                   "option_ids": change.option_ids,
                   "answers": [labels.get(option_id, "") for option_id in change.option_ids.split(",") if option_id],
                   "other": change.other_text, "at": iso(change.created_at)} for change in changes],
    }


def erase_polls(user) -> None:
    db.session.execute(delete(PollVote).where(PollVote.user_id == user.id, PollVote.per_municipality.is_(False)))
    db.session.execute(update(PollVote).where(PollVote.user_id == user.id).values(user_id=None))
    db.session.execute(update(PollVoteChange).where(PollVoteChange.user_id == user.id).values(user_id=None))
    for column in (Poll.created_by_id, Poll.closed_by_id, Poll.removed_by_id):
        db.session.execute(update(Poll).where(column == user.id).values({column: None}))


personal_data.register("polls", tables=["polls", "poll_votes", "poll_vote_changes"],
                       export=export_polls, erase=erase_polls)
