"""`flask search`: rebuild the full-text index and the vectors, the vector worker, and the
synonyms administrators add."""
import signal
import threading
import time

import click

from forum.extensions import db
from forum.search import blueprint, vectors
from forum.search.indexing import reindex_all
from forum.search.models import SearchSynonym
from forum.search.synonyms import SynonymError, add_synonyms, remove_synonyms, shipped_lines

DEFAULT_INTERVAL = 5


def _part(value: str) -> tuple[int, int]:
    try:
        index, parts = (int(number) for number in value.split("/"))
    except ValueError as error:
        raise click.BadParameter("Gebruik de vorm i/n, bijvoorbeeld 0/2.") from error
    if not 0 <= index < parts:
        raise click.BadParameter("i moet tussen 0 en n-1 liggen.")
    return index, parts


@blueprint.cli.command("reindex")
@click.option("--queue-only", is_flag=True, help="Zet de vectoren alleen klaar voor `flask search embed`.")
def reindex(queue_only):
    """Empty the search index and index every post and thread again, with their vectors."""
    started = time.perf_counter()
    posts, threads = reindex_all()
    queued = vectors.queue_all_threads()
    db.session.commit()
    click.echo(f"Zoekindex opnieuw opgebouwd: {posts} berichten, {threads} vragen "
               f"in {time.perf_counter() - started:.1f} s.")
    if queue_only:
        click.echo(f"{queued} vragen wachten op een vector: start `flask search embed --loop`.")
        return
    done = _embed_all((0, 1))
    click.echo(f"Vectoren berekend: {done} vragen in {time.perf_counter() - started:.1f} s.")


def _embed_all(part: tuple[int, int]) -> int:
    done = 0
    while count := vectors.embed_queued(part=part):
        db.session.commit()
        done += count
    return done


@blueprint.cli.command("embed")
@click.option("--loop", is_flag=True, help="Blijf draaien en bereken nieuwe vectoren zodra er vragen wachten.")
@click.option("--interval", default=DEFAULT_INTERVAL, show_default=True,
              help="Seconden wachten als er niets wacht (met --loop).")
@click.option("--part", default="0/1", show_default=True, callback=lambda _c, _p, value: _part(value),
              help="Deel i van n: met n workers naast elkaar neemt elk de vragen met id = i mod n.")
def embed(loop, interval, part):
    """Bereken de vectoren van de vragen die wachten (eenmalig, of als worker met --loop)."""
    if not loop:
        click.echo(f"Vectoren berekend: {_embed_all(part)}; wachtend: {vectors.waiting_count()}.")
        return
    stop = threading.Event()
    for name in ("SIGTERM", "SIGINT"):
        signal.signal(getattr(signal, name), lambda *_: stop.set())
    click.echo("Vectorworker gestart; stoppen met Ctrl-C of SIGTERM.")
    while not stop.is_set():
        done = _embed_all(part)
        if done:
            click.echo(f"Vectoren berekend: {done}.")
        db.session.remove()
        stop.wait(interval)
    click.echo("Vectorworker gestopt.")


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


def _synonym_number(value: str) -> int:
    value = value.strip()  # ' 1 ' pasted from the list
    if not (value.isascii() and value.isdigit()):
        raise click.ClickException(
            f"'{value}' is geen nummer. Geef het nummer van een toegevoegde regel, zie `flask search synonyms list`."
        )
    return int(value)


# Unknown options are passed on as the number: '-1' gets the Dutch message, not Click's English one.
@synonyms.command("remove", context_settings={"ignore_unknown_options": True})
@click.argument("number")
def remove(number):
    """Remove an added group by its number (see `list`)."""
    try:
        synonym = remove_synonyms(_synonym_number(number))
    except SynonymError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Verwijderd: {synonym.line}")
