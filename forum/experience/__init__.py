"""Who has experience: municipalities that contributed on a topic, and those like the member's own."""
from flask import Blueprint

blueprint = Blueprint("experience", __name__)

from forum.experience import cli, receivers, views  # noqa: E402,F401 - registers routes, receivers, commands
