"""`flask search`: rebuild the full-text index; manage the synonyms administrators add."""
import time

import click

from forum.extensions import db
from forum.search import blueprint
from forum.search.indexing import reindex_all
from forum.search.models import SearchSynonym
from forum.search.synonyms import SynonymError, add_synonyms, remove_synonyms, shipped_lines


@blueprint.cli.command("reindex")
def reindex():
    """Empty the search index and index every post and thread again."""
    started = time.perf_counter()
    posts, threads = reindex_all()
    db.session.commit()
    click.echo(f"Zoekindex opnieuw opgebouwd: {posts} berichten, {threads} vragen "
               f"in {time.perf_counter() - started:.1f} s.")


@blueprint.cli.group("synonyms")
def synonyms():
    """Synonyms and abbreviations that search also looks for."""


@synonyms.command("add")
@click.argument("line")
def add(line):
    """Add a group, e.g. "BRP = basisregistratie personen"."""
    try:
        synonym = add_synonyms(line)
    except SynonymError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Toegevoegd als nummer {synonym.id}: {synonym.line}")


@synonyms.command("list")
@click.option("--shipped", is_flag=True, help="Ook de groepen die met het forum meekomen.")
def list_synonyms(shipped):
    """The groups administrators added (with their number), and with --shipped the others."""
    added = db.session.scalars(SearchSynonym.ordered()).all()
    for synonym in added:
        click.echo(f"{synonym.id}\t{synonym.line}")
    if not added:
        click.echo("Er zijn geen synoniemen toegevoegd.")
    if shipped:
        for line in shipped_lines():
            click.echo(f"-\t{line}")


@synonyms.command("remove")
@click.argument("number", type=int)
def remove(number):
    """Remove an added group by its number (see `list`)."""
    try:
        synonym = remove_synonyms(number)
    except SynonymError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Verwijderd: {synonym.line}")
