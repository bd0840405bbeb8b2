"""Validation of what an operator types, with messages a warehouse operator understands."""

from __future__ import annotations

import re
from decimal import Decimal

from orderdesk.core.errors import RuleViolation
from orderdesk.core.money import to_decimal

# The longest text any of our channels accepts in a free field (Increff refuses more than 255).
DEFAULT_MAX_TEXT = 255
_CONSIGNMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./_-]*$")


def require_text(value: str | None, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str:
    """A required free-text field: trimmed, not empty, not longer than the channel accepts."""
    text = (value or "").strip()
    if not text:
        raise RuleViolation(f"{label} is required.", field=field)
    return check_length(text, label, field=field, max_length=max_length)


def optional_text(value: str | None, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str | None:
    text = (value or "").strip()
    return check_length(text, label, field=field, max_length=max_length) if text else None


def check_length(text: str, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str:
    if len(text) > max_length:
        raise RuleViolation(
            f"{label} is {len(text)} characters long; the channel accepts at most {max_length}.", field=field
        )
    return text


def consignment_number(value: str | None) -> str:
    """A consignment (tracking) number as a scanner or an operator enters it."""
    text = require_text(value, "The consignment number", field="consignment_number", max_length=64)
    if not _CONSIGNMENT.match(text):
        raise RuleViolation(
            "The consignment number may hold only letters, digits, spaces and . / _ -", field="consignment_number"
        )
    return text


def carrier(value: str | None) -> str:
    return require_text(value, "The carrier", field="carrier", max_length=64)


def reason(value: str | None, what: str = "The reason") -> str:
    return require_text(value, what, field="reason")


def quantity(value: object, label: str = "The quantity", *, allow_zero: bool = False) -> int:
    """A whole, non-negative number of units."""
    if isinstance(value, bool):
        raise RuleViolation(f"{label} must be a whole number.", field="quantity")
    if isinstance(value, int):
        number = value
    else:
        try:
            parsed = to_decimal(value)
        except ValueError:
            raise RuleViolation(f"{label} must be a whole number, not '{value}'.", field="quantity") from None
        if parsed != parsed.to_integral_value():
            raise RuleViolation(f"{label} must be a whole number, not {value}.", field="quantity")
        number = int(parsed)
    if number < 0:
        raise RuleViolation(f"{label} cannot be negative.", field="quantity")
    if number == 0 and not allow_zero:
        raise RuleViolation(f"{label} must be at least 1.", field="quantity")
    return number


def price(value: object, label: str = "The price") -> Decimal:
    """A unit price: a number, not negative, at most 4 decimals."""
    try:
        amount = to_decimal(value)
    except ValueError:
        raise RuleViolation(f"{label} must be a number, not '{value}'.", field="unit_price") from None
    if amount < 0:
        raise RuleViolation(f"{label} cannot be negative.", field="unit_price")
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -4:
        raise RuleViolation(f"{label} has too many decimals.", field="unit_price")
    return amount


def sku(value: str | None) -> str:
    text = require_text(value, "The SKU", field="sku", max_length=64)
    if any(ch.isspace() for ch in text):
        raise RuleViolation("The SKU cannot contain spaces.", field="sku")
    return text


def email(value: str | None) -> str:
    text = (value or "").strip()
    if text and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", text):
        raise RuleViolation(f"'{text}' is not an e-mail address.", field="email")
    return text


def attribute_key(value: str | None) -> str:
    text = require_text(value, "The attribute name", field="attribute", max_length=64)
    if not re.match(r"^[A-Za-z][A-Za-z0-9_ -]*$", text):
        raise RuleViolation(
            f"'{text}' is not a usable attribute name: start with a letter; letters, digits, spaces, _ and - only.",
            field="attribute",
        )
    return text
