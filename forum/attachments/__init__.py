"""Attachments: files with questions and replies, checked by their content, stored by their hash
(forum.attachments.storage), served with the post's access rules."""
from flask import Blueprint

blueprint = Blueprint("attachments", __name__, cli_group="attachments")

from forum.attachments import personal_data, receivers, texts, views  # noqa: E402,F401 - registers all of it

texts.connect_signals()
