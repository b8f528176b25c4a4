"""Members as people: their pages, and the themes and tags they can help with (their expertise)."""
from flask import Blueprint

blueprint = Blueprint("members", __name__)

from forum.members import personal_data  # noqa: E402,F401 - registers the member data kept here
