"""User Markdown becomes sanitized HTML here, once, when a post is saved.

Rendering runs in a child process with a deadline: Python-Markdown and
bleach have inputs on which they take seconds (runs of "(" for the linkifier,
unclosed "[" for the link pattern, long setext underlines), and a web worker
must never be held hostage by one post. Cheap checks refuse the known cases
at once; the deadline catches the ones nobody has found yet.

The deadline is on the CPU time the child spent on the text, not on the clock:
on a busy machine a plain reply may wait for a CPU for longer than the deadline,
and it must not be refused for that.
"""
import atexit
import json
import os
import re
import secrets
import select
import subprocess
import sys
import threading
import xml.etree.ElementTree as etree
import time
from functools import partial

import bleach
import markdown
from bleach.linkifier import LinkifyFilter
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

MAX_MARKDOWN_LENGTH = 20_000
# The link pattern rescans the rest of the text for every "[" it cannot close.
MAX_OPENING_BRACKETS = 150
RENDER_DEADLINE_SECONDS = 0.5  # of the child's CPU time
# A child that got no answer out in this much time on the clock is stuck (or the machine is
# overloaded far beyond normal); the worker is freed then, whatever the CPU time says.
RENDER_WALL_CLOCK_CAP_SECONDS = 10.0
# How often the parent looks at the child's CPU time while it waits.
CPU_POLL_SECONDS = 0.02

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "strong", "em", "b", "i", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td",
})
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"], "th": ["align"], "td": ["align"], "ol": ["start"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener ugc"

# A mention names a member: `@[J. de Vries](#lid-123)`, as the composer inserts it; a bare
# `@[J. de Vries]` (typed by hand, or from before the composer) names one by name. Both read
# well as plain text, and neither is ever shown raw: rendering makes a link or plain "@Naam".
MENTION = re.compile(r"@\[(?P<label>[^\[\]\n]{1,120})\](?:\(#lid-(?P<member_id>[0-9]{1,9})\))?")
MENTION_CLASS = "mention"
# The class bleach lets through on a link: random per process, so that a member cannot dress
# a link of their own up as a mention by typing the HTML; replaced by MENTION_CLASS after cleaning.
_MENTION_CLASS_IN_RENDER = "mention-" + secrets.token_hex(8)

TOO_COMPLEX = "De tekst is te ingewikkeld opgebouwd om te verwerken. Vereenvoudig de opmaak."
TOO_DEEP = "De tekst is te diep genest (lijsten of citaten). Maak de opbouw eenvoudiger."


class MarkupRefused(ValueError):
    """The text cannot be published as it is; the message says why, in Dutch."""


class _DemoteHeadings(Treeprocessor):
    """Post headings sit below the page's h1 and the post's h2: '#' becomes h3."""

    def run(self, root):
        for element in root.iter():
            if re.fullmatch(r"h[1-6]", element.tag):
                element.tag = f"h{min(int(element.tag[1]) + 2, 6)}"


