"""The search form on the list of municipalities: a GET form, so it works without JavaScript."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SearchField, SelectField
from wtforms.fields.choices import SelectChoice

from forum.municipalities.models import PROVINCES

MAX_QUERY_LENGTH = 100


class MunicipalitySearchForm(FlaskForm):
    # A search changes nothing, so it needs no CSRF token, and a bookmarked result keeps working.
    class Meta:
        csrf = False

    q = SearchField(_l("Naam bevat"))
    provincie = SelectField(
        _l("Provincie"),
        choices=[SelectChoice("", _l("Alle provincies")), *(SelectChoice(name) for name in PROVINCES)],
        validate_choice=False,
    )

    @property
    def name_part(self) -> str:
        """The name filter; control characters (PostgreSQL refuses NUL) and excess are dropped."""
        text = "".join(char for char in (self.q.data or "") if char.isprintable())
        return text.strip()[:MAX_QUERY_LENGTH]

    @property
    def province(self) -> str:
        """The province filter; an unknown province is ignored."""
        return self.provincie.data if self.provincie.data in PROVINCES else ""

    @property
    def filters(self) -> dict:
        """The active filters as query arguments, for the links to other pages."""
        filters = {"q": self.name_part, "provincie": self.province}
        return {key: value for key, value in filters.items() if value}
