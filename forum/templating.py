"""What every template can use: Dutch dates, the reading rule, the login state."""
from datetime import UTC, datetime
from functools import lru_cache

from babel import dates as babel_dates
from babel import numbers as babel_numbers
from flask import g
from jinja2 import pass_eval_context
from flask_babel import get_locale, get_timezone, get_translations
from markupsafe import Markup, escape

from forum.access import reading_allowed
from forum.clock import utcnow
from forum.text import text_excerpt


def _request_i18n():
    """Translations, locale and zone, looked up once per request: a thread page
    asks for them a hundred times, and Flask-Babel resolves them anew each time."""
    try:
        return g._forum_i18n
    except AttributeError:
        g._forum_i18n = (get_translations(), get_locale(), get_timezone())
        return g._forum_i18n


@pass_eval_context
def gettext(eval_context, string: str, **variables) -> str:
    translated = _request_i18n()[0].ugettext(string)
    # The catalog is ours, not user input; Markup's % escapes the variables.
    return (Markup(translated) if eval_context.autoescape else translated) % variables  # nosec B704


@pass_eval_context
def ngettext(eval_context, singular: str, plural: str, n: int, **variables) -> str:
    variables.setdefault("num", n)
    translated = _request_i18n()[0].ungettext(singular, plural, n)
    return (Markup(translated) if eval_context.autoescape else translated) % variables  # nosec B704


def time_ago(moment: datetime | None) -> str:
    """'3 dagen geleden'; 'zojuist' for the last minute."""
    if moment is None:
        return ""
    delta = moment - utcnow()
    seconds = delta.days * 86400 + delta.seconds
    if abs(seconds) < 60:
        return "zojuist"
    # Babel's choice of unit (threshold 1.0), with the wording memoized per rounded value:
    # a thread page shows dozens of times, and Babel's formatting is the slow part.
    for unit, seconds_per_unit in babel_dates.TIMEDELTA_UNITS:
        value = abs(seconds) / seconds_per_unit
        if value >= 1:
            rounded = round(value) * seconds_per_unit
            return _relative_time(rounded if seconds >= 0 else -rounded, unit, _request_i18n()[1])
    return ""


@lru_cache(maxsize=4096)
def _relative_time(seconds: int, unit: str, locale) -> str:
    # granularity=unit with an unreachable threshold makes Babel keep exactly this unit.
    return babel_dates.format_timedelta(
        seconds, granularity=unit, threshold=1e12, add_direction=True, locale=locale
    )


def exact_date(moment: datetime | None, pattern: str = "d MMMM yyyy 'om' HH:mm") -> str:
    if moment is None:
        return ""
    _, locale, zone = _request_i18n()
    return _formatted_date(moment, pattern, zone, locale)


@lru_cache(maxsize=8192)
def _formatted_date(moment: datetime, pattern: str, zone, locale) -> str:
    """Pure in its arguments, and the same posts are shown again and again."""
    return babel_dates.format_datetime(moment.replace(tzinfo=UTC), pattern, tzinfo=zone, locale=locale)


def time_tag(moment: datetime | None) -> Markup:
    """A <time> element: relative text, the exact date as machine value and tooltip."""
    if moment is None:
        return Markup("")
    return Markup('<time datetime="{}" title="{}">{}</time>').format(
        moment.isoformat(timespec="seconds") + "Z", exact_date(moment), time_ago(moment)
    )


def number(value: int | None) -> str:
    return babel_numbers.format_decimal(value or 0, locale=_request_i18n()[1])


def init_app(app) -> None:
    app.jinja_env.filters["time_ago"] = time_ago
    app.jinja_env.filters["time_tag"] = time_tag
    app.jinja_env.filters["number"] = number
    app.jinja_env.filters["text_excerpt"] = text_excerpt  # stored post HTML as one line of text
    app.jinja_env.filters["date_nl"] = lambda moment: exact_date(moment, "d MMMM yyyy")
    app.jinja_env.globals["reading_allowed"] = reading_allowed
    app.jinja_env.globals["escape"] = escape
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    # Jinja's own newstyle wrappers cost more than the lookup itself, and a
    # thread page calls them a hundred times; these behave the same: in HTML the
    # translated text is safe and variables are escaped, in mail text nothing is.
    app.jinja_env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext)

    @app.context_processor
    def forum_name():
        return {"forum_name": app.config["FORUM_NAME"]}
