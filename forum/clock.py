"""The one place that tells the time, so that every stored timestamp is naive UTC."""
from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, in UTC, without tzinfo (SQLite keeps no zones; Babel reads naive times as UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)
