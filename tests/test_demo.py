"""`flask demo`: an empty forum filled with realistic conversations, and a login that works."""
import re

import pyotp
import pytest
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import aliased

from forum.accounts.models import ROLE_MODERATOR, STATUS_ACTIVE, User
from forum.board.models import Category, Post, Thread
from forum.demo.content import PEOPLE, THREADS
from forum.extensions import db
from forum.municipalities.models import Municipality
from forum.polls.models import Poll
from forum.search.models import ThreadVector, ThreadVectorQueue
from tests import database_snapshots
from tests.conftest import log_in_client
from tests.factories import make_user


@pytest.fixture(scope="module")
def demo_forums(tmp_path_factory):
    """Per database, what the first `flask demo` on an empty forum printed and a snapshot of the
    forum it left: it takes seconds (the demo's questions and their vectors), and on an empty
    forum it always makes the same one but for the moment and the moderator's new key."""
    made = {}
    yield made
    for _, snapshot, engine in made.values():
        database_snapshots.discard(snapshot, engine)


@pytest.fixture
def demo(app, demo_forums, tmp_path_factory):
    """Runs `flask demo` and returns what it printed. On an empty forum the second time in this
    module, on the same database, the forum becomes a copy of what the first run left."""
    runner = app.test_cli_runner()
    dialect = db.engine.dialect.name

    def run() -> str:
        empty = database_snapshots.is_empty()
        if empty and dialect in demo_forums:
            output, snapshot, _ = demo_forums[dialect]
            database_snapshots.restore(snapshot)
            return output
        result = runner.invoke(args=["demo"])
        assert result.exit_code == 0, result.output
        if empty:
            snapshot = database_snapshots.take(tmp_path_factory.mktemp("demo"))
            demo_forums[dialect] = (result.output, snapshot, db.engine)
        db.session.remove()
        return result.output

    return run


def printed_login(output: str, kind: str) -> tuple[str, str]:
    email, password = re.search(rf"Inloggen als {kind}: (\S+) / (\S+)", output).groups()
    return email, password


def test_demo_fills_all_three_domains_with_questions_and_replies(demo):
    output = demo()

    assert f"Demo geladen: {len(THREADS)} vragen," in output
    assert db.session.scalar(select(func.count(Thread.id))) >= 30
    domain = aliased(Category)
    domains = db.session.scalars(
        select(domain.name).distinct().select_from(Thread).join(Thread.category).join(domain, Category.parent)
    ).all()
    assert sorted(domains) == ["Inclusieve samenleving", "Informatiesamenleving", "Leefomgeving"]
    replying = select(func.count(distinct(Post.municipality_id))).where(Post.position > 1)
    assert db.session.scalar(replying) >= 10
    assert db.session.scalar(select(func.count(Post.id)).where(Post.position > 1)) == sum(
        len(thread["replies"]) for thread in THREADS
    )


def test_demo_keeps_the_counters_and_dates_right(demo):
    demo()
    for municipality in db.session.scalars(select(Municipality).where(Municipality.member_count > 0)):
        members = select(func.count(User.id)).where(User.municipality_id == municipality.id,
                                                    User.status == STATUS_ACTIVE)
        asked = select(func.count(Thread.id)).where(Thread.municipality_id == municipality.id)
        assert municipality.member_count == db.session.scalar(members)
        assert municipality.thread_count == db.session.scalar(asked)
    for thread in db.session.scalars(select(Thread)):
        posts = db.session.scalars(select(Post).where(Post.thread_id == thread.id).order_by(Post.position)).all()
        assert [post.created_at for post in posts] == sorted(post.created_at for post in posts)
        assert thread.last_activity_at == posts[-1].created_at
        assert thread.reply_count == len(posts) - 1
    sporthallen = db.session.scalar(select(Thread).where(Thread.title.like("%sporthallen aanbesteed%")))
    assert sporthallen.municipality.name == "Utrecht" and sporthallen.reply_count == 3


