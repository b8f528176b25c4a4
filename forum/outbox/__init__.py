"""The outbox: mails written in the transaction that causes them, delivered by `flask mail deliver`."""
from flask import Blueprint

from forum import mail
from forum.outbox.queue import OUTBOX

# No pages: the blueprint carries the `flask mail ...` commands.
blueprint = Blueprint("outbox", __name__, cli_group="mail")
mail.register_queue(OUTBOX)

from forum.outbox import cli, personal_data  # noqa: E402,F401 - the commands, member data
