"""Municipalities: the list of 342, their pages and their verified e-mail domains."""
from flask import Blueprint

blueprint = Blueprint("municipalities", __name__, url_prefix="/gemeenten")

from forum.municipalities import cli, views  # noqa: E402,F401 - registers routes and commands
