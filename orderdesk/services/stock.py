"""Stock quantities to publish to a channel (seed 002's Update Inventory): set them, or import a sku,quantity CSV.

Every call checks everything first and queues in ONE transaction with its audit entry: a bad quantity refuses a
`set` as a whole, a bad row of a file is reported by its line number while the good rows queue together.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from orderdesk.core import capabilities
from orderdesk.core.capabilities import LABELS, ChannelKind
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.roles import Right
from orderdesk.core.text import translate
from orderdesk.services.access import require
from orderdesk.store import audit, stock
from orderdesk.store.db import transaction
from orderdesk.store.models import Channel, StockLevel
from orderdesk.store.orders import get_channel

MAX_SKU = 64
MAX_QUANTITY = 99_999_999
HEADER = ("sku", "quantity")
AUDIT_SAMPLE = 20  # SKUs named in the audit detail; the full list is in the audit's "after"


@dataclass
class StockImport:
    """What an import queued and which lines it refused (line number, why)."""

    queued: dict[str, int] = field(default_factory=dict)
    refused: list[tuple[int, str]] = field(default_factory=list)
    repeated: int = 0  # rows whose SKU came again further down (the later line counts)


def check_sku(text: object) -> str:
    sku = str(text if text is not None else "").strip()
    if not sku:
        raise RuleViolation(translate("StockService", "The SKU is empty."))
    if any(ord(char) < 32 for char in sku):
        shown = "".join(char if ord(char) >= 32 else " " for char in sku)
        raise RuleViolation(
            translate("StockService", "The SKU '{sku}' has a line break or a control character in it.", sku=shown)
        )
    if len(sku) > MAX_SKU:
        raise RuleViolation(
            translate(
                "StockService", "The SKU '{sku}…' is longer than {limit} characters.", sku=sku[:20], limit=MAX_SKU
            )
        )
    return sku


def check_quantity(sku: str, value: object) -> int:
    """A whole number from 0 up; the refusal names the SKU and what was given."""
    text = str(value if value is not None else "").strip()
    if not text:
        raise RuleViolation(translate("StockService", "The quantity of {sku} is missing.", sku=sku))
    sign = text[1:] if text[0] in "+-" else text
    if not sign.isdigit():
        try:
            float(text)
        except ValueError:
            raise RuleViolation(
                translate(
                    "StockService", "The quantity of {sku} must be a whole number, not '{given}'.", sku=sku, given=text
                )
            ) from None
        if text.startswith("-"):
            raise RuleViolation(_negative(sku, text))
        raise RuleViolation(
            translate(
                "StockService",
                "The quantity of {sku} must be a whole number of units, not '{given}'.",
                sku=sku,
                given=text,
            )
        )
    number = int(text)
    if number < 0:
        raise RuleViolation(_negative(sku, text))
    if number > MAX_QUANTITY:
        raise RuleViolation(
            translate(
                "StockService",
                "The quantity of {sku} ({given}) is more than {limit} and cannot be right.",
                sku=sku,
                given=number,
                limit=f"{MAX_QUANTITY:,}",
            )
        )
    return number


def _negative(sku: str, text: str) -> str:
    return translate("StockService", "The quantity of {sku} cannot be negative ('{given}').", sku=sku, given=text)


def stock_channel(name: str) -> Channel:
    """The channel, if it takes stock quantities."""
    channel = get_channel(name)
    if not capabilities.supports(channel.kind, EventKind.STOCK):
        label = LABELS.get(ChannelKind(channel.kind), channel.kind)
        raise RuleViolation(
            translate(
                "StockService",
                "Channel {channel} ({kind}) does not take stock quantities from OrderDesk.",
                channel=name,
                kind=label,
            )
        )
    return channel


def _queue(channel: Channel, quantities: Mapping[str, int], user: str, how: str) -> None:
    with transaction():
        stock.queue(channel, quantities, user)
        sample = ", ".join(f"{sku}={qty}" for sku, qty in list(quantities.items())[:AUDIT_SAMPLE])
        more = f" and {len(quantities) - AUDIT_SAMPLE} more" if len(quantities) > AUDIT_SAMPLE else ""
        audit.record(
            user,
            "stock_set",
            None,
            f"{how}: {len(quantities)} SKU(s) for {channel.name}: {sample}{more}",
            after={"channel": channel.name, "quantities": dict(quantities)},
        )


def set_quantities(channel_name: str, quantities: Mapping[str, object], *, user: str) -> dict[str, int]:
    """Queue sku -> quantity for the channel; one bad pair refuses them all (nothing is half-queued)."""
    user = require(Right.STOCK, user)
    channel = stock_channel(channel_name)
    if not quantities:
        raise RuleViolation(translate("StockService", "Say which SKU gets which quantity."))
    checked: dict[str, int] = {}
    problems = []
    for raw_sku, raw_quantity in quantities.items():
        try:
            sku = check_sku(raw_sku)
            checked[sku] = check_quantity(sku, raw_quantity)
        except RuleViolation as exc:
            problems.append(exc.message)
    if problems:
        raise RuleViolation(translate("StockService", "{problems} Nothing was queued.", problems=" ".join(problems)))
    _queue(channel, checked, user, "set")
    return checked


def parse_stock_csv(text: str) -> StockImport:
    """Rows of a sku,quantity CSV (header first; comma, or semicolon or tab as a spreadsheet saves it); a bad row
    is refused with its line number, the rest are kept."""
    result = StockImport()
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    # A spreadsheet set to a European locale saves "sku;quantity": take its separator rather than refuse it.
    delimiter = next((d for d in (";", "\t") if d in first and "," not in first), ",")
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(rows, None)
    names = tuple(cell.strip().lower() for cell in header or [])
    if names[:2] != HEADER or any(names[2:]):
        shown = ",".join(header or []) or translate("StockService", "nothing")
        raise RuleViolation(
            translate(
                "StockService",
                "The first line of a stock file must be the header sku,quantity (it is {found}).",
                found=shown,
            )
        )
    seen: dict[str, int] = {}
    for row in rows:
        number = rows.line_num  # the file's line, also when a quoted value spans lines
        if not any(cell.strip() for cell in row):
            continue
        try:
            if len(row) < 2 or any(cell.strip() for cell in row[2:]):
                raise RuleViolation(translate("StockService", "it has %n value(s); a row is sku,quantity.", len(row)))
            sku = check_sku(row[0])
            quantity = check_quantity(sku, row[1])
        except RuleViolation as exc:
            result.refused.append((number, exc.message))
            continue
        if sku in seen:
            result.repeated += 1
            del result.queued[sku]  # newest wins: the later line takes the SKU's place in the order
        seen[sku] = number
        result.queued[sku] = quantity
    return result


def read_stock_file(path: Path) -> StockImport:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleViolation(translate("StockService", "There is no file {path}.", path=path)) from None
    except UnicodeDecodeError:
        raise RuleViolation(translate("StockService", "{path} is not a text file in UTF-8.", path=path)) from None
    except OSError as exc:
        raise RuleViolation(
            translate("StockService", "{path} cannot be read ({reason}).", path=path, reason=exc.strerror or exc)
        ) from None
    return parse_stock_csv(text)


def import_file(channel_name: str, path: Path, *, user: str) -> StockImport:
    """Queue the good rows of a sku,quantity file in one transaction; the refused lines are in the result."""
    user = require(Right.STOCK, user)
    channel = stock_channel(channel_name)
    result = read_stock_file(path)
    if not result.queued and not result.refused:
        raise RuleViolation(translate("StockService", "{path} has a header but no rows.", path=path))
    if result.queued:
        _queue(channel, result.queued, user, f"import of {path.name}")
    return result


def levels(channel: str | None = None) -> list[StockLevel]:
    return stock.list_levels(channel)


def retry_failed(channel_name: str, skus: Iterable[str] | None = None, *, user: str) -> int:
    """Send the failed quantities again (all of the channel's, or these SKUs'); returns how many."""
    user = require(Right.RETRY, user)
    channel = stock_channel(channel_name)
    wanted = set(skus) if skus is not None else None
    rows = stock.list_levels(channel.name, states={"failed"})
    failed = {row.sku: row.quantity for row in rows if wanted is None or row.sku in wanted}
    if failed:
        _queue(channel, failed, user, "retry")
    return len(failed)
