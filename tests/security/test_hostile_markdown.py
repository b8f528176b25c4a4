"""Hostile Markdown and HTML, posted through the real endpoints: nothing executable survives.

Each payload goes in as a question and as a reply, is read back from the thread page (and the
preview), and the page is parsed as a browser would parse it.
"""
import pytest
from sqlalchemy import select

from forum.board.models import Post
from forum.extensions import db
from tests.factories import make_category, make_thread, make_user
from tests.security.html_check import dangers

PAYLOADS = [
    # script and event handlers
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src=x onerror=alert(1)>',
    '<IMG SRC="x" ONERROR="alert(1)">',
    '<p onmouseover="alert(1)">hover</p>',
    '<a href="https://ok.example" onclick="alert(1)">klik</a>',
    "<body onload=alert(1)>",
    '<details open ontoggle=alert(1)>',
    '<input autofocus onfocus=alert(1)>',
    '<video><source onerror="alert(1)"></video>',
    "<iframe src=javascript:alert(1)></iframe>",
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    # javascript:, data:, vbscript: links in their encodings
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik]( javascript:alert(1))",
    "[klik](java\tscript:alert(1))",
    "[klik](java&#x09;script:alert(1))",
    "[klik](&#106;avascript:alert(1))",
    "[klik](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
    "[klik](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
    "[klik](javascript&colon;alert(1))",
    "[klik](%6A%61%76%61%73%63%72%69%70%74:alert(1))",
    "[klik](\\u006Aavascript:alert(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[klik](DATA:text/html,<script>alert(1)</script>)",
    "[klik](vbscript:msgbox(1))",
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="&#x6a;avascript:alert(1)">klik</a>',
    '<a href="jav&#x0A;ascript:alert(1)">klik</a>',
    '<a href=" &#14;  javascript:alert(1)">klik</a>',
    "<javascript:alert(1)>",
    "javascript:alert(1)",
    "[klik](<javascript:alert(1)>)",
    '[klik](https://ok.example "titel" onclick="alert(1)")',
    # reference-style links and images
    "[klik][kwaad]\n\n[kwaad]: javascript:alert(1)",
    "[klik][kwaad]\n\n[kwaad]: &#106;avascript:alert(1)",
    "[klik][kwaad]\n\n[kwaad]: data:text/html;base64,PHNjcmlwdD4=",
    "![plaatje](javascript:alert(1))",
    "![plaatje](x\" onerror=\"alert(1))",
    '![x][img]\n\n[img]: x "onerror=alert(1)"',
    # mutation XSS classics
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
    '<svg><script>alert(1)</script></svg>',
    '<svg onload=alert(1)>',
    '<math><a xlink:href="javascript:alert(1)">klik</a></math>',
    '<listing>&lt;img src=x onerror=alert(1)&gt;</listing>',
    '<textarea><img src=x onerror=alert(1)></textarea>',
    '<title><img src=x onerror=alert(1)></title>',
    '<!--><img src=x onerror=alert(1)>-->',
    '<![CDATA[<img src=x onerror=alert(1)>]]>',
    '<a href="https://ok.example"><a href="javascript:alert(1)">genest</a></a>',
    # Markdown that hides HTML
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "> <script>alert(1)</script>",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "# <img src=x onerror=alert(1)>",
    "* [klik](javascript:alert(1))",
    "https://ok.example/<script>alert(1)</script>",
    "www.example.org/\"onmouseover=\"alert(1)",
]


@pytest.fixture
def member(login):
    return login(make_user())


@pytest.fixture
def theme():
    return make_category("Wonen", parent=make_category("Leefomgeving"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_nothing_executable_survives_a_reply(client, member, payload):
    thread = make_thread()
    response = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": payload})
    assert response.status_code in (302, 422), response.status_code
    stored = db.session.scalars(select(Post.body_html).where(Post.thread_id == thread.id)).all()
    for html in stored:
        assert dangers(html, allow_own_page=False) == [], html
    page = client.get(f"/onderwerp/{thread.id}")
    assert page.status_code == 200
    assert dangers(page.text) == []


@pytest.mark.parametrize("payload", PAYLOADS[::3])
def test_nothing_executable_survives_a_question(client, member, theme, payload):
    response = client.post("/vraag-stellen", data={
        "title": "Een vraag met vreemde tekens erin", "category": theme.id, "body": payload})
    assert response.status_code == 302
    page = client.get(response.headers["Location"])
    assert dangers(page.text) == []


@pytest.mark.parametrize("payload", PAYLOADS[1::3])
def test_nothing_executable_survives_the_preview_and_an_edit(client, member, payload):
    preview = client.post("/voorbeeld", data={"body": payload})
    assert dangers(preview.text, allow_own_page=False) == []
    thread = make_thread(author=member)
    question = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    client.post(f"/bericht/{question.id}/bewerken", data={"title": thread.title, "body": payload})
    assert dangers(client.get(f"/onderwerp/{thread.id}").text) == []
    assert dangers(client.get(f"/bericht/{question.id}/geschiedenis").text) == []


@pytest.mark.parametrize("title", [
    "<script>alert(1)</script> een titel", '"><img src=x onerror=alert(1)> titel', "javascript:alert(1) // titel",
])
def test_hostile_titles_are_plain_text(client, member, theme, title):
    response = client.post("/vraag-stellen", data={"title": title, "category": theme.id, "body": "Tekst"})
    thread_url = response.headers["Location"]
    for path in (thread_url, "/", f"/categorie/{theme.slug}", f"/gemeenten/{member.municipality.slug}"):
        assert dangers(client.get(path).text) == [], path


@pytest.mark.parametrize("size", ["oversized", "deep_lists", "deep_quotes", "many_brackets", "long_line"])
def test_oversized_and_deeply_nested_input_is_refused_or_rendered_safely(client, member, size):
    body = {
        "oversized": "<b>" * 30_000,
        "deep_lists": "".join("  " * depth + "* punt\n" for depth in range(400)),
        "deep_quotes": ">" * 5_000 + " diep",
        "many_brackets": "[" * 5_000 + "x",
        "long_line": "<a href=x>" * 2_000,
    }[size]
    thread = make_thread()
    response = client.post(f"/onderwerp/{thread.id}/reageren", data={"body": body})
    assert response.status_code in (302, 422)
    if response.status_code == 422:
        assert 'class="field__error"' in response.text  # a Dutch reason, and the text kept
    assert dangers(client.get(f"/onderwerp/{thread.id}").text) == []
