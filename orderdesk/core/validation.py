"""Validation of what an operator types, a file holds or a channel sends, with messages an operator understands.

One set of limits for every way in: the import file, the command line, the window's dialogs and the records the
channel adapters build. Everything here is pure and raises RuleViolation with one plain sentence.

A `label` names the field in the message ("The quantity"): pass it in the user's language, or an English text
marked with QT_TRANSLATE_NOOP("Validation", ...), which is translated here.
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
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate

# The longest text any of our channels accepts in a free field (Increff refuses more than 255).
DEFAULT_MAX_TEXT = 255
_CONSIGNMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./_-]*$")


def _named(label: str) -> str:
    """The label in the user's language (one already translated, or a caller's own, stays as it is)."""
    return translate("Validation", label)


def _required(label: str, field: str) -> RuleViolation:
    return RuleViolation(translate("Validation", "{label} is required.", label=label), field=field)


def require_text(value: object, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str:
    """A required free-text field: trimmed, not empty, not longer than the channel accepts."""
    label = _named(label)
    result = _plain_text(value, label, field)
    if not result:
        raise _required(label, field)
    return check_length(result, label, field=field, max_length=max_length)


def optional_text(value: object, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str | None:
    label = _named(label)
    result = _plain_text(value, label, field)
    return check_length(result, label, field=field, max_length=max_length) if result else None


def _plain_text(value: object, label: str, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if "\x00" in value:  # PostgreSQL keeps no NUL in text; SQLite would cut the text there when read
            message = translate("Validation", "{label} holds a NUL character, which no text may hold.", label=label)
            raise RuleViolation(message, field=field)
        return value.strip()
    if isinstance(value, int | Decimal | float) and not isinstance(value, bool):
        return str(value)
    message = translate("Validation", "{label} must be text, not {kind}.", label=label, kind=shown_kind(value))
    raise RuleViolation(message, field=field)


def check_length(text: str, label: str, *, field: str, max_length: int = DEFAULT_MAX_TEXT) -> str:
    if len(text) > max_length:
        message = translate(
            "Validation",
            "{label} is %Ln character(s) long; the channel accepts at most {limit}.",
            len(text),
            label=_named(label),
            limit=max_length,
        )
        raise RuleViolation(message, field=field)
    return text


def consignment_number(value: str | None) -> str:
    """A consignment (tracking) number as a scanner or an operator enters it."""
    label = QT_TRANSLATE_NOOP("Validation", "The consignment number")
    text = require_text(value, label, field="consignment_number", max_length=64)
    if not _CONSIGNMENT.match(text):
        message = translate("Validation", "The consignment number may hold only letters, digits, spaces and . / _ -")
        raise RuleViolation(message, field="consignment_number")
    return text


def carrier(value: str | None) -> str:
    return require_text(value, QT_TRANSLATE_NOOP("Validation", "The carrier"), field="carrier", max_length=64)


def reason(value: str | None, what: str = QT_TRANSLATE_NOOP("Validation", "The reason")) -> str:
    return require_text(value, what, field="reason")


def quantity(
    value: object, label: str = QT_TRANSLATE_NOOP("Validation", "The quantity"), *, allow_zero: bool = False
) -> int:
    """A whole number of units, 1 (or 0 when allowed) to MAX_QUANTITY."""
    label = _named(label)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _required(label, "quantity")
    if isinstance(value, bool):
        raise RuleViolation(translate("Validation", "{label} must be a whole number.", label=label), field="quantity")
    try:
        parsed = value if isinstance(value, int) else to_decimal(value)
    except ValueError:
        message = translate(
            "Validation", "{label} must be a whole number, not {value}.", label=label, value=_quoted(value)
        )
        raise RuleViolation(message, field="quantity") from None
    if isinstance(parsed, Decimal) and parsed != parsed.to_integral_value():
        message = translate(
            "Validation", "{label} must be a whole number, not {value}.", label=label, value=shown(value)
        )
        raise RuleViolation(message, field="quantity")
    if parsed < 0:
        raise RuleViolation(translate("Validation", "{label} cannot be negative.", label=label), field="quantity")
    if parsed == 0 and not allow_zero:
        raise RuleViolation(translate("Validation", "{label} must be at least 1.", label=label), field="quantity")
    if parsed > MAX_QUANTITY:
        message = translate(
            "Validation",
            "{label} is {value}; at most %Ln unit(s) fit a line.",
            MAX_QUANTITY,
            label=label,
            value=shown(value),
        )
        raise RuleViolation(message, field="quantity")
    return int(parsed)


def price(value: object, label: str = QT_TRANSLATE_NOOP("Validation", "The price")) -> Decimal:
    """A unit price: a number, not negative, below the amount limit, at most 4 decimals."""
    return amount(value, label, field="unit_price")


def sku(value: object, label: str = QT_TRANSLATE_NOOP("Validation", "The SKU")) -> str:
    label = _named(label)
    result = text(value, label, field="sku", required=True)
    if any(ch.isspace() for ch in result):
        raise RuleViolation(translate("Validation", "{label} cannot contain spaces.", label=label), field="sku")
    return result


def email(value: object) -> str:
    address = text(value, QT_TRANSLATE_NOOP("Validation", "The e-mail address"), field="email")
    if address and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", address):
        message = translate("Validation", "'{value}' is not an e-mail address.", value=shown(address))
        raise RuleViolation(message, field="email")
    return address


def attribute_key(value: str | None) -> str:
    label = QT_TRANSLATE_NOOP("Validation", "The attribute name")
    text = require_text(value, label, field="attribute", max_length=64)
    if not re.match(r"^[A-Za-z][A-Za-z0-9_ -]*$", text):
        message = translate(
            "Validation",
            "'{name}' is not a usable attribute name: start with a letter; letters, digits, spaces, _ and - only.",
            name=shown(text),
        )
        raise RuleViolation(message, field="attribute")
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
    if value is None or (isinstance(value, str) and "\x00" not in value):
        # The common case first, with the label left unworded until a message needs it: a pull checks some thirty
        # fields an order in the thread that fetches the next page.
        result = value.strip() if value else ""
        if (result or not required) and len(result) <= text_limit(field):
            return result
    label = _named(label)
    result = _plain_text(value, label, field)
    if required and not result:
        raise _required(label, field)
    return check_length(result, label, field=field, max_length=text_limit(field))


def shown_kind(value: object) -> str:
    """What a value is, in words (an object, a list, a number...), for a message that refuses it."""
    if value is None:
        return translate("Validation", "empty")
    if isinstance(value, dict):
        return translate("Validation", "an object")
    if isinstance(value, list | tuple):
        return translate("Validation", "a list")
    if isinstance(value, bool):
        return translate("Validation", "true or false")
    return translate("Validation", "a number") if isinstance(value, int | float | Decimal) else f"'{shown(value)}'"


def amount(value: object, label: str, *, field: str, negative: bool = False) -> Decimal:
    """An amount of money: a number, below 100,000,000,000 either way, at most 4 decimals."""
    label = _named(label)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _required(label, field)
    try:
        result = to_decimal(value)
    except ValueError:
        message = translate("Validation", "{label} must be a number, not {value}.", label=label, value=_quoted(value))
        raise RuleViolation(message, field=field) from None
    if result < 0 and not negative:
        raise RuleViolation(translate("Validation", "{label} cannot be negative.", label=label), field=field)
    if abs(result) >= MAX_AMOUNT:
        message = translate(
            "Validation",
            "{label} is too large: amounts must stay below {limit}.",
            label=label,
            limit=f"{MAX_AMOUNT:,}",
        )
        raise RuleViolation(message, field=field)
    exponent = result.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -AMOUNT_DECIMALS:
        message = translate(
            "Validation", "{label} has too many decimals (at most {limit}).", label=label, limit=AMOUNT_DECIMALS
        )
        raise RuleViolation(message, field=field)
    return result


def _quoted(value: object) -> str:
    return f"'{shown(value)}'" if isinstance(value, str | int | float | Decimal) else shown_kind(value)


def total(value: Decimal, label: str = QT_TRANSLATE_NOOP("Validation", "The order total")) -> Decimal:
    """A sum the desk computed (lines and shipping): it must fit the same range as any amount."""
    if abs(value) >= MAX_AMOUNT:
        message = translate(
            "Validation",
            "{label} would be {value}; amounts must stay below {limit}.",
            label=_named(label),
            value=shown(value),
            limit=f"{MAX_AMOUNT:,}",
        )
        raise RuleViolation(message, field="total")
    return value


def shipping(value: object, label: str = QT_TRANSLATE_NOOP("Validation", "The shipping")) -> Decimal:
    return amount(value, label, field="shipping_total")


def commission_rate(
    value: object, label: str = QT_TRANSLATE_NOOP("Validation", "The commission rate")
) -> Decimal | None:
    """An affiliate's commission, in percent of the lines total: 0 to 100, or none."""
    if value is None or value == "":
        return None
    label = _named(label)
    rate = amount(value, label, field="commission_rate")
    if rate > MAX_COMMISSION_PERCENT:
        message = translate(
            "Validation",
            "{label} is {value}%; it must be between 0 and 100%.",
            label=label,
            value=format(rate.normalize(), "f"),
        )
        raise RuleViolation(message, field="commission_rate")
    return rate


