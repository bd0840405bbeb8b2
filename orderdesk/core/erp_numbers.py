"""ERP order and line numbers (seed 001, steps 3b and 3c): the desk plays the ERP of a CloudSuite webshop.

The channel option "erp_numbers" says who gives them: `auto` (the default) numbers an order when it is acknowledged,
`manual` leaves it to the operator. An automatic order number is the admin's prefix ("erp_prefix", default `OD-`)
and the order's local id; line numbers run 10, 20, 30... in line order and never change for the life of the order;
a line added later takes the next free ten above the highest number on the order. CloudSuite keeps line numbers as
integers, so a line number is a whole number here too.
"""

from __future__ import annotations

from collections.abc import Iterable

from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate

MODE = "erp_numbers"
PREFIX = "erp_prefix"
AUTO = "auto"
MANUAL = "manual"
MODES = (AUTO, MANUAL)
DEFAULT_PREFIX = "OD-"
STEP = 10
MAX_NUMBER_LENGTH = 64  # CloudSuite's erp_order_number, and our column
MAX_PREFIX_LENGTH = 32  # leaves room for the local id
MAX_LINE_NUMBER = 2_147_483_647  # an integer field in CloudSuite (Django's IntegerField)


def parse_mode(text: str | None) -> str:
    """`auto` or `manual` (empty: auto); RuleViolation (field "erp_numbers") for anything else."""
    cleaned = (text or "").strip().lower()
    if not cleaned:
        return AUTO
    if cleaned not in MODES:
        message = translate(
            "ErpNumbers",
            "ERP numbers: '{value}' is neither auto nor manual. Write auto to let OrderDesk number "
            "orders when they are acknowledged, or manual to enter the numbers yourself.",
            value=(text or "").strip(),
        )
        raise RuleViolation(message, field=MODE)
    return cleaned


def parse_prefix(text: str | None) -> str:
    """The prefix of automatic order numbers (empty: `OD-`); RuleViolation (field "erp_prefix") when unusable."""
    cleaned = (text or "").strip()
    if not cleaned:
        return DEFAULT_PREFIX
    if len(cleaned) > MAX_PREFIX_LENGTH:
        message = translate(
            "ErpNumbers",
            "The ERP prefix is %n character(s) long; keep it to {limit}.",
            len(cleaned),
            limit=MAX_PREFIX_LENGTH,
        )
        raise RuleViolation(message, field=PREFIX)
    if any(not ch.isprintable() or ch.isspace() for ch in cleaned):
        message = translate("ErpNumbers", "The ERP prefix cannot contain spaces or invisible characters.")
        raise RuleViolation(message, field=PREFIX)
    return cleaned


def order_number(prefix: str, local_id: int) -> str:
    return f"{prefix}{local_id}"


def parse_order_number(text: str | None) -> str:
    """An ERP order number the operator typed; RuleViolation (field "erp_order_number") when it cannot be sent."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise RuleViolation(translate("ErpNumbers", "The ERP order number is empty."), field="erp_order_number")
    if len(cleaned) > MAX_NUMBER_LENGTH:
        message = translate(
            "ErpNumbers",
            "The ERP order number is %n character(s) long; CloudSuite takes at most {limit}.",
            len(cleaned),
            limit=MAX_NUMBER_LENGTH,
        )
        raise RuleViolation(message, field="erp_order_number")
    if any(not ch.isprintable() for ch in cleaned):
        message = translate("ErpNumbers", "The ERP order number contains invisible characters.")
        raise RuleViolation(message, field="erp_order_number")
    return cleaned


def parse_line_number(text: object, what: str = QT_TRANSLATE_NOOP("ErpNumbers", "The ERP line number")) -> str:
    """A line number as stored: a whole number above zero, without leading zeros. `what` names it in the user's
    language (a text marked in the context "ErpNumbers" is translated here)."""
    what = translate("ErpNumbers", what)
    cleaned = str(text if text is not None else "").strip()
    if not cleaned.isdigit() or int(cleaned) <= 0:
        message = translate(
            "ErpNumbers", "{what} must be a whole number above zero, not '{value}'.", what=what, value=cleaned
        )
        raise RuleViolation(message, field="erp_line_number")
    if int(cleaned) > MAX_LINE_NUMBER:
        message = translate("ErpNumbers", "{what} is too big for CloudSuite ({value}).", what=what, value=cleaned)
        raise RuleViolation(message, field="erp_line_number")
    return str(int(cleaned))


def next_free(numbers: Iterable[str | None]) -> int:
    """The next free line number: the ten above the highest whole number given so far (10 on a fresh order)."""
    highest = max((int(n) for n in numbers if n is not None and str(n).strip().isdigit()), default=0)
    return (highest // STEP + 1) * STEP


def number_lines(numbers: list[str | None]) -> list[str]:
    """Every line's number in line order: the ones a line has stay, the others take the next free ones."""
    result: list[str] = []
    given: list[str | None] = list(numbers)
    for number in numbers:
        if number is not None and str(number).strip():
            result.append(str(number).strip())
        else:
            fresh = str(next_free([*given, *result]))
            result.append(fresh)
    return result
