"""The searchable list of all 342 municipalities. What each one shared is a board page
(forum/board/municipality_views.py): it lists threads and replies."""
from flask import render_template, request

from forum.access import readers_only
from forum.municipalities import blueprint
from forum.municipalities.forms import MunicipalitySearchForm
from forum.municipalities.models import Municipality
from forum.pagination import paginate

MUNICIPALITIES_PER_PAGE = 50


@blueprint.get("/")
@readers_only
def index():
    form = MunicipalitySearchForm(request.args)
    page = paginate(Municipality.search(form.name_part, form.province), MUNICIPALITIES_PER_PAGE)
    return render_template("municipalities/index.html", form=form, page=page, filters=form.filters)
