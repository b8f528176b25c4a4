import pytest

from tests.factories import make_category


@pytest.fixture
def domain(app):
    return make_category("Leefomgeving")


@pytest.fixture
def theme(domain):
    return make_category("Wonen", parent=domain)


@pytest.fixture
def other_theme(domain):
    return make_category("Klimaat", parent=domain)
