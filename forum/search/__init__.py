"""Search: Dutch full-text search over threads and posts, meaning-based related questions."""
from flask import Blueprint

blueprint = Blueprint("search", __name__)

from forum.search import cli, indexing, models, related, vectors, views  # noqa: E402,F401 - routes, commands, hooks

indexing.connect_signals()
vectors.connect_signals()
