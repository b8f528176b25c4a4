"""What waits for a moderator: applications to approve and reported posts, for the header menu."""
from dataclasses import dataclass

from flask import g
from flask_login import current_user
from sqlalchemy import func, select

from forum.accounts.models import STATUS_PENDING, User
from forum.extensions import db
from forum.moderation import blueprint
from forum.moderation.models import FLAG_OPEN, Flag

# Above this the menu shows "99+": counting further costs time and tells a moderator nothing new.
COUNT_CAP = 100


@dataclass(frozen=True)
class Waiting:
    applications: int
    reports: int

    @property
    def total(self) -> int:
        return self.applications + self.reports

    @staticmethod
    def shown(count: int) -> str:
        return f"{COUNT_CAP - 1}+" if count >= COUNT_CAP else str(count)

    @property
    def first_queue(self) -> str:
        """Where the menu leads: the reports, unless only applications wait."""
        return "moderation.pending" if self.applications and not self.reports else "moderation.flag_queue"


def _capped_count(statement):
    """COUNT over at most COUNT_CAP rows, so a long queue costs no more than a short one."""
    return select(func.count()).select_from(statement.limit(COUNT_CAP).subquery()).scalar_subquery()


def waiting() -> Waiting:
    """Both queues in one query, on the indexes on users.status and flags.status."""
    applications = _capped_count(select(User.id).where(User.status == STATUS_PENDING))
    reports = _capped_count(select(Flag.id).where(Flag.status == FLAG_OPEN))
    row = select(applications.label("applications"), reports.label("reports"))

    return Waiting(*db.session.execute(row).one())


def waiting_for_current_moderator() -> Waiting | None:
    """Once per request, and only for moderators: everyone else's pages pay nothing."""
    if not (current_user.is_authenticated and current_user.is_moderator):
        return None
    if "moderation_waiting" not in g:
        g.moderation_waiting = waiting()
    return g.moderation_waiting


@blueprint.app_context_processor
def _waiting_in_templates():
    return {"moderation_waiting": waiting_for_current_moderator}
