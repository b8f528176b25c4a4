"""Polls (peilingen): a question may carry a poll counted per municipality, with results by
province and size class."""
from flask import Blueprint

blueprint = Blueprint("polls", __name__, cli_group="polls")

from forum.polls import cli, personal_data, receivers, views  # noqa: E402,F401 - registry, hooks, routes, commands
