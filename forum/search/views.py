"""The search page and the similar-questions fragment for the ask form's script."""
from flask import abort, render_template, request

from forum import limits
from forum.access import readers_only
from forum.board.lookups import theme_by_id
from forum.board.models import Category
from forum.errors import UNPROCESSABLE
from forum.pagination import requested_page
from forum.routing import row_id
from forum.search import blueprint
from forum.search.forms import SearchForm
from forum.search.hybrid import begin_related_to_text, related_to_text
from forum.search.query import has_stop_words, parse
from forum.search.recognition import query_help
from forum.search.services import filters_hid_all
from forum.search.services import search as run_search
from forum.search.synonyms import current_thesaurus
from forum.search.text import MAX_QUERY_LENGTH


@blueprint.get("/zoeken")
@readers_only
@limits.search
def search():
    form = SearchForm(request.args)
    if not form.validate():
        return render_template("search/search.html", form=form, results=None, query_text=""), UNPROCESSABLE
    query_text = form.q.data or ""
    query = parse(query_text, current_thesaurus())
    results, related, filters = None, [], form.filters
    if not query.is_empty:
        # Related questions ignore the filters (a chosen theme's questions only come first):
        # beside filtered results they would contradict them, but when nothing matched they
        # still leave the member something to read.
        # Found by meaning, they cannot leave out what a -word excludes, so then none. A question
        # the results already list is not offered again.
        may_relate = requested_page() == 1 and not query.excludes
        if may_relate and not filters.any:
            begin_related_to_text(query_text)  # surely shown below the results
        results = run_search(query, filters, requested_page())
        if results.page > 1 and not results.results:
            abort(404)
        if may_relate and (not results.total or not filters.any):
            listed = {result.post.thread_id for result in results.results}
            related = related_to_text(query_text, exclude=listed, themes=filters.category_ids)
    return render_template(
        "search/search.html", form=form, results=results, query_text=query_text, related=related,
        filtered_out=results is not None and filters_hid_all(query, filters, results),
        no_words_given=not query_text and form.submitted,
        meaningless=bool(query_text) and query.is_empty, only_excludes=query.only_excludes,
        common_words_only=has_stop_words(query_text),
        **query_help(query_text, results.total if results else 0),
    )


@blueprint.get("/zoeken/vergelijkbare-vragen")
@readers_only
@limits.search
def similar():
    """An HTML fragment listing questions like ?titel=..., for the script on the ask form."""
    title = request.args.get("titel", "")[:MAX_QUERY_LENGTH]
    title = "".join(char for char in title if char.isprintable())
    theme = _chosen_theme(request.args.get("thema", ""))
    return render_template("search/_similar.html", fragment=True,
                           similar=related_to_text(title, themes=[theme.id] if theme else []))


def _chosen_theme(value: str) -> Category | None:
    """The ask form's theme as its script sends it (an id); anything else is no choice."""
    theme_id = row_id(value)
    return theme_by_id(theme_id) if theme_id else None
