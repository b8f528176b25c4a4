"""Configuration: defaults here, overridden by instance/config.py, then by FORUM_* variables."""
import os
import secrets
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_PATH = Path(os.environ.get("FORUM_INSTANCE_PATH", PROJECT_ROOT / "instance"))


class Defaults:
    SQLALCHEMY_DATABASE_URI = f"sqlite:///{INSTANCE_PATH / 'forum.sqlite'}"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    # Reading is for members; a public forum sets FORUM_PUBLIC_READING=1.
    PUBLIC_READING = False
    # With gunicorn --preload: load the thread vectors in the master, shared by all workers.
    PRELOAD_VECTORS = False
    FORUM_NAME = "Kennisforum"
    # Shown on the contact page, the privacy statement and the accessibility statement when set.
    CONTACT_EMAIL = ""
    # Who is responsible for the personal data (the AVG's "verwerkingsverantwoordelijke"), and how to
    # reach them and their data protection officer; shown on the privacy statement.
    PRIVACY_CONTROLLER = "Vereniging van Nederlandse Gemeenten (VNG)"
    PRIVACY_CONTROLLER_ADDRESS = ""
    PRIVACY_OFFICER_EMAIL = ""
    BABEL_DEFAULT_LOCALE = "nl"
    BABEL_DEFAULT_TIMEZONE = "Europe/Amsterdam"
    WTF_CSRF_TIME_LIMIT = None  # a civil servant may leave a draft open all afternoon
    WTF_I18N_ENABLED = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_DURATION = 60 * 60 * 24 * 30
    MAX_CONTENT_LENGTH = 1024 * 1024
    # Attachments (forum/attachments): per post, per file, per member per day. The forms that
    # carry files accept a request of ATTACHMENT_MAX_FILES * ATTACHMENT_MAX_BYTES plus the text.
    ATTACHMENT_MAX_FILES = 5
    ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
    ATTACHMENT_DAILY_QUOTA_BYTES = 200 * 1024 * 1024
    # Files per member per day as well: tiny files from forms refused again and again add up in rows.
    ATTACHMENT_DAILY_QUOTA_FILES = 100
    # "filesystem" (under ATTACHMENT_ROOT, default instance/attachments) or "s3".
    ATTACHMENT_STORAGE = "filesystem"
    ATTACHMENT_ROOT = None
    # clamd's socket path or host:port; without it files are not scanned for viruses.
    ATTACHMENT_CLAMD = None
    ATTACHMENT_CLAMD_TIMEOUT = 30  # seconds clamd may take for one file before the upload is refused
    # ATTACHMENT_STORAGE = "s3": the bucket; the endpoint for a service other than AWS (MinIO,
    # a Dutch cloud); credentials from these two, or else from boto3's chain (AWS_* variables,
    # an instance role). Set them in the environment (FORUM_ATTACHMENT_S3_...), never in a file.
    ATTACHMENT_S3_BUCKET = None
    ATTACHMENT_S3_ENDPOINT_URL = None
    ATTACHMENT_S3_REGION = None
    ATTACHMENT_S3_ACCESS_KEY_ID = None
    ATTACHMENT_S3_SECRET_ACCESS_KEY = None
    # "outbox" queues mails in the database for `flask mail deliver`; "console" prints them
    # (development); "memory" records them (tests).
    MAIL_BACKEND = "outbox"
    MAIL_FROM = "Kennisforum <noreply@kennisforum.vng.nl>"
    # Where `flask mail deliver` sends the outbox.
    MAIL_SERVER = "localhost"
    MAIL_PORT = 25
    MAIL_USERNAME = ""
    MAIL_PASSWORD = ""
    MAIL_USE_TLS = False  # STARTTLS, usually on port 587
    MAIL_USE_SSL = False  # TLS from the first byte, usually on port 465
    MAIL_TIMEOUT = 30
    PASSWORD_RESET_MAX_AGE = 60 * 60 * 2
    EMAIL_CONFIRM_MAX_AGE = 60 * 60 * 24 * 3
    THREADS_PER_PAGE = 25
    POSTS_PER_PAGE = 20
    # "Kunt u helpen?": a question without a reply after this many working days (Mon-Fri) is offered
    # to members who may know, each member at most this many a week, a question to this many members.
    ROUTING_UNANSWERED_AFTER_WORKING_DAYS = 2
    ROUTING_MAX_PER_MEMBER_PER_WEEK = 3
    ROUTING_MAX_MEMBERS_PER_QUESTION = 10
    ROUTING_MAX_AGE_DAYS = 14  # older unanswered questions are no longer offered

    # Trust and safety; see "Security for operators" in the README.
    # Rate limits: in memory per process by default; production sets FORUM_RATELIMIT_STORAGE_URL
    # (e.g. redis://127.0.0.1:6379/0) so that the limits hold across gunicorn workers and hosts.
    RATELIMIT_ENABLED = True
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_STRATEGY = "moving-window"
    RATELIMIT_HEADERS_ENABLED = True
    RATELIMIT_KEY_PREFIX = "kennisforum"
    # Behind N reverse proxies that set X-Forwarded-For: the client address is N hops back.
    PROXY_COUNT = 0
    SESSION_IDLE_MINUTES = 60
    SESSION_ABSOLUTE_HOURS = 12
    SESSION_REMEMBER_DAYS = 30  # "Onthoud mij": the session survives the browser, this long at most
    REAUTH_MINUTES = 10  # after entering the password again, sensitive changes are allowed this long
    SECURITY_CONTACT = ""  # for /.well-known/security.txt, e.g. mailto:security@example.nl
    SECURITY_POLICY_URL = ""
    PRIVACY_IP_RETENTION_DAYS = 30
    PRIVACY_LOGIN_RETENTION_DAYS = 180
    PRIVACY_MAIL_RETENTION_DAYS = 90


