"""The optional parts of a structured experience reply, shared by reply and edit forms."""
from flask_babel import lazy_gettext as _l
from wtforms import TextAreaField
from wtforms.validators import Length

from forum.board.models import EXPERIENCE_FIELDS

EXPERIENCE_MAX_LENGTH = 2000
EXPERIENCE_LABELS = {
    "approach": _l("Aanpak"),
    "result": _l("Resultaat"),
    "costs": _l("Kosten en doorlooptijd"),
    "lessons": _l("Wat we anders zouden doen"),
    "contact": _l("Contactpersoon"),
}
EXPERIENCE_HINTS = {
    "approach": _l("Wat heeft uw gemeente gedaan, en hoe?"),
    "result": _l("Wat leverde het op?"),
    "costs": _l("Bijvoorbeeld: € 450.000 per gebouw, anderhalf jaar van aanbesteding tot oplevering."),
    "lessons": _l("Wat zou u een andere gemeente aanraden?"),
    "contact": _l("Wie mogen collega’s bellen of mailen? Alleen gegevens die gedeeld mogen worden."),
}


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _experience_field(name):
    return TextAreaField(
        EXPERIENCE_LABELS[name], filters=[_strip],
        validators=[Length(max=EXPERIENCE_MAX_LENGTH, message=_l("Gebruik hoogstens %(max)d tekens."))],
        description=EXPERIENCE_HINTS[name], render_kw={"rows": 3},
    )


class ExperienceFieldsMixin:
    experience_approach = _experience_field("approach")
    experience_result = _experience_field("result")
    experience_costs = _experience_field("costs")
    experience_lessons = _experience_field("lessons")
    experience_contact = _experience_field("contact")

    @property
    def experience(self) -> dict:
        """The filled-in parts, as Post columns; empty ones are None, so they can be filtered on."""
        return {f"experience_{name}": self[f"experience_{name}"].data or None for name in EXPERIENCE_FIELDS}

    @property
    def experience_fields(self) -> list:
        return [self[f"experience_{name}"] for name in EXPERIENCE_FIELDS]

    def remove_experience_fields(self) -> None:
        for name in EXPERIENCE_FIELDS:
            delattr(self, f"experience_{name}")
