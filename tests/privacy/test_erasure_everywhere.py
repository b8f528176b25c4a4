"""Erasure through the real route reaches every table that holds something about the member."""
from sqlalchemy import func, select

from forum.accounts.models import STATUS_ERASED
from forum.board.models import HelpfulVote, Post, PostRevision, Thread
from forum.drafts.models import Draft
from forum.extensions import db
from forum.feeds.tokens import feed_token
from forum.members.models import TagExpertise, ThemeExpertise
from forum.following.models import Notification, NotificationSettings, ThreadRead, Watch
from forum.moderation.models import AuditEntry, Flag
from forum.outbox.models import CANCELLED, SENT, OutboxMail
from forum.polls.models import PollVote, PollVoteChange
from forum.privacy.models import SentMail
from forum.referrals.models import Referral
from forum.privacy.services import erase_account
from tests.factories import make_reply, make_thread, make_user
from tests.privacy.member_data import member_columns, member_with_data_everywhere, rows_referring_to


def count(model, *conditions) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*conditions))


def test_erasure_removes_or_anonymises_the_member_in_every_table(app, client, login, fresh_login_privacy):
    made = member_with_data_everywhere(client, login)
    member, address = made.member, made.address
    # Feeds and tags store nothing about members; a feed address is signed, and stops working.
    feed = f"/categorie/{made.theme.slug}/feed.atom?token={feed_token(member)}"
    assert app.test_client().get(feed).status_code == 200
    before = rows_referring_to(member.id, address)
    assert set(before) == set(member_columns(db.metadata)), "the member should have rows in every table"
    helpful_before = made.helpful_reply.helpful_count
    assert helpful_before == 2
    posts_before, revisions_before, flags_before = count(Post), count(PostRevision), count(Flag)
    others_notified = count(Notification, Notification.actor_id == member.id)
    assert others_notified >= 1

    response = client.post("/account/verwijderen", data={"confirm": "y"})
    assert response.status_code == 302 and response.headers["Location"] == "/"

    # Only the audit entries about the account still point at it, under the erased name.
    assert rows_referring_to(member.id, address) == {"audit_entries": 1}
    assert db.session.scalar(select(AuditEntry.target_label)) == "Voormalig lid"
    # users: the row stays for the posts' sake, naming nobody
    assert (member.status, member.name, member.job_title) == (STATUS_ERASED, "Voormalig lid", "")
    assert member.totp_secret is None and member.recovery_code_hashes is None
    assert member.last_login_at is None and member.email.endswith("@verwijderd.invalid")
    # threads, posts, post_revisions: the knowledge stays, without the person
    assert count(Post) == posts_before and count(PostRevision) == revisions_before
    assert count(Thread, (Thread.author_id == member.id) | (Thread.last_poster_id == member.id)) == 0
    assert made.own_thread.municipality.name == "Utrecht"
    # helpful_votes: the member's vote has no voter any more, and still counts, also after the next vote
    assert count(HelpfulVote, HelpfulVote.user_id == member.id) == 0
    assert made.helpful_reply.helpful_count == helpful_before
    login(make_user())
    assert client.post(f"/bericht/{made.helpful_reply.id}/nuttig").status_code == 302
    assert made.helpful_reply.helpful_count == helpful_before + 1
    # polls, poll_votes, poll_vote_changes: the municipality's vote stays, without the member's name
    vote = db.session.scalar(select(PollVote))
    assert vote.user_id is None and vote.municipality.name == "Utrecht" and len(vote.choices) == 1
    assert count(PollVoteChange, PollVoteChange.user_id.is_(None)) == 1
    login(make_user(vote.municipality))  # a colleague sees the vote, not who cast it
    assert "een voormalig lid" in client.get(f"/onderwerp/{made.own_thread.id}").text
    # flags: kept for the moderators, without the reporter
    assert count(Flag) == flags_before and count(Flag, Flag.reporter_id.is_(None)) == 1
    # watches, notification_settings, notifications, thread_reads: gone
    assert count(Watch, Watch.user_id == member.id) == 0
    assert count(ThemeExpertise, ThemeExpertise.user_id == member.id) == 0
    assert count(TagExpertise, TagExpertise.user_id == member.id) == 0
    assert count(Draft, Draft.user_id == member.id) == 0  # drafts: unposted text, gone
    assert count(Referral, Referral.user_id == member.id) == 0
    assert count(NotificationSettings, NotificationSettings.user_id == member.id) == 0
    assert count(Notification, Notification.user_id == member.id) == 0
    assert count(ThreadRead, ThreadRead.user_id == member.id) == 0
    # ... and others' notifications about the member's reply no longer name them
    assert count(Notification, Notification.actor_id.is_(None)) >= others_notified
    # outbox_mails: queued mail is never sent; no mail keeps the address or the text
    assert count(OutboxMail, OutboxMail.recipient == address) == 0
    kept = db.session.execute(
        select(OutboxMail.subject, OutboxMail.status, OutboxMail.recipient, OutboxMail.body_text)
        .where(OutboxMail.subject.in_(["Welkom", "Uw account"])).order_by(OutboxMail.id)
    ).all()
    assert kept == [("Welkom", CANCELLED, "", None), ("Uw account", SENT, "", None)]
    # sent_mails: the record of mails to the address
    assert count(SentMail, SentMail.recipient == address) == 0
    assert app.test_client().get(feed).status_code == 403


def test_votes_of_several_erased_members_on_one_reply_all_keep_counting(client, login):
    reply = make_reply(make_thread())
    voters = [make_user(), make_user()]
    for voter in voters:
        login(voter)
        assert client.post(f"/bericht/{reply.id}/nuttig").status_code == 302
    for voter in voters:
        erase_account(voter, voter)  # two votes without a voter on one reply: the unique key allows it
    db.session.commit()
    assert count(HelpfulVote, HelpfulVote.post_id == reply.id, HelpfulVote.user_id.is_(None)) == 2
    db.session.refresh(reply)
    assert reply.helpful_count == 2
