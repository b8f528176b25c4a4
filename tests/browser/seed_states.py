"""Every state a page can show, for the accessibility tests: a solved question with a chosen and a
helpful reply, tags, a structured experience, a mention, a removed reply and a removed question, a
locked and pinned thread, a merged thread, a reported post, threads that are new or unread for the
member, and a notification of every kind.

Colours and markup that appear only in such states (the "Opgelost" badge once had 1.62:1
contrast) are checked only if the forum under test has them.
"""
import io
from dataclasses import dataclass
from datetime import timedelta

from PIL import Image
from sqlalchemy import select

from forum.attachments import services as attachments

from forum.accounts.models import User
from forum.accounts.tokens import password_reset_token
from forum.board.models import Category, Post, Thread
from forum.board.services import add_reply, create_thread, edit_post
from forum.board.solutions import mark_solution, vote_helpful
from forum.clock import utcnow
from forum.extensions import db
from forum.following.models import KINDS, Notification
from forum.referrals.models import VngQuestion
from forum.following.notify import mark_read
from forum.following.tokens import unsubscribe_token
from forum.moderation import flags, posts, threads
from forum.municipalities.models import Municipality
from forum.tags.models import Tag
from forum.tags.services import set_thread_tags

STATE_THEME_SLUG = "wonen"
TAG_SLUG = "warmtepomp"


@dataclass(frozen=True)
class StateData:
    solved_thread_id: int
    solution_post_id: int
    locked_thread_id: int
    merged_thread_id: int  # merged into the solved thread: its address leads there
    removed_thread_id: int  # its question was removed by a moderator
    removed_reply_id: int
    reported_post_id: int
    unread_thread_id: int
    new_thread_id: int  # never opened by the member: 'nieuw' in the lists
    tag_slug: str
    tag_id: int
    theme_slug: str
    theme_id: int
    municipality_id: int
    reset_password_token: str  # for a member who is not logged in during the tests
    unsubscribe_token: str  # the member's, from a notification mail
    attachments_thread_id: int  # a PDF and an image under the question, one file removed by a moderator


