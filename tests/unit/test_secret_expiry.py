from datetime import date

import pytest

from orderdesk.core.errors import RuleViolation
from orderdesk.core.secret_expiry import expiry_warning, parse_expiry

TODAY = date(2026, 11, 23)


def test_no_date_no_warning_and_far_dates_stay_quiet():
    assert parse_expiry("") is None and parse_expiry(None) is None
    assert expiry_warning("m2", None, TODAY) is None
    assert expiry_warning("m2", date(2026, 12, 8), TODAY) is None  # 15 days ahead


def test_the_warning_starts_two_weeks_ahead_and_counts_down():
    assert expiry_warning("m2", date(2026, 12, 7), TODAY) == (
        "m2: the password or token expires in 14 days (07 Dec 2026)"
    )
    assert "expires in 1 day " in expiry_warning("m2", date(2026, 11, 24), TODAY)
    assert "expires today" in expiry_warning("m2", TODAY, TODAY)
    assert "expired on 20 Nov 2026; renew it" in expiry_warning("m2", date(2026, 11, 20), TODAY)


def test_a_date_that_is_not_one_is_refused_in_plain_words():
    assert parse_expiry(" 2027-01-31 ") == date(2027, 1, 31)
    with pytest.raises(RuleViolation) as refused:
        parse_expiry("31/01/2027")
    assert refused.value.field == "secret_expires"
    assert "year-month-day, e.g. 2027-01-31" in refused.value.message
