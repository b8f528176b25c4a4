"""Forms for moderators: every action may carry a reason, some must."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    IntegerField,
    RadioField,
    SearchField,
    SelectField,
    TextAreaField,
    ValidationError,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from forum.moderation.models import REASON_MAX_LENGTH


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _reason_field(label, required: bool):
    validators = [Length(max=REASON_MAX_LENGTH, message=_l("Een reden heeft hoogstens 2000 tekens."))]
    if required:
        validators.insert(0, DataRequired(_l("Vul een reden in.")))
    return TextAreaField(label, filters=[_strip], validators=validators,
                         render_kw={"rows": 2, "maxlength": REASON_MAX_LENGTH})


class ReasonForm(FlaskForm):
    """An action whose reason is optional: lock, pin, restore."""

    reason = _reason_field(_l("Reden (optioneel, komt in het logboek)"), required=False)


class RequiredReasonForm(FlaskForm):
    """An action that needs a reason: removing a post, suspending, erasing."""

    reason = _reason_field(_l("Reden (komt in het logboek)"), required=True)


class RejectForm(FlaskForm):
    reason = _reason_field(_l("Reden (staat in de mail aan de aanvrager)"), required=True)


def reject_form(user_id: int, **kwargs) -> RejectForm:
    """Each applicant's form has its own field ids, as several stand on one page."""
    return RejectForm(prefix=f"afwijzen-{user_id}", **kwargs)


class MoveForm(FlaskForm):
    category = SelectField(_l("Nieuw thema"), coerce=int, validate_choice=True,
                           validators=[InputRequired(_l("Kies een thema."))])
    reason = _reason_field(_l("Reden (optioneel, komt in het logboek)"), required=False)


class MergeForm(FlaskForm):
    target = IntegerField(
        _l("Nummer van het onderwerp waarin dit onderwerp opgaat"),
        description=_l("Het nummer staat in het adres van het onderwerp: /onderwerp/123."),
        validators=[InputRequired(_l("Vul het nummer van een onderwerp in.")),
                    NumberRange(min=1, max=2**31 - 1, message=_l("Vul het nummer van een onderwerp in."))],
    )
    reason = _reason_field(_l("Reden (optioneel, komt in het logboek)"), required=False)


class MemberSearchForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search form

    q = SearchField(_l("Naam of e-mailadres"), filters=[_strip], validators=[Optional(), Length(max=254)])


FLAG_KIND_LABELS = {
    "inappropriate": _l("Ongepast of beledigend"),
    "spam": _l("Reclame of spam"),
    "personal_data": _l("Bevat persoonsgegevens die hier niet horen"),
    "other": _l("Iets anders"),
}


class FlagForm(FlaskForm):
    kind = RadioField(_l("Wat is er aan de hand?"),
                      choices=[SelectChoice(value, label) for value, label in FLAG_KIND_LABELS.items()],
                      validators=[InputRequired(_l("Kies waarom u dit bericht rapporteert."))])
    reason = _reason_field(_l("Toelichting voor de moderator"), required=False)

    def validate_reason(self, field):
        if self.kind.data == "other" and not field.data:
            raise ValidationError(_l("Vertel bij 'Iets anders' wat er aan de hand is."))
