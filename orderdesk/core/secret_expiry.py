"""When a channel's password or token stops working, as the admin recorded it, and the warning ahead of that day.

Channels rotate credentials on their own calendar (Magento's admin password lifetime, an affiliate token issued
for a year). The desk cannot ask them, so the admin writes the date in the channel's settings and the status bar
warns a fortnight ahead: better a calm warning on Monday than every sync failing on Friday.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import translate

FIELD = "secret_expires"
WARN_DAYS = 14


def parse_expiry(text: str | None) -> date | None:
    """The recorded date, or None when none is set; RuleViolation (field "secret_expires") when it is not a date."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        message = translate(
            "SecretExpiry", "'{value}' is not a date: write it as year-month-day, e.g. 2027-01-31.", value=cleaned
        )
        raise RuleViolation(message, field=FIELD) from None


def _english_day(day: date) -> str:
    return f"{day:%d %b %Y}"


def expiry_warning(
    channel: str, expires: date | None, today: date, shown_day: Callable[[date], str] = _english_day
) -> str | None:
    """The status bar's words for a channel whose credentials expire soon or have expired; None otherwise.

    `shown_day` writes the date (the window passes its locale's; the default is "31 Jan 2027")."""
    if expires is None:
        return None
    days = (expires - today).days
    when = shown_day(expires)
    if days < 0:
        return translate(
            "SecretExpiry",
            "{channel}: the password or token expired on {day}; renew it in Channels settings",
            channel=channel,
            day=when,
        )
    if days == 0:
        return translate(
            "SecretExpiry",
            "{channel}: the password or token expires today; renew it in Channels settings",
            channel=channel,
        )
    if days <= WARN_DAYS:
        return translate(
            "SecretExpiry",
            "{channel}: the password or token expires in %n day(s) ({day})",
            days,
            channel=channel,
            day=when,
        )
    return None
