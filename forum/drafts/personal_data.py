"""The member data kept here: their drafts, the text they have not posted (yet)."""
from sqlalchemy import delete, select

from forum import personal_data
from forum.drafts.models import Draft
from forum.extensions import db
from forum.personal_data import iso


def export_drafts(user) -> list[dict]:
    drafts = db.session.scalars(select(Draft).where(Draft.user_id == user.id).order_by(Draft.id))
    return [{"kind": draft.kind, "target_id": draft.target_id or None, "title": draft.title,
             "category_id": draft.category_id, "text": draft.body, "saved_at": iso(draft.updated_at)}
            for draft in drafts]


def erase_drafts(user) -> None:
    db.session.execute(delete(Draft).where(Draft.user_id == user.id))


personal_data.register("drafts", tables=["drafts"], export=export_drafts, erase=erase_drafts)
