"""Mail tests go through the outbox and a real SMTP server on 127.0.0.1."""

import pytest

from forum.extensions import db
from tests.mail.smtp import SmtpServer


@pytest.fixture
def smtp(app):
    """The SMTP server, running, with the forum configured to queue mail in the outbox and send it there."""
    server = SmtpServer()
    server.start()
    app.config.update(
        MAIL_BACKEND="outbox", MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, MAIL_TIMEOUT=5
    )
    yield server
    server.stop()


@pytest.fixture
def deliver(app):
    """`deliver()` runs `flask mail deliver` as cron would; returns the click result."""
    runner = app.test_cli_runner()

    def run(*arguments):
        db.session.commit()
        result = runner.invoke(args=["mail", "deliver", *arguments])
        db.session.expire_all()
        return result

    return run
