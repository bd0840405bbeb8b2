"""Taking a whole page of pulled orders in at once: the rules of upsert_record, in a handful of statements.

One query finds which of the page's orders the desk has and their fingerprints; unchanged ones are left alone, new
ones are inserted together (each order row written once, so its search entry too), and changed ones are read whole
in one query and written back in one statement. Whatever needs more care than that takes the per-order path,
upsert_record, for that one order: an order with unsent local changes, in conflict, cancelled in the channel, made
here and awaiting its channel id, listed twice on the page, or whose lines the channel added, dropped or gave other
attributes.

The rows written are the ones upsert_record writes for the same records, in the same order (so even the ids are
the same): writes waiting in the batch are flushed before any order takes the per-order path. A batch that fails
is rolled back and its orders are taken in one by one, so a bad order still costs only itself.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.record_io import record_to_dict
from orderdesk.core.records import OrderRecord
from orderdesk.core.statuses import OrderStatus, SyncState
from orderdesk.store import audit
from orderdesk.store.bulk import marks, quoted, update_rows
from orderdesk.store.db import is_locked, is_postgres, transaction
from orderdesk.store.fields import JsonText, json_text
from orderdesk.store.models import Channel, LineAttribute, Order, OrderLine, OutboxEvent, database_proxy
from orderdesk.store.orders import insert_orders, known_orders, recompute_totals
from orderdesk.store.remote_base import ERP_LINES, OPEN, PARTS, parts_changed_in_channel
from orderdesk.store.upsert import (
    SYNC_USER,
    UpsertOutcome,
    assign_line,
    match_lines,
    take_order_fields,
    text_fingerprint,
    upsert_record,
)


@dataclass(frozen=True)
class Taken:
    """What became of one record of the page: its outcome, or the error that refused it (with the traceback of a
    bug, for the sync log)."""

    record: OrderRecord
    outcome: UpsertOutcome | None = None
    error: Exception | None = None
    trace: str = ""


def take_one(channel: Channel, record: OrderRecord, user: str = SYNC_USER) -> Taken:
    """The per-order path for one record, in a savepoint of its own: a refusal or a bug costs only this order."""
    try:
        with transaction():
            return Taken(record, upsert_record(channel, record, user=user))
    except RuleViolation as exc:
        return Taken(record, error=exc)
    except Exception as exc:
        if is_locked(exc):
            raise  # the database, not the order: the whole page waits and is tried again
        return Taken(record, error=exc, trace=traceback.format_exc()[-2000:])


@dataclass(frozen=True)
class Checked:
    """A record checked against the limits (core.validation) and fingerprinted, or why it was refused."""

    new: dict[str, Any] | None = None  # the record's JSON form: what the order's remote base becomes
    text: str = ""  # that form as the remote base column keeps it
    digest: str = ""
    error: RuleViolation | None = None


def check_page(records: list[OrderRecord]) -> dict[int, Checked]:
    """Each record checked and fingerprinted, by id(record): no database, so the engine does it in the thread that
    fetched the page, while its own thread writes the page before."""
    return {id(record): _check(record) for record in records}


def _check(record: OrderRecord) -> Checked:
    try:
        validation.check_record(record)
    except RuleViolation as exc:
        return Checked(error=exc)
    new = record_to_dict(record)
    text = json_text(new)
    return Checked(new, text, text_fingerprint(text))


def upsert_page(
    channel: Channel, records: list[OrderRecord], user: str = SYNC_USER, checks: Mapping[int, Checked] | None = None
) -> list[Taken]:
    """Take a page in (inside the caller's transaction); one Taken per record, in the page's order. `checks`:
    check_page() of the records, when it was done already."""
    taken: list[Taken | None] = [None] * len(records)
    checked: list[tuple[int, Checked]] = []
    for index, record in enumerate(records):
        check = checks.get(id(record)) if checks is not None else None
        check = check or _check(record)
        if check.error is not None or check.new is None:
            taken[index] = Taken(record, error=check.error)
            continue
        checked.append((index, check))
    known = known_orders(channel.id, [records[index].external_id for index, _ in checked])
    missing = [records[index] for index, _ in checked if records[index].external_id not in known]
    awaiting = _awaiting_references(channel.id, [record.reference for record in missing])
    changed = {
        here[0]
        for index, check in checked
        if (here := known.get(records[index].external_id)) and here[1] != check.digest
    }
    stored = _Stored.read(sorted(changed))
    batch = _Batch(channel, user, taken)
    seen: set[str] = set()
    for index, check in checked:
        record, new, digest = records[index], check.new, check.digest
        assert new is not None
        here = known.get(record.external_id)
        repeated = record.external_id in seen
        seen.add(record.external_id)
        if repeated or (here is None and record.reference in awaiting):
            batch.careful(index, record)
        elif here is None:
            batch.insert(index, record, check)
        elif here[1] == digest:
            taken[index] = Taken(record, UpsertOutcome(here[0], "unchanged"))
        elif not batch.update(index, record, new, digest, stored, here[0]):
            batch.careful(index, record)
    batch.flush()
    return [item for item in taken if item is not None]


def _awaiting_references(channel_id: int, references: list[str]) -> set[str]:
    """Which of these references belong to orders made here that wait for their channel id (split parts)."""
    if not references:
        return set()
    wanted = list(dict.fromkeys(references))
    sql = (
        f'SELECT "reference" FROM "order" WHERE "channel_id" = {database_proxy.param} AND "external_id" IS NULL '
        f'AND "reference" IN ({marks(len(wanted))})'
    )
    return {row[0] for row in database_proxy.execute_sql(sql, [channel_id, *wanted])}


@dataclass
class _Stored:
    """The changed orders of a page as stored: whole rows, their lines, and which have unsent events."""

    orders: dict[int, Order] = field(default_factory=dict)
    lines: dict[int, list[OrderLine]] = field(default_factory=dict)
    attributes: dict[int, dict[str, str]] = field(default_factory=dict)  # by line id
    with_open_events: set[int] = field(default_factory=set)

    @classmethod
    def read(cls, ids: list[int]) -> _Stored:
        stored = cls()
        if not ids:
            return stored
        query = Order.select().where(Order.id.in_(ids))
        if is_postgres(database_proxy.obj):
            # Held until the page commits, as the per-order path's UPDATE would hold them: a desk saving one of
            # these orders meanwhile waits, rather than have its change overwritten by what was read here.
            query = query.for_update()
        stored.orders = {order.id: order for order in query}
        lines = OrderLine.select().where(OrderLine.order.in_(ids))
        for line in lines.order_by(OrderLine.order, OrderLine.position, OrderLine.id):
            stored.lines.setdefault(line.order_id, []).append(line)
        line_ids = [line.id for rows in stored.lines.values() for line in rows]
        if line_ids:
            for attribute in LineAttribute.select().where(LineAttribute.line.in_(line_ids)):
                stored.attributes.setdefault(attribute.line_id, {})[attribute.key] = attribute.value
        sql = (
            f"SELECT DISTINCT {quoted('order_id')} FROM {quoted(OutboxEvent._meta.table_name)} "
            f"WHERE {quoted('order_id')} IN ({marks(len(ids))}) AND {quoted('state')} IN ({marks(len(OPEN))})"
        )
        stored.with_open_events = {row[0] for row in database_proxy.execute_sql(sql, [*ids, *OPEN])}
        return stored


def _lines_as_stored(order_ids: list[int]) -> dict[int, list[OrderLine]]:
    """The quantity and unit price of every line of these orders, as the database gives them back."""
    lines: dict[int, list[OrderLine]] = {}
    if not order_ids:
        return lines
    sql = (
        f'SELECT "order_id", "quantity", "unit_price" FROM {quoted(OrderLine._meta.table_name)} '
        f'WHERE "order_id" IN ({marks(len(order_ids))})'
    )
    price = OrderLine.unit_price
    for order_id, quantity, unit_price in database_proxy.execute_sql(sql, order_ids):
        lines.setdefault(order_id, []).append(OrderLine(quantity=quantity, unit_price=price.python_value(unit_price)))
    return lines


class _Batch:
    """Writes waiting to go in a few statements, kept in the page's order."""

    def __init__(self, channel: Channel, user: str, taken: list[Taken | None]) -> None:
        self.channel = channel
        self.user = user
        self.taken = taken
        self.new: list[tuple[int, OrderRecord, Checked]] = []
        self.orders: list[Order] = []
        self.lines: list[OrderLine] = []
        self.entries: list[tuple[int, str, str]] = []  # (index on the page, action, detail), in the page's order
        self.order_of: dict[int, int] = {}  # index on the page -> order id, for the updated ones

    def careful(self, index: int, record: OrderRecord) -> None:
        """The per-order path for this record, after everything before it on the page is written."""
        self.flush()
        self.taken[index] = take_one(self.channel, record, self.user)

    def insert(self, index: int, record: OrderRecord, check: Checked) -> None:
        self.new.append((index, record, check))
        self.entries.append((index, "pulled", f"new order from {self.channel.name}"))

    def update(
        self, index: int, record: OrderRecord, new: dict[str, Any], digest: str, stored: _Stored, order_id: int
    ) -> bool:
        """Queue the channel's change of a stored order; False when it needs the per-order path."""
        order = stored.orders.get(order_id)
        if order is None or order_id in stored.with_open_events or order.sync_state == SyncState.CONFLICT.value:
            return False
        if record.status == OrderStatus.CANCELLED and order.status != OrderStatus.CANCELLED.value:
            return False
        keep = set(PARTS) - parts_changed_in_channel(order, new, open_events=False)
        lines = stored.lines.get(order_id, [])
        changed_lines: list[OrderLine] = []
        if "lines" not in keep:
            matched = match_lines(lines, record.lines)
            if any(row is None for row in matched) or {row.id for row in matched if row} != {ln.id for ln in lines}:
                return False  # a line added or dropped
            for position, (line, row) in enumerate(zip(record.lines, matched, strict=True)):
                assert row is not None
                if line.attributes and stored.attributes.get(row.id, {}) != line.attributes:
                    return False
                before = dict(row.__data__)
                assign_line(row, position, line, keep_erp_numbers=ERP_LINES in keep)
                if row.__data__ != before and row not in changed_lines:
                    changed_lines.append(row)
        version = order.version
        take_order_fields(order, record, keep=keep)
        order.remote_fingerprint = digest
        order.remote_base = new
        order.remote_snapshot = None
        order.version = version + 1
        order.sync_state = SyncState.SYNCED.value  # no unsent events: what refresh_sync_state makes of it
        self.orders.append(order)
        self.lines.extend(changed_lines)
        self.order_of[index] = order.id
        self.entries.append((index, "updated_from_channel", f"{self.channel.name} changed the order"))
        self.taken[index] = Taken(record, UpsertOutcome(order.id, "updated"))
        return True

    def flush(self) -> None:
        if not (self.new or self.orders or self.entries):
            return
        try:
            with transaction():
                self._write()
        except Exception as exc:
            if is_locked(exc):
                raise
            # Something in the batch broke a statement: take its orders in one by one, so only the bad one is left out.
            for index, record in self._records():
                self.taken[index] = take_one(self.channel, record, self.user)
        self.new, self.orders, self.lines, self.entries, self.order_of = [], [], [], [], {}

    def _write(self) -> None:
        pulled = {record.external_id: check for _, record, check in self.new}

        def finish(order: Order, record: OrderRecord) -> None:
            check = pulled[record.external_id]
            order.remote_base, order.remote_fingerprint = JsonText(check.text), check.digest
            order.sync_state = SyncState.SYNCED.value

        ids = insert_orders(self.channel, [record for _, record, _ in self.new], finish)
        for index, record, _ in self.new:
            self.order_of[index] = ids[record.external_id]
            self.taken[index] = Taken(record, UpsertOutcome(ids[record.external_id], "inserted"))
        update_rows(OrderLine, self.lines)
        # The totals from the lines as stored, as the per-order path reads them back (an amount is kept to 4 places).
        stored_lines = _lines_as_stored([order.id for order in self.orders])
        for order in self.orders:
            recompute_totals(order, stored_lines.get(order.id, []))
        update_rows(Order, self.orders)
        entries = [(self.order_of[index], action, detail) for index, action, detail in self.entries]
        audit.record_entries(self.user, entries)

    def _records(self) -> list[tuple[int, OrderRecord]]:
        indexes = sorted({index for index, _, _ in self.entries})
        by_index = {index: record for index, record, _ in self.new}
        by_index.update({index: item.record for index in indexes if (item := self.taken[index]) is not None})
        return [(index, by_index[index]) for index in indexes]
