"""The board: VNG domains and themes, questions and experience replies."""
from flask import Blueprint

blueprint = Blueprint("board", __name__)


@blueprint.record_once
def _template_globals(state) -> None:
    from forum.board import hooks

    state.app.jinja_env.globals["page_fragments"] = hooks.page_fragments


from forum.board import views  # noqa: E402,F401 - registers the routes
from forum.board import solution_views  # noqa: E402,F401 - issue 5: solutions and helpful votes
