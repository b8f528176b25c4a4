"""Mentioning members: name suggestions for the composer, and `flask mentions rerender`."""
from flask import Blueprint

blueprint = Blueprint("mentions", __name__, cli_group="mentions")

from forum.mentions import cli, personal_data, receivers, views  # noqa: E402,F401 - commands, member data, the editor script, routes
