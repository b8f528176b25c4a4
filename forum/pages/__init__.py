"""Fixed pages: about the forum, accessibility, privacy statement, contact, and the favicon."""
from flask import Blueprint, current_app, render_template, send_from_directory

blueprint = Blueprint("pages", __name__)

# Browsers ask for /favicon.ico on every page; a day in their cache keeps that off the server.
FAVICON_MAX_AGE = 60 * 60 * 24


@blueprint.get("/over")
def about():
    return render_template("pages/about.html")


@blueprint.get("/toegankelijkheid")
def accessibility():
    return render_template("pages/accessibility.html")


@blueprint.get("/privacyverklaring")
def privacy_statement():
    return render_template("pages/privacy.html")


@blueprint.get("/contact")
def contact():
    return render_template("pages/contact.html")


@blueprint.get("/favicon.ico")
def favicon():
    return send_from_directory(
        current_app.static_folder, "img/favicon.ico", mimetype="image/vnd.microsoft.icon", max_age=FAVICON_MAX_AGE
    )
