"""An unexpected database error mid-request: the Dutch error page, with the security headers."""
from flask_login import current_user

from forum.extensions import db
from forum.municipalities.models import Municipality
from tests.factories import make_user


def test_a_database_error_in_a_view_shows_the_dutch_500_page(app, client, login):
    app.config["PROPAGATE_EXCEPTIONS"] = False  # as in production: the error handler answers
    member = make_user()
    login(member)
    taken = member.municipality

    def failing_view():
        assert current_user.is_authenticated
        db.session.add(Municipality(code=taken.code, name="Dubbel", slug=taken.slug, province="Utrecht"))
        db.session.flush()  # IntegrityError: the transaction must be rolled back before anything else

    app.view_functions["pages.about"] = failing_view
    response = client.get("/over")

    assert response.status_code == 500
    assert "Er ging iets mis" in response.text and 'lang="nl"' in response.text
    assert response.headers["X-Content-Type-Options"] == "nosniff"
