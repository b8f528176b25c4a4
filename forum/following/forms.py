"""Forms for levels, mail choices and the buttons that mark notifications read."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, SubmitField
from wtforms.fields.choices import SelectChoice

from forum.following.models import MAIL_FREQUENCIES
from forum.following.services import LEVELS_FOR
from forum.following.texts import FREQUENCY_LABELS, LEVEL_HINTS, LEVEL_LABELS


class LevelForm(FlaskForm):
    level = RadioField(
        _l("Volgen"),
        validate_choice=True,
        invalid_choice_message=_l("Kies een van de mogelijkheden."),
    )
    submit = SubmitField(_l("Opslaan"))

    def __init__(self, target_type: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.level.choices = [
            SelectChoice(level, LEVEL_LABELS[level]) for level in LEVELS_FOR[target_type]
        ]
        self.hints = {level: LEVEL_HINTS[level] for level in LEVELS_FOR[target_type]}


class SettingsForm(FlaskForm):
    mail_frequency = RadioField(
        _l("E-mail over uw meldingen"),
        choices=[
            SelectChoice(frequency, FREQUENCY_LABELS[frequency]) for frequency in MAIL_FREQUENCIES
        ],
        validate_choice=True,
        invalid_choice_message=_l("Kies hoe vaak u e-mail wilt ontvangen."),
    )
    follow_own_threads = BooleanField(_l("Onderwerpen volgen waarin ik een vraag stel of reageer"))
    help_requests = BooleanField(_l("Vragen zonder antwoord krijgen waarbij ik misschien kan helpen"))
    submit = SubmitField(_l("Instellingen opslaan"))


class ButtonForm(FlaskForm):
    """A button that only carries the CSRF token: mark read, stop mail."""
