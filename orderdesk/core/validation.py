"""Validation of what an operator types, a file holds or a channel sends, with messages an operator understands.

One set of limits for every way in: the import file, the command line, the window's dialogs and the records the
channel adapters build. Everything here is pure and raises RuleViolation with one plain sentence.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

from orderdesk.core.currencies import ISO_4217
from orderdesk.core.errors import RuleViolation
from orderdesk.core.errors import shown as shown  # messages elsewhere quote values the same way
from orderdesk.core.money import to_decimal
from orderdesk.core.records import Address, LineRecord, OrderRecord

# The longest text any of our channels accepts in a free field (Increff refuses more than 255).
DEFAULT_MAX_TEXT = 255
_CONSIGNMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./_-]*$")


def require_text(value: object, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str:
    """A required free-text field: trimmed, not empty, not longer than the channel accepts."""
    result = _plain_text(value, label, field)
    if not result:
        raise RuleViolation(f"{label} is required.", field=field)
    return check_length(result, label, field=field, max_length=max_length)


def optional_text(value: object, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str | None:
    result = _plain_text(value, label, field)
    return check_length(result, label, field=field, max_length=max_length) if result else None


def _plain_text(value: object, label: str, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if "\x00" in value:  # PostgreSQL keeps no NUL in text; SQLite would cut the text there when read
            raise RuleViolation(f"{label} holds a NUL character, which no text may hold.", field=field)
        return value.strip()
    if isinstance(value, int | Decimal | float) and not isinstance(value, bool):
        return str(value)
    raise RuleViolation(f"{label} must be text, not {shown_kind(value)}.", field=field)


def check_length(text: str, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str:
    if len(text) > max_length:
        raise RuleViolation(
            f"{label} is {len(text):,} characters long; the channel accepts at most {max_length}.", field=field
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
    """A whole number of units, 1 (or 0 when allowed) to MAX_QUANTITY."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise RuleViolation(f"{label} is required.", field="quantity")
    if isinstance(value, bool):
        raise RuleViolation(f"{label} must be a whole number.", field="quantity")
    try:
        parsed = value if isinstance(value, int) else to_decimal(value)
    except ValueError:
        raise RuleViolation(f"{label} must be a whole number, not {_quoted(value)}.", field="quantity") from None
    if isinstance(parsed, Decimal) and parsed != parsed.to_integral_value():
        raise RuleViolation(f"{label} must be a whole number, not {shown(value)}.", field="quantity")
    if parsed < 0:
        raise RuleViolation(f"{label} cannot be negative.", field="quantity")
    if parsed == 0 and not allow_zero:
        raise RuleViolation(f"{label} must be at least 1.", field="quantity")
    if parsed > MAX_QUANTITY:
        raise RuleViolation(f"{label} is {shown(value)}; at most {MAX_QUANTITY:,} units fit a line.", field="quantity")
    return int(parsed)


def price(value: object, label: str = "The price") -> Decimal:
    """A unit price: a number, not negative, below the amount limit, at most 4 decimals."""
    return amount(value, label, field="unit_price")


def sku(value: object, label: str = "The SKU") -> str:
    result = text(value, label, field="sku", required=True)
    if any(ch.isspace() for ch in result):
        raise RuleViolation(f"{label} cannot contain spaces.", field="sku")
    return result


def email(value: object) -> str:
    address = text(value, "The e-mail address", field="email")
    if address and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", address):
        raise RuleViolation(f"'{shown(address)}' is not an e-mail address.", field="email")
    return address


def attribute_key(value: str | None) -> str:
    text = require_text(value, "The attribute name", field="attribute", max_length=64)
    if not re.match(r"^[A-Za-z][A-Za-z0-9_ -]*$", text):
        raise RuleViolation(
            f"'{shown(text)}' is not a usable attribute name: "
            "start with a letter; letters, digits, spaces, _ and - only.",
            field="attribute",
        )
    return text


# ---- the limits every way in shares: the import file, the command line, the window and channel payloads ----

