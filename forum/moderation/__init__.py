"""Moderation by VNG staff: approving members, flags, threads, posts, suspensions, the audit log."""
from flask import Blueprint

blueprint = Blueprint("moderation", __name__, url_prefix="/moderatie")

from forum.moderation import (  # noqa: E402,F401 - registers the routes
    views,
    views_content,
    views_members,
)
from forum.moderation import personal_data  # noqa: E402,F401 - registers what moderation keeps about members
