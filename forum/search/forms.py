"""The search form: a GET form (bookmarkable, no CSRF token needed: it changes nothing)."""
import unicodedata
from datetime import date, datetime
from functools import cached_property

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, SearchField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, ValidationError

from forum.board.listing import SOLVED, UNSOLVED
from forum.board.lookups import category_by_slug, domains_with_themes
from forum.board.models import Category
from forum.extensions import db
from forum.municipalities.models import PROVINCES, Municipality
from forum.search.services import SearchFilters
from forum.search.text import MAX_QUERY_LENGTH
from forum.tags.models import Tag
from forum.tags.services import normalize_tag
from forum.text import slugify
from forum.widgets import LongSelect

DATE_MESSAGE = _l("Vul een datum in als 31-12-2025 of kies er een.")
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y")
MIN_YEAR, MAX_YEAR = 2000, 2999  # outside these no post exists, and 9999-12-31 + 1 day overflows
SHOWN_VALUE_LENGTH = 60
# The id filtered on for a tag that does not exist: it matches nothing, as the member asked.
UNKNOWN_TAG = -1


def _printable(value):
    """PostgreSQL refuses NUL; control and format characters (a right-to-left override) mean
    nothing in a search."""
    return "".join(char for char in value if char.isprintable()).strip() if isinstance(value, str) else value


def _lowercase(value):
    """Statuses are lower case; ?status=Opgelost means the same."""
    return value.lower() if isinstance(value, str) else value


def _as_slug(value):
    """A name typed into the address as its slug: 'Den Helder' -> 'den-helder', 'Súdwest-Fryslân'."""
    return slugify(value) if isinstance(value, str) else value


def _province_as_named(value):
    if not isinstance(value, str):
        return value
    return next((name for name in PROVINCES if name.casefold() == value.casefold()), value)


def _shown(value: str) -> str:
    """A value from the address as the page repeats it: short (a link may carry pages of text),
    and without accents beyond those of composed letters (hundreds would stack over the page)."""
    value = "".join(char for char in unicodedata.normalize("NFC", value)
                    if unicodedata.category(char) not in ("Mn", "Me"))  # marks, combining and enclosing
    return value if len(value) <= SHOWN_VALUE_LENGTH else value[:SHOWN_VALUE_LENGTH] + "…"


