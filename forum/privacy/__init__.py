"""Privacy (AVG): members download their data and erase their account; old records expire."""
from flask import Blueprint

blueprint = Blueprint("privacy", __name__)

from forum.privacy import mail_log, views  # noqa: E402,F401 - registers routes and receivers
from forum.privacy import personal_data  # noqa: E402,F401 - registers the record of sent mails
