"""The checker itself finds what it must find (otherwise the hostile-input tests prove nothing)."""
import pytest

from tests.security.html_check import dangers


@pytest.mark.parametrize("html", [
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="  JaVa\tScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<p onclick="alert(1)">x</p>',
    "<svg><script>alert(1)</script></svg>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<iframe src="https://example.org"></iframe>',
])
def test_the_checker_catches(html):
    assert dangers(f"<body>{html}</body>", allow_own_page=False)


def test_the_checker_lets_plain_content_pass():
    html = '<p><a href="https://example.org" rel="nofollow">x</a> <a href="mailto:a@b.nl">m</a> <a href="/p">p</a></p>'
    assert dangers(html, allow_own_page=False) == []
