"""Atom feeds of new questions, per category and per tag."""
from flask import Blueprint

blueprint = Blueprint("feeds", __name__)

from forum.feeds import receivers, views  # noqa: E402,F401 - plugs into the pages, registers the routes
