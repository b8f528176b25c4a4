"""The member data kept here: the files a member uploaded.

On erasure the files stay with their posts, as the post's text does (the municipality's
contribution), without the uploader; uploads not yet part of a post are deleted.
"""
from sqlalchemy import delete, select, update

from forum import personal_data
from forum.attachments.models import Attachment
from forum.extensions import db
from forum.personal_data import iso


def export_uploads(user) -> list[dict]:
    rows = db.session.scalars(select(Attachment).where(Attachment.uploader_id == user.id).order_by(Attachment.id))
    return [
        {
            "id": row.id, "post_id": row.post_id, "name": row.name, "type": row.mime_type, "size": row.size,
            "uploaded_at": iso(row.created_at),
            "removed_by_moderator_at": iso(row.removed_at) if _removed_by_moderator(row) else None,
            "removed_by_uploader_at": None if _removed_by_moderator(row) else iso(row.removed_at),
        }
        for row in rows
    ]


def _removed_by_moderator(row: Attachment) -> bool:
    """A moderator's removal leaves the file under its post (moderators still see it there); one's
    own (the edit form, or a pending upload taken off) takes it off the post. removed_by_id alone
    would not do: it is emptied when the moderator's account is erased."""
    return row.removed_at is not None and row.post_id is not None


def erase_uploads(user) -> None:
    db.session.execute(delete(Attachment).where(Attachment.uploader_id == user.id, Attachment.post_id.is_(None)))
    db.session.execute(update(Attachment).where(Attachment.uploader_id == user.id).values(uploader_id=None))
    db.session.execute(update(Attachment).where(Attachment.removed_by_id == user.id).values(removed_by_id=None))


personal_data.register("attachments", tables=["attachments"], export=export_uploads, erase=erase_uploads)
