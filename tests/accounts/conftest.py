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
