"""The 'Volgen' control on a thread, category or municipality page: current level and why."""

from dataclasses import dataclass

from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.following import services
from forum.following.levels import RANK_DOMAIN, RANK_MUNICIPALITY, RANK_TAG, RANK_THEME, Decision
from forum.following.models import NORMAL, TARGET_CATEGORY, TARGET_MUNICIPALITY, TARGET_TAG, TARGET_THREAD
from forum.following.texts import LEVEL_HINTS, LEVEL_LABELS

_ENDPOINTS = {
    TARGET_THREAD: ("following.follow_thread", "thread_id"),
    TARGET_CATEGORY: ("following.follow_category", "category_id"),
    TARGET_MUNICIPALITY: ("following.follow_municipality", "municipality_id"),
    TARGET_TAG: ("following.follow_tag", "tag_id"),
}


@dataclass(frozen=True)
class FollowControl:
    action: str
    level: str
    choices: list[tuple[str, str]]
    hint: str
    reason: str | None  # why this level applies when the member did not set it here


def follow_control(target_type: str, target) -> FollowControl | None:
    """For a logged-in member: what the form shows. One query."""
    if not current_user.is_authenticated:
        return None
    reason = None
    if target_type == TARGET_THREAD:
        decision = services.thread_decision(current_user.id, target)
        level = decision.level
        reason = _reason(decision, target)
    else:
        level = services.explicit_level(current_user.id, target_type, target.id) or NORMAL
    endpoint, parameter = _ENDPOINTS[target_type]
    return FollowControl(
        action=url_for(endpoint, **{parameter: target.id}),
        level=level,
        choices=[
            (choice, str(LEVEL_LABELS[choice])) for choice in services.LEVELS_FOR[target_type]
        ],
        hint=str(LEVEL_HINTS[level]),
        reason=reason,
    )


def _reason(decision: Decision, thread) -> str | None:
    source = decision.target
    if source is None or source.type == TARGET_THREAD:
        return None
    label = str(LEVEL_LABELS[decision.level]).lower()
    if source.rank == RANK_THEME or (source.rank == RANK_DOMAIN and thread.category.parent is None):
        return _(
            "'%(level)s' volgt uit uw keuze voor het thema %(name)s.",
            level=label,
            name=thread.category.name,
        )
    if source.rank == RANK_DOMAIN:
        return _(
            "'%(level)s' volgt uit uw keuze voor het domein %(name)s.",
            level=label,
            name=thread.category.parent.name,
        )
    if source.rank == RANK_MUNICIPALITY and thread.municipality:
        return _(
            "'%(level)s' volgt uit uw keuze voor %(name)s.",
            level=label,
            name=thread.municipality.display_name,
        )
    if source.rank == RANK_TAG:
        return _("'%(level)s' volgt uit uw keuze voor een tag van dit onderwerp.", level=label)
    return None
