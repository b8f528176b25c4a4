"""PLACEHOLDER: replaced by the accounts work."""
from flask.cli import AppGroup

users_cli = AppGroup("users", help="Accounts beheren.")
