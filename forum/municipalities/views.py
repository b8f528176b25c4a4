"""PLACEHOLDER: replaced by the municipalities work."""
from forum.municipalities import blueprint


@blueprint.get("/")
def index():
    return "index"


@blueprint.get("/<slug>")
def show(slug):
    return slug
