"""Forms for registering, logging in and passwords; labels and messages in Dutch."""
import unicodedata

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    EmailField,
    PasswordField,
    SelectField,
    StringField,
    ValidationError,
)
from wtforms.validators import DataRequired, Email, EqualTo, InputRequired, Length

from forum.accounts.passwords import is_guessable
from forum.accounts.services import PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH
from forum.widgets import LongSelect

EMAIL_MAX_LENGTH = 254
NAME_MAX_LENGTH = 100


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def clean_display_text(value):
    """A name or job title as others will read it: without invisible format characters
    (zero-width spaces, bidi overrides, BOM: Unicode category Cf), runs of spaces as one."""
    if not isinstance(value, str):
        return value
    return " ".join("".join(char for char in value if unicodedata.category(char) != "Cf").split())


def has_a_letter(form, field):
    """A name of digits and punctuation only would be a blank byline."""
    if field.data and not any(char.isalpha() for char in field.data):
        raise ValidationError(_l("Vul uw naam in."))


def name_key(name: str) -> str:
    """How names are compared: case and spacing do not tell two members apart."""
    return " ".join((name or "").split()).casefold()


SAME_NAME_IN_ORGANISATION = _l(
    "Er is al een lid van uw organisatie met deze naam. Voeg bijvoorbeeld een voorletter toe."
)


def _id_or_none(value):
    """The chosen id; None for the empty choice or anything that is not a number."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _email_field(label):
    return EmailField(label, filters=[_strip], render_kw={"autocomplete": "email"}, validators=[
        DataRequired(_l("Vul uw e-mailadres in.")),
        Length(max=EMAIL_MAX_LENGTH, message=_l("Een e-mailadres heeft hoogstens 254 tekens.")),
        Email(_l("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")),
    ])


def _not_guessable(form, field):
    """Refuse the passwords attackers try first; the form may name the person's own words."""
    personal_words = form.personal_words() if hasattr(form, "personal_words") else ()
    if field.data and is_guessable(field.data, ("kennisforum", *personal_words)):
        raise ValidationError(_l(
            "Dit wachtwoord is te makkelijk te raden: het staat op een lijst van veelgebruikte "
            "wachtwoorden, is een rij toetsen of is afgeleid van uw naam of e-mailadres. Kies een "
            "ander wachtwoord, bijvoorbeeld een zin van een paar woorden."
        ))


def _email_words(address: str | None) -> tuple[str, ...]:
    local = (address or "").partition("@")[0]
    return (local, local.replace(".", "").replace("-", "").replace("_", ""))


def _new_password_fields(label, repeat_label):
    """A new password and its repetition; autocomplete lets the browser offer a strong one."""
    password = PasswordField(label, render_kw={"autocomplete": "new-password"}, validators=[
        InputRequired(_l("Kies een wachtwoord.")),
        Length(min=PASSWORD_MIN_LENGTH, message=_l("Een wachtwoord heeft minstens 12 tekens.")),
        Length(max=PASSWORD_MAX_LENGTH, message=_l("Een wachtwoord heeft hoogstens 200 tekens.")),
        _not_guessable,
    ])
    repeat = PasswordField(repeat_label, render_kw={"autocomplete": "new-password"}, validators=[
        InputRequired(_l("Herhaal het wachtwoord.")),
        EqualTo("password", _l("De wachtwoorden komen niet overeen.")),
    ])
    return password, repeat


def _text_field(label, autocomplete, required_message, too_long_message, *validators):
    return StringField(
        label, filters=[clean_display_text], render_kw={"autocomplete": autocomplete},
        validators=[
            DataRequired(required_message), Length(max=NAME_MAX_LENGTH, message=too_long_message),
            *validators,
        ],
    )


class RegistrationForm(FlaskForm):
    municipality_id = SelectField(
        _l("Gemeente"), coerce=_id_or_none, validate_choice=False, widget=LongSelect(),
        validators=[InputRequired(_l("Kies uw gemeente."))],
    )
    name = _text_field(_l("Naam"), "name", _l("Vul uw naam in."),
                       _l("Een naam heeft hoogstens 100 tekens."), has_a_letter)
    job_title = _text_field(_l("Functie"), "organization-title", _l("Vul uw functie in."),
                            _l("Een functie heeft hoogstens 100 tekens."))
    email = _email_field(_l("Werk-e-mailadres"))
    password, password_repeat = _new_password_fields(_l("Wachtwoord"), _l("Herhaal het wachtwoord"))

    def personal_words(self) -> tuple[str, ...]:
        return (self.name.data or "", *_email_words(self.email.data))

    def set_municipalities(self, choices: list[tuple[int, str]]) -> None:
        self.municipality_id.choices = [("", _l("Kies uw gemeente")), *choices]

    def validate_municipality_id(self, field):
        if field.data not in {value for value, _label in field.choices if value != ""}:
            raise ValidationError(_l("Kies uw gemeente uit de lijst."))


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mailadres"), filters=[_strip], render_kw={"autocomplete": "username"},
                       validators=[DataRequired(_l("Vul uw e-mailadres in."))])
    password = PasswordField(_l("Wachtwoord"), render_kw={"autocomplete": "current-password"},
                             validators=[InputRequired(_l("Vul uw wachtwoord in."))])
    remember = BooleanField(_l("Onthoud mij"))


class EmailForm(FlaskForm):
    """Asking for a password reset link or a new confirmation link."""

    email = _email_field(_l("E-mailadres"))


class ResetPasswordForm(FlaskForm):
    password, password_repeat = _new_password_fields(
        _l("Nieuw wachtwoord"), _l("Herhaal het nieuwe wachtwoord")
    )

    def __init__(self, user=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def personal_words(self) -> tuple[str, ...]:
        return (self.user.name, *_email_words(self.user.email)) if self.user else ()


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(
        _l("Huidig wachtwoord"), render_kw={"autocomplete": "current-password"},
        validators=[InputRequired(_l("Vul uw huidige wachtwoord in."))],
    )
    password, password_repeat = _new_password_fields(
        _l("Nieuw wachtwoord"), _l("Herhaal het nieuwe wachtwoord")
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def personal_words(self) -> tuple[str, ...]:
        return (self.user.name, *_email_words(self.user.email))

    def validate_current_password(self, field):
        if not self.user.check_password(field.data):
            raise ValidationError(_l("Uw huidige wachtwoord klopt niet."))


class ReauthenticateForm(FlaskForm):
    password = PasswordField(_l("Wachtwoord"), render_kw={"autocomplete": "current-password"},
                             validators=[InputRequired(_l("Vul uw wachtwoord in."))])

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def validate_password(self, field):
        if not self.user.check_password(field.data):
            raise ValidationError(_l("Dit wachtwoord klopt niet."))


class ChangeEmailForm(FlaskForm):
    email = _email_field(_l("Nieuw e-mailadres"))


class TwoFactorCodeForm(FlaskForm):
    code = StringField(
        _l("Code uit uw authenticator-app"), filters=[_strip],
        description=_l("Zes cijfers. Geen toegang tot uw app? Vul dan een van uw herstelcodes in."),
        render_kw={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"},
        validators=[DataRequired(_l("Vul de code in.")),
                    Length(max=20, message=_l("Vul de code van zes cijfers in."))],
    )
