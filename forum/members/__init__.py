"""Members as people: their pages, and the themes and tags they can help with (their expertise)."""
from flask import Blueprint

from forum.accounts import account_page

blueprint = Blueprint("members", __name__)

# "Mijn account" links to changing one's profile and to one's own member page.
account_page.add_section("members/_account_profile.html", order=10)

from forum.members import personal_data, views  # noqa: E402,F401 - member data kept here, routes
