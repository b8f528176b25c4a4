"""The ceilings, served under the same gunicorn settings as the forum:

- `/`: a bare Flask page;
- `/posts/<thread id>`: the first 20 posts of a thread from the forum's database
  (BENCH_DATABASE_URL), rendered by plain Flask and a small Jinja template. No Flask
  extensions, no session, no login: what "a bare Flask page that renders 20
  posts from SQLite" costs on this machine.
"""
import os

from flask import Flask, abort, render_template
from sqlalchemy import DateTime, create_engine, text

THREAD = text("SELECT title FROM threads WHERE id = :thread_id")
# LIMIT: PostgreSQL's estimate for a long thread's range is far too high (1,279 rows for 20),
# and without it plans a hash join over all users. DateTime: SQLite hands back text otherwise.
POSTS = text("""
    SELECT posts.id, posts.position, posts.created_at, posts.body_html,
           users.name AS author, municipalities.name AS municipality
    FROM posts
    LEFT JOIN users ON users.id = posts.author_id
    LEFT JOIN municipalities ON municipalities.id = posts.municipality_id
    WHERE posts.thread_id = :thread_id AND posts.position BETWEEN 1 AND 20
    ORDER BY posts.position
    LIMIT 20
""").columns(created_at=DateTime)


def create_app() -> Flask:
    app = Flask(__name__)
    database_url = os.environ.get("BENCH_DATABASE_URL")
    engine = create_engine(database_url) if database_url else None

    @app.get("/")
    def hello():
        return "hello"

    @app.get("/posts/<int:thread_id>")
    def posts(thread_id):
        if engine is None:
            abort(404)
        with engine.connect() as connection:
            title = connection.execute(THREAD, {"thread_id": thread_id}).scalar()
            if title is None:
                abort(404)
            rows = connection.execute(POSTS, {"thread_id": thread_id}).all()
        return render_template("hello_posts.html", title=title, posts=rows)

    return app