# Amounts stay below 10^11 with at most 4 decimals: 15 significant digits, the most an SQLite file keeps exactly
# (MoneyField stores a NUMERIC that SQLite holds as a REAL) and far inside PostgreSQL's NUMERIC(18, 4).
MAX_AMOUNT = Decimal(10) ** 11
AMOUNT_DECIMALS = 4
MAX_QUANTITY = 1_000_000
MAX_LINES = 10_000
MAX_COMMISSION_PERCENT = Decimal(100)
MAX_JSON_DEPTH = 32
MAX_CHANNEL_DATA = 1_000_000  # characters of JSON a channel may ask us to keep for an order
MAX_ID = 2**63 - 1  # the largest row id a database column holds; a larger one names nothing

# How long each text may be: the width of its column (PostgreSQL enforces it; SQLite would not) or, for what is
# kept inside a JSON column (addresses), what a channel accepts.
TEXT_LIMITS: dict[str, int] = {
    "external_id": 128,
    "reference": 128,
    "source": 32,
    "channel_status": 64,
    "customer_name": 255,
    "customer_email": 255,
    "email": 255,
    "customer_phone": 64,
    "name": 255,
    "company": 255,
    "street": 255,
    "city": 128,
    "postcode": 32,
    "region": 128,
    "country": 64,
    "phone": 64,
    "consignment_number": 64,
    "carrier": 64,
    "erp_order_number": 64,
    "sku": 64,
    "line_external_id": 128,
    "erp_line_number": 32,
    "tracking_number": 64,
    "attribute": 64,
    "attribute_value": DEFAULT_MAX_TEXT,
    "note": 2000,
    "status": 32,
    "payment_status": 32,
    "reason": DEFAULT_MAX_TEXT,
}


def text_limit(field: str) -> int:
    return TEXT_LIMITS.get(field, DEFAULT_MAX_TEXT)


def text(value: object, label: str, *, field: str, required: bool = False) -> str:
    """A text field from a file or a channel: text or a number, never an object, a list or true/false."""
    result = _plain_text(value, label, field)
    if required and not result:
        raise RuleViolation(f"{label} is required.", field=field)
    return check_length(result, label, field=field, max_length=text_limit(field))


def shown_kind(value: object) -> str:
    """What a value is, in words (an object, a list, a number...), for a message that refuses it."""
    if value is None:
        return "empty"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, bool):
        return "true or false"
    return "a number" if isinstance(value, int | float | Decimal) else f"'{shown(value)}'"


def amount(value: object, label: str, *, field: str, negative: bool = False) -> Decimal:
    """An amount of money: a number, below 100,000,000,000 either way, at most 4 decimals."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise RuleViolation(f"{label} is required.", field=field)
    try:
        result = to_decimal(value)
    except ValueError:
        raise RuleViolation(f"{label} must be a number, not {_quoted(value)}.", field=field) from None
    if result < 0 and not negative:
        raise RuleViolation(f"{label} cannot be negative.", field=field)
    if abs(result) >= MAX_AMOUNT:
        raise RuleViolation(f"{label} is too large: amounts must stay below {MAX_AMOUNT:,}.", field=field)
    exponent = result.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -AMOUNT_DECIMALS:
        raise RuleViolation(f"{label} has too many decimals (at most {AMOUNT_DECIMALS}).", field=field)
    return result


def _quoted(value: object) -> str:
    return f"'{shown(value)}'" if isinstance(value, str | int | float | Decimal) else shown_kind(value)


def total(value: Decimal, label: str = "The order total") -> Decimal:
    """A sum the desk computed (lines and shipping): it must fit the same range as any amount."""
    if abs(value) >= MAX_AMOUNT:
        raise RuleViolation(f"{label} would be {shown(value)}; amounts must stay below {MAX_AMOUNT:,}.", field="total")
    return value


def shipping(value: object, label: str = "The shipping") -> Decimal:
    return amount(value, label, field="shipping_total")


def commission_rate(value: object, label: str = "The commission rate") -> Decimal | None:
    """An affiliate's commission, in percent of the lines total: 0 to 100, or none."""
    if value is None or value == "":
        return None
    rate = amount(value, label, field="commission_rate")
    if rate > MAX_COMMISSION_PERCENT:
        raise RuleViolation(
            f"{label} is {format(rate.normalize(), 'f')}%; it must be between 0 and 100%.", field="commission_rate"
        )
    return rate


