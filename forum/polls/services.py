"""Creating, voting on, closing and removing polls. Services flush; the view commits once."""
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from forum.clock import utcnow
from forum.extensions import db
from forum.moderation import audit
from forum.moderation.models import TARGET_THREAD
from forum.polls import notify
from forum.polls.models import Poll, PollChoice, PollOption, PollVote, PollVoteChange

ACTION_CLOSE_POLL = "close_poll"
ACTION_REMOVE_POLL = "remove_poll"
# Two colleagues voting at the same moment: the loser of the insert retries as a change.
VOTE_ATTEMPTS = 3


class VoteRefused(ValueError):
    """A vote that cannot be counted; the message (Dutch) says why."""


@dataclass
class PollDraft:
    """What the poll form holds, checked."""
    question: str
    options: list[str]
    multiple: bool
    allows_other: bool
    voice: str
    results_visibility: str
    closes_at: datetime | None


def create_poll(thread, author, draft: PollDraft) -> Poll:
    poll = Poll(thread_id=thread.id, created_by_id=author.id)
    _apply(poll, draft)
    db.session.add(poll)
    db.session.flush()
    return poll


def update_poll(poll: Poll, draft: PollDraft) -> None:
    """Change a poll nobody voted on yet: its options are made anew. Deleted by query, not one by one:
    an edit sent twice at once must not trip over options the other request already deleted."""
    db.session.execute(delete(PollOption).where(PollOption.poll_id == poll.id))
    db.session.expire(poll, ["options"])
    _apply(poll, draft)
    db.session.flush()


def _apply(poll: Poll, draft: PollDraft) -> None:
    poll.question = draft.question
    poll.multiple = draft.multiple
    poll.allows_other = draft.allows_other
    poll.voice = draft.voice
    poll.results_visibility = draft.results_visibility
    poll.closes_at = draft.closes_at
    poll.options = [PollOption(position=number, label=label) for number, label in enumerate(draft.options, 1)]


def poll_of_thread(thread_id: int) -> Poll | None:
    """The thread's poll, removed or not: a thread has at most one, and a removed one is not replaced."""
    return db.session.scalar(select(Poll).where(Poll.thread_id == thread_id).options(joinedload(Poll.options)))


def current_vote(poll: Poll, user) -> PollVote | None:
    """The vote of the viewer's voice (their municipality's, or their own), with who cast it."""
    if not user.is_authenticated:
        return None
    kind, key = poll.voice_key(user)
    if key is None:
        return None
    column = PollVote.municipality_id if kind == "municipality" else PollVote.user_id
    return db.session.scalar(
        select(PollVote).where(PollVote.poll_id == poll.id, PollVote.per_municipality == poll.per_municipality,
                               column == key)
        .options(joinedload(PollVote.user), joinedload(PollVote.choices))
    )


def checked_choices(poll: Poll, option_ids: list[int], other_text: str) -> list[int]:
    """The chosen option ids, or VoteRefused: options of this poll only, as many as the poll allows."""
    known = {option.id for option in poll.options}
    chosen = list(dict.fromkeys(option_ids))
    if any(option_id not in known for option_id in chosen):
        raise VoteRefused("Kies een van de antwoorden van deze peiling.")
    if other_text and not poll.allows_other:
        raise VoteRefused("Deze peiling kent geen ‘anders, namelijk’.")
    answers = len(chosen) + (1 if other_text else 0)
    if answers == 0:
        raise VoteRefused("Kies een antwoord.")
    if answers > 1 and not poll.multiple:
        raise VoteRefused("Kies één antwoord: deze peiling staat er maar één toe.")
    return chosen


class PollChanged(Exception):
    """The poll's options were changed while a vote on the old ones was being counted."""


def refusal_reason(poll: Poll, user) -> str:
    """Why `user` may not vote on `poll`, in Dutch."""
    if poll.thread.is_locked:
        return "Dit onderwerp is gesloten; stemmen kan niet meer."
    if poll.per_municipality and user.is_authenticated and user.municipality_id is None:
        return "In deze peiling stemt elke gemeente één keer; VNG-medewerkers stemmen niet mee."
    return "Deze peiling is gesloten: er kan niet meer worden gestemd."


def cast_vote(poll: Poll, user, option_ids: list[int], other_text: str = "", now=None) -> PollVote:
    """Count the vote of the user's voice, or change it; every vote and change is kept."""
    if not poll.can_vote(user):
        raise VoteRefused(refusal_reason(poll, user))
    chosen = checked_choices(poll, option_ids, other_text)
    seen = {option.id: option.label for option in poll.options if option.id in chosen}
    now = now or utcnow()
    for attempt in range(VOTE_ATTEMPTS):
        vote = current_vote(poll, user)
        try:
            with db.session.begin_nested():
                if vote is None:
                    vote = PollVote(poll_id=poll.id, per_municipality=poll.per_municipality,
                                    municipality_id=user.municipality_id, user_id=user.id, created_at=now)
                    db.session.add(vote)
                    db.session.flush()
                    db.session.execute(update(Poll).where(Poll.id == poll.id).values(vote_count=Poll.vote_count + 1))
                else:
                    db.session.execute(delete(PollChoice).where(PollChoice.vote_id == vote.id))
                    db.session.expire(vote, ["choices"])
                vote.user_id, vote.other_text, vote.changed_at = user.id, other_text, now
                db.session.add_all(PollChoice(vote_id=vote.id, option_id=option_id) for option_id in chosen)
                db.session.add(PollVoteChange(
                    poll_id=poll.id, municipality_id=user.municipality_id, user_id=user.id,
                    option_ids=",".join(map(str, chosen)), other_text=other_text, created_at=now,
                ))
                db.session.flush()
                if _options_changed(seen):
                    raise PollChanged()
            return vote
        except IntegrityError:
            if _options_changed(seen):
                raise PollChanged() from None
            # A colleague's vote came first: ours becomes a change of it.
            if attempt == VOTE_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _options_changed(seen: dict[int, str]) -> bool:
    """Whether an answer chosen on the page is gone or another now: the poll was edited at the same
    moment (SQLite may even give the new answers the old ids)."""
    if not seen:
        return False
    now = dict(db.session.execute(select(PollOption.id, PollOption.label).where(PollOption.id.in_(seen))).all())
    return now != seen


def close_poll(poll: Poll, moderator, now=None) -> None:
    """Closed at once; the thread's followers hear of it."""
    now = now or utcnow()
    poll.closed_at, poll.closed_by_id = now, moderator.id
    audit.record(moderator, ACTION_CLOSE_POLL, TARGET_THREAD, poll.thread_id, label=poll.thread.title)
    notify.announce_closed(poll, actor_id=moderator.id, now=now)


def remove_poll(poll: Poll, moderator, reason: str = "", now=None) -> None:
    poll.removed_at, poll.removed_by_id = now or utcnow(), moderator.id
    audit.record(moderator, ACTION_REMOVE_POLL, TARGET_THREAD, poll.thread_id, label=poll.thread.title,
                 reason=reason)
