"""Tags: free labels on threads (up to five), tag pages, and tags as a search filter."""
from flask import Blueprint

blueprint = Blueprint("tags", __name__)


@blueprint.record_once
def _set_up(state) -> None:
    from forum.tags.activity import connect_signals

    connect_signals()


from forum.tags import views  # noqa: E402,F401 - registers the routes