def currency(value: object) -> str:
    """A three-letter ISO 4217 code of money a shop charges in (EUR, GBP, PLN...)."""
    if not isinstance(value, str):
        raise RuleViolation(
            translate(
                "Validation",
                "The currency must be a three-letter code such as EUR, not {kind}.",
                kind=shown_kind(value),
            )
        )
    code = value.strip().upper()
    if code not in ISO_4217:
        message = translate(
            "Validation",
            "'{value}' is not a currency: use its three-letter ISO 4217 code, such as EUR.",
            value=shown(value),
        )
        raise RuleViolation(message, field="currency")
    return code


def json_depth(value: object, label: str, *, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse data nested deeper than `limit` levels (walked without recursion, so any depth is safe to check)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list | tuple):
            if depth > limit:
                raise RuleViolation(
                    translate(
                        "Validation",
                        "{label} is nested more than {limit} levels deep.",
                        label=_named(label),
                        limit=limit,
                    )
                )
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)


def row_id(value: int) -> bool:
    """Whether a number could be a row id at all (a larger one would overflow the database's integer)."""
    return 0 < value <= MAX_ID


# ---- whole records, however they were built (a file's order, a channel's payload) --------------------------

_ORDER_TEXTS = (
    ("external_id", QT_TRANSLATE_NOOP("Validation", "The external id")),
    ("reference", QT_TRANSLATE_NOOP("Validation", "The reference")),
    ("source", QT_TRANSLATE_NOOP("Validation", "The source")),
    ("channel_status", QT_TRANSLATE_NOOP("Validation", "The channel status")),
    ("consignment_number", QT_TRANSLATE_NOOP("Validation", "The consignment number")),
    ("carrier", QT_TRANSLATE_NOOP("Validation", "The carrier")),
    ("erp_order_number", QT_TRANSLATE_NOOP("Validation", "The ERP order number")),
)
# (record attribute, limit field, label with the line's {position})
_LINE_TEXTS = (
    ("external_id", "line_external_id", QT_TRANSLATE_NOOP("Validation", "Line {position} external id")),
    ("name", "name", QT_TRANSLATE_NOOP("Validation", "Line {position} name")),
    ("erp_line_number", "erp_line_number", QT_TRANSLATE_NOOP("Validation", "Line {position} ERP line number")),
    ("tracking_number", "tracking_number", QT_TRANSLATE_NOOP("Validation", "Line {position} tracking number")),
)
# Each part of the shipping and the billing address, as a message names it.
_ADDRESS_LABELS = {
    ("shipping", "name"): QT_TRANSLATE_NOOP("Validation", "The shipping name"),
    ("shipping", "company"): QT_TRANSLATE_NOOP("Validation", "The shipping company"),
    ("shipping", "street"): QT_TRANSLATE_NOOP("Validation", "The shipping street"),
    ("shipping", "city"): QT_TRANSLATE_NOOP("Validation", "The shipping city"),
    ("shipping", "postcode"): QT_TRANSLATE_NOOP("Validation", "The shipping postcode"),
    ("shipping", "region"): QT_TRANSLATE_NOOP("Validation", "The shipping region"),
    ("shipping", "country"): QT_TRANSLATE_NOOP("Validation", "The shipping country"),
    ("shipping", "phone"): QT_TRANSLATE_NOOP("Validation", "The shipping phone"),
    ("billing", "name"): QT_TRANSLATE_NOOP("Validation", "The billing name"),
    ("billing", "company"): QT_TRANSLATE_NOOP("Validation", "The billing company"),
    ("billing", "street"): QT_TRANSLATE_NOOP("Validation", "The billing street"),
    ("billing", "city"): QT_TRANSLATE_NOOP("Validation", "The billing city"),
    ("billing", "postcode"): QT_TRANSLATE_NOOP("Validation", "The billing postcode"),
    ("billing", "region"): QT_TRANSLATE_NOOP("Validation", "The billing region"),
    ("billing", "country"): QT_TRANSLATE_NOOP("Validation", "The billing country"),
    ("billing", "phone"): QT_TRANSLATE_NOOP("Validation", "The billing phone"),
}


