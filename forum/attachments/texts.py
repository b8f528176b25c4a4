"""The text inside attachments, for search: queued when a file becomes part of a post, extracted
by the worker `flask attachments extract --loop`, outside any request.

Extracting takes from milliseconds to seconds per file (forum.attachments.extraction, with its
deadline), too long for the request that posts; until the worker has read a file, its post is
found by its own words. When a file's text is in, `text_extracted` tells search to index the
post again.
"""
import signal
import threading

import click
from flask import current_app
from sqlalchemy import select, update

from forum.attachments import blueprint, extraction, signals
from forum.attachments.models import Attachment
from forum.attachments.storage import storage_for
from forum.board.models import Post
from forum.extensions import db

EXTRACT_BATCH_SIZE = 8
DEFAULT_INTERVAL = 5


def initial_status(mime_type: str) -> str:
    return extraction.PENDING if extraction.can_extract(mime_type) else extraction.NOT_APPLICABLE


def _on_attached(post, attachments, **_) -> None:
    for attachment in attachments:
        if attachment.text_status is None:
            attachment.text_status = initial_status(attachment.mime_type)
    db.session.flush()


def extract_waiting(limit: int = EXTRACT_BATCH_SIZE) -> int:
    """Extract the text of up to `limit` queued attachments, oldest first; returns how many.

    For the worker: the reading transaction ends before the child processes work, so that no
    snapshot is held while they parse (as forum.search.vectors.embed_queued does). The caller
    commits.
    """
    waiting = db.session.execute(
        select(Attachment.id, Attachment.storage_key, Attachment.mime_type)
        .where(Attachment.text_status == extraction.PENDING).order_by(Attachment.id).limit(limit)
    ).all()
    if not waiting:
        return 0
    db.session.rollback()
    storage = storage_for(current_app)
    results = {}
    for attachment_id, key, mime_type in waiting:
        try:
            with storage.open(key) as stored:
                data = stored.read(extraction.MAX_INPUT_BYTES + 1)
        except FileNotFoundError:
            results[attachment_id] = extraction.Extracted("", extraction.FAILED)
            continue
        results[attachment_id] = extraction.extract(data, mime_type)
    post_ids = set()
    for attachment_id, result in results.items():
        # Only a file still waiting: one taken off meanwhile, or queued again, is left alone.
        changed = db.session.execute(
            update(Attachment)
            .where(Attachment.id == attachment_id, Attachment.text_status == extraction.PENDING)
            .values(text=result.text or None, text_status=result.status)
            .returning(Attachment.post_id)
        ).scalar_one_or_none()
        if changed is not None:
            post_ids.add(changed)
    for post in db.session.scalars(select(Post).where(Post.id.in_(post_ids))):
        signals.text_extracted.send(post)
    return len(waiting)


def queue_all() -> int:
    """Queue every attachment with text again (after a parser upgrade); returns how many."""
    return db.session.execute(
        update(Attachment)
        .where(Attachment.mime_type.in_(extraction.EXTRACTABLE_TYPES), Attachment.post_id.is_not(None))
        .values(text_status=extraction.PENDING)
    ).rowcount


def waiting_count() -> int:
    return db.session.scalar(
        select(db.func.count()).select_from(Attachment).where(Attachment.text_status == extraction.PENDING)
    )


def connect_signals() -> None:
    signals.attached.connect(_on_attached, weak=False)


def _extract_all() -> int:
    done = 0
    while count := extract_waiting():
        db.session.commit()
        done += count
    return done


@blueprint.cli.command("extract")
@click.option("--loop", is_flag=True, help="Blijf draaien en lees nieuwe bestanden zodra ze er zijn.")
@click.option("--again", is_flag=True, help="Lees eerst alle bestanden opnieuw (na een update van de lezers).")
@click.option("--interval", default=DEFAULT_INTERVAL, show_default=True, help="Seconden tussen twee rondes.")
def extract_command(loop, again, interval):
    """Read the text inside attached documents for search (once, or as a worker with --loop)."""
    if again:
        click.echo(f"{queue_all()} bestanden opnieuw in de wachtrij.")
        db.session.commit()
    if not loop:
        click.echo(f"Tekst gelezen uit {_extract_all()} bestanden; wachtend: {waiting_count()}.")
        return
    stop = threading.Event()
    for name in ("SIGTERM", "SIGINT"):
        signal.signal(getattr(signal, name), lambda *_: stop.set())
    click.echo("Bijlagenworker gestart; stoppen met Ctrl-C of SIGTERM.")
    while not stop.is_set():
        done = _extract_all()
        if done:
            click.echo(f"Tekst gelezen uit {done} bestanden.")
        db.session.remove()
        stop.wait(interval)
    click.echo("Bijlagenworker gestopt.")
