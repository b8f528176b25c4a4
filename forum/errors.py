"""Error pages in Dutch, for people and for the fetches of our own script."""
from flask import render_template, request
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from forum.extensions import db

# A form that did not validate is shown again, with its messages, under this status.
UNPROCESSABLE = 422

MESSAGES = {
    400: ("Ongeldig verzoek", "Het verzoek kon niet worden verwerkt. Controleer wat u invulde en probeer het opnieuw."),
    403: ("Geen toegang", "U heeft geen toestemming voor deze pagina of handeling."),
    404: ("Pagina niet gevonden", "Deze pagina bestaat niet (meer). Misschien is het adres verkeerd overgenomen."),
    405: ("Handeling niet toegestaan", "Deze handeling kan niet op deze manier worden uitgevoerd."),
    409: ("Conflict", "Iemand anders heeft dit intussen gewijzigd."),
    413: ("Te groot", "Wat u verstuurde is te groot."),
    429: ("Te veel verzoeken", "U heeft dit te vaak geprobeerd. Wacht even en probeer het dan opnieuw."),
    500: ("Er ging iets mis", "Er ging aan onze kant iets mis. Probeer het later opnieuw."),
    503: ("Even te druk", ("Het is op dit moment te druk om uw wijziging op te slaan. Ga terug en "
                           "verstuur het formulier over een paar seconden opnieuw.")),
}
BUSY_RETRY_AFTER_SECONDS = 5


def render_error(status: int, message: str | None = None):
    # Nothing of a refused or failed request is saved; and a transaction broken by a database error
    # must be rolled back before the page (the signed-in member's name, say) may read again.
    db.session.rollback()
    title, default_message = MESSAGES.get(status, MESSAGES[400 if status < 500 else 500])
    return render_template(
        "errors/error.html", status=status, title=title, message=message or default_message
    ), status


def init_app(app) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error):
        if not current_user.is_authenticated:
            # Mostly a session that ended while the form was open: reloading alone would lose the text.
            return render_error(
                400,
                "U bent niet meer ingelogd, daardoor is het formulier verlopen. Ga terug en kopieer uw tekst, "
                "log opnieuw in en verstuur het dan nog eens.",
            )
        return render_error(
            400,
            "Het formulier is verlopen of kwam niet van deze site. Ga terug, laad de pagina opnieuw en verstuur het nog eens.",
        )

    @app.errorhandler(OperationalError)
    def database_busy(error):
        """SQLite's write lock still taken after the busy timeout: a 503 to retry, never a 500."""
        if "database is locked" not in str(error.orig):
            raise error
        db.session.rollback()
        page, status = render_error(503)
        return page, status, {"Retry-After": str(BUSY_RETRY_AFTER_SECONDS)}

    @app.errorhandler(HTTPException)
    def http_error(error):
        if request.path.startswith("/static/"):
            return error
        if error.code == 429 and request.endpoint == "accounts.login":
            # Blocked after failed logins: the owner can unlock this browser by mail.
            return render_template("accounts/login_blocked.html"), 429
        return render_error(error.code or 500)
