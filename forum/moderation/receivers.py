"""Where moderation plugs into the board's pages: the thread tools under the title."""
from forum.board import hooks

hooks.page_fragment("thread", "header", "moderation/_thread_tools.html", order=20)