def currency(value: object) -> str:
    """A three-letter ISO 4217 code of money a shop charges in (EUR, GBP, PLN...)."""
    if not isinstance(value, str):
        raise RuleViolation(f"The currency must be a three-letter code such as EUR, not {shown_kind(value)}.")
    code = value.strip().upper()
    if code not in ISO_4217:
        raise RuleViolation(
            f"'{shown(value)}' is not a currency: use its three-letter ISO 4217 code, such as EUR.", field="currency"
        )
    return code


def json_depth(value: object, label: str, *, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse data nested deeper than `limit` levels (walked without recursion, so any depth is safe to check)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list | tuple):
            if depth > limit:
                raise RuleViolation(f"{label} is nested more than {limit} levels deep.")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)


def row_id(value: int) -> bool:
    """Whether a number could be a row id at all (a larger one would overflow the database's integer)."""
    return 0 < value <= MAX_ID


# ---- whole records, however they were built (a file's order, a channel's payload) --------------------------

_ORDER_TEXTS = (
    ("external_id", "The external id"),
    ("reference", "The reference"),
    ("source", "The source"),
    ("channel_status", "The channel status"),
    ("consignment_number", "The consignment number"),
    ("carrier", "The carrier"),
    ("erp_order_number", "The ERP order number"),
)
_LINE_TEXTS = (
    ("external_id", "line_external_id", "external id"),
    ("name", "name", "name"),
    ("erp_line_number", "erp_line_number", "ERP line number"),
    ("tracking_number", "tracking_number", "tracking number"),
)


def check_record(record: OrderRecord) -> OrderRecord:
    """Refuse an order that breaks a limit, naming the order and the field; returns it unchanged when it is fine."""
    who = f"Order {shown(record.reference or record.external_id)}"
    try:
        _check_order(record)
    except RuleViolation as exc:
        raise RuleViolation(f"{who}: {_lowered(exc.message)}", field=exc.field) from None
    return record


def _lowered(message: str) -> str:
    return message[:1].lower() + message[1:] if message.startswith(("The ", "Line ")) else message


def _check_order(record: OrderRecord) -> None:
    for field, label in _ORDER_TEXTS:
        text(getattr(record, field), label, field=field, required=field == "external_id")
    text(record.customer.name, "The customer name", field="customer_name")
    text(record.customer.email, "The customer e-mail", field="customer_email")
    text(record.customer.phone, "The customer phone", field="customer_phone")
    _check_address(record.shipping_address, "shipping")
    _check_address(record.billing_address, "billing")
    currency(record.currency)
    shipping(record.shipping_total)
    commission_rate(record.commission_rate)
    _check_attributes(record.attributes, "The order's attributes")
    if not record.lines:
        raise RuleViolation("The order has no lines.")
    if len(record.lines) > MAX_LINES:
        raise RuleViolation(f"The order has {len(record.lines):,} lines; at most {MAX_LINES:,} are taken.")
    for position, line in enumerate(record.lines, start=1):
        _check_line(line, position)
    total(record.lines_total, "The lines total")
    total(record.total)
    json_depth(record.channel_data, "The channel's data for the order")
    size = len(json.dumps(record.channel_data, default=str))
    if size > MAX_CHANNEL_DATA:
        raise RuleViolation(f"The channel's data for the order is {size:,} characters; at most {MAX_CHANNEL_DATA:,}.")


def _check_address(address: Address, which: str) -> None:
    for field in Address.FIELDS:
        text(getattr(address, field), f"The {which} {field}", field=field)


def _check_line(line: LineRecord, position: int) -> None:
    label = f"Line {position}"
    text(line.sku, f"{label} SKU", field="sku", required=True)
    for attribute, field, words in _LINE_TEXTS:
        text(getattr(line, attribute), f"{label} {words}", field=field)
    quantity(line.quantity, f"{label} quantity", allow_zero=True)
    price(line.unit_price, f"{label} price")
    total(line.total, f"{label} total")
    _check_attributes(line.attributes, f"{label} attributes")


def _check_attributes(attributes: dict[str, str], label: str) -> None:
    for key, value in attributes.items():
        text(key, f"{label}: the name {shown(key, 20)}", field="attribute", required=True)
        text(value, f"{label}: the value of {shown(key, 20)}", field="attribute_value")
