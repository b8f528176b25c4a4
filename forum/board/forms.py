"""Forms for asking, replying and editing."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import HiddenInput

from forum.board.experience_form import ExperienceFieldsMixin
from forum.board.lookups import domains_with_themes
from forum.board.models import TITLE_MAX_LENGTH, TITLE_MIN_LENGTH
from forum.markup import MAX_MARKDOWN_LENGTH
from forum.text import without_bidi_controls

BODY_HINT = _l(
    "U kunt Markdown gebruiken: **vet**, *cursief*, - opsommingen, [tekst](https://...) voor links. "
    "Kies 'Voorbeeld bekijken' om te zien hoe het eruitziet."
)


def _body_field(label):
    return TextAreaField(
        label,
        validators=[
            DataRequired(message=_l("Vul een tekst in.")),
            Length(max=MAX_MARKDOWN_LENGTH, message=_l("De tekst is te lang: maximaal %(max)d tekens.")),
        ],
    )


def _title_field():
    return StringField(
        _l("Titel van uw vraag"),
        filters=[without_bidi_controls],
        validators=[
            DataRequired(message=_l("Geef uw vraag een titel.")),
            Length(
                min=TITLE_MIN_LENGTH, max=TITLE_MAX_LENGTH,
                message=_l("De titel moet tussen %(min)d en %(max)d tekens lang zijn."),
            ),
        ],
    )


class _PreviewableForm(FlaskForm):
    preview = SubmitField(_l("Voorbeeld bekijken"))

    @property
    def wants_preview(self) -> bool:
        return bool(self.preview.data)


def _theme_id(value) -> int | None:
    return None if value in (None, "") else int(value)


class AskForm(_PreviewableForm):
    title = _title_field()
    # No theme is chosen until the member chooses one: a preselected first theme would file
    # questions under it unnoticed, and the similar questions prefer the chosen theme.
    category = SelectField(
        _l("Thema"), coerce=_theme_id, validate_choice=True,
        validators=[DataRequired(message=_l("Kies een thema."))],
    )
    body = _body_field(_l("Uw vraag"))
    submit = SubmitField(_l("Vraag plaatsen"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.category.choices = {None: [("", _l("Kies een thema"))], **theme_choices()}


class ReplyForm(ExperienceFieldsMixin, _PreviewableForm):
    body = _body_field(_l("Uw reactie of ervaring"))
    submit = SubmitField(_l("Reactie plaatsen"))


class EditPostForm(ExperienceFieldsMixin, _PreviewableForm):
    title = _title_field()
    body = _body_field(_l("Tekst"))
    # The version the editor started from: a save based on an older one is a conflict.
    version = IntegerField(widget=HiddenInput(), validators=[Optional()])
    submit = SubmitField(_l("Wijziging opslaan"))


def theme_choices() -> dict:
    """Themes grouped under their domain, for an <optgroup> per domain."""
    choices = {}
    for domain in domains_with_themes():
        choices[domain.name] = [(theme.id, theme.name) for theme in domain.children]
    return choices

