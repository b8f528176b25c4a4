"""Where privacy plugs into the forum, in one place: every sent mail is logged, and moderation
erases accounts through it."""
from forum.mail import mail_sent
from forum.moderation import members
from forum.privacy import blueprint, services
from forum.privacy.mail_log import log_sent_mail


@blueprint.record_once
def _set_up(state) -> None:
    mail_sent.connect(log_sent_mail, weak=False)
    members.register_account_eraser(services.erase_account)
