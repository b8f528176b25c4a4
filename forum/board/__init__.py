"""The board: VNG domains and themes, questions and experience replies."""
from flask import Blueprint

blueprint = Blueprint("board", __name__)

# The routes (solution_views: solutions and helpful votes) and the member data the board keeps.
from forum.board import personal_data, solution_views, views  # noqa: F401
