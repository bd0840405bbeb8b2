"""A pull in bulk (store.upsert_page) writes exactly the rows the per-order path (upsert_record) writes for the same
pages, on every channel's simulator: new orders, orders the channel changed (status, address, lines), orders with
local changes waiting to be sent, orders cancelled in the channel, and a re-pull of everything from the start.

Two desks (SQLite files) pull the same simulator in turn, one order at a time and in bulk, and every table a pull
writes is compared row by row, ids included: orders, lines, attributes, the search index, the audit trail, the sync
log, the outbox and the channel's cursor. Left out, and said why:
- a call's duration in the sync log: how long the simulator took to answer, never the same twice;
- an outbox event's idempotency key: a random key the operator's action draws (not the pull's doing);
- times read from the clock (an order's updated_at, an audit entry's time, ...): the two desks pull one after the
  other, so these must be equal or both be times within the test.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import peewee
import pytest
from sync_harness import configure, fast_engine

from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.sandbox.cloudsuite import CloudSuiteSimulator
from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.sandbox.otplatform import OTPlatformSimulator
from orderdesk.services.status import set_status
from orderdesk.store import upsert_page
from orderdesk.store.db import open_database
from orderdesk.store.models import Channel, Order
from orderdesk.sync.engine import SyncEngine

TABLES = (
    "channel",
    "order",
    "order_line",
    "order_attribute",
    "line_attribute",
    "audit_entry",
    "sync_log_entry",
    "outbox_event",
)
IGNORED = {("sync_log_entry", "duration_ms"), ("outbox_event", "idempotency_key")}
CLOCK = {
    ("channel", "created_at"),
    ("channel", "last_pull_at"),
    ("order", "created_at"),
    ("order", "updated_at"),
    ("audit_entry", "at"),
    ("sync_log_entry", "at"),
    ("outbox_event", "created_at"),
    ("outbox_event", "updated_at"),
    ("outbox_event", "next_attempt_at"),
}
# JSON columns that hold a time read from the clock: the operator's snapshot of an order before and after a change.
CLOCK_IN_JSON = {("audit_entry", "before"): "updated_at", ("audit_entry", "after"): "updated_at"}
# OT Platform signs each call with the time it was made, which the request's excerpt shows.
SIGNED_AT = re.compile(r'"timestamp": "(\d{14})"')
CHANNEL = "Shop"
PG_URL = os.environ.get("ORDERDESK_TEST_POSTGRES")


class Desk:
    """One SQLite desk with the channel configured; `with desk:` makes it the open database."""

    def __init__(self, path: Path | str, *, bulk: bool, demo: dict[str, Any], page_size: int | None) -> None:
        self.path = path  # a SQLite file, or a PostgreSQL URL
        self.engine: SyncEngine = fast_engine(pull_in_bulk=bulk)
        self.pulled: list[list[int]] = []
        with self:
            channel = configure(CHANNEL, demo)
            if page_size:  # small pages, so a pull has several (no admin sets this: it is the adapter's own)
                Channel.update(options={**channel.options, "page_size": str(page_size)}).execute()

    def __enter__(self) -> Desk:
        self.db = open_database(self.path if isinstance(self.path, str) else f"sqlite:///{self.path}")
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()

    def pull(self) -> None:
        self.pulled.append(self.engine.pull(Channel.get(Channel.name == CHANNEL)))

    def rows(self) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
        if isinstance(self.path, str):  # PostgreSQL: the tables (its search index is its own, kept by the server)
            with self:
                tables = {}
                for table in TABLES:
                    cursor = self.db.execute_sql(f'SELECT * FROM "{table}" ORDER BY id')
                    tables[table] = ([c[0] for c in cursor.description], cursor.fetchall())
                return tables
        with sqlite3.connect(self.path) as con:
            tables = {}
            for table in TABLES:
                cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY id')
                tables[table] = ([c[0] for c in cursor.description], cursor.fetchall())
            con.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, order_search, instance)")
            index = con.execute('SELECT term, doc, col, "offset" FROM temp.terms ORDER BY 1, 2, 3, 4').fetchall()
            tables["order_search"] = (["term", "doc", "col", "offset"], index)
            con.execute("INSERT INTO order_search (order_search) VALUES ('integrity-check')")
        return tables


def _near(text: Any, since: datetime) -> bool:
    if isinstance(text, datetime):
        text = text.isoformat()
    if not isinstance(text, str):
        return False
    moment = datetime.fromisoformat(text).replace(tzinfo=UTC)
    return since - timedelta(seconds=5) <= moment <= datetime.now(UTC) + timedelta(seconds=5)


def _without_clock(text: str | None, key: str, since: datetime) -> Any:
    """The JSON document with its clock time taken out (checked to be a time within the test)."""
    document = json.loads(text) if text else None
    stamp = document.pop(key, None) if isinstance(document, dict) else None
    assert stamp is None or _near(stamp.replace("+00:00", ""), since), f"{key} {stamp} is no time of this test"
    return document


def _unsigned(text: str, since: datetime) -> str:
    for stamp in SIGNED_AT.findall(text):
        assert _near(datetime.strptime(stamp, "%Y%m%d%H%M%S").isoformat(), since - timedelta(seconds=1)), stamp
    return SIGNED_AT.sub("<signed>", text)


def assert_same_rows(one: Desk, bulk: Desk, since: datetime) -> None:
    expected, actual = one.rows(), bulk.rows()
    for table, (columns, rows) in expected.items():
        other_columns, other_rows = actual[table]
        assert other_columns == columns
        assert len(other_rows) == len(rows), f"{table}: {len(rows)} rows one by one, {len(other_rows)} in bulk"
        for row, other in zip(rows, other_rows, strict=True):
            for column, value, other_value in zip(columns, row, other, strict=True):
                if (table, column) in IGNORED or value == other_value:
                    continue
                key = CLOCK_IN_JSON.get((table, column))
                if key and _without_clock(value, key, since) == _without_clock(other_value, key, since):
                    continue
                if column == "request_excerpt" and _unsigned(value, since) == _unsigned(other_value, since):
                    continue
                where = f"{table}.{column} of row {row[0]}: {value!r} one by one, {other_value!r} in bulk"
                assert (table, column) in CLOCK and _near(value, since) and _near(other_value, since), where
    assert one.pulled == bulk.pulled


@dataclass
class Scenario:
    """A simulator, its channel-side changes after the first pull, and the order references to act on locally."""

    simulator: Callable[[], Any]
    change: Callable[[Any], None]
    local: Callable[[Any], list[str]] = field(default=lambda sim: [])  # external ids acknowledged on the desk first
    page_size: int | None = None


def _affiliate_change(sim: AffiliateSimulator, *, cancel: bool = True) -> None:
    pending = [number for number, o in sorted(sim.orders.items()) if o["status"] == "pending"]
    first, second, third = pending[0], pending[1], pending[2]
    several = [
        number
        for number, o in sorted(sim.orders.items())
        if len(o["items"]) >= 2 and o["status"] != "cancelled" and number not in pending[:3]
    ]
    address = dict(sim.orders[first]["shipping_address"], street="Nørregade 7")
    sim.touch_order(first, shipping_address=address)  # local status waits to be sent: kept, address taken
    if cancel:
        sim.touch_order(second, status="cancelled", cancel_reason="Out of stock")  # cancelled in the channel
    else:
        sim.touch_order(second, status="processing")  # the local change, echoed by the channel
    sim.touch_order(third, status="processing")  # a plain change
    items = [dict(item) for item in sim.orders[several[0]]["items"]]
    items[0]["quantity"] += 2
    sim.touch_order(several[0], items=items)  # a new quantity on the same lines
    sim.touch_order(several[1], items=[dict(item) for item in sim.orders[several[1]]["items"]][:1])  # a line dropped
    more = [dict(item) for item in sim.orders[several[2]]["items"]]
    sim.touch_order(several[2], items=[*more, {**more[0], "id": 99001, "sku": "EXTRA-1"}])  # a line added
    for number in range(3):
        sim.add_order(items=[(f"NEW-{number}", "New item", 1 + number, "4.50")])


def _affiliate_local(sim: AffiliateSimulator) -> list[str]:
    return [str(number) for number, o in sorted(sim.orders.items()) if o["status"] == "pending"][:2]


def _cloudsuite_change(sim: CloudSuiteSimulator) -> None:
    confirmed = [number for number, o in sorted(sim.orders.items()) if o["state"] == "confirmed"]
    sim.touch_order(confirmed[0], state="cancelled")
    sim.touch_order(confirmed[1], shipment_state="partial")
    lines = [dict(line) for line in sim.orders[confirmed[2]]["order_lines"]]
    lines[0]["quantity"] = f"{Decimal(lines[0]['quantity']) + 1:.3f}"
    sim.touch_order(confirmed[2], order_lines=lines)
    sim.touch_order(confirmed[3], erp_order_number="ERP-7781")
    sim.add_order(lines=[("10042_STUK", 2)])


def _cloudsuite_local(sim: CloudSuiteSimulator) -> list[str]:
    return [str(number) for number, o in sorted(sim.orders.items()) if o["state"] == "confirmed"][1:2]


def _magento_change(sim: MagentoSimulator) -> None:
    pending = sim.entity_ids("pending")
    sim.touch_order(pending[0], status="processing")
    sim.touch_order(pending[1], status="canceled")
    sim.touch_order(pending[2], status="holded")
    sim.add_order(customer=2)
    sim.add_order(kind="configurable")


def _magento_local(sim: MagentoSimulator) -> list[str]:
    return [str(number) for number in sim.entity_ids("pending")[:2]]


def _ot_change(sim: OTPlatformSimulator) -> None:
    waiting = [number for number, o in sorted(sim.orders.items()) if o.status_id in (10, 20) and not o.is_cancelled]
    sim.touch_order(waiting[0], status_id=30)
    sim.touch_order(waiting[1], is_cancelled=True)
    with sim.lock:
        sim.orders[waiting[2]].lines[0].qty += 1
    sim.touch_order(waiting[2])
    line = sim.orders[waiting[3]].lines[0]
    sim.set_waybill(waiting[3], line.id, "YT7700112233")  # new line attributes too: the per-order path's


def _ot_local(sim: OTPlatformSimulator) -> list[str]:
    paid = [number for number, o in sorted(sim.orders.items()) if o.status_id in (10, 20) and o.is_paid]
    return paid[:1]


SCENARIOS = {
    "affiliate": Scenario(AffiliateSimulator, _affiliate_change, _affiliate_local, 4),
    "cloudsuite": Scenario(CloudSuiteSimulator, _cloudsuite_change, _cloudsuite_local),
    "magento": Scenario(MagentoSimulator, _magento_change, _magento_local),
    "otplatform": Scenario(OTPlatformSimulator, _ot_change, _ot_local, 3),
}


@pytest.fixture(params=sorted(SCENARIOS))
def scenario(request: pytest.FixtureRequest) -> Iterator[tuple[Scenario, Any]]:
    chosen = SCENARIOS[request.param]
    simulator = chosen.simulator()
    simulator.start()
    yield chosen, simulator
    simulator.stop()


@pytest.fixture
def careful(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The references taken in on the per-order path (by either desk: each pull_both() counts the bulk desk's)."""
    taken: list[str] = []
    real = upsert_page.upsert_record

    def spy(channel: Any, record: Any, **kwargs: Any) -> Any:
        taken.append(record.reference)
        return real(channel, record, **kwargs)

    monkeypatch.setattr(upsert_page, "upsert_record", spy)
    return taken


