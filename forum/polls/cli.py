"""`flask polls announce`: for a cron job (every hour is plenty)."""
import click

from forum.extensions import db
from forum.polls import blueprint
from forum.polls.notify import CLOSING_SOON, announce_due


@blueprint.cli.command("announce")
def announce():
    """Remind members whose municipality has not answered a poll that closes soon; tell the
    followers of a thread that its poll closed."""
    reminded, announced = announce_due()
    db.session.commit()
    click.echo(f"Peilingen die binnen {CLOSING_SOON.days} dagen sluiten, herinnering verstuurd: {reminded}. "
               f"Gesloten peilingen gemeld: {announced}.")
