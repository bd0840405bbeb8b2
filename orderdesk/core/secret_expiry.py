"""When a channel's password or token stops working, as the admin recorded it, and the warning ahead of that day.

Channels rotate credentials on their own calendar (Magento's admin password lifetime, an affiliate token issued
for a year). The desk cannot ask them, so the admin writes the date in the channel's settings and the status bar
warns a fortnight ahead: better a calm warning on Monday than every sync failing on Friday.
"""

from __future__ import annotations

from datetime import date

from orderdesk.core.errors import RuleViolation

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
        raise RuleViolation(
            f"'{cleaned}' is not a date: write it as year-month-day, e.g. 2027-01-31.", field=FIELD
        ) from None


def expiry_warning(channel: str, expires: date | None, today: date) -> str | None:
    """The status bar's words for a channel whose credentials expire soon or have expired; None otherwise."""
    if expires is None:
        return None
    days = (expires - today).days
    when = f"{expires:%d %b %Y}"
    if days < 0:
        return f"{channel}: the password or token expired on {when}; renew it in Channels settings"
    if days == 0:
        return f"{channel}: the password or token expires today; renew it in Channels settings"
    if days <= WARN_DAYS:
        return f"{channel}: the password or token expires in {days} day{'s' if days != 1 else ''} ({when})"
    return None
