"""What every template can use: Dutch dates, the reading rule, the login state."""
from datetime import datetime

from flask_babel import format_datetime, format_decimal, format_timedelta
from markupsafe import Markup, escape

from forum.access import reading_allowed
from forum.clock import utcnow


def time_ago(moment: datetime | None) -> str:
    """'3 dagen geleden'; 'zojuist' for the last minute."""
    if moment is None:
        return ""
    delta = moment - utcnow()
    if abs(delta.total_seconds()) < 60:
        return "zojuist"
    return format_timedelta(delta, add_direction=True, threshold=1.0)


def time_tag(moment: datetime | None) -> Markup:
    """A <time> element: relative text, the exact date as machine value and tooltip."""
    if moment is None:
        return Markup("")
    exact = format_datetime(moment, "d MMMM yyyy 'om' HH:mm")
    return Markup('<time datetime="{}" title="{}">{}</time>').format(
        moment.isoformat(timespec="seconds") + "Z", exact, time_ago(moment)
    )


def number(value: int | None) -> str:
    return format_decimal(value or 0)


def init_app(app) -> None:
    app.jinja_env.filters["time_ago"] = time_ago
    app.jinja_env.filters["time_tag"] = time_tag
    app.jinja_env.filters["number"] = number
    app.jinja_env.filters["date_nl"] = lambda moment: format_datetime(moment, "d MMMM yyyy") if moment else ""
    app.jinja_env.globals["reading_allowed"] = reading_allowed
    app.jinja_env.globals["escape"] = escape
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    @app.context_processor
    def forum_name():
        return {"forum_name": app.config["FORUM_NAME"]}
