"""Texts the renderer gives up on count against the posting limit; previews have a limit of their own."""
from forum import limits, markup
from forum.markup import TOO_COMPLEX, MarkupRefused
from tests.factories import make_thread, make_user

POSTS_PER_MINUTE = int(limits.POSTING_PER_MEMBER.split()[0])
PREVIEWS_PER_MINUTE = int(limits.PREVIEW_PER_MEMBER.split()[0])


def _overrun(text, deadline, mentions=None):
    """A render that overruns, as "(((" * 6000 would, without spending the half second."""
    raise MarkupRefused(TOO_COMPLEX)


def test_refused_renders_count_against_the_posting_limit(client, login, limited, monkeypatch):
    thread = make_thread()
    login(make_user())
    monkeypatch.setattr(markup._renderer, "render", _overrun)
    for _ in range(POSTS_PER_MINUTE):
        refused = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "(((" * 6000})
        assert refused.status_code == 422
        assert "te ingewikkeld" in refused.text
    monkeypatch.undo()

    blocked = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Een gewone reactie."})

    assert blocked.status_code == 429
    assert "Te veel verzoeken" in blocked.text


def test_a_form_sent_back_for_an_empty_body_costs_nothing(client, login, limited):
    thread = make_thread()
    login(make_user())
    for _ in range(POSTS_PER_MINUTE + 2):
        assert client.post(f"/onderwerp/{thread.id}/reageren", data={"body": ""}).status_code == 422
    assert client.post(f"/onderwerp/{thread.id}/reageren", data={"body": "Een reactie."}).status_code == 302


def test_one_member_sending_40_previews_is_stopped_in_dutch(client, login, limited):
    login(make_user())
    statuses = [client.post("/voorbeeld", data={"body": f"Voorbeeld {number}"}).status_code
                for number in range(40)]

    assert statuses[:PREVIEWS_PER_MINUTE] == [200] * PREVIEWS_PER_MINUTE
    assert set(statuses[PREVIEWS_PER_MINUTE:]) == {429}
    blocked = client.post("/voorbeeld", data={"body": "nog een"})
    assert "Te veel verzoeken" in blocked.text
    assert int(blocked.headers["Retry-After"]) > 0


def test_the_preview_limit_is_per_member(client, login, limited):
    login(make_user())
    for number in range(PREVIEWS_PER_MINUTE):
        client.post("/voorbeeld", data={"body": f"Voorbeeld {number}"})
    login(make_user())
    assert client.post("/voorbeeld", data={"body": "Van een ander"}).status_code == 200
