"""Page numbers from the query string, and pages of a list."""
from flask import abort, request

from forum.extensions import db

PAGE_PARAMETER = "pagina"


def requested_page() -> int:
    """The ?pagina= number; anything malformed means the first page."""
    page = request.args.get(PAGE_PARAMETER, 1, type=int)
    return page if page and page > 0 else 1


def paginate(statement, per_page: int):
    """One page of `statement`; a page past the end is a 404."""
    return db.paginate(statement, page=requested_page(), per_page=per_page, error_out=True, count=True)


def page_count(total_items: int, per_page: int) -> int:
    return max(1, -(-total_items // per_page))


def checked_page(total_items: int, per_page: int) -> int:
    """For lists whose size is known without counting (a thread's posts)."""
    page = requested_page()
    if page > page_count(total_items, per_page):
        abort(404)
    return page
