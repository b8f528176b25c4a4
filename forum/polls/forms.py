"""The poll's fields (one answer a line: no script needed to add options), checked in one place for the
poll page and for the poll on the ask form; voting and moderating."""
import unicodedata
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms.fields.choices import SelectChoice
from wtforms import BooleanField, DateField, FormField, RadioField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError
from wtforms.utils import unset_value

from forum.clock import utcnow
from forum.polls.models import (
    MAX_DAYS_OPEN, MAX_OPTIONS, MIN_OPTIONS, OPTION_MAX_LENGTH, OTHER_MAX_LENGTH, PER_MEMBER, PER_MUNICIPALITY,
    QUESTION_MAX_LENGTH, RESULTS_AFTER_CLOSING, RESULTS_AFTER_VOTING, closing_moment,
)
from forum.polls.services import PollDraft


def without_format_characters(text: str) -> str:
    """Without invisible format characters (zero-width spaces, direction overrides): they would let
    two answers look alike, or turn the text around on the page."""
    return "".join(character for character in text if unicodedata.category(character) != "Cf")


def _strip(value):
    return without_format_characters(value).strip() if isinstance(value, str) else value


def option_lines(text: str | None) -> list[str]:
    """The answers, one a line, without empty lines and exact repeats."""
    lines = [_strip(line) for line in (text or "").splitlines()]
    return list(dict.fromkeys(line for line in lines if line))


def _validate_options(form, field):
    options = option_lines(field.data)
    if len({option.casefold() for option in options}) < len(options):
        raise ValidationError("Elk antwoord mag maar één keer voorkomen.")
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        raise ValidationError(f"Geef {MIN_OPTIONS} tot {MAX_OPTIONS} antwoorden, elk op een eigen regel.")
    if any(len(option) > OPTION_MAX_LENGTH for option in options):
        raise ValidationError(f"Een antwoord heeft hoogstens {OPTION_MAX_LENGTH} tekens.")


def _validate_closing(form, field):
    if field.data is not None and field.data <= utcnow().date():
        raise ValidationError("Kies een sluitingsdatum na vandaag.")
    if field.data is not None and field.data > utcnow().date() + timedelta(days=MAX_DAYS_OPEN):
        raise ValidationError("Kies een sluitingsdatum binnen een jaar.")


class PollForm(FlaskForm):
    """The poll page's form; its fields and their checks serve the poll on the ask form too."""
    question = StringField(
        _l("Vraag van de peiling"), filters=[_strip],
        validators=[DataRequired(_l("Vul de vraag in.")),
                    Length(max=QUESTION_MAX_LENGTH, message=_l("De vraag heeft hoogstens 200 tekens."))],
        render_kw={"maxlength": QUESTION_MAX_LENGTH},
    )
    options = TextAreaField(
        _l("Antwoorden"), validators=[_validate_options],
        description=_l("Elk antwoord op een eigen regel, 2 tot 20 antwoorden."),
        render_kw={"rows": 6},
    )
    multiple = BooleanField(_l("Meer dan één antwoord toestaan"))
    allows_other = BooleanField(_l("Ook ‘anders, namelijk …’ met een eigen antwoord"))
    voice = RadioField(
        _l("Wie stemt"), default=PER_MUNICIPALITY,
        choices=[SelectChoice(PER_MUNICIPALITY, _l("Eén stem per gemeente (een collega mag de stem wijzigen)")),
                 SelectChoice(PER_MEMBER, _l("Eén stem per lid"))],
        validate_choice=False, validators=[lambda form, field: _one_of(field, (PER_MUNICIPALITY, PER_MEMBER))],
    )
    results_visibility = RadioField(
        _l("Uitslag zichtbaar"), default=RESULTS_AFTER_VOTING,
        choices=[SelectChoice(RESULTS_AFTER_VOTING, _l("Na het stemmen")),
                 SelectChoice(RESULTS_AFTER_CLOSING, _l("Pas na de sluiting"))],
        validate_choice=False,
        validators=[lambda form, field: _one_of(field, (RESULTS_AFTER_VOTING, RESULTS_AFTER_CLOSING))],
    )
    closes_on = DateField(
        _l("Sluitingsdatum (optioneel)"), validators=[Optional(), _validate_closing],
        description=_l("Stemmen kan tot en met deze dag. Leeg: open tot een moderator haar sluit."),
    )

    def draft(self) -> PollDraft | None:
        """The poll these fields describe (once validated, never None)."""
        return poll_draft(self.data)


class _PollFieldsInAnotherForm(PollForm):
    """The poll's fields inside the ask form, which carries the CSRF token."""
    class Meta:
        csrf = False


# The fields that say a poll was meant; the checkboxes and radio buttons alone (which have
# defaults) do not.
_FILLED_IN = ("question", "options", "closes_on")


class OptionalPollField(FormField):
    """The poll on the ask form: left empty, no poll and nothing to check; otherwise checked as on
    the poll page."""
    def process(self, formdata, data=unset_value, extra_filters=None):
        super().process(formdata, data, extra_filters)
        # Needed for a poll only, not for the question: neither marked nor announced as required.
        self.form.question.flags.required = False

    def filled_in(self) -> bool:
        return any(value.strip() for name in _FILLED_IN for value in (self.form[name].raw_data or [])
                   if isinstance(value, str))

    def validate(self, form, extra_validators=()):
        return super().validate(form, extra_validators) if self.filled_in() else True


def optional_poll_field() -> OptionalPollField:
    return OptionalPollField(_PollFieldsInAnotherForm, _l("Peiling"))


def poll_draft(data: dict | None) -> PollDraft | None:
    """The poll the fields' data describe; None when neither a question nor an answer was given."""
    if not data or not (data.get("question") or option_lines(data.get("options"))):
        return None
    closes_at = closing_moment(data["closes_on"]) if data.get("closes_on") else None
    return PollDraft(
        question=data["question"], options=option_lines(data["options"]), multiple=bool(data["multiple"]),
        allows_other=bool(data["allows_other"]), voice=data["voice"],
        results_visibility=data["results_visibility"], closes_at=closes_at,
    )


def _one_of(field, allowed):
    if field.data not in allowed:
        raise ValidationError("Kies een van de mogelijkheden.")


class VoteForm(FlaskForm):
    """The chosen options are read from the request (their ids differ per poll); this carries the rest."""
    other = StringField(
        _l("Anders, namelijk"), filters=[_strip],
        validators=[Length(max=OTHER_MAX_LENGTH, message=_l("Een eigen antwoord heeft hoogstens 200 tekens."))],
        render_kw={"maxlength": OTHER_MAX_LENGTH},
    )


class PollActionForm(FlaskForm):
    """Closing or removing a poll: a button with a CSRF token and an optional reason."""
    reason = TextAreaField(_l("Reden (optioneel, komt in het logboek)"), filters=[_strip],
                           validators=[Length(max=2000, message=_l("Een reden heeft hoogstens 2000 tekens."))],
                           render_kw={"rows": 2, "maxlength": 2000})
