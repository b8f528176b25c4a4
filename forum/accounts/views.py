"""PLACEHOLDER: replaced by the accounts work."""
from forum.accounts import blueprint


@blueprint.route("/inloggen", methods=["GET", "POST"])
def login():
    return "login"


@blueprint.post("/uitloggen")
def logout():
    return "logout"


@blueprint.route("/registreren", methods=["GET", "POST"])
def register():
    return "register"


@blueprint.get("/account")
def account():
    return "account"
