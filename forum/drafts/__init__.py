"""Drafts: the composer's unfinished text kept on the server, one per member per place of writing."""
from flask import Blueprint

blueprint = Blueprint("drafts", __name__)

from forum.drafts import personal_data, receivers, views  # noqa: E402,F401 - registers data, hooks and routes
