"""Command-line commands: `flask --app forum <command>`."""
import click
from flask.cli import with_appcontext

from forum.extensions import db


@click.command("seed")
@with_appcontext
def seed_command():
    """Load the municipalities and the VNG categories (safe to run again)."""
    from forum.board.categories import seed_categories
    from forum.municipalities.services import load_municipalities

    added = load_municipalities()
    categories = seed_categories()
    db.session.commit()
    click.echo(f"Gemeenten toegevoegd: {added}; categorieën aangemaakt: {categories}.")


@click.command("demo")
@with_appcontext
def demo_command():
    """Seed, then fill an empty forum with demo content and print a login to try."""
    from forum.demo.loader import load_demo_content

    seed_command.callback()
    for line in load_demo_content():
        click.echo(line)
    db.session.commit()


def init_app(app) -> None:
    from forum.accounts.cli import users_cli
    from forum.board.cli import categories_cli
    from forum.municipalities.cli import municipalities_cli
    from forum.privacy.cli import privacy_cli
    from forum.outbox.cli import mail_cli

    app.cli.add_command(seed_command)
    app.cli.add_command(demo_command)
    app.cli.add_command(categories_cli)
    app.cli.add_command(municipalities_cli)
    app.cli.add_command(users_cli)
    app.cli.add_command(privacy_cli)
    app.cli.add_command(mail_cli)
