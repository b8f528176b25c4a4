"""PLACEHOLDER: replaced by the accounts work."""
from forum.moderation import blueprint


@blueprint.get("/aanmeldingen")
def pending():
    return "pending"
