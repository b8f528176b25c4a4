"""Working days (Monday to Friday): a question asked on Friday waits over the weekend."""
from datetime import datetime, timedelta

SATURDAY = 5


def add_working_days(start: datetime, days: int) -> datetime:
    """`start` moved forward by `days` working days, at the same time of day: Friday 10:00 plus two
    is Tuesday 10:00. A start in the weekend counts from the Monday after."""
    moment, left = start, days
    while left > 0:
        moment += timedelta(days=1)
        if moment.weekday() < SATURDAY:
            left -= 1
    return moment
