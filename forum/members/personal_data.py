"""The member data kept here: the themes and tags a member said they can help with."""
from sqlalchemy import delete, select

from forum import personal_data
from forum.extensions import db
from forum.members.models import TagExpertise, ThemeExpertise
from forum.personal_data import iso


def export_expertise(user) -> dict:
    themes = db.session.scalars(
        select(ThemeExpertise).where(ThemeExpertise.user_id == user.id).order_by(ThemeExpertise.category_id)
    )
    tags = db.session.scalars(select(TagExpertise).where(TagExpertise.user_id == user.id).order_by(TagExpertise.tag_id))
    return {
        "themes": [{"category_id": row.category_id, "since": iso(row.created_at)} for row in themes],
        "tags": [{"tag_id": row.tag_id, "since": iso(row.created_at)} for row in tags],
    }


def erase_expertise(user) -> None:
    db.session.execute(delete(ThemeExpertise).where(ThemeExpertise.user_id == user.id))
    db.session.execute(delete(TagExpertise).where(TagExpertise.user_id == user.id))


personal_data.register("expertise", tables=["theme_expertise", "tag_expertise"],
                       export=export_expertise, erase=erase_expertise)
