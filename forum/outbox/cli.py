"""`flask mail ...`: deliver the outbox once (cron) or as a worker, compose digests, inspect the queue."""

import signal
import threading

import click
from flask import current_app
from sqlalchemy import func, select, update

from forum.clock import utcnow
from forum.extensions import db
from forum.outbox import blueprint, delivery
from forum.outbox.models import FAILED, PENDING, STATUSES, OutboxMail

blueprint.cli.help = 'E-mail: de wachtrij (outbox) versturen en bekijken.'

# The worker sleeps this long when the queue is empty, and backs off up to MAX_BACKOFF
# while the SMTP server is away.
DEFAULT_INTERVAL = 10
MAX_BACKOFF = 300
# Digests are composed at most this often by the worker; they go out when each member's is due.
DIGEST_EVERY = 300


def _check_can_build_links() -> None:
    """Before any mail is claimed: without the site address no link can be built, and a mail
    half composed would crash the command (printing too: the links are part of the mail)."""
    if not current_app.config.get("SERVER_NAME"):
        raise click.ClickException(
            "Stel FORUM_SERVER_NAME in (bijvoorbeeld kennisforum.vng.nl): mails bevatten links "
            "naar het forum, en buiten een webverzoek weet de applicatie het adres anders niet."
        )


def _transport_factory(print_only: bool):
    if print_only:
        return lambda: delivery.PrintTransport(click.echo)
    return delivery.smtp_transport


def _report(report: delivery.DeliveryReport) -> None:
    click.echo(
        f"Verstuurd: {report.sent}; later opnieuw: {report.retrying}; "
        f"mislukt: {report.failed}; vervallen: {report.cancelled}."
    )
    for error in report.errors:
        click.echo(f"  {error}", err=True)


@blueprint.cli.command("deliver")
@click.option(
    "--loop", is_flag=True, help="Blijf draaien en verstuur nieuwe mails zodra ze er zijn."
)
@click.option(
    "--interval",
    default=DEFAULT_INTERVAL,
    show_default=True,
    help="Seconden wachten als de wachtrij leeg is (met --loop).",
)
@click.option(
    "--print",
    "print_only",
    is_flag=True,
    help="Toon de mails in plaats van ze te versturen (ontwikkeling).",
)
@click.option("--limit", type=int, default=None, help="Hoogstens zoveel mails per ronde.")
def deliver_command(loop, interval, print_only, limit):
    """Verstuur de mails in de wachtrij over SMTP (eenmalig, of als worker met --loop)."""
    _check_can_build_links()
    transport = _transport_factory(print_only)
    if not loop:
        try:
            _report(delivery.deliver_due(transport, limit=limit))
        except delivery.SmtpUnavailable as error:
            waiting = db.session.scalar(
                select(func.count(OutboxMail.id)).where(OutboxMail.status == PENDING)
            )
            raise click.ClickException(
                f"SMTP-server niet bereikbaar ({error}). Er gaat niets verloren: {waiting} mail(s) "
                "blijven in de wachtrij en gaan mee met de volgende ronde."
            ) from error
        return
    stop = threading.Event()
    for name in ("SIGTERM", "SIGINT"):
        signal.signal(getattr(signal, name), lambda *_: stop.set())
    click.echo(
        "Mailworker gestart; stoppen met Ctrl-C of SIGTERM (de mail die onderweg is gaat nog mee)."
    )
    run_worker(transport, interval=interval, stop=stop, limit=limit)
    click.echo("Mailworker gestopt.")


def run_worker(
    transport, *, interval: float, stop: threading.Event, limit=None, max_rounds: int | None = None
) -> None:
    """Deliver, compose due digests now and then, sleep; back off while the SMTP server is away."""
    failures = 0
    rounds = 0
    last_digest_run = None
    while not stop.is_set() and (max_rounds is None or rounds < max_rounds):
        rounds += 1
        now = utcnow()
        if last_digest_run is None or (now - last_digest_run).total_seconds() >= DIGEST_EVERY:
            queued = delivery.queue_scheduled(now)
            db.session.commit()
            last_digest_run = now
            if queued:
                click.echo(f"Overzichtsmails klaargezet: {queued}.")
        try:
            report = delivery.deliver_due(transport, limit=limit)
        except delivery.SmtpUnavailable as error:
            failures += 1
            wait = min(interval * 2**failures, MAX_BACKOFF)
            click.echo(
                f"SMTP-server niet bereikbaar ({error}); nieuwe poging over {wait:g} s.", err=True
            )
        else:
            failures = 0
            wait = interval
            if report.sent or report.failed or report.retrying:
                _report(report)
        db.session.remove()
        if max_rounds is None or rounds < max_rounds:
            stop.wait(wait)


@blueprint.cli.command("digests")
def digests_command():
    """Zet de dagelijkse en wekelijkse overzichtsmails klaar die nu aan de beurt zijn."""
    _check_can_build_links()
    queued = delivery.queue_scheduled(utcnow())
    db.session.commit()
    click.echo(f"Overzichtsmails klaargezet: {queued}. Versturen: flask --app forum mail deliver")


@blueprint.cli.command("status")
def status_command():
    """Hoeveel mails er wachten, verstuurd of mislukt zijn; de laatste mislukte met de reden."""
    counts = dict(
        db.session.execute(
            select(OutboxMail.status, func.count()).group_by(OutboxMail.status)
        ).all()
    )
    click.echo("; ".join(f"{status}: {counts.get(status, 0)}" for status in STATUSES))
    failed = db.session.scalars(
        select(OutboxMail)
        .where(OutboxMail.status == FAILED)
        .order_by(OutboxMail.id.desc())
        .limit(20)
    ).all()
    for mail in failed:
        click.echo(
            f"  mislukt #{mail.id} aan {mail.recipient} na {mail.attempts} poging(en): {mail.last_error}"
        )


@blueprint.cli.command("retry-failed")
def retry_failed_command():
    """Zet de mislukte mails terug in de wachtrij (bijvoorbeeld na een fout in de SMTP-instellingen)."""
    result = db.session.execute(
        update(OutboxMail)
        .where(OutboxMail.status == FAILED)
        .values(status=PENDING, attempts=0, next_attempt_at=utcnow(), last_error=None)
    )
    db.session.commit()
    click.echo(f"Opnieuw in de wachtrij: {result.rowcount}.")
