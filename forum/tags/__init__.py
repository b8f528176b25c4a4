"""Tags: free labels on threads (up to five), tag pages, and tags as a search filter."""
from flask import Blueprint

blueprint = Blueprint("tags", __name__)

from forum.tags import receivers, views  # noqa: E402,F401 - connects the receivers, registers the routes