class _DemoteHeadingsExtension(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(_DemoteHeadings(md), "demote_headings", 0)


def mention_key(label: str, member_id: str | int | None) -> str:
    """How a mention is looked up: '#123' for a member's token, the lowercased name otherwise."""
    if member_id is not None:
        return f"#{int(member_id)}"
    return " ".join(label.split()).lower()


def mention_label(label: str) -> str:
    """'@J. de Vries': the bracketed text as it reads, without the brackets."""
    return "@" + " ".join(label.split())


class _Mentions(InlineProcessor):
    """`@[...]` becomes the link or the plain text the caller resolved (see render_markdown)."""

    def __init__(self, resolved: dict, md):
        super().__init__(MENTION.pattern, md)
        self.resolved = resolved

    def handleMatch(self, match, data):  # noqa: N802 - Python-Markdown's name
        key = mention_key(match.group("label"), match.group("member_id"))
        href, text = self.resolved.get(key) or (None, mention_label(match.group("label")))
        if href is None:
            return AtomicString(text), match.start(0), match.end(0)
        link = etree.Element("a", {"class": _MENTION_CLASS_IN_RENDER, "href": href})
        link.text = AtomicString(text)
        return link, match.start(0), match.end(0)


def _replace_by_text(parent, child) -> None:
    """`child` (a link) becomes its text, in place: no link, no empty element left behind."""
    text = "".join(child.itertext()) + (child.tail or "")
    index = list(parent).index(child)
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        parent[index - 1].tail = (parent[index - 1].tail or "") + text
    parent.remove(child)


class _MentionsInLinks(Treeprocessor):
    """A mention inside a link's text is plain text (a link in a link falls apart in the
    browser), and so is the rest of a mention token that could not be one, such as
    `@[@[A](#lid-1)](#lid-2)`: a link to "#lid-2" leads nowhere."""

    def run(self, root):
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "a" and child.get("href", "").startswith("#lid-"):
                    _replace_by_text(parent, child)
        for link in list(root.iter("a")):
            for parent in list(link.iter()):
                for child in list(parent):
                    if child.tag == "a":
                        _replace_by_text(parent, child)


class _MentionsExtension(Extension):
    def __init__(self, resolved: dict):
        super().__init__()
        self.resolved = resolved

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        # After backslash escapes and code spans (mentions in code stay code), before links.
        md.inlinePatterns.register(_Mentions(self.resolved, md), "mention", 175)
        # After the inline patterns (20) have made the links.
        md.treeprocessors.register(_MentionsInLinks(md), "mentions_in_links", 5)


def _allowed_link_attribute(tag: str, name: str, value: str) -> bool:
    if name == "class":
        return value == _MENTION_CLASS_IN_RENDER
    return name in ALLOWED_ATTRIBUTES["a"]


def _set_link_rel(attrs, new=False):
    if attrs.get((None, "class")) == _MENTION_CLASS_IN_RENDER:
        return attrs  # our own link to a member page
    attrs[(None, "rel")] = LINK_REL
    return attrs


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes={**ALLOWED_ATTRIBUTES, "a": _allowed_link_attribute},
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_set_link_rel], skip_tags={"pre", "code"})],
)


def check_markdown(text: str) -> None:
    """Refuse, at once, text that is too long or known to make the renderer slow."""
    if len(text) > MAX_MARKDOWN_LENGTH:
        raise MarkupRefused(
            f"De tekst is te lang: maximaal {MAX_MARKDOWN_LENGTH:_} tekens.".replace("_", ".")
        )
    if text.count("[") > MAX_OPENING_BRACKETS:
        raise MarkupRefused(
            f"De tekst bevat te veel vierkante haken '[': maximaal {MAX_OPENING_BRACKETS}. "
            "Verdeel de tekst over meer berichten."
        )


def render_unguarded(text: str, mentions: dict | None = None) -> str:
    """Markdown to sanitized HTML in this process; only for trusted callers and the child."""
    extensions = ["fenced_code", "tables", "sane_lists", "nl2br", _DemoteHeadingsExtension(),
                  _MentionsExtension(mentions or {})]
    try:
        html = markdown.markdown(text, extensions=extensions, output_format="html")
    except RecursionError:
        raise MarkupRefused(TOO_DEEP) from None
    cleaned = _cleaner.clean(html)
    return cleaned.replace(f'class="{_MENTION_CLASS_IN_RENDER}"', f'class="{MENTION_CLASS}"')


def render_markdown(text: str, mentions: dict | None = None) -> str:
    """Markdown to sanitized HTML within the deadline; raises MarkupRefused otherwise.

    `mentions` maps `mention_key(...)` to (href or None, text): what each `@[...]` becomes.
    A mention not in it reads as plain "@Naam". The caller resolves them (it knows the
    members; this module and its child process know no database).
    """
    check_markdown(text)
    try:
        return _renderer.render(text, RENDER_DEADLINE_SECONDS, mentions)
    except MarkupRefused:
        _note_refused_render()
        raise


