"""Changing one's own profile: name, job title and what one can help with."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectMultipleField, StringField, ValidationError
from wtforms.validators import DataRequired, Length

from forum.accounts.forms import (
    NAME_MAX_LENGTH, SAME_NAME_IN_ORGANISATION, clean_display_text, has_a_letter,
)
from forum.tags.services import TagError, parse_tags

MAX_THEMES = 10


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _id(value) -> int:
    """A chosen id; what is not one becomes -1, which names no theme and is refused below."""
    text = str(value)
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else -1


class ProfileForm(FlaskForm):
    name = StringField(_l("Naam"), filters=[clean_display_text], render_kw={"autocomplete": "name"}, validators=[
        DataRequired(_l("Vul uw naam in.")),
        Length(max=NAME_MAX_LENGTH, message=_l("Een naam heeft hoogstens 100 tekens.")),
        has_a_letter,
    ])
    job_title = StringField(
        _l("Functie"), filters=[clean_display_text], render_kw={"autocomplete": "organization-title"},
        validators=[Length(max=NAME_MAX_LENGTH, message=_l("Een functie heeft hoogstens 100 tekens."))],
    )
    themes = SelectMultipleField(_l("Thema’s"), coerce=_id, validate_choice=False)
    tags = StringField(
        _l("Tags"), filters=[_strip],
        description=_l("Gescheiden door komma’s, bijvoorbeeld: warmtepomp, aanbesteding. Kies tags die al "
                       "bij vragen gebruikt worden."),
        render_kw={"list": "bestaande-tags", "autocomplete": "off", "maxlength": 250},
    )

    def __init__(self, theme_groups, find_tags, name_taken, *args, **kwargs):
        """`theme_groups`: [(domain name, [(theme id, theme name)])]; `find_tags(slugs)`: existing tags by
        slug; `name_taken(name)`: whether a colleague already goes by that name."""
        super().__init__(*args, **kwargs)
        self.name_taken = name_taken
        self.theme_groups = theme_groups
        self.themes.choices = [choice for _, choices in theme_groups for choice in choices]
        self.find_tags = find_tags
        self.chosen_tags = []

    def validate_name(self, field):
        if field.data and self.name_taken(field.data):
            raise ValidationError(SAME_NAME_IN_ORGANISATION)

    def validate_themes(self, field):
        known = {value for value, _ in field.choices}
        if any(value not in known for value in field.data):
            raise ValidationError(_l("Kies thema’s uit de lijst."))
        if len(set(field.data)) > MAX_THEMES:
            raise ValidationError(_l("Kies hoogstens %(max)d thema’s.", max=MAX_THEMES))

    def validate_tags(self, field):
        try:
            slugs = parse_tags(field.data)
        except TagError as error:
            raise ValidationError(str(error)) from None
        found = self.find_tags(slugs)
        unknown = [slug for slug in slugs if slug not in found]
        if unknown:
            raise ValidationError(_l("Deze tag bestaat nog niet: %(tags)s. Kies tags die al bij vragen gebruikt worden.",
                                     tags=", ".join(unknown)))
        self.chosen_tags = [found[slug] for slug in slugs]
