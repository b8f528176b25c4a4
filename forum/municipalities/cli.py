"""`flask municipalities ...`: load the CBS list, manage verified e-mail domains."""
import click

from forum.extensions import db
from forum.municipalities import domains
from forum.municipalities.services import load_municipalities
from forum.municipalities import blueprint

blueprint.cli.help = 'Gemeenten beheren.'


def _apply(change):
    """Run a domain change and commit it, or stop with its Dutch message."""
    try:
        result = change()
    except domains.DomainError as error:
        raise click.ClickException(str(error)) from None
    db.session.commit()
    return result


@blueprint.cli.command("load")
def load():
    """Add missing municipalities from forum/data/gemeenten.csv and update the others."""
    added = load_municipalities()
    db.session.commit()
    click.echo(f"Gemeenten toegevoegd: {added}.")


@blueprint.cli.command("add-domain")
@click.argument("code_or_slug")
@click.argument("domain")
def add_domain(code_or_slug, domain):
    """Register DOMAIN (e.g. utrecht.nl) as a verified e-mail domain of a municipality."""
    verified = _apply(lambda: domains.add_domain(code_or_slug, domain))
    click.echo(f"Domein {verified.domain} geregistreerd voor {verified.municipality.display_name}.")


@blueprint.cli.command("remove-domain")
@click.argument("domain")
def remove_domain(domain):
    """Stop treating DOMAIN as verified; existing accounts stay as they are."""
    verified = _apply(lambda: domains.remove_domain(domain))
    click.echo(f"Domein {verified.domain} verwijderd.")


@blueprint.cli.command("domains")
@click.argument("code_or_slug", required=False)
def list_domains(code_or_slug):
    """List verified e-mail domains, of all municipalities or of one."""
    try:
        verified_domains = domains.list_domains(code_or_slug)
    except domains.DomainError as error:
        raise click.ClickException(str(error)) from None
    if not verified_domains:
        click.echo("Geen geverifieerde domeinen.")
    for verified in verified_domains:
        municipality = verified.municipality
        click.echo(f"{verified.domain}\t{municipality.code}\t{municipality.display_name}")