class SearchForm(FlaskForm):
    class Meta:
        csrf = False

    q = SearchField(
        _l("Zoekwoorden"), filters=[_printable],
        validators=[Length(max=MAX_QUERY_LENGTH, message=_l("Gebruik hoogstens %(max)d tekens."))],
    )
    categorie = SelectField(_l("Domein of thema"), validate_choice=False, widget=LongSelect(),
                            filters=[_printable, _as_slug])
    tag = StringField(_l("Tag"), filters=[_printable])
    gemeente = SelectField(_l("Gemeente"), validate_choice=False, widget=LongSelect(),
                           filters=[_printable, _as_slug])
    provincie = SelectField(
        _l("Provincie"), validate_choice=False, filters=[_printable, _province_as_named],
        choices=[SelectChoice("", _l("Alle provincies")), *(SelectChoice(name) for name in PROVINCES)],
    )
    status = SelectField(
        _l("Opgelost of open"), validate_choice=False, filters=[_printable, _lowercase],
        choices=[
            SelectChoice("", _l("Alle vragen")), SelectChoice(SOLVED, _l("Alleen opgeloste vragen")),
            SelectChoice(UNSOLVED, _l("Alleen open vragen")),
        ],
    )
    # Text fields with type=date: browsers offer a date picker and send 2025-12-31; typed
    # Dutch dates (31-12-2025) work too, and a wrong date gets a Dutch message.
    van = StringField(_l("Geplaatst vanaf"), filters=[_printable], render_kw={"type": "date"})
    tot = StringField(_l("Geplaatst tot en met"), filters=[_printable], render_kw={"type": "date"})
    kosten = BooleanField(_l("Alleen reacties met informatie over kosten of doorlooptijd"))
    vragen = BooleanField(_l("Alleen vragen, geen reacties"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.categorie.choices = _category_choices()
        self.gemeente.choices = [SelectChoice("", _l("Alle gemeenten"))] + [
            SelectChoice(m.slug, m.list_name)
            for m in Municipality.in_list_order(db.session.scalars(select(Municipality)))
        ]

    def validate_van(self, field):
        _parse_date(field.data)

    def validate_tot(self, field):
        until, since = _parse_date(field.data), _date_or_none(self.van.data)
        if until and since and until < since:
            raise ValidationError(_l("De einddatum ligt vóór de begindatum."))

    @cached_property
    def filters(self) -> SearchFilters:
        """The chosen filters; a value the forum does not know (an old link, an edited address) is
        left out (see ignored_filters), but an unknown tag matches nothing."""
        return SearchFilters(
            category_ids=_category_ids(self.categorie.data),
            tag_id=_tag_id(self.tag.data),
            municipality_id=_municipality_id(self.gemeente.data),
            province=self.provincie.data if self.provincie.data in PROVINCES else "",
            solved=self.status.data if self.status.data in (SOLVED, UNSOLVED) else "",
            since=_date_or_none(self.van.data),
            until=_date_or_none(self.tot.data),
            with_costs=bool(self.kosten.data),
            questions_only=bool(self.vragen.data),
        )

    @property
    def ignored_filters(self) -> list[tuple[str, str]]:
        """(label, value) of each filter given a value the forum does not know: the page says so."""
        filters = self.filters
        used = ((self.categorie, filters.category_ids), (self.gemeente, filters.municipality_id),
                (self.provincie, filters.province), (self.status, filters.solved))
        return [(str(field.label.text), _shown(_printable(field.raw_data[0]))) for field, value in used
                if field.data and value in (None, "", [])]  # as typed, not as lower-cased for the look-up

    @property
    def unknown_tag(self) -> str:
        """The tag asked for when no tag has that name."""
        return _shown(self.tag.data) if self.filters.tag_id == UNKNOWN_TAG else ""

    @property
    def arguments(self) -> dict:
        """The query string of this search, for links to other pages of results."""
        values = {name: self[name].raw_data[0] for name in self._fields if self[name].raw_data}
        return {key: value for key, value in values.items() if value}

    @property
    def submitted(self) -> bool:
        """Sent from the form (even empty), not a first visit to /zoeken."""
        return any(self[name].raw_data for name in self._fields)

    @property
    def has_filters(self) -> bool:
        return any(key != "q" for key in self.arguments)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    for pattern in DATE_FORMATS:
        try:
            parsed = datetime.strptime(value, pattern).date()
        except ValueError:
            continue
        if MIN_YEAR <= parsed.year <= MAX_YEAR:
            return parsed
    raise ValidationError(DATE_MESSAGE)


def _date_or_none(value: str | None) -> date | None:
    try:
        return _parse_date(value)
    except ValidationError:
        return None


def _category_choices() -> list[SelectChoice]:
    """Each domain as an <optgroup>: the whole domain first, then its themes."""
    choices = [SelectChoice("", _l("Alle domeinen en thema’s"))]
    for domain in domains_with_themes():
        choices.append(SelectChoice(domain.slug, _l("Heel %(name)s", name=domain.name), optgroup=domain.name))
        choices += [SelectChoice(theme.slug, theme.name, optgroup=domain.name) for theme in domain.children]
    return choices


def _category_ids(slug: str | None) -> list[int]:
    category = category_by_slug(slug)
    if category is None:
        return []
    return list(db.session.scalars(Category.subtree_ids(category.id)))


def _tag_id(slug: str | None) -> int | None:
    if not slug:
        return None
    tag = db.session.scalar(Tag.by_slug(normalize_tag(slug)))
    return tag.id if tag else UNKNOWN_TAG


def _municipality_id(slug: str | None) -> int | None:
    if not slug:
        return None
    return db.session.scalar(select(Municipality.id).where(Municipality.slug == slug[:100]))
