"""The tag field on the ask and edit forms: comma-separated, existing tags suggested."""
from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.validators import ValidationError

from forum.tags.models import MAX_TAGS_PER_THREAD
from forum.tags.services import TagError, parse_tags


def _validate_tags(form, field):
    try:
        field.slugs = parse_tags(field.data)
    except TagError as error:
        raise ValidationError(str(error)) from None


def tags_field():
    return StringField(
        _l("Tags (optioneel)"),
        filters=[lambda value: value.strip() if isinstance(value, str) else value],
        validators=[_validate_tags],
        description=_l("Hoogstens %(max)d, gescheiden door komma’s, bijvoorbeeld: warmtepomp, aanbesteding. "
                       "Kies een bestaande tag of maak een nieuwe.", max=MAX_TAGS_PER_THREAD),
        render_kw={"list": "bestaande-tags", "autocomplete": "off", "maxlength": 250},
    )
