"""The forum under test: a real HTTP server on 127.0.0.1, a fresh SQLite database, real forms.

It runs in a thread of the test process, so tests can read the mails it sent
(memory backend) and add the data a journey needs straight into its database.
"""
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from werkzeug.serving import WSGIRequestHandler, make_server

from forum import create_app
from forum.extensions import db
from flask_migrate import upgrade
from forum.mail import Mail, sent_mails
from tests.browser import seed


class _QuietRequestHandler(WSGIRequestHandler):
    """One line per request would drown pytest's report; errors are still logged."""

    def log_request(self, *args, **kwargs):
        pass


@dataclass
class LiveForum:
    app: object
    url: str
    data: seed.SeedData

    @contextmanager
    def database(self):
        """A session of our own, committed at the end, as a request would."""
        with self.app.app_context():
            yield db.session
            db.session.commit()

    def mails_to(self, address: str) -> list[Mail]:
        return [mail for mail in sent_mails(self.app) if mail.to == address]


@contextmanager
def serve_forum(database_folder: Path):
    """Start the forum on a free port of 127.0.0.1; stop it when the block ends."""
    app = create_app({
        "SECRET_KEY": "browser-test-secret-key",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{database_folder / 'forum.sqlite'}",
        "MAIL_BACKEND": "memory",
        "PUBLIC_READING": False,
        # CSRF stays on: the browser posts the real forms with their tokens.
        "WTF_CSRF_ENABLED": True,
        "RATELIMIT_ENABLED": False,
        "ATTACHMENT_ROOT": str(database_folder / "attachments"),
    })
    with app.app_context():
        upgrade()  # the schema as production gets it, full-text index included
        data = seed.seed_forum()
        db.session.commit()
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=_QuietRequestHandler)
    thread = threading.Thread(target=server.serve_forever, name="live-forum", daemon=True)
    thread.start()
    try:
        yield LiveForum(app=app, url=f"http://127.0.0.1:{server.server_port}", data=data)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        with app.app_context():
            db.engine.dispose()
