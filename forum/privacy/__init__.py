"""Privacy (AVG): members download their data and erase their account; old records expire."""
from flask import Blueprint

blueprint = Blueprint("privacy", __name__)

from forum.privacy import mail_log, personal_data, views  # noqa: F401 - routes, receivers, member data
