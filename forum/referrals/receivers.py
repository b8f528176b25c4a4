"""Where referrals plug into the forum: the "Vraag aan de VNG" box on the ask form, the mark on the
thread and on its VNG experts' replies, and the scheduled job that offers unanswered questions."""
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField

from forum.accounts.models import User
from forum.board import hooks
from forum.board import signals as board
from forum.extensions import db
from forum.following import texts as notification_texts
from forum.outbox.delivery import register_scheduled
from forum.referrals import blueprint, services
from forum.referrals.candidates import vng_experts

ASK_VNG_FIELD = "vraag_aan_vng"


def _ask_vng_field():
    return BooleanField(_l("Vraag aan de VNG"))


def _save_ask_vng(thread, data, **_) -> bool:
    if not data.get(ASK_VNG_FIELD):
        return False
    services.ask_vng(thread)
    return True


@hooks.page_context("thread")
def _vng_marks(thread, posts, **_) -> dict:
    """Whether the question went to the VNG, and which authors on the page answer as the VNG's
    expert, read once for the page so that the byline of each post needs no query. VNG staff post
    without a municipality: a page without such posts needs no look-up of experts."""
    staff = {post.author_id for post in posts if post.author_id and post.municipality_id is None}
    experts = set()
    if staff:
        experts = set(db.session.scalars(vng_experts(thread.category_id).where(User.id.in_(staff))))
    return {"vng_question": services.is_vng_question(thread.id), "vng_expert_ids": experts}


hooks.form_field("ask", ASK_VNG_FIELD, _ask_vng_field)
hooks.page_fragment("ask", "after_form", "referrals/_ask_vng_field.html", order=150)
hooks.page_fragment("thread", "header", "referrals/_vng_question.html", order=20)
hooks.page_fragment("post", "byline", "referrals/_vng_expert.html")


@blueprint.record_once
def _set_up(state) -> None:
    board.question_form_saved.connect(_save_ask_vng, weak=False)
    register_scheduled(_offer_unanswered)
    notification_texts.register_vng_question_check(services.is_vng_question)


def _offer_unanswered(now) -> int:
    """With the scheduled mail jobs, which count the mails they queued: offers are not mails
    (their instant mails are queued with them), so they add nothing to that count."""
    services.offer_unanswered(now)
    return 0
