"""Privacy (AVG): members download their data and erase their account; old records expire."""
from flask import Blueprint

blueprint = Blueprint("privacy", __name__)

from forum.privacy import cli, personal_data, receivers, views  # noqa: E402,F401 - routes, receivers, commands, member data
