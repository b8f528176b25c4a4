"""What a composer sends when its text is kept as a draft."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField, TextAreaField
from wtforms.validators import Length

from forum.board.models import TITLE_MAX_LENGTH
from forum.markup import MAX_MARKDOWN_LENGTH


class DraftForm(FlaskForm):
    """The composer's own fields, read under the names the board's forms give them. Nothing is
    required: a draft is unfinished by nature; only the sizes of a post hold."""

    title = StringField(validators=[Length(
        max=TITLE_MAX_LENGTH, message=_l("De titel van het concept is te lang: maximaal %(max)d tekens."))])
    category = StringField()
    body = TextAreaField(validators=[Length(
        max=MAX_MARKDOWN_LENGTH, message=_l("Het concept is te lang: maximaal %(max)d tekens."))])

    @property
    def category_id(self) -> int | None:
        value = (self.category.data or "").strip()
        return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else None

    def messages(self) -> list[str]:
        return [message for errors in self.errors.values() for message in errors]


class DiscardDraftForm(FlaskForm):
    submit = SubmitField(_l("Weggooien"))
