"""The header's Moderatie item says how many applications and reports wait, in one query."""
import re

from forum.extensions import db
from forum.moderation.flags import dismiss_all, flag
from tests.factories import make_applicant, make_reply, make_thread, make_user


def moderation_item(page: str) -> str:
    header = page[page.index('<nav class="site-nav"'):page.index("</nav>")]
    return re.search(r'<a href="(/moderatie/[^"]+)">Moderatie(.*?)</a>', header, flags=re.DOTALL).groups()


def report(posts, reporters=1):
    for post in posts:
        for _ in range(reporters):
            flag(post, make_user(), "spam", "")
    db.session.commit()


def test_the_menu_counts_applications_and_open_reports(client, login):
    for _ in range(2):
        make_applicant()
    thread = make_thread()
    replies = [make_reply(thread) for _ in range(3)]
    report(replies)
    moderator = login(make_user(role="moderator", staff=True))
    dismiss_all(replies[0], moderator)  # handled: no longer waits
    db.session.commit()
    page = client.get("/over").text
    link, count = moderation_item(page)
    assert link == "/moderatie/meldingen"
    assert count.strip() == '<span class="bell__count">4<span class="visually-hidden"> wachtend</span></span>'
    queue = client.get("/moderatie/aanmeldingen").text
    assert 'Aanmeldingen (2<span class="visually-hidden"> wachtend</span>)' in queue
    assert 'Gerapporteerde berichten (2<span class="visually-hidden"> wachtend</span>)' in queue


def test_with_nothing_waiting_the_menu_shows_no_number(client, login):
    login(make_user(role="moderator", staff=True))
    link, count = moderation_item(client.get("/over").text)
    assert count == "" and link == "/moderatie/meldingen"


def test_when_only_applications_wait_the_menu_leads_to_them(client, login):
    make_applicant()
    login(make_user(role="moderator", staff=True))
    link, count = moderation_item(client.get("/over").text)
    assert link == "/moderatie/aanmeldingen" and ">1<" in count


def test_members_see_no_moderation_menu_and_pay_no_query_for_it(client, login, count_queries):
    make_applicant()
    login(make_user())
    with count_queries() as queries:
        page = client.get("/over").text
    header = page[page.index('<nav class="site-nav"'):page.index("</nav>")]
    assert "wachtend" not in header and ">Moderatie" not in header
    assert not any("flags" in statement for statement in queries)


def test_the_count_costs_one_query_however_long_the_queues(client, login, count_queries):
    moderator = make_user(role="moderator", staff=True)
    login(moderator)
    with count_queries() as empty:
        client.get("/over")
    for _ in range(60):
        make_applicant()
    thread = make_thread()
    report([make_reply(thread) for _ in range(45)])
    with count_queries() as full:
        page = client.get("/over").text
    assert len(full) == len(empty)
    assert [statement for statement in full if "flags" in statement and "users" in statement]
    assert '<span class="bell__count">99+<span class="visually-hidden"> wachtend</span></span>' in page
