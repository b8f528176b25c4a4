"""The following pages run a fixed number of statements, however much a member follows or was told."""
import pytest

from forum.following.services import set_level
from tests.factories import make_municipality, make_reply, make_thread, make_user


def statements_for(client, count_queries, path):
    with count_queries() as statements:
        response = client.get(path)
    assert response.status_code == 200
    return len(statements)


def follow_busy_threads(member, theme, count):
    for _ in range(count):
        thread = make_thread(category=theme)
        set_level(member.id, "thread", thread.id, "watching")
        set_level(member.id, "municipality", thread.municipality_id, "watching")
        make_reply(thread)  # a notification for the member, and an unread post


@pytest.mark.parametrize("path, most", [("/meldingen", 4), ("/mijn-onderwerpen", 7), ("/nieuw", 5)])
def test_following_pages_do_not_grow_with_content(client, login, theme, count_queries, path, most):
    member = login(make_user())
    set_level(member.id, "category", theme.id, "first_post")
    set_level(member.id, "municipality", make_municipality().id, "muted")
    follow_busy_threads(member, theme, 2)
    few = statements_for(client, count_queries, path)
    follow_busy_threads(member, theme, 12)
    assert statements_for(client, count_queries, path) == few
    # user, the page, its count, and: read states (lists), followed categories and
    # municipalities (Mijn onderwerpen), the bell
    assert few <= most
