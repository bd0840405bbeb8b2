"""Money, numbers, dates and times as the user's language writes them (QLocale's default, set by ui.i18n): the
window shows `1.234,50 EUR` and `7-12-2026 14:05` in Dutch and `1,234.50 EUR`, `12/7/26 2:05 PM` in English.
The amounts stay exact: the digits come from the Decimal, only the separators from the locale."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime

from orderdesk.core.money import minor_units, round_money


def _locale() -> QLocale:
    return QLocale()


def decimal(value: Decimal, places: int | None = None) -> str:
    """A Decimal with the locale's group and decimal separators, exact (no trip through float)."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
    sign, digits = ("-", -value) if value < 0 else ("", value)
    whole, _, fraction = format(digits, "f").partition(".")
    locale = _locale()
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = locale.groupSeparator().join(groups) + (locale.decimalPoint() + fraction if fraction else "")
    return (locale.negativeSign() if sign else "") + text


def money(amount: Decimal | None, currency: str | None, empty: str = "") -> str:
    """`1.234,50 EUR`: the amount rounded to the currency's minor unit, then its code."""
    if amount is None:
        return empty
    text = decimal(round_money(amount, currency), minor_units(currency))
    return f"{text} {currency}" if currency else text


def count(value: int) -> str:
    """A whole number with the locale's group separator (12.345 in Dutch)."""
    return _locale().toString(int(value))


def _local(value: datetime) -> tuple[QDate, QTime]:
    """The day and the time of day of a moment in local time. Not a QDateTime: making one in local time looks up
    the time zone's rules each time, which cost more than all the rest of formatting a table row."""
    local = value.astimezone() if value.tzinfo is not None else value
    return QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)


def date_time(value: datetime | None, seconds: bool = False) -> str:
    """A moment in local time, in the locale's short date and time (seconds where a log needs them)."""
    if value is None:
        return ""
    locale = _locale()
    moment_day, moment_time = _local(value)
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    day_text = locale.toString(moment_day, QLocale.FormatType.ShortFormat)
    return f"{day_text} {locale.toString(moment_time, time_format)}"


def time_of_day(value: datetime | None, seconds: bool = True) -> str:
    """The local time of a moment today, as the locale writes it."""
    if value is None:
        return ""
    locale = _locale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    return locale.toString(_local(value)[1], time_format)


def day(value: date | None) -> str:
    """A calendar date in the locale's short format."""
    if value is None:
        return ""
    return _locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
