"""What a notification says, the same in the bell list, the instant mail and the digest."""

from flask import url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from forum.following.models import (
    FIRST_POST,
    KIND_ACCOUNT_APPROVED,
    KIND_HELP_REQUEST,
    KIND_MENTION,
    KIND_NEW_THREAD,
    KIND_POLL_CLOSED,
    KIND_POLL_CLOSING,
    KIND_QUESTION_REPLY,
    KIND_REPLY,
    KIND_SOLUTION,
    MAIL_DAILY,
    MAIL_INSTANT,
    MAIL_NONE,
    MAIL_WEEKLY,
    MUTED,
    NORMAL,
    WATCHING,
    Notification,
)
from forum.text import html_excerpt, text_excerpt, text_excerpt_lines

LEVEL_LABELS = {
    WATCHING: _l("Alle berichten"),
    FIRST_POST: _l("Eerste bericht"),
    NORMAL: _l("Normaal"),
    MUTED: _l("Negeren"),
}
LEVEL_HINTS = {
    WATCHING: _l("Een melding bij elk nieuw bericht."),
    FIRST_POST: _l("Een melding bij elke nieuwe vraag, niet bij de reacties."),
    NORMAL: _l("Alleen een melding als iemand u noemt of op uw vraag reageert."),
    MUTED: _l("Nooit een melding, ook niet als u genoemd wordt."),
}
FREQUENCY_LABELS = {
    MAIL_INSTANT: _l("Direct: een mail bij elke melding"),
    MAIL_DAILY: _l("Dagelijks overzicht: hoogstens één mail per dag"),
    MAIL_WEEKLY: _l("Wekelijks overzicht: hoogstens één mail per week"),
    MAIL_NONE: _l("Geen e-mail: alleen meldingen op het forum"),
}


# Whether a thread was addressed to the VNG: set by the referrals feature, which knows.
_vng_question_checks: list = []


def register_vng_question_check(check) -> None:
    """`check(thread_id) -> bool`: a "Kunt u helpen?" offer of such a question is worded as what it is."""
    _vng_question_checks[:] = [check]


def _asks_the_vng(notification: Notification) -> bool:
    return notification.thread_id is not None and any(check(notification.thread_id) for check in _vng_question_checks)


def actor_label(notification: Notification) -> str:
    """'Gemeente Utrecht · J. de Vries'."""
    actor = notification.actor
    if actor is None:
        return _("Iemand")
    return f"{actor.organisation_name} · {actor.name}"


def summary(notification: Notification) -> str:
    """One sentence, without the thread title (shown beside it)."""
    kind = notification.kind
    if kind == KIND_REPLY:
        return _("%(actor)s reageerde", actor=actor_label(notification))
    if kind == KIND_QUESTION_REPLY:
        return _("%(actor)s reageerde op uw vraag", actor=actor_label(notification))
    if kind == KIND_NEW_THREAD:
        category = notification.thread.category.name if notification.thread else ""
        return _(
            "Nieuwe vraag van %(actor)s in %(category)s",
            actor=actor_label(notification),
            category=category,
        )
    if kind == KIND_MENTION:
        return _("%(actor)s noemde u", actor=actor_label(notification))
    if kind == KIND_SOLUTION:
        return _("Uw reactie is gemarkeerd als oplossing")
    if kind == KIND_ACCOUNT_APPROVED:
        return _("Uw account is goedgekeurd. Welkom!")
    if kind == KIND_HELP_REQUEST and _asks_the_vng(notification):
        return _("Een gemeente stelt een vraag aan de VNG")
    if kind == KIND_HELP_REQUEST:
        return _("Kunt u helpen? Deze vraag wacht nog op een antwoord")
    if kind == KIND_POLL_CLOSED:
        return _("De peiling is gesloten: de uitslag staat bij de vraag")
    if kind == KIND_POLL_CLOSING:
        return _("De peiling sluit binnenkort en uw gemeente heeft nog niet gestemd")
    return kind


def mail_subject(notification: Notification) -> str:
    title = notification.thread.title if notification.thread else ""
    kind = notification.kind
    if kind == KIND_QUESTION_REPLY:
        return _("Nieuwe reactie op uw vraag: %(title)s", title=title)
    if kind == KIND_NEW_THREAD:
        return _("Nieuwe vraag: %(title)s", title=title)
    if kind == KIND_MENTION:
        return _(
            "%(name)s noemde u in: %(title)s",
            name=notification.actor.name if notification.actor else _("Iemand"),
            title=title,
        )
    if kind == KIND_SOLUTION:
        return _("Uw reactie is de oplossing: %(title)s", title=title)
    if kind == KIND_HELP_REQUEST and _asks_the_vng(notification):
        return _("Een gemeente stelt een vraag aan de VNG: %(title)s", title=title)
    if kind == KIND_HELP_REQUEST:
        return _("Kunt u helpen? %(title)s", title=title)
    if kind == KIND_POLL_CLOSED:
        return _("Peiling gesloten: %(title)s", title=title)
    if kind == KIND_POLL_CLOSING:
        return _("Peiling sluit binnenkort: %(title)s", title=title)
    return _("Nieuwe reactie: %(title)s", title=title)


def excerpts(notification: Notification, limit: int = 500, lines: bool = False) -> dict:
    """The start of the post as plain text and as safe HTML (links absolute), for a mail;
    with `lines`, the plain text keeps paragraphs and list items on lines of their own."""
    if notification.post is None:
        return {"excerpt": "", "excerpt_html": ""}
    html = notification.post.body_html
    return {
        "excerpt": (text_excerpt_lines if lines else text_excerpt)(html, limit),
        "excerpt_html": html_excerpt(html, limit, base_url=url_for("board.index", _external=True)),
    }
