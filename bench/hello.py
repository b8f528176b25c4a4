"""The ceiling: a bare Flask page, served under the same gunicorn settings as the forum."""
from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/")
    def hello():
        return "hello"

    return app