def check_record(record: OrderRecord) -> OrderRecord:
    """Refuse an order that breaks a limit, naming the order and the field; returns it unchanged when it is fine."""
    try:
        _check_order(record)
    except RuleViolation as exc:
        raise in_order(shown(record.reference or record.external_id), exc) from None
    return record


def in_order(order: str | None, exc: RuleViolation) -> RuleViolation:
    """The refusal `exc` said of one order ("Order 1042: the quantity ..."; None: "The order: ...")."""
    problem = lowered(exc.message)
    if order is None:
        return RuleViolation(translate("Validation", "The order: {problem}", problem=problem), field=exc.field)
    message = translate("Validation", "Order {order}: {problem}", order=order, problem=problem)
    return RuleViolation(message, field=exc.field)


def lowered(message: str) -> str:
    """An English message as it continues after a colon ("The quantity" -> "the quantity"); a translated one keeps
    its capital (a whole sentence after a colon, as German writes it and Dutch may)."""
    return message[:1].lower() + message[1:] if message.startswith(("The ", "Line ", "It ")) else message


def line_label(label: str, position: int) -> str:
    """A field of one line, named with the line's position: line_label("Line {position} SKU", 3)."""
    return translate("Validation", label, position=position)


def _check_order(record: OrderRecord) -> None:
    for field, label in _ORDER_TEXTS:
        text(getattr(record, field), label, field=field, required=field == "external_id")
    text(record.customer.name, QT_TRANSLATE_NOOP("Validation", "The customer name"), field="customer_name")
    text(record.customer.email, QT_TRANSLATE_NOOP("Validation", "The customer e-mail"), field="customer_email")
    text(record.customer.phone, QT_TRANSLATE_NOOP("Validation", "The customer phone"), field="customer_phone")
    _check_address(record.shipping_address, "shipping")
    _check_address(record.billing_address, "billing")
    currency(record.currency)
    shipping(record.shipping_total)
    commission_rate(record.commission_rate)
    _check_attributes(record.attributes, translate("Validation", "The order's attributes"))
    if not record.lines:
        raise RuleViolation(translate("Validation", "The order has no lines."))
    if len(record.lines) > MAX_LINES:
        raise RuleViolation(
            translate(
                "Validation",
                "The order has %Ln line(s); at most {limit} are taken.",
                len(record.lines),
                limit=f"{MAX_LINES:,}",
            )
        )
    for position, line in enumerate(record.lines, start=1):
        _check_line(line, position)
    total(record.lines_total, QT_TRANSLATE_NOOP("Validation", "The lines total"))
    total(record.total)
    json_depth(record.channel_data, QT_TRANSLATE_NOOP("Validation", "The channel's data for the order"))
    size = len(json.dumps(record.channel_data, default=str))
    if size > MAX_CHANNEL_DATA:
        raise RuleViolation(
            translate(
                "Validation",
                "The channel's data for the order is %Ln character(s); at most {limit}.",
                size,
                limit=f"{MAX_CHANNEL_DATA:,}",
            )
        )


def _check_address(address: Address, which: str) -> None:
    for field in Address.FIELDS:
        text(getattr(address, field), _ADDRESS_LABELS[(which, field)], field=field)


def _check_line(line: LineRecord, position: int) -> None:
    text(
        line.sku,
        line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} SKU"), position),
        field="sku",
        required=True,
    )
    for attribute, field, label in _LINE_TEXTS:
        text(getattr(line, attribute), line_label(label, position), field=field)
    quantity(
        line.quantity,
        line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} quantity"), position),
        allow_zero=True,
    )
    price(line.unit_price, line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} price"), position))
    total(line.total, line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} total"), position))
    _check_attributes(
        line.attributes, line_label(QT_TRANSLATE_NOOP("Validation", "Line {position} attributes"), position)
    )


def _check_attributes(attributes: dict[str, str], label: str) -> None:
    """`label` names the attributes in the user's language ("The order's attributes", "Line 3 attributes")."""
    for key, value in attributes.items():
        name_label = translate("Validation", "{attributes}: the name {key}", attributes=label, key=shown(key, 20))
        text(key, name_label, field="attribute", required=True)
        value_label = translate("Validation", "{attributes}: the value of {key}", attributes=label, key=shown(key, 20))
        text(value, value_label, field="attribute_value")
