"""Markdown is rendered to an allowlist of HTML; nothing executable survives."""
import os
import signal
import threading
import time

import pytest

from forum.markup import MAX_OPENING_BRACKETS, MarkupRefused, render_markdown


def test_ordinary_markdown_renders():
    html = render_markdown("# Aanpak\n\n- **vet** en *cursief*\n- [VNG](https://vng.nl)\n\n```\ncode\n```")
    assert "<h3>Aanpak</h3>" in html  # below the page's h1 and the post's h2
    assert "<strong>vet</strong>" in html and "<em>cursief</em>" in html
    assert '<a href="https://vng.nl" rel="nofollow noopener ugc">VNG</a>' in html
    assert "<pre><code>code\n</code></pre>" in html


def test_bare_urls_become_links_with_rel():
    assert render_markdown("Zie https://www.rvo.nl voor subsidies") == (
        '<p>Zie <a href="https://www.rvo.nl" rel="nofollow noopener ugc">https://www.rvo.nl</a> voor subsidies</p>'
    )


@pytest.mark.parametrize("source, forbidden", [
    ("<script>alert(1)</script>", "<script"),
    ("<style>body{display:none}</style>", "<style"),
    ('<iframe src="https://evil.example"></iframe>', "<iframe"),
    ('<form action="https://evil.example"><input name="x"></form>', "<form"),
    ("<svg><script>alert(1)</script></svg>", "<svg"),
    ("<math><mi>x</mi></math>", "<math"),
    ('<img src=x onerror="alert(1)">', "onerror"),
    ('<p onclick="alert(1)">klik</p>', "onclick"),
    ('<p style="color:red">rood</p>', "style="),
    ("[klik](javascript:alert(1))", "javascript:"),
    ("[klik](JaVaScRiPt:alert(1))", "avascript:"),
    ("[klik](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
    ('<a href="vbscript:msgbox(1)">x</a>', "vbscript"),
    ("[klik][1]\n\n[1]: javascript:alert(1)", "javascript:"),
])
def test_dangerous_markup_is_removed(source, forbidden):
    assert forbidden.lower() not in render_markdown(source).lower()


def test_only_http_https_and_mailto_links_keep_their_href():
    html = render_markdown("[a](https://a.nl) [b](http://b.nl) [c](mailto:c@c.nl) [d](ftp://d.nl)")
    assert 'href="https://a.nl"' in html and 'href="http://b.nl"' in html and 'href="mailto:c@c.nl"' in html
    assert 'href="ftp' not in html


def test_overlong_text_is_refused_in_dutch():
    with pytest.raises(MarkupRefused, match="te lang"):
        render_markdown("a" * 20_001)


def test_too_many_brackets_are_refused_at_once():
    with pytest.raises(MarkupRefused, match="vierkante haken"):
        render_markdown("[" * (MAX_OPENING_BRACKETS + 1))


def test_a_render_that_overruns_is_stopped_and_the_next_one_works():
    with pytest.raises(MarkupRefused, match="te ingewikkeld"):
        render_markdown("(((" * 6000)
    assert render_markdown("weer *normaal*") == "<p>weer <em>normaal</em></p>"


def test_a_plain_text_is_not_refused_when_the_renderer_waits_for_a_cpu():
    """On a busy machine the child may get no CPU for longer than the deadline; the deadline
    counts the CPU time it spent on the text, so a plain text waits and is rendered."""
    from forum.markup import RENDER_DEADLINE_SECONDS, _renderer

    render_markdown("warm")  # the child runs and has imported everything
    child = _renderer._child
    os.kill(child.pid, signal.SIGSTOP)  # as if every CPU were busy with other workers
    resume = threading.Timer(RENDER_DEADLINE_SECONDS * 3, os.kill, (child.pid, signal.SIGCONT))
    started = time.monotonic()  # before the timer starts: it may fire a moment before the render returns
    resume.start()
    try:
        html = render_markdown("Een gewone reactie zonder opmaak, bericht 0001.")
    finally:
        resume.join()
    assert html == "<p>Een gewone reactie zonder opmaak, bericht 0001.</p>"
    assert time.monotonic() - started >= RENDER_DEADLINE_SECONDS * 3
    assert _renderer._child is child  # not killed as overrunning
