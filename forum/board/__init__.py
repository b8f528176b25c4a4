"""The board: VNG domains and themes, questions and experience replies."""
from flask import Blueprint

from forum.board import hooks

blueprint = Blueprint("board", __name__, cli_group="categories")


@blueprint.record_once
def _set_up(state) -> None:
    hooks.init_app(state.app)


from forum.board import cli, municipality_views, personal_data, solution_views, views  # noqa: E402,F401 - registers routes and commands
