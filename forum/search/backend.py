"""The full-text index, on SQLite (FTS5) or PostgreSQL (tsvector + GIN); the rest of the forum
does not need to know which.

Two indexes, both holding the terms of forum.search.text (folded, stemmed Dutch):
- search_posts: one row per post (rowid / post_id = posts.id): the thread title for the
  question, and the text of the post with its experience fields. Used by the search page.
- search_threads: one row per thread: title and question. Used for "similar questions".

Rows are written by forum.search.indexing, inside the transaction that changes the post.
Deleting a post or thread removes its rows: a trigger on SQLite, a cascading foreign key on
PostgreSQL. These tables are not SQLAlchemy models (FTS5 tables cannot be), so
forum/migrations and create_search_structures() make them.
"""
from dataclasses import dataclass

from sqlalchemy import Float, Integer, column, func, literal, literal_column, select, table, text
from sqlalchemy.engine import Connection

from forum.extensions import db

POST_INDEX = "search_posts"
THREAD_INDEX = "search_threads"
# FTS5 keeps shadow tables named after the index (search_posts_data, ...).
SEARCH_TABLE_PREFIXES = (POST_INDEX, THREAD_INDEX)

# bm25 / ts_rank weights: a word in the title counts more than one in the text.
SQLITE_WEIGHTS = "4.0, 1.0"

SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_posts USING fts5(title, body, tokenize='unicode61')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_threads USING fts5(title, body, tokenize='unicode61')",
    """CREATE TRIGGER IF NOT EXISTS search_posts_forget AFTER DELETE ON posts
        BEGIN DELETE FROM search_posts WHERE rowid = old.id; END""",
    """CREATE TRIGGER IF NOT EXISTS search_threads_forget AFTER DELETE ON threads
        BEGIN DELETE FROM search_threads WHERE rowid = old.id; END""",
]
POSTGRESQL_DDL = [
    """CREATE TABLE IF NOT EXISTS search_posts (
        post_id integer PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
        document tsvector NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_search_posts_document ON search_posts USING gin (document)",
    """CREATE TABLE IF NOT EXISTS search_threads (
        thread_id integer PRIMARY KEY REFERENCES threads (id) ON DELETE CASCADE,
        document tsvector NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_search_threads_document ON search_threads USING gin (document)",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_threads_forget",
    "DROP TRIGGER IF EXISTS search_posts_forget",
    "DROP TABLE IF EXISTS search_threads",
    "DROP TABLE IF EXISTS search_posts",
]
POSTGRESQL_DROP = ["DROP TABLE IF EXISTS search_threads", "DROP TABLE IF EXISTS search_posts"]


def is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def is_search_table(name: str | None) -> bool:
    """For Alembic: these tables are made by hand, not described by models."""
    return bool(name) and name.startswith(SEARCH_TABLE_PREFIXES)


def create_search_structures(connection: Connection | None = None) -> None:
    """Create the index tables if missing: for a database made by create_all (tests)."""
    if connection is None:
        with db.engine.begin() as connection:
            create_search_structures(connection)
        return
    for statement in POSTGRESQL_DDL if is_postgresql(connection) else SQLITE_DDL:
        connection.execute(text(statement))


def drop_search_structures(connection: Connection) -> None:
    for statement in POSTGRESQL_DROP if is_postgresql(connection) else SQLITE_DROP:
        connection.execute(text(statement))


# --- writing -------------------------------------------------------------------------------

def store_posts(connection: Connection, rows: list[dict]) -> None:
    """Replace the index rows of posts; each row: id, title (terms), body (terms)."""
    if not rows:
        return
    if is_postgresql(connection):
        connection.execute(text("""
            INSERT INTO search_posts (post_id, document)
            VALUES (:id, setweight(to_tsvector('simple', :title), 'A')
                         || setweight(to_tsvector('simple', :body), 'B'))
            ON CONFLICT (post_id) DO UPDATE SET document = excluded.document"""), rows)
    else:
        connection.execute(text("DELETE FROM search_posts WHERE rowid = :id"), rows)
        connection.execute(text("INSERT INTO search_posts (rowid, title, body) VALUES (:id, :title, :body)"), rows)


def store_threads(connection: Connection, rows: list[dict]) -> None:
    """Replace the index rows of threads; each row: id, title (terms), body (terms of the question)."""
    if not rows:
        return
    if is_postgresql(connection):
        connection.execute(text("""
            INSERT INTO search_threads (thread_id, document)
            VALUES (:id, setweight(to_tsvector('simple', :title), 'A')
                         || setweight(to_tsvector('simple', :body), 'B'))
            ON CONFLICT (thread_id) DO UPDATE SET document = excluded.document"""), rows)
    else:
        connection.execute(text("DELETE FROM search_threads WHERE rowid = :id"), rows)
        connection.execute(text("INSERT INTO search_threads (rowid, title, body) VALUES (:id, :title, :body)"), rows)


def clear(connection: Connection) -> None:
    # The table names are the two constants above, never input.
    for index_table in (POST_INDEX, THREAD_INDEX):
        connection.execute(text("DELETE FROM " + index_table))  # nosec B608


def forget_posts(connection: Connection, post_ids: list[int]) -> None:
    """Take posts out of the index without deleting them: for moderation hiding a post."""
    statement = (
        "DELETE FROM search_posts WHERE post_id = :id" if is_postgresql(connection)
        else "DELETE FROM search_posts WHERE rowid = :id"
    )
    connection.execute(text(statement), [{"id": i} for i in post_ids])


# --- reading -------------------------------------------------------------------------------

@dataclass
class IndexQuery:
    """The pieces of a statement over one index: FROM it, WHERE it matches, its row id and score.

    A lower score ranks higher on both databases (bm25 is negative; ts_rank is negated).
    """

    table: object
    row_id: object
    matches: object
    score: object


def _sqlite_index(name: str, fts_query: str) -> IndexQuery:
    index = table(name, column("rowid", Integer))
    return IndexQuery(
        table=index, row_id=index.c.rowid,
        matches=literal_column(name).op("MATCH")(fts_query),
        score=literal_column(f"bm25({name}, {SQLITE_WEIGHTS})", Float),
    )


def _postgresql_index(name: str, key: str, tsquery: str) -> IndexQuery:
    index = table(name, column(key, Integer), column("document"))
    return IndexQuery(
        table=index, row_id=index.c[key],
        matches=index.c.document.op("@@")(func.to_tsquery("simple", tsquery)),
        score=-func.ts_rank(index.c.document, func.to_tsquery("simple", tsquery)),
    )


def post_index(connection: Connection, query) -> IndexQuery:
    """Posts matching a parsed query (forum.search.query.SearchQuery)."""
    if is_postgresql(connection):
        return _postgresql_index(POST_INDEX, "post_id", query.postgresql())
    return _sqlite_index(POST_INDEX, query.sqlite())


def thread_index(connection: Connection, any_of_terms: list[str], every_term: bool = False) -> IndexQuery:
    """Threads (title and question) sharing any of the terms, or with `every_term` all of them."""
    terms = sorted(set(any_of_terms))
    if is_postgresql(connection):
        return _postgresql_index(THREAD_INDEX, "thread_id", (" & " if every_term else " | ").join(terms))
    return _sqlite_index(THREAD_INDEX, (" AND " if every_term else " OR ").join(f'"{term}"' for term in terms))


def thread_frequencies(connection: Connection, terms: list[str], cap: int) -> dict[str, int]:
    """In how many threads each term occurs, counted up to `cap` (one statement)."""
    counts = []
    for term in terms:
        index = thread_index(connection, [term])
        found = select(literal(1)).select_from(index.table).where(index.matches).limit(cap).subquery()
        counts.append(select(func.count()).select_from(found).scalar_subquery().label(f"t{len(counts)}"))
    row = connection.execute(select(*counts)).one()
    return dict(zip(terms, row))
