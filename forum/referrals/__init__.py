"""Unanswered questions offered to those who can help ("Kunt u helpen?"), and questions to the VNG."""
from flask import Blueprint

blueprint = Blueprint("referrals", __name__, cli_group="referrals")

from forum.referrals import cli, personal_data, receivers  # noqa: E402,F401 - commands, registry, hooks
