"""`flask users ...`: VNG staff accounts and roles."""
import click
from email_validator import EmailNotValidError, validate_email

from forum.accounts import services
from forum.accounts.models import ROLE_ADMIN, ROLE_MODERATOR, ROLES
from forum.extensions import db
from forum.accounts import blueprint

blueprint.cli.help = 'Accounts beheren.'


def _check_password(_context, _parameter, value: str) -> str:
    if not services.PASSWORD_MIN_LENGTH <= len(value) <= services.PASSWORD_MAX_LENGTH:
        raise click.BadParameter(
            f"een wachtwoord heeft {services.PASSWORD_MIN_LENGTH} tot "
            f"{services.PASSWORD_MAX_LENGTH} tekens."
        )
    return value


def _check_email(_context, _parameter, value: str) -> str:
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as error:
        raise click.BadParameter(f"{value!r} is geen geldig e-mailadres.") from error
    return value


def _user(email: str):
    user = services.find_user_by_email(email)
    if user is None:
        raise click.ClickException(f"Er is geen account met e-mailadres {email}.")
    return user


@blueprint.cli.command("create-staff")
@click.argument("email", callback=_check_email)
@click.argument("name")
@click.option("--role", type=click.Choice([ROLE_MODERATOR, ROLE_ADMIN]), default=ROLE_MODERATOR,
              show_default=True, help="Moderator of beheerder.")
@click.option("--job-title", default="", help="Functie, bijvoorbeeld 'moderator VNG'.")
@click.option("--password", prompt="Wachtwoord", hide_input=True,
              confirmation_prompt="Herhaal het wachtwoord", callback=_check_password,
              help="Zonder deze optie wordt erom gevraagd.")
def create_staff(email, name, role, job_title, password):
    """Maak een account voor een medewerker van de VNG (zonder gemeente)."""
    try:
        user = services.create_staff(email=email, name=name, role=role, password=password,
                                     job_title=job_title)
    except services.AccountExists as error:
        raise click.ClickException(f"Er is al een account met e-mailadres {error}.") from error
    db.session.commit()
    click.echo(f"Account aangemaakt voor {user.name} <{user.email}> met rol {role}.")


@blueprint.cli.command("set-role")
@click.argument("email")
@click.argument("role", type=click.Choice(ROLES))
def set_role(email, role):
    """Geef een account een andere rol: member, moderator of admin."""
    user = _user(email)
    services.set_role(user, role)
    db.session.commit()
    click.echo(f"{user.name} <{user.email}> heeft nu de rol {role}.")
