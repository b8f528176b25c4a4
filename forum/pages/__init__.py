"""Fixed pages: about the forum, accessibility statement."""
from flask import Blueprint, render_template

blueprint = Blueprint("pages", __name__)


@blueprint.get("/over")
def about():
    return render_template("pages/about.html")


@blueprint.get("/toegankelijkheid")
def accessibility():
    return render_template("pages/accessibility.html")
