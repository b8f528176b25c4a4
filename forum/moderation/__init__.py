"""Moderation by VNG staff: approving members, flags, threads, posts, suspensions, the audit log."""
from flask import Blueprint

blueprint = Blueprint("moderation", __name__, url_prefix="/moderatie")

from forum.moderation import (  # noqa: E402,F401 - routes, thread tools, member data
    personal_data,
    receivers,
    views,
    views_content,
    views_members,
    waiting,
)
