"""The search page: matching posts, filtered, ranked, one page at a time, with snippets."""
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, exists, func, not_, or_, select
from sqlalchemy.orm import joinedload

from forum.board.models import EXPERIENCE_FIELDS, Category, Post, Thread
from forum.board.listing import solved_condition
from forum.extensions import db
from forum.municipalities.models import Municipality
from forum.search import backend
from forum.search.attachments import attachment_snippet, attachment_texts, has_mark
from forum.search.indexing import searchable_text
from forum.search.query import SearchQuery
from forum.search.snippets import highlight, snippet
from forum.search.text import stem
from forum.tags.models import ThreadTag

RESULTS_PER_PAGE = 20
# Ranking, filtering and counting cost time per matching post: for a word in most posts,
# only its newest CANDIDATES matches are considered, and the page says "more than 2,000".
CANDIDATES = 2000


@dataclass
class SearchFilters:
    category_ids: list[int] = field(default_factory=list)  # a theme, or a domain and its themes
    tag_id: int | None = None
    municipality_id: int | None = None
    province: str = ""
    solved: str = ""  # SOLVED, UNSOLVED or "" for both
    since: date | None = None
    until: date | None = None
    with_costs: bool = False
    questions_only: bool = False

    @property
    def any(self) -> bool:
        return any(value not in (None, "", False, []) for value in vars(self).values())


@dataclass
class SearchResult:
    post: Post
    title_html: str
    snippet_html: str


@dataclass
class ResultPage:
    results: list[SearchResult]
    page: int
    has_next: bool
    total: int  # at most CANDIDATES
    per_page: int = RESULTS_PER_PAGE

    @property
    def total_is_capped(self) -> bool:
        return self.total >= CANDIDATES

    @property
    def has_prev(self) -> bool:
        return self.page > 1


def _filtered(statement, filters: SearchFilters):
    # What a moderator removed is not found (the index keeps it, for a restore).
    statement = statement.where(Post.deleted_at.is_(None), Thread.deleted_at.is_(None))
    if filters.category_ids:
        statement = statement.where(Thread.category_id.in_(filters.category_ids))
    if filters.tag_id is not None:
        statement = statement.where(exists().where(
            ThreadTag.thread_id == Thread.id, ThreadTag.tag_id == filters.tag_id
        ))
    if filters.municipality_id is not None:
        statement = statement.where(Post.municipality_id == filters.municipality_id)
    if filters.province:
        statement = statement.where(Post.municipality_id.in_(
            select(Municipality.id).where(Municipality.province == filters.province)
        ))
    statement = statement.where(*solved_condition(filters.solved))
    if filters.since:
        statement = statement.where(Post.created_at >= datetime.combine(filters.since, time.min))
    if filters.until:
        statement = statement.where(Post.created_at < datetime.combine(filters.until + timedelta(days=1), time.min))
    if filters.with_costs:
        statement = statement.where(Post.experience_costs.is_not(None))
    if filters.questions_only:
        statement = statement.where(Post.position == 1)
    return statement


def _holds(phrase: str):
    """The post's own text holds the phrase as typed (any one character between its words:
    a space or a line break). Its words are letters and digits only, never LIKE syntax."""
    pattern = "%" + "_".join(phrase.split()) + "%"
    texts = [Post.body_markdown, *(getattr(Post, f"experience_{name}") for name in EXPERIENCE_FIELDS)]
    # coalesce: a NULL field would make "does not hold" unknown, and leave the post out.
    held = [func.coalesce(text, "").ilike(pattern) for text in texts]
    return or_(*held, and_(Post.position == 1, Thread.title.ilike(pattern)))


def _phrases_as_written(statement, query: SearchQuery):
    """Phrases with stop words, which the index cannot tell apart, checked on the text itself."""
    conditions = [_holds(phrase) for phrase in query.text_required]
    conditions += [not_(_holds(phrase)) for phrase in query.text_excluded]
    return statement.where(*conditions)


def search(query: SearchQuery, filters: SearchFilters, page: int, per_page: int = RESULTS_PER_PAGE) -> ResultPage:
    """One page of results, best first: one statement whatever the number of matches.

    Ranking and filtering cost time per matching post, so only the newest CANDIDATES posts
    that match the words are filtered and ranked; for a query with fewer matches, which is
    nearly every real one, the result is exact.
    """
    if query.is_empty:
        return ResultPage([], page, False, 0, per_page)
    index = backend.post_index(db.session.connection(), query)
    candidates = (
        select(index.row_id.label("post_id"), index.score.label("score"))
        .select_from(index.table).where(index.matches)
        .order_by(index.row_id.desc()).limit(CANDIDATES)
        .subquery("candidates")
    )
    # Joined always: removed posts and threads are left out even without filters.
    matching = _phrases_as_written(_filtered(
        select(candidates.c.post_id, candidates.c.score)
        .join(Post, Post.id == candidates.c.post_id).join(Thread, Thread.id == Post.thread_id),
        filters,
    ), query)
    # Rank and cut the page first, so that only the page's rows are joined to what they show;
    # the window function counts the matches in the same pass.
    ranked = (
        matching.add_columns(func.count().over().label("total"))
        .order_by(candidates.c.score, candidates.c.post_id.desc())
        .offset((page - 1) * per_page).limit(per_page + 1)
        .subquery("ranked")
    )
    statement = (
        select(Post, ranked.c.total).join(ranked, ranked.c.post_id == Post.id)
        .options(
            joinedload(Post.thread).joinedload(Thread.category).joinedload(Category.parent),
            joinedload(Post.municipality), joinedload(Post.author),
        )
        .order_by(ranked.c.score, Post.id.desc())
    )
    rows = db.session.execute(statement).unique().all()
    has_next = len(rows) > per_page
    posts = [post for post, _ in rows[:per_page]]
    total = rows[0].total if rows else 0
    terms = query.highlight_terms
    return ResultPage(_results(posts, terms), page, has_next, total, per_page)


def words_found(folded_words: list[str]) -> set[str]:
    """The words whose stem some visible post holds (one statement): never "corrected"."""
    if not folded_words:
        return set()
    connection = db.session.connection()
    found = []
    for word in folded_words:
        index = backend.post_index(connection, SearchQuery(required=[[[[stem(word)]]]]))
        found.append(exists(
            select(index.row_id).select_from(index.table).where(index.matches)
            .join(Post, Post.id == index.row_id).join(Thread, Thread.id == Post.thread_id)
            .where(Post.deleted_at.is_(None), Thread.deleted_at.is_(None))
        ).label(f"w{len(found)}"))
    row = db.session.execute(select(*found)).one()
    return {word for word, is_found in zip(folded_words, row) if is_found}


def filters_hid_all(query: SearchQuery, filters: SearchFilters, page: ResultPage) -> bool:
    """Nothing found only because of the filters: the words alone find posts."""
    if page.total or not filters.any:
        return False
    return bool(search(query, SearchFilters(), 1, per_page=1).total)


def _results(posts: list[Post], terms: set[str]) -> list[SearchResult]:
    """Snippets from the posts' own text; from an attachment where only that holds the searched
    words (the files of those posts are read in one query)."""
    snippets = {post.id: snippet(searchable_text(post), terms) for post in posts}
    texts = attachment_texts([post_id for post_id, html in snippets.items() if not has_mark(html)])
    return [
        SearchResult(
            post=post,
            title_html=highlight(post.thread.title, terms),
            snippet_html=attachment_snippet(texts.get(post.id, []), terms) or snippets[post.id],
        )
        for post in posts
    ]
