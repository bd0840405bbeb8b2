"""Money as Decimal, rounded the way the currency is written."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from orderdesk.core.text import translate

# ISO 4217 currencies whose minor unit is not two digits; everything else has cents.
_MINOR_UNITS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3}

ZERO = Decimal("0")


def minor_units(currency: str | None) -> int:
    """How many decimals the currency is written with (2 unless ISO 4217 says otherwise)."""
    return _MINOR_UNITS.get((currency or "").upper(), 2)


def to_decimal(value: object) -> Decimal:
    """Read an amount from a channel or a form without passing through float."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise ValueError(translate("Money", "an amount cannot be true or false"))
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        # repr() gives the shortest string that round-trips, so 0.1 stays 0.1.
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        # A lone decimal comma (12,50) is how much of Europe writes an amount.
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValueError(_not_an_amount(value)) from None
    else:
        raise ValueError(_not_an_amount(value))
    if not result.is_finite():
        raise ValueError(_not_an_amount(value))
    return result


def _not_an_amount(value: object) -> str:
    return translate("Money", "{value} is not an amount", value=repr(value))


def round_money(amount: Decimal, currency: str | None = None) -> Decimal:
    """Round half up to the currency's minor unit."""
    exponent = Decimal(1).scaleb(-minor_units(currency))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


def money_text(amount: Decimal | None, currency: str | None = None) -> str | None:
    """An amount as exact text with at least the currency's decimals (19.9 -> "19.90", 0.1234 kept)."""
    if amount is None:
        return None
    rounded = amount.quantize(Decimal(1).scaleb(-minor_units(currency)))
    return str(rounded) if rounded == amount else format(amount.normalize(), "f")


def format_money(amount: Decimal | None, currency: str | None) -> str:
    """`1,234.50 EUR`: how the table and the CLI show an amount."""
    if amount is None:
        return ""
    digits = minor_units(currency)
    text = f"{round_money(amount, currency):,.{digits}f}"
    return f"{text} {currency}".strip() if currency else text
