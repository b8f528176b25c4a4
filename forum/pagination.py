"""Page numbers from the query string, and pages of a list."""
from flask import abort, request
from flask_sqlalchemy.pagination import Pagination

from forum.extensions import db

PAGE_PARAMETER = "pagina"
MAX_PAGE = 100_000  # beyond any real list; keeps OFFSET within what databases accept


def requested_page(parameter: str = PAGE_PARAMETER) -> int:
    """The ?pagina= number; anything malformed means the first page, an absurd one a 404."""
    page = request.args.get(parameter, 1, type=int)
    if page is None or page < 1:
        return 1
    if page > MAX_PAGE:
        abort(404)
    return page


def paginate(statement, per_page: int):
    """One page of `statement`; a page past the end is a 404."""
    return db.paginate(statement, page=requested_page(), per_page=per_page, error_out=True, count=True)


class CountedPagination(Pagination):
    """A page whose items come from `items(offset, limit)` and whose total is already known
    (a denormalized counter), for lists too long to COUNT(*) on every view."""

    def _query_items(self) -> list:
        return self._query_args["items"](self._query_offset, self.per_page)

    def _query_count(self) -> int:
        return self._query_args["total"]


def page_count(total_items: int, per_page: int) -> int:
    return max(1, -(-total_items // per_page))


def checked_page(total_items: int, per_page: int) -> int:
    """For lists whose size is known without counting (a thread's posts)."""
    page = requested_page()
    if page > page_count(total_items, per_page):
        abort(404)
    return page
