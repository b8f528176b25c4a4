"""`flask referrals run`: offer the questions that waited long enough without a reply."""
import click

from forum.clock import utcnow
from forum.extensions import db
from forum.referrals import blueprint
from forum.referrals.services import offer_unanswered


@blueprint.cli.command("run")
def run():
    """Also runs with the scheduled mail jobs (`flask mail digests`, `flask mail worker`); safe to run again."""
    offers = offer_unanswered(utcnow())
    db.session.commit()
    click.echo(f"Onbeantwoorde vragen aangeboden: {offers} keer.")
