"""Privacy (AVG): members download their data and erase their account; old records expire."""
from flask import Blueprint

blueprint = Blueprint("privacy", __name__)

from forum.privacy import cli, receivers, views  # noqa: E402,F401 - registers routes, receivers, commands
