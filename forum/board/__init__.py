"""The board: VNG domains and themes, questions and experience replies."""
from flask import Blueprint

blueprint = Blueprint("board", __name__)

from forum.board import views  # noqa: E402,F401 - registers the routes
from forum.board import solution_views  # noqa: E402,F401 - issue 5: solutions and helpful votes
from forum.board import personal_data  # noqa: E402,F401 - registers what the board keeps about members
