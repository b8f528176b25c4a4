"""`flask users create-staff` and `flask users set-role`."""
import pytest

from forum.accounts.models import ROLE_ADMIN, ROLE_MODERATOR, STATUS_ACTIVE
from forum.accounts.services import find_user_by_email
from tests.factories import make_user

PASSWORD = "een lange zin voor de vng"


@pytest.fixture
def flask(app):
    runner = app.test_cli_runner()
    return lambda *args, **kwargs: runner.invoke(args=["users", *args], **kwargs)


def test_create_staff_makes_an_active_account_without_municipality(flask):
    result = flask("create-staff", "Moderator@VNG.nl", "M. Oderator", "--role", "admin", "--password", PASSWORD)
    assert result.exit_code == 0, result.output
    assert "Account aangemaakt voor M. Oderator <moderator@vng.nl> met rol admin." in result.output
    user = find_user_by_email("moderator@vng.nl")
    assert (user.role, user.status, user.municipality) == (ROLE_ADMIN, STATUS_ACTIVE, None)
    assert user.check_password(PASSWORD)


def test_create_staff_asks_for_the_password_twice(flask):
    result = flask("create-staff", "moderator@vng.nl", "M. Oderator", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "Wachtwoord" in result.output and "Herhaal het wachtwoord" in result.output
    user = find_user_by_email("moderator@vng.nl")
    assert user.role == ROLE_MODERATOR
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize("args, message", [
    (["geen-adres", "M. Oderator", "--password", PASSWORD], "is geen geldig e-mailadres"),
    (["moderator@vng.nl", "M. Oderator", "--password", "kort"], "een wachtwoord heeft 12 tot 200 tekens"),
    (["moderator@vng.nl", "M. Oderator", "--role", "member", "--password", PASSWORD], "'member'"),
])
def test_create_staff_refuses_bad_input(flask, args, message):
    result = flask("create-staff", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert find_user_by_email("moderator@vng.nl") is None


def test_create_staff_refuses_a_known_address(flask):
    make_user(email="moderator@vng.nl")
    result = flask("create-staff", "moderator@vng.nl", "M. Oderator", "--password", PASSWORD)
    assert result.exit_code == 1
    assert "Er is al een account met e-mailadres moderator@vng.nl." in result.output


def test_set_role_changes_the_role(flask):
    user = make_user(email="iemand@example.nl")
    result = flask("set-role", "Iemand@example.nl", "moderator")
    assert result.exit_code == 0, result.output
    assert "heeft nu de rol moderator" in result.output
    assert find_user_by_email("iemand@example.nl").role == ROLE_MODERATOR
    assert user.is_moderator


def test_set_role_refuses_an_unknown_address_or_role(flask):
    make_user(email="iemand@example.nl")
    unknown = flask("set-role", "niemand@example.nl", "admin")
    assert unknown.exit_code == 1
    assert "Er is geen account met e-mailadres niemand@example.nl." in unknown.output
    assert flask("set-role", "iemand@example.nl", "baas").exit_code == 2
