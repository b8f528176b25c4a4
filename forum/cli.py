"""Command-line commands: `flask --app forum <command>`."""
import click
from flask.cli import with_appcontext

from forum.attachments.texts import extract_waiting
from forum.board.categories import seed_categories
from forum.demo.loader import load_demo_content
from forum.extensions import db
from forum.municipalities.services import load_municipalities
from forum.search.vectors import embed_queued


@click.command("seed")
@with_appcontext
def seed_command():
    """Load the municipalities and the VNG categories (safe to run again)."""
    added = load_municipalities()
    categories = seed_categories()
    db.session.commit()
    click.echo(f"Gemeenten toegevoegd: {added}; categorieën aangemaakt: {categories}.")


@click.command("demo")
@with_appcontext
def demo_command():
    """Seed, then fill an empty forum with demo content and print a login to try."""
    seed_command.callback()
    for line in load_demo_content():
        click.echo(line)
    db.session.commit()
    # The text inside the demo's attachments is read now too, so that search finds it at once.
    while extract_waiting():
        db.session.commit()
    # The demo's questions get their meaning vectors now (a few seconds), so that a newcomer's
    # forum finds questions asked in other words without starting `flask search embed`.
    while embed_queued():
        db.session.commit()


def init_app(app) -> None:
    """The commands of the whole forum; each package's own arrive with its blueprint."""
    app.cli.add_command(seed_command)
    app.cli.add_command(demo_command)
