"""Fixtures for the account tests."""
import pytest
from itsdangerous import TimestampSigner


@pytest.fixture
def clock_ahead(monkeypatch):
    """`clock_ahead(seconds)`: signed links are checked as if that much later than now."""
    real = TimestampSigner.get_timestamp

    def move(seconds: int) -> None:
        monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda signer: real(signer) + seconds)

    return move


@pytest.fixture
def fresh_login(client, login):
    """Log `user` in as if the password was entered just now (sensitive pages allow it)."""
    import time

    from forum.accounts.sessions import REAUTHENTICATED

    def log_in(user):
        login(user)
        with client.session_transaction() as session:
            session[REAUTHENTICATED] = time.time()
        return user

    return log_in
