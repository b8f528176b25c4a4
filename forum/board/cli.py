"""`flask categories ...`: administrators add, rename and reorder the VNG domains and themes."""
import click

from forum.board import categories
from forum.board.models import Category
from forum.extensions import db
from forum.board import blueprint

blueprint.cli.help = "Domeinen en thema's beheren."


def _apply(change) -> None:
    try:
        result = change()
    except categories.CategoryError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    return result


@blueprint.cli.command("list")
def list_categories():
    """Show domains and themes with their slugs."""
    for domain in db.session.scalars(Category.domains_with_themes()).unique():
        click.echo(f"{domain.name} [{domain.slug}]")
        for theme in domain.children:
            click.echo(f"  {theme.name} [{theme.slug}]")


@blueprint.cli.command("add")
@click.argument("name")
@click.option("--parent", "parent_slug", help="Slug of the domain this theme belongs to.")
@click.option("--description", default="")
def add(name, parent_slug, description):
    """Add a domain, or a theme with --parent."""
    category = _apply(lambda: categories.add_category(name, parent_slug, description))
    click.echo(f"Toegevoegd: {category.name} [{category.slug}]")


@blueprint.cli.command("rename")
@click.argument("slug")
@click.argument("new_name")
def rename(slug, new_name):
    """Rename a category; its address (slug) stays the same."""
    category = _apply(lambda: categories.rename_category(slug, new_name))
    click.echo(f"Hernoemd: {category.name} [{category.slug}]")


@blueprint.cli.command("move")
@click.argument("slug")
@click.argument("position", type=int)
def move(slug, position):
    """Put a category at POSITION (1 = first) among its siblings."""
    category = _apply(lambda: categories.move_category(slug, position))
    click.echo(f"Verplaatst: {category.name} naar positie {position}")
