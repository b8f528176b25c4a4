"""Fixtures for the privacy tests."""
import pytest


@pytest.fixture
def fresh_login_privacy():
    """Marker: the test logs in through the form, so the password was entered just now."""
    return None