def seed_every_state(member: User, moderator: User, others: list[User]) -> StateData:
    """`others`: at least three active members of other municipalities than the member's."""
    theme = db.session.scalar(select(Category).where(Category.slug == STATE_THEME_SLUG))
    first, second, third = others[:3]
    now = utcnow()

    solved = create_thread(
        member, theme, "Hoe hebben jullie warmtepompen in huurwoningen aanbesteed?",
        "Wij zoeken ervaringen met **collectieve inkoop** van warmtepompen voor corporatiewoningen.",
    )
    set_thread_tags(solved, [TAG_SLUG, "aanbesteding"])
    solution = add_reply(
        first, solved, "Wij deden het samen met twee corporaties, @[Demo Gebruiker].",
        experience={
            "experience_approach": "Eén Europese aanbesteding voor 400 woningen, met twee corporaties.",
            "experience_result": "Alle woningen binnen anderhalf jaar van het gas af.",
            "experience_costs": "Ongeveer € 9.500 per woning, waarvan een derde subsidie.",
            "experience_lessons": "Eerder met de huurders praten over het geluid van de buitenunit.",
            "experience_contact": "Afdeling wonen, via het algemene nummer.",
        },
    )
    helpful = add_reply(second, solved, "Bij ons liep het via de regionale energiestrategie.")
    mark_solution(solution, member)
    edit_post(solution, first, "Wij deden het samen met twee corporaties en de provincie, @[Demo Gebruiker].")
    vote_helpful(helpful, member)

    locked = create_thread(
        first, theme, "Ervaringen met de huisvestingsverordening 2026",
        "Welke gemeenten hebben de nieuwe verordening al vastgesteld?",
    )
    add_reply(second, locked, "Wij stellen hem in maart vast.")
    threads.lock(locked, moderator, "Vraag is beantwoord.")
    threads.pin(locked, moderator, "Veel gevraagd.")

    merged = create_thread(
        third, theme, "Aanbesteding warmtepompen huurwoningen",
        "Dezelfde vraag als in het andere onderwerp, in andere woorden.",
    )
    threads.merge(merged, solved, moderator, "Dubbele vraag.")

    removed_thread = create_thread(third, theme, "Te koop: tweedehands kantoormeubilair", "Bel ons!")
    posts.delete(_question(removed_thread), moderator, "Reclame.")
    removed_reply = add_reply(third, solved, "Koop onze warmtepompen, nu met korting!")
    posts.delete(removed_reply, moderator, "Reclame.")

    reported = add_reply(third, solved, "Gewoon doen, regels zijn er om te breken.")
    flags.flag(reported, member, "inappropriate", "")
    flags.flag(reported, second, "other", "Dit is geen ervaring maar een mening.")

    unread = create_thread(
        second, theme, "Wie gebruikt een warmtekaart bij de transitievisie?",
        "We zoeken een voorbeeld van een warmtekaart per buurt.",
    )
    mark_read(member.id, unread.id, 1, now)
    for text in ("Wij gebruiken de kaart van de provincie.", "Wij lieten er een maken door een bureau."):
        add_reply(first, unread, text)

    new = create_thread(
        third, theme, "Tijdelijke woningen op een braakliggend terrein: wie deed het?",
        "We denken aan flexwoningen voor tien jaar.",
    )

    with_files = create_thread(
        second, theme, "Wie heeft een bestek voor de gladheidsbestrijding?",
        "Hierbij ons bestek en de kaart met de strooiroutes.",
    )
    files = _attach(second, _question(with_files), {
        "Bestek gladheidsbestrijding 2026.pdf": b"%PDF-1.4\n%%EOF\n", "strooiroutes.png": _image(),
        "oude versie.txt": b"Niet meer geldig.",
    })
    attachments.remove(files[-1], moderator)

    _notification_of_every_kind(member, first, solved, solution, now)
    db.session.add(VngQuestion(thread_id=solved.id, asked_at=now))  # the "Vraag aan de VNG" mark
    db.session.flush()
    tag = db.session.scalar(select(Tag).where(Tag.slug == TAG_SLUG))
    municipality = db.session.get(Municipality, first.municipality_id)
    return StateData(
        solved_thread_id=solved.id, solution_post_id=solution.id, locked_thread_id=locked.id,
        merged_thread_id=merged.id, removed_thread_id=removed_thread.id, removed_reply_id=removed_reply.id,
        reported_post_id=reported.id, unread_thread_id=unread.id, new_thread_id=new.id,
        tag_slug=TAG_SLUG, tag_id=tag.id, theme_slug=STATE_THEME_SLUG, theme_id=theme.id,
        municipality_id=municipality.id, reset_password_token=password_reset_token(third),
        unsubscribe_token=unsubscribe_token(member.id, solved.id), attachments_thread_id=with_files.id,
    )


def _image() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (480, 320), (30, 90, 160)).save(out, "PNG")
    return out.getvalue()


def _attach(author: User, post: Post, files: dict[str, bytes]) -> list:
    accepted = [attachments.accept_upload(author, name, data) for name, data in files.items()]
    attachments.save_changes(post, attachments.Changes(pending=accepted))
    return accepted


def _question(thread: Thread) -> Post:
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.position == 1))


def _notification_of_every_kind(member: User, actor: User, thread: Thread, post: Post, now) -> None:
    """The services made some (mention, solution, replies to the member's question); add the rest,
    one read and the others unread, so the list shows both looks."""
    have = set(db.session.scalars(select(Notification.kind).where(Notification.user_id == member.id)))
    for offset, kind in enumerate(kind for kind in KINDS if kind not in have):
        account_only = kind == "account_approved"
        db.session.add(Notification(
            user_id=member.id, kind=kind, actor_id=actor.id,
            thread_id=None if account_only else thread.id, post_id=None if account_only else post.id,
            created_at=now - timedelta(minutes=offset + 1),
        ))
    db.session.flush()
    oldest = db.session.scalar(
        select(Notification).where(Notification.user_id == member.id).order_by(Notification.id).limit(1)
    )
    oldest.read_at = now
