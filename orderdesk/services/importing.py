"""Loading channel-neutral orders from a JSON file: each order on its own, a bad one reported, never fatal."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orderdesk.core.errors import RuleViolation
from orderdesk.core.record_io import record_from_dict
from orderdesk.store import audit
from orderdesk.store.db import transaction
from orderdesk.store.orders import find_by_external_id, get_channel, insert_order


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already on the desk
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (which order, why)


def read_order_file(path: Path) -> list[dict[str, Any]]:
    """A list of orders, or {"orders": [...]}; the error says what is wrong with the file, in plain words."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleViolation(f"There is no file {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleViolation(f"{path} cannot be read: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RuleViolation(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None
    if isinstance(data, dict) and isinstance(data.get("orders"), list):
        data = data["orders"]
    if not isinstance(data, list):
        raise RuleViolation(f'{path} must hold a list of orders, or an object with an "orders" list.')
    return data


def import_orders(channel_name: str, orders: list[dict[str, Any]], *, user: str) -> ImportReport:
    """Insert the orders the desk does not have yet; each in its own transaction so one bad order costs only itself."""
    channel = get_channel(channel_name)
    report = ImportReport()
    for position, data in enumerate(orders, start=1):
        label = (
            str(data.get("reference") or data.get("external_id") or f"#{position}")
            if isinstance(data, dict)
            else f"#{position}"
        )
        try:
            record = record_from_dict(data)
        except RuleViolation as exc:
            report.rejected.append((label, exc.message))
            continue
        with transaction():
            if find_by_external_id(channel, record.external_id) is not None:
                report.skipped.append(record.reference)
                continue
            order = insert_order(channel, record)
            audit.record(user, "import", order, f"imported into {channel.name}")
            report.imported.append(record.reference)
    return report
