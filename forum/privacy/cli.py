"""`flask privacy retention`: forget old IP addresses, login records and sent-mail records."""
import click

from forum.extensions import db
from forum.privacy import services
from forum.privacy import blueprint

blueprint.cli.help = 'Privacy (AVG): bewaartermijnen.'


@blueprint.cli.command("retention")
def retention():
    """Verwijder IP-adressen, inloggegevens en verzonden-mailgegevens ouder dan de bewaartermijn."""
    removed = services.apply_retention()
    db.session.commit()
    click.echo(
        f"Inloggegevens verwijderd: {removed['login_records']}; IP-adressen gewist: "
        f"{removed['ip_addresses']}; verzonden-mailgegevens verwijderd: {removed['sent_mails']}."
    )
