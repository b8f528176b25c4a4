"""Which tables refer to members, and a member with rows in every one of them, built as members do."""
import io
import re
from dataclasses import dataclass

from sqlalchemy import String, func, or_, select, update

from forum.board.models import Post, Thread
from forum.extensions import db
from forum.referrals.models import Referral
from forum.mail import Mail, queue_mail
from forum.moderation import audit
from forum.moderation.models import ACTION_SUSPEND, TARGET_USER
from forum.outbox.models import SENT, OutboxMail
from forum.polls.models import PollOption
from forum.tags.services import set_thread_tags
from tests.factories import PASSWORD, make_category, make_municipality, make_user
from tests.following.helpers import ask, reply

# Columns that name a member without a foreign key: an address, or an id someone forgot to declare.
MEMBER_COLUMN_NAME = re.compile(r"(^|_)user_id$|_by_id$|^recipient$|^email$")
# References the schema cannot show: the audit log points at users, threads or posts by type and id.
POLYMORPHIC_REFERENCES = {"audit_entries": ("target_type", TARGET_USER, "target_id")}


def refers_to_members(column) -> bool:
    if any(key.column.table.name == "users" for key in column.foreign_keys):
        return True
    return bool(MEMBER_COLUMN_NAME.search(column.name))


def member_columns(metadata) -> dict[str, list]:
    """Every table with a column that refers to users, with those columns."""
    found = {}
    for table in metadata.sorted_tables:
        columns = [column for column in table.columns if refers_to_members(column)]
        if columns:
            found[table.name] = columns
    return found


def rows_referring_to(user_id: int, address: str) -> dict[str, int]:
    """Per table, how many rows name the member by id or by e-mail address (tables with none left out)."""
    counts = {}
    for table_name, columns in member_columns(db.metadata).items():
        table = db.metadata.tables[table_name]
        conditions = [column == (address if isinstance(column.type, String) else user_id) for column in columns]
        if table_name in POLYMORPHIC_REFERENCES:
            type_column, type_value, id_column = POLYMORPHIC_REFERENCES[table_name]
            conditions.append((table.c[type_column] == type_value) & (table.c[id_column] == user_id))
        count = db.session.scalar(select(func.count()).select_from(table).where(or_(*conditions)))
        if count:
            counts[table_name] = count
    return counts


@dataclass
class MemberEverywhere:
    member: object
    address: str
    theme: object
    own_thread: Thread
    other_thread: Thread
    helpful_reply: Post  # another member's reply, which the member voted helpful and flagged


def member_with_data_everywhere(client, login) -> MemberEverywhere:
    """J. de Vries of Utrecht asks, replies, edits, keeps a draft, follows, votes, flags, reads, is mailed
    and logs in."""
    theme = make_category("Wonen", parent=make_category("Leefomgeving"))
    member = make_user(make_municipality("Utrecht"), name="J. de Vries", email="jdevries@utrecht.nl",
                       job_title="adviseur")
    other = make_user(make_municipality("Breda"), name="B. Reda", email="breda@example.nl")
    voter = make_user()
    moderator = make_user(role="moderator", staff=True)

    login(member)
    assert client.post("/meldingen/instellingen",
                       data={"mail_frequency": "instant", "follow_own_threads": "y"}).status_code == 302
    assert client.post(f"/volgen/categorie/{theme.id}", data={"level": "watching"}).status_code == 302
    own_thread = ask(client, theme, title="Hoe verduurzamen jullie sporthallen?", body="Onze vraag.")
    question = db.session.scalar(select(Post).where(Post.thread_id == own_thread.id))
    edited = client.post(f"/bericht/{question.id}/bewerken", content_type="multipart/form-data",
                         data={"title": "Hoe verduurzamen jullie sporthallen?", "body": "Onze vraag, aangevuld.",
                               "attachments": [(io.BytesIO(b"Kosten per hal: 1,2 miljoen."), "kosten.txt")]})
    assert edited.status_code == 302

    login(other)  # the member hears of both by notification and by instant mail
    other_thread = ask(client, theme, title="Wie heeft ervaring met zonnepanelen op scholen?")
    reply(client, own_thread, body="Wij deden het zo.")
    helpful_reply = db.session.scalar(select(Post).where(Post.thread_id == own_thread.id, Post.position == 2))

    login(member)
    reply(client, other_thread, body="Bij ons in Utrecht ging het zo.")  # other is told, with the member as actor
    assert client.post(f"/bericht/{helpful_reply.id}/nuttig").status_code == 302
    assert client.post(f"/bericht/{helpful_reply.id}/melden", data={"kind": "spam"}).status_code == 302
    assert client.get(f"/onderwerp/{other_thread.id}").status_code == 200  # a read position
    assert client.post(f"/account/concepten/reactie/{own_thread.id}",
                       data={"body": "Nog een aanvulling, half af."}).status_code == 302  # a draft
    assert client.post(f"/onderwerp/{own_thread.id}/peiling-toevoegen", data={
        "question": "Verduurzaamt uw gemeente sporthallen?", "options": "Ja\nNee", "voice": "municipality",
        "results_visibility": "after_voting"}).status_code == 302
    poll_option = db.session.scalar(select(PollOption).where(PollOption.label == "Ja"))
    assert client.post(f"/peiling/{poll_option.poll_id}/stemmen", data={"keuze": poll_option.id}).status_code == 302
    login(voter)
    assert client.post(f"/bericht/{helpful_reply.id}/nuttig").status_code == 302

    set_thread_tags(own_thread, ["sporthallen"])  # expertise names tags that questions carry
    db.session.commit()
    login(member)  # what they can help with, chosen on their profile
    assert client.post("/account/profiel", data={"name": member.name, "job_title": member.job_title,
                                                 "themes": [str(theme.id)], "tags": "sporthallen"}).status_code == 302
    # Offered as one who may help ("Kunt u helpen?"); the scheduled job has its own tests.
    db.session.add(Referral(thread_id=other_thread.id, user_id=member.id, reason="expertise"))
    audit.record(moderator, ACTION_SUSPEND, TARGET_USER, member.id, member.name, "Tijdelijk, ter test")
    waiting = queue_mail(Mail(to=member.email, subject="Welkom", text="Beste J. de Vries, welkom."))
    sent = queue_mail(Mail(to=member.email, subject="Uw account", text="Beste J. de Vries."))
    db.session.flush()
    db.session.execute(update(OutboxMail).where(OutboxMail.id == sent.id).values(status=SENT))
    assert waiting.id != sent.id
    with client.session_transaction() as session:
        session.clear()
    client.post("/wachtwoord-vergeten", data={"email": member.email})  # the record of a sent mail
    client.post("/inloggen", data={"email": member.email, "password": "fout fout fout"})
    assert client.post("/inloggen", data={"email": member.email, "password": PASSWORD}).status_code == 302
    return MemberEverywhere(member, member.email, theme, own_thread, other_thread, helpful_reply)