# Values that are not strings when they come from the environment.
_BOOLEAN_KEYS = {"PUBLIC_READING", "SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE", "TESTING", "DEBUG",
                 "RATELIMIT_ENABLED", "MAIL_USE_TLS", "MAIL_USE_SSL"}
_INTEGER_KEYS = {"THREADS_PER_PAGE", "POSTS_PER_PAGE", "PASSWORD_RESET_MAX_AGE", "MAX_CONTENT_LENGTH",
                 "PROXY_COUNT", "SESSION_IDLE_MINUTES", "SESSION_ABSOLUTE_HOURS", "SESSION_REMEMBER_DAYS",
                 "REAUTH_MINUTES", "PRIVACY_IP_RETENTION_DAYS", "PRIVACY_LOGIN_RETENTION_DAYS",
                 "PRIVACY_MAIL_RETENTION_DAYS", "MAIL_PORT", "MAIL_TIMEOUT",
                 "ROUTING_UNANSWERED_AFTER_WORKING_DAYS", "ROUTING_MAX_PER_MEMBER_PER_WEEK",
                 "ROUTING_MAX_MEMBERS_PER_QUESTION", "ROUTING_MAX_AGE_DAYS",
                 "ATTACHMENT_MAX_FILES", "ATTACHMENT_MAX_BYTES", "ATTACHMENT_DAILY_QUOTA_BYTES",
                 "ATTACHMENT_DAILY_QUOTA_FILES", "ATTACHMENT_CLAMD_TIMEOUT"}
# Environment names that differ from the setting they set.
_RENAMED_KEYS = {"DATABASE_URL": "SQLALCHEMY_DATABASE_URI", "RATELIMIT_STORAGE_URL": "RATELIMIT_STORAGE_URI"}


def environment_overrides(environ=os.environ) -> dict:
    """FORUM_DATABASE_URL and friends: FORUM_X sets X, FORUM_DATABASE_URL sets the database."""
    overrides = {}
    for name, value in environ.items():
        if not name.startswith("FORUM_") or name in ("FORUM_INSTANCE_PATH", "FORUM_TEST_DATABASE_URL"):
            continue
        key = name.removeprefix("FORUM_")
        key = _RENAMED_KEYS.get(key, key)
        if key in _BOOLEAN_KEYS:
            overrides[key] = value.lower() in ("1", "true", "yes", "on")
        elif key in _INTEGER_KEYS:
            overrides[key] = int(value)
        else:
            overrides[key] = value
    return overrides


def ensure_secret_key(app) -> None:
    """Use the configured key; without one, create a random key once and keep it in instance/."""
    if app.config.get("SECRET_KEY"):
        return
    key_file = Path(app.instance_path) / "secret_key"
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    app.config["SECRET_KEY"] = key_file.read_text().strip()
