"""The members-only JSON the composer's autocomplete asks (static/js/mentions.js)."""
from flask import jsonify, request
from flask_login import current_user

from forum import limits
from forum.extensions import db
from forum.mentions import blueprint
from forum.mentions.services import MIN_QUERY_LENGTH, as_suggestions, suggestions_for

MEMBERS_ONLY = "Alleen ingelogde leden kunnen leden zoeken om te noemen."


@blueprint.get("/leden/suggesties")
@limits.mention_suggestions
def suggestions():
    if not current_user.is_authenticated:
        return jsonify(error=MEMBERS_ONLY), 401
    query = request.args.get("q", "")
    if len(query.strip()) < MIN_QUERY_LENGTH:
        return jsonify(members=[])
    members = db.session.scalars(suggestions_for(query)).all()
    return jsonify(members=as_suggestions(members))