def test_demo_accounts_are_active_with_example_addresses(demo):
    output = demo()
    member_email, password = printed_login(output, "lid")
    moderator_email, _ = printed_login(output, "moderator")
    users = db.session.scalars(select(User)).all()
    assert len(users) == len(PEOPLE) + 2
    assert all(user.status == STATUS_ACTIVE for user in users)
    assert all(user.email.endswith(".example") for user in users)
    member = db.session.scalar(select(User).where(User.email == member_email))
    assert member.municipality.display_name == "Gemeente Utrecht" and member.check_password(password)
    moderator = db.session.scalar(select(User).where(User.email == moderator_email))
    assert moderator.role == ROLE_MODERATOR and moderator.municipality is None


def test_the_printed_login_works_in_the_login_form(client, demo):
    email, password = printed_login(demo(), "lid")
    response = client.post("/inloggen", data={"email": email, "password": password})
    assert response.status_code == 302
    assert client.get("/gemeenten/utrecht").status_code == 200


def test_the_demo_moderator_logs_in_with_the_printed_key(client, demo):
    output = demo()
    email, password = printed_login(output, "moderator")
    key = re.search(r"Tweestapsverificatie van de moderator \(alleen voor de demo\): sleutel ([A-Z2-7]+)", output)
    assert re.search(rf"otpauth://totp/\S+secret={key.group(1)}", output)
    response = client.post("/inloggen", data={"email": email, "password": password})
    assert response.headers["Location"] == "/inloggen/code"
    response = client.post("/inloggen/code", data={"code": pyotp.TOTP(key.group(1)).now()})
    assert response.status_code == 302
    assert client.get("/moderatie/aanmeldingen").status_code == 200
    assert key.group(1) in demo()  # printed again, as the logins are


def test_each_demo_forum_gets_its_own_moderator_key(app, demo):
    first = db.session.scalar(select(User.totp_secret).where(User.role == ROLE_MODERATOR))
    assert first is None
    demo()
    key = db.session.scalar(select(User.totp_secret).where(User.role == ROLE_MODERATOR))
    assert key and key != "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" and len(key) >= 32


def test_running_demo_twice_adds_nothing(demo):
    demo()
    counts = [db.session.scalar(select(func.count(model.id))) for model in (User, Thread, Post)]
    members = db.session.scalar(select(func.sum(Municipality.member_count)))

    second = demo()

    assert "de demo-inhoud is niet (opnieuw) geladen" in second
    assert "Inloggen als lid:" in second
    assert [db.session.scalar(select(func.count(model.id))) for model in (User, Thread, Post)] == counts
    assert db.session.scalar(select(func.sum(Municipality.member_count))) == members


def test_demo_leaves_a_forum_with_questions_alone(app, demo):
    from tests.factories import make_thread

    make_thread()
    output = demo()
    assert "de demo-inhoud is niet (opnieuw) geladen" in output
    assert "Inloggen als" not in output  # there are no demo accounts to log in with
    assert db.session.scalar(select(func.count(Thread.id))) == 1


def test_demo_questions_have_their_meaning_vectors_at_once(demo):
    """A newcomer's forum finds questions asked in other words without starting the worker."""
    demo()
    threads = db.session.scalar(select(func.count(Thread.id)))
    assert db.session.scalar(select(func.count(ThreadVector.thread_id))) == threads == len(THREADS)
    assert db.session.scalar(select(func.count(ThreadVectorQueue.thread_id))) == 0


def test_demo_has_two_answered_polls_one_open_and_one_closed(client, demo):
    assert "2 peilingen" in demo()
    polls = db.session.scalars(select(Poll).order_by(Poll.id)).all()
    assert [poll.is_closed() for poll in polls] == [False, True]
    municipalities = len({code for _, code, _, _ in PEOPLE})
    assert [poll.vote_count for poll in polls] == [municipalities, municipalities]
    log_in_client(client, make_user(staff=True))  # VNG staff see a poll's results without voting
    page = client.get(f"/peiling/{polls[1].id}").text
    assert f"{municipalities} van de 342 gemeenten hebben geantwoord" in page
    assert "3 fte of meer" in page and "Per gemeentegrootte" in page
