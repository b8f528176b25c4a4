"""Search: Dutch full-text search over threads and posts, and similar questions while asking."""
from flask import Blueprint

blueprint = Blueprint("search", __name__)

from forum.search import cli, indexing, models, views  # noqa: E402,F401 - registers routes and commands

indexing.connect_signals()
