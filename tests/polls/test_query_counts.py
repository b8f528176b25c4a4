"""The thread page with a poll and the results page run a fixed number of statements, however many voted."""
from tests.board.test_query_counts import statements_for
from tests.factories import make_municipality, make_thread, make_user
from tests.polls.helpers import make_poll, vote


def poll_with_voters(count: int):
    poll = make_poll(make_thread(), multiple=True, allows_other=True)
    for number in range(count):
        vote(poll, make_user(make_municipality(population=5_000 * (number + 1))), "Ja", "Nee", other="Anders")
    return poll


def test_the_poll_pages_do_not_grow_with_the_votes(client, login, count_queries):
    member = make_user()
    login(member)
    few, many = poll_with_voters(1), poll_with_voters(15)
    vote(few, member, "Ja")
    vote(many, member, "Ja")
    statements_for(client, count_queries, f"/onderwerp/{make_thread().id}")  # per-process caches

    thread_page = statements_for(client, count_queries, f"/onderwerp/{few.thread_id}")
    assert statements_for(client, count_queries, f"/onderwerp/{many.thread_id}") == thread_page
    results_page = statements_for(client, count_queries, f"/peiling/{few.id}")
    assert statements_for(client, count_queries, f"/peiling/{many.id}") == results_page
    # The thread page: the board's own and its features' (tests/board/test_query_counts.py), and
    # the poll with its options, the vote of the member's municipality, the votes and the choices.
    assert thread_page <= 21
    # user, poll with thread and options, the member's vote, the votes, the choices, the bell.
    assert results_page <= 6
