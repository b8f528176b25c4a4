"""`flask experience recount`: count replies per municipality per theme and tag again."""
import click

from forum.experience import blueprint
from forum.experience.counting import recount as recount_experience
from forum.extensions import db


@blueprint.cli.command("recount")
def recount():
    """Recount from the posts, e.g. after threads were moved to another theme."""
    categories, tags = recount_experience()
    db.session.commit()
    click.echo(f"Ervaring opnieuw geteld: {categories} regels per thema, {tags} per tag.")
