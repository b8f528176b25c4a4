"""The audit log: every moderator action writes one row, in the same transaction as the action."""
from forum.extensions import db
from forum.moderation.models import AuditEntry

LABEL_MAX_LENGTH = 200


def record(actor, action: str, target_type: str, target_id: int, label: str = "",
           reason: str = "") -> AuditEntry:
    entry = AuditEntry(actor_id=actor.id, action=action, target_type=target_type,
                       target_id=target_id, target_label=label[:LABEL_MAX_LENGTH], reason=reason)
    db.session.add(entry)
    db.session.flush()
    return entry
