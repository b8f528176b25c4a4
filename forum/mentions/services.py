"""Which members the composer offers for a few typed letters."""
import re
from collections import Counter

from sqlalchemy import case, func, select

from forum.accounts.models import STATUS_ACTIVE, User

MIN_QUERY_LENGTH = 2
MAX_QUERY_LENGTH = 50
MAX_SUGGESTIONS = 8
_NOT_IN_A_TOKEN = re.compile(r"[\[\]\n]")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def suggestions_for(query: str):
    """Active members whose name contains `query`: names starting with it first, then by name."""
    text = _escape_like(" ".join(query.split()).lower()[:MAX_QUERY_LENGTH])
    name = func.lower(User.name)
    starts_with = case((name.like(f"{text}%", escape="\\"), 0), else_=1)
    return (
        select(User)
        .where(User.status == STATUS_ACTIVE, name.like(f"%{text}%", escape="\\"))
        .order_by(starts_with, name, User.id)
        .limit(MAX_SUGGESTIONS)
    )


def mention_token(user: User) -> str:
    """What the composer inserts: the member by id, their name for whoever reads the Markdown."""
    return f"@[{_NOT_IN_A_TOKEN.sub('', user.name).strip()}](#lid-{user.id})"


def as_suggestion(user: User, with_job_title: bool = False) -> dict:
    """What the endpoint tells about a member: name and municipality, never the address;
    the job title too where another suggestion has the same name."""
    suggestion = {
        "id": user.id,
        "name": user.name,
        "organisation": user.organisation_name,
        "token": mention_token(user),
    }
    if with_job_title and user.job_title:
        suggestion["job_title"] = user.job_title
    return suggestion


def as_suggestions(users: list[User]) -> list[dict]:
    """The suggestions in order; namesakes told apart by their job titles."""
    names = Counter(" ".join(user.name.split()).casefold() for user in users)
    return [as_suggestion(user, names[" ".join(user.name.split()).casefold()] > 1) for user in users]
