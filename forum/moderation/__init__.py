"""Moderation by VNG staff: approving new members."""
from flask import Blueprint

blueprint = Blueprint("moderation", __name__, url_prefix="/moderatie")

from forum.moderation import views  # noqa: E402,F401 - registers the routes
