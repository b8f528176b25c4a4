"""Where moderation plugs into the board's pages: the thread tools under the title, and each
post's report link and remove/restore buttons in its footer."""
from forum.board import hooks

hooks.page_fragment("thread", "header", "moderation/_thread_tools.html", order=20)
hooks.page_fragment("post", "footer", "moderation/_post_tools.html")