RENDER_REFUSED = "markup_render_refused"


def _note_refused_render() -> None:
    """Mark the request: a text the renderer gave up on cost a worker its time, so the
    posting limit counts it (forum/limits.py). Imported here, not at the top: the child
    process that renders needs no Flask."""
    from flask import g, has_app_context

    if has_app_context():
        setattr(g, RENDER_REFUSED, True)


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user and system) of a child so far, from /proc; None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
    except OSError:
        return None
    # After the command name: state is field 3 of proc(5), utime 14 and stime 15.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _answered_in_time(child, cpu_deadline: float) -> bool:
    """Wait for the child's answer until it has used `cpu_deadline` seconds of CPU on it.

    Without /proc (not Linux) the deadline falls back to time on the clock.
    """
    started_cpu, started = _cpu_seconds(child.pid), time.monotonic()
    while True:
        answered, _, _ = select.select([child.stdout], [], [], CPU_POLL_SECONDS)
        if answered:
            return True
        waited = time.monotonic() - started
        now_cpu = _cpu_seconds(child.pid) if started_cpu is not None else None
        used = waited if now_cpu is None else now_cpu - started_cpu
        if used > cpu_deadline or waited > RENDER_WALL_CLOCK_CAP_SECONDS:
            return False


def _serve_renders(requests, replies) -> None:
    """Child process loop: one JSON [text, mentions] per line in, one JSON [ok, html or message] out."""
    replies.write("ready\n")
    replies.flush()
    for line in requests:
        try:
            text, mentions = json.loads(line)
            reply = [True, render_unguarded(text, {key: tuple(value) for key, value in mentions.items()})]
        except MarkupRefused as refusal:
            reply = [False, str(refusal)]
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


class _RendererProcess:
    """One child per web worker, and a warm spare: an overrunning child is
    killed and the spare takes over at once, so that the next post need not
    wait for a child to import Markdown and bleach.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._child = None
        self._spare = None

    def render(self, text: str, deadline: float, mentions: dict | None = None) -> str:
        with self._lock:
            if self._child is None or self._child.poll() is not None:
                self._child = self._spawn()
            if self._spare is None or self._spare.poll() is not None:
                self._spare = self._spawn()  # warms up now, to take over without delay
            child = self._child
            if not getattr(child, "ready", False):
                child.stdout.readline()  # "ready": imports must not eat the deadline
                child.ready = True
            child.stdin.write(json.dumps([text, mentions or {}]) + "\n")
            child.stdin.flush()
            if not _answered_in_time(child, deadline):
                self._replace_child()
                raise MarkupRefused(TOO_COMPLEX)
            ok, result = json.loads(child.stdout.readline())
        if not ok:
            raise MarkupRefused(result)
        return result

    def _spawn(self):
        # A plain subprocess, not multiprocessing: nothing of the web worker
        # (threads, locks, sockets) is copied, and it can be killed safely.
        # Run as a file, not as forum.markup: the child needs no Flask, so it starts fast.
        return subprocess.Popen(  # noqa: S603 - our own file, fixed arguments
            [sys.executable, "-P", __file__],  # -P: the forum folder must not shadow modules
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def _replace_child(self) -> None:
        _kill(self._child)
        spare_alive = self._spare is not None and self._spare.poll() is None
        self._child = self._spare if spare_alive else self._spawn()
        self._spare = self._spawn()

    def close(self) -> None:
        with self._lock:
            for child in (self._child, self._spare):
                if child is not None:
                    _kill(child)
            self._child = self._spare = None


def _kill(child) -> None:
    child.kill()
    child.wait()
    child.stdin.close()
    child.stdout.close()


_renderer = _RendererProcess()
atexit.register(_renderer.close)

if __name__ == "__main__":
    _serve_renders(sys.stdin, sys.stdout)
