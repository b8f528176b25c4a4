"""PLACEHOLDER: replaced by the municipalities work."""
from flask.cli import AppGroup

municipalities_cli = AppGroup("municipalities", help="Gemeenten beheren.")
