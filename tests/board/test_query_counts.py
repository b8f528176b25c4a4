"""Pages run a fixed number of SQL statements, however many rows they show."""
import pytest

from tests.factories import make_category, make_thread, make_user


def statements_for(client, count_queries, path):
    with count_queries() as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("small, large", [(1, 12)])
def test_thread_page_query_count_does_not_grow_with_posts(client, login, count_queries, small, large):
    login(make_user())
    few = make_thread(replies=small)
    many = make_thread(replies=large)
    # A first request of the process also reads what is cached per process for a minute (the
    # synonyms administrators added); a thread of its own takes that, so both counts are alike.
    statements_for(client, count_queries, f"/onderwerp/{make_thread().id}")
    baseline = statements_for(client, count_queries, f"/onderwerp/{few.id}")
    assert statements_for(client, count_queries, f"/onderwerp/{many.id}") == baseline
    # user, thread with category and authors, one page of posts;
    # The thread's tags, the member's helpful votes, the municipalities that replied;
    # following: read position (read, write), the member's levels for the follow control,
    # the bell (and notifications cleared, when the bell shows any). The tags are read once.
    # Related questions, ranked on a first view: vector revision, word frequencies, matching
    # threads, the fused threads (later views: one statement, see forum/search/related.py).
    # Drafts: the member's draft for the reply form.
    # Whether the question was put to the VNG (its experts are read only when VNG staff replied).
    # The thread's poll (none here: one statement that finds none).
    # The attachments of every post on the page, in one statement.
    assert baseline <= 18


def test_category_and_home_query_counts_do_not_grow_with_threads(client, login, count_queries):
    login(make_user())
    domain = make_category("Leefomgeving")
    small, large = make_category("Wonen", parent=domain), make_category("Klimaat", parent=domain)
    make_thread(category=small, replies=1)
    for _ in range(12):
        make_thread(author=make_user(), category=large, replies=2)
    small_count = statements_for(client, count_queries, f"/categorie/{small.slug}")
    assert statements_for(client, count_queries, f"/categorie/{large.slug}") == small_count
    # user, category with themes, one page of threads, count; municipalities;
    # following: read states, level, bell
    assert small_count <= 8
    # user, categories, recent threads; following: read states, bell
    assert statements_for(client, count_queries, "/") <= 5


def test_domain_page_query_count_does_not_grow_with_its_themes_or_threads(client, login, count_queries):
    login(make_user())
    quiet = make_category("Bestuur")
    make_thread(category=make_category("Archief", parent=quiet))
    busy = make_category("Sociaal domein")
    for number in range(4):
        theme = make_category(f"Thema {number} sociaal", parent=busy)
        for _ in range(3):
            make_thread(author=make_user(), category=theme, replies=1)
    baseline = statements_for(client, count_queries, f"/categorie/{quiet.slug}")
    assert statements_for(client, count_queries, f"/categorie/{busy.slug}") == baseline
    # a filtered list is counted (one more statement), not read from the counter
    assert statements_for(client, count_queries, f"/categorie/{busy.slug}?status=open") == baseline + 1
    # user, category with themes, the page's ids (one UNION over the themes), its threads;
    # municipalities; following: read states, level, bell
    assert baseline <= 8
