"""`flask search reindex`: rebuild the full-text index, e.g. after an upgrade or a restore."""
import time

import click

from forum.extensions import db
from forum.search import blueprint
from forum.search.indexing import reindex_all


@blueprint.cli.command("reindex")
def reindex():
    """Empty the search index and index every post and thread again."""
    started = time.perf_counter()
    posts, threads = reindex_all()
    db.session.commit()
    click.echo(f"Zoekindex opnieuw opgebouwd: {posts} berichten, {threads} vragen "
               f"in {time.perf_counter() - started:.1f} s.")