def test_a_pull_in_bulk_writes_the_rows_of_a_pull_order_by_order(tmp_path, keyring_memory, scenario, careful):
    chosen, sim = scenario
    one = Desk(tmp_path / "one-by-one.sqlite3", bulk=False, demo=sim.demo_config(), page_size=chosen.page_size)
    bulk = Desk(tmp_path / "bulk.sqlite3", bulk=True, demo=sim.demo_config(), page_size=chosen.page_size)
    compare_pulls(chosen, sim, one, bulk, careful)


@pytest.fixture
def pg_urls() -> Iterator[tuple[str, str]]:
    """Two schemas of their own on the test PostgreSQL server."""
    if not PG_URL:
        pytest.skip("set ORDERDESK_TEST_POSTGRES to a PostgreSQL URL (.ci/run starts a server and sets it)")
    schemas = [f"t_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    parts = urlparse(PG_URL)
    admin = peewee.PostgresqlDatabase(
        parts.path.lstrip("/"), user=parts.username, password=parts.password, host=parts.hostname, port=parts.port
    )
    for schema in schemas:
        admin.execute_sql(f"CREATE SCHEMA {schema}")
    yield tuple(f"{PG_URL}?options=-csearch_path%3D{schema}" for schema in schemas)  # type: ignore[misc]
    for schema in schemas:
        admin.execute_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.close()


def test_a_pull_in_bulk_on_postgresql_writes_the_rows_of_a_pull_order_by_order(keyring_memory, pg_urls, careful):
    # Without a cancellation in the channel: its sync-log outcome, "cancelled_remotely", is longer than the column's
    # 16 characters, which PostgreSQL refuses (on either path; SQLite does not check lengths). Reported, not fixed
    # here: it needs a schema migration.
    chosen = dataclasses.replace(SCENARIOS["affiliate"], change=partial(_affiliate_change, cancel=False))
    sim = chosen.simulator()
    sim.start()
    try:
        one = Desk(pg_urls[0], bulk=False, demo=sim.demo_config(), page_size=chosen.page_size)
        bulk = Desk(pg_urls[1], bulk=True, demo=sim.demo_config(), page_size=chosen.page_size)
        compare_pulls(chosen, sim, one, bulk, careful)
    finally:
        sim.stop()


def compare_pulls(chosen: Scenario, sim: Any, one: Desk, bulk: Desk, careful: list[str]) -> None:
    since = datetime.now(UTC)

    def pull_both(local: Callable[[], None] = lambda: None) -> int:
        """Both desks pull the simulator as it is; how many orders the bulk desk took in one by one."""
        for desk in (one, bulk):
            with desk:
                local()
                before = len(careful)
                desk.pull()
                taken_alone = len(careful) - before
        careful.clear()
        return taken_alone

    assert pull_both() == 0, "new orders all go in bulk"
    with one:
        first_count = Order.select().count()
    assert first_count > 3

    references = chosen.local(sim)
    chosen.change(sim)

    def acknowledge() -> None:
        for reference in references:
            set_status(reference, "processing", user="operator", channel=CHANNEL)

    alone = pull_both(acknowledge)
    with bulk:
        changed = len(bulk.pulled[-1])
    assert 0 < alone < changed, f"{alone} of {changed} changed orders took the per-order path"

    def from_the_start() -> None:
        Channel.update(pull_cursor=None).where(Channel.name == CHANNEL).execute()

    pull_both(from_the_start)
    assert bulk.pulled[-1] == [], "a re-pull of unchanged orders changes nothing"
    assert_same_rows(one, bulk, since)
