"""Fixtures for moderation tests: a moderator and an administrator, both with two-factor login."""
import pytest

from tests.factories import make_user


@pytest.fixture
def moderator(login):
    return login(make_user(name="M. Oderator", role="moderator", staff=True))


@pytest.fixture
def admin(login):
    return login(make_user(name="A. Dmin", role="admin", staff=True))
