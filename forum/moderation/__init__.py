"""Moderation by VNG staff: approving members, flags, threads, posts, suspensions, the audit log."""
from flask import Blueprint

blueprint = Blueprint("moderation", __name__, url_prefix="/moderatie")

from forum.moderation import (  # noqa: F401 - registers the routes and member data
    personal_data,
    views,
    views_content,
    views_members,
)
