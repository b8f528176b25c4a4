"""All questions in one list: newest, last active, unanswered or most helpful first, with filters."""
from flask import Blueprint

blueprint = Blueprint("questions", __name__)

from forum.questions import views  # noqa: E402,F401 - registers the routes
