"""Dutch dates: '3 dagen geleden' with the exact date as tooltip, as Babel words them."""
import random
from datetime import datetime, timedelta

import pytest
from babel import dates as babel_dates

from forum import templating

NOW = datetime(2026, 11, 23, 12, 0, 0)


@pytest.fixture
def frozen_now(monkeypatch):
    monkeypatch.setattr(templating, "utcnow", lambda: NOW)


@pytest.mark.parametrize("seconds_ago, wording", [
    (30, "zojuist"), (90, "2 minuten geleden"), (3 * 3600, "3 uur geleden"), (86400, "1 dag geleden"),
    (6 * 86400 + 13 * 3600, "7 dagen geleden"), (8 * 86400, "1 week geleden"), (400 * 86400, "1 jaar geleden"),
])
def test_relative_times_read_as_dutch(app, frozen_now, seconds_ago, wording):
    with app.test_request_context():
        assert templating.time_ago(NOW - timedelta(seconds=seconds_ago)) == wording


def test_memoized_wording_matches_babel_for_any_distance(app, frozen_now):
    """The memo per rounded value must give what Babel itself gives (threshold 1.0)."""
    rng = random.Random(7)
    with app.test_request_context():
        locale = templating._request_i18n()[1]
        for _ in range(3000):
            seconds = rng.choice([rng.randint(60, 7200), rng.randint(60, 10**6), rng.randint(60, 10**9)])
            seconds *= rng.choice([1, -1])
            expected = babel_dates.format_timedelta(seconds, add_direction=True, threshold=1.0, locale=locale)
            assert templating.time_ago(NOW + timedelta(seconds=seconds)) == expected, seconds


def test_a_time_tag_carries_the_machine_date_and_the_exact_dutch_date(app, frozen_now):
    with app.test_request_context():
        tag = templating.time_tag(datetime(2026, 11, 20, 9, 5))
    assert tag == ('<time datetime="2026-11-20T09:05:00Z" title="20 november 2026 om 10:05">'
                   '3 dagen geleden</time>')
