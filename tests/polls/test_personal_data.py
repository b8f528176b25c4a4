"""Erasing a member: the municipality's vote stays without their name; their vote in a member poll goes."""
from sqlalchemy import select

from forum.extensions import db
from forum.personal_data import erase_all, export_all
from forum.polls.models import PER_MEMBER, Poll, PollVote, PollVoteChange
from tests.factories import make_thread, make_user
from tests.polls.helpers import make_poll, vote


def test_erasure_keeps_the_municipalitys_vote_and_drops_the_members_own(app):
    member = make_user()
    thread = make_thread(author=member)
    municipality_poll = make_poll(thread)
    member_poll = make_poll(make_thread(), voice=PER_MEMBER)
    vote(municipality_poll, member, "Ja")
    vote(member_poll, member, "Nee")
    exported = export_all(member)["polls"]
    assert [poll["poll_id"] for poll in exported["created"]] == [municipality_poll.id]
    assert len(exported["votes"]) == 2
    assert [(each["question"], each["answers"]) for each in exported["votes"]] == [
        ("Doet uw gemeente dit?", ["Ja"]), ("Doet uw gemeente dit?", ["Nee"])]

    erase_all(member)
    db.session.commit()

    votes = db.session.scalars(select(PollVote)).all()
    assert [(vote.poll_id, vote.user_id, vote.municipality_id) for vote in votes] == [
        (municipality_poll.id, None, member.municipality_id)]
    assert db.session.scalars(select(PollVoteChange.user_id)).all() == [None, None]
    assert db.session.get(Poll, municipality_poll.id).created_by_id is None

