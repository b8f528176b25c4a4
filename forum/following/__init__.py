"""Following: levels per thread, category, tag and municipality; notifications; unread; mail.

The board does not know this package: it announces new threads, replies, edits
and page views as signals (forum/board/signals.py), and this package listens
(forum/following/receivers.py).
"""

from flask import Blueprint

blueprint = Blueprint("following", __name__)

from forum.following import personal_data, receivers, views  # noqa: E402,F401 - member data, receivers, routes
