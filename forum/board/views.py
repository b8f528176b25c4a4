"""PLACEHOLDER: being written."""
from forum.board import blueprint


@blueprint.get("/")
def index():
    return "index"


@blueprint.get("/vraag-stellen")
def ask():
    return "ask"
