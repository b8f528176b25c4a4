"""Kennisforum: the forum where Dutch municipalities share knowledge."""
import os
from pathlib import Path

# One BLAS thread per process, set before numpy loads: the server runs a worker per core, and
# OpenBLAS's own threads, spinning while they wait, made one nearest-neighbour look-up among
# 164,000 vectors cost 12-57 ms of CPU instead of 9-11 (bench/README.md, "Meaning-based search").
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from flask import Flask

from forum import config as forum_config

TEMPLATE_FOLDER = forum_config.PROJECT_ROOT / "templates"
STATIC_FOLDER = forum_config.PROJECT_ROOT / "static"
MIGRATIONS_FOLDER = Path(__file__).parent / "migrations"


def create_app(config: dict | None = None) -> Flask:
    """Build the application: defaults, then instance/config.py, then FORUM_*, then `config`."""
    app = Flask(
        __name__,
        instance_path=str(forum_config.INSTANCE_PATH),
        instance_relative_config=True,
        template_folder=str(TEMPLATE_FOLDER),
        static_folder=str(STATIC_FOLDER),
    )
    app.config.from_object(forum_config.Defaults)
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_mapping(forum_config.environment_overrides())
    if config:
        app.config.from_mapping(config)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    forum_config.ensure_secret_key(app)

    from forum import routing

    routing.init_app(app)  # before the extensions: its checks of the body run before the CSRF check
    _init_extensions(app)
    _register_blueprints(app)

    from forum import cli, errors, security, templating
    from forum.accounts import sessions

    errors.init_app(app)
    security.init_app(app)
    sessions.init_app(app)
    templating.init_app(app)
    cli.init_app(app)
    if app.config["PRELOAD_VECTORS"]:
        from forum.search.neighbours import preload

        preload(app)
    return app


def _init_extensions(app: Flask) -> None:
    from forum import database  # noqa: F401 - registers the SQLite connection settings
    from forum.extensions import babel, csrf, db, limiter, login_manager, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_FOLDER), render_as_batch=True)
    csrf.init_app(app)
    babel.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)


def _register_blueprints(app: Flask) -> None:
    from forum.accounts import blueprint as accounts
    from forum.board import blueprint as board
    from forum.following import blueprint as following
    from forum.moderation import blueprint as moderation
    from forum.moderation.flagging import blueprint as flagging
    from forum.municipalities import blueprint as municipalities
    from forum.pages import blueprint as pages
    from forum.privacy import blueprint as privacy
    from forum.search import blueprint as search
    from forum.tags import blueprint as tags
    from forum.experience import blueprint as experience
    from forum.feeds import blueprint as feeds
    from forum.outbox import blueprint as outbox
    from forum.members import blueprint as members
    from forum.drafts import blueprint as drafts
    from forum.mentions import blueprint as mentions
    from forum.questions import blueprint as questions
    from forum.referrals import blueprint as referrals
    from forum.polls import blueprint as polls
    from forum.attachments import blueprint as attachments

    for blueprint in (pages, accounts, municipalities, board, moderation, flagging, privacy, search, tags,
                      experience, feeds, following, outbox, members, drafts, mentions, questions, referrals,
                      polls, attachments):
        app.register_blueprint(blueprint)
