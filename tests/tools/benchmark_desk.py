"""Benchmark the desk on a large database (a script, not a test: these machines are too noisy for timed tests).

    python tests/tools/benchmark_desk.py [--orders 1000000] [--sync-orders 10000] [--db PATH]

Reports: the time to the first painted window, to apply a filter, to run a search, the longest stall of the
GUI thread while the sync thread pulls --sync-orders orders from the affiliate simulator, and peak memory.
The generated database is kept (and reused when it already has the orders) so runs are comparable.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STATUSES = ["pending"] * 3 + ["processing"] * 3 + ["packed", "dispatched", "dispatched", "delivered", "cancelled"]
PAYMENTS = ["paid"] * 8 + ["unpaid", "invoice_later"]
NAMES = [
    "Zoë Åkerlund",
    "Joaquín Pérez",
    "Siobhán O'Brien",
    "Łukasz Nowak",
    "Ana Araújo",
    "Kenji Sato",
    "Fatima Zahra",
    "Olivia Smith",
    "Noah Müller",
    "Chloé Dubois",
]
CITIES = ["Łódź", "Madrid", "Dublin", "Kraków", "São Paulo", "Osaka", "Rabat", "London", "Berlin", "Lyon"]
CHANNELS = [
    ("Affiliates", "affiliate"),
    ("Webshop", "cloudsuite"),
    ("Magento", "magento"),
    ("OT Platform", "otplatform"),
]


def generate(path: Path, count: int) -> None:
    """Fill a fresh database (current schema) with `count` orders of one or two lines, in bulk."""
    from orderdesk.store.db import open_database

    open_database(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    now = datetime(2026, 11, 1, tzinfo=UTC)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    for number, (name, kind) in enumerate(CHANNELS, start=1):
        con.execute(
            'INSERT INTO "channel" (id, name, kind, base_url, username, options, enabled, poll_interval_s, retry_limit,'
            " state, state_message, created_at, legacy_secrets) VALUES (?, ?, ?, 'https://example.com', '', '{}', 0,"
            " 300, 8, 'idle', '', ?, 0)",
            (number, name, kind, stamp),
        )
    rng = random.Random(7)
    batch, lines = [], []
    order_sql = (
        'INSERT INTO "order" (id, channel_id, external_id, reference, order_source, status, channel_status,'
        " payment_status, customer_name, customer_email, customer_phone, shipping_address, billing_address,"
        " ship_city, ship_country, currency, lines_total, shipping_total, total, line_count, commission_rate,"
        " commission, consignment_number, carrier, note, version, created_at, updated_at, sync_state,"
        " channel_data) VALUES (?,?,?,?,?,?,?,?,?,?,'','{}','{}',?,'',?,?,?,?,?,?,?,?,?,'',1,?,?,'synced','{}')"
    )
    line_sql = (
        'INSERT INTO "order_line" (order_id, position, external_id, sku, name, quantity, unit_price, tracking_number)'
        " VALUES (?,?,?,?,?,?,?,?)"
    )
    for order_id in range(1, count + 1):
        channel = rng.randint(1, 4)
        status = rng.choice(STATUSES)
        person = rng.randrange(len(NAMES))
        qty, price = rng.randint(1, 4), rng.randint(199, 9999) / 100
        total = round(qty * price, 2)
        created = (now - timedelta(minutes=order_id)).strftime("%Y-%m-%d %H:%M:%S.%f")
        affiliate = channel == 1
        batch.append(
            (
                order_id,
                channel,
                f"E{order_id}",
                f"R-{order_id:07d}",
                "affiliate" if affiliate else "web",
                status,
                status,
                rng.choice(PAYMENTS),
                NAMES[person],
                f"customer{order_id}@example.com",
                CITIES[person],
                "EUR",
                total,
                0,
                total,
                1,
                "10" if affiliate else None,
                round(total / 10, 2) if affiliate else None,
                f"JD{order_id:09d}" if status in ("dispatched", "delivered") else None,
                "DHL" if status in ("dispatched", "delivered") else None,
                created,
                created,
            )
        )
        # OT Platform copies its waybills onto the lines of orders that left the warehouse.
        waybill = f"WB{order_id:09d}" if channel == 4 and status in ("dispatched", "delivered") else None
        lines.append((order_id, 0, f"L{order_id}", f"SKU-{order_id % 5000:04d}", "Item", qty, price, waybill))
        if len(batch) == 50_000:
            con.executemany(order_sql, batch)
            con.executemany(line_sql, lines)
            con.commit()
            batch, lines = [], []
            print(f"  generated {order_id:,} orders", file=sys.stderr)
    if batch:
        con.executemany(order_sql, batch)
        con.executemany(line_sql, lines)
        con.commit()
    con.execute("ANALYZE")
    con.close()


def measure(db: Path, sync_orders: int) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from orderdesk.credentials import MemoryKeyring, use_backend
    from orderdesk.store.queries import OrderFilter
    from orderdesk.ui.app import application

    app = QApplication.instance() or application()
    use_backend(MemoryKeyring())
    clock = QElapsedTimer()
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(clock.elapsed())
            return False

    results: dict[str, float] = {}
    clock.start()
    from orderdesk.store.db import open_database
    from orderdesk.ui.main_window import MainWindow

    open_database(f"sqlite:///{db}")
    window = MainWindow(user="bench")
    watch = PaintWatch()
    window.table.viewport().installEventFilter(watch)
    window.show()
    while not painted and clock.elapsed() < 60_000:
        app.processEvents()
    results["first_paint_ms"] = painted[0] if painted else float("nan")

    def timed(name: str, action) -> None:  # type: ignore[no-untyped-def]
        """Time until the rows are painted (the window answers again), then until the count of matches is
        shown (it runs in the background)."""
        started = time.perf_counter()
        action()
        window.table.viewport().repaint()
        app.processEvents()
        results[f"{name}_ms"] = (time.perf_counter() - started) * 1000
        while window.model.counting and time.perf_counter() - started < 60:
            app.processEvents()
            time.sleep(0.001)
        results[f"{name}_counted_ms"] = (time.perf_counter() - started) * 1000

    timed("filter_status", lambda: window.model.set_filter(OrderFilter(status="processing")))
    timed("filter_channel_status", lambda: window.model.set_filter(OrderFilter(status="dispatched", channel="Magento")))
    timed("search_reference", lambda: window.model.set_filter(OrderFilter(search="R-0500000")))
    timed("search_customer", lambda: window.model.set_filter(OrderFilter(search="Joaquín")))
    timed("search_sku", lambda: window.model.set_filter(OrderFilter(search="SKU-1234")))
    timed("search_email_part", lambda: window.model.set_filter(OrderFilter(search="customer123456@")))
    waybill = next((f"WB{n:09d}" for n in range(400_000, 400_100) if _is_ot_dispatched(db, n)), "WB000400000")
    timed("search_waybill", lambda: window.model.set_filter(OrderFilter(search=waybill)))
    window.model.set_filter(OrderFilter())
    window.close()

    results["peak_rss_mb_window"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.update(measure_sync_stall(app, db, sync_orders))
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def _is_ot_dispatched(db: Path, order_id: int) -> bool:
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT tracking_number FROM order_line WHERE order_id = ?", (order_id,)).fetchone()
    return bool(row and row[0])


def serve_channel(orders: int, answers: Any, stop: Any) -> None:
    """An affiliate channel with `orders` new orders, until told to stop (runs in its own process)."""
    from orderdesk.sandbox.affiliate import AffiliateSimulator

    simulator = AffiliateSimulator(orders=0)
    for number in range(orders):
        simulator.add_order(items=[(f"SKU-{number % 500}", "Item", 1 + number % 3, "9.90")])
    simulator.start()
    answers.put(simulator.demo_config())
    stop.wait()
    simulator.stop()


def measure_sync_stall(app, db: Path, sync_orders: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The longest gap between GUI-thread timer ticks while the worker pulls `sync_orders` orders into a copy of
    the large database, with the window open on it."""
    from PySide6.QtCore import QTimer

    from orderdesk.services.channels import add_channel
    from orderdesk.store.db import open_database
    from orderdesk.store.models import Channel, Order
    from orderdesk.sync.worker import SyncController, SyncWorker
    from orderdesk.ui.main_window import MainWindow

    # The channel is another machine in real life: its simulator runs in a process of its own, so its work
    # does not share this process's interpreter with the window.
    spawn = multiprocessing.get_context("spawn")  # never fork a process that runs Qt and threads
    answers: Any = spawn.Queue()
    stop = spawn.Event()
    channel_process = spawn.Process(target=serve_channel, args=(sync_orders, answers, stop), daemon=True)
    channel_process.start()
    demo = answers.get(timeout=120)
    folder = Path(tempfile.mkdtemp(prefix="orderdesk-bench-"))
    copy = folder / "sync.sqlite3"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    open_database(f"sqlite:///{copy}")
    add_channel("Affiliate simulator", "affiliate", url=demo["url"], secrets=demo["secrets"], user="bench")
    channel = Channel.get(Channel.name == "Affiliate simulator")
    controller = SyncController(SyncWorker(tick_ms=500))
    window = MainWindow(user="bench", controller=controller)
    window.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    synced = [0]

    def count() -> None:  # what the status bar would do, not a busy loop of queries
        synced[0] = Order.select().where(Order.channel == channel).count()

    counter = QTimer()
    counter.setInterval(500)
    counter.timeout.connect(count)
    counter.start()
    started = time.perf_counter()
    controller.start()
    while synced[0] < sync_orders and time.perf_counter() - started < 900:
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - started
    timer.stop()
    counter.stop()
    window.close()
    stop.set()
    channel_process.join(timeout=10)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    return {"sync_orders": sync_orders, "sync_seconds": took, "longest_gui_stall_ms": max(gaps) if gaps else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--sync-orders", type=int, default=10_000)
    parser.add_argument("--markdown", action="store_true", help="also print the README's table")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "orderdesk-bench.sqlite3")
    args = parser.parse_args()
    have = 0
    if args.db.exists():
        with sqlite3.connect(args.db) as con:
            have = con.execute('SELECT COUNT(*) FROM "order"').fetchone()[0]
    if have != args.orders:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        print(f"Generating {args.orders:,} orders in {args.db} ...", file=sys.stderr)
        started = time.perf_counter()
        generate(args.db, args.orders)
        print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    results = measure(args.db, args.sync_orders)
    results["orders"] = args.orders
    print(json.dumps(results, indent=2))
    if args.markdown:
        print(markdown(results))
    return 0


ROWS = [
    ("first_paint_ms", "time to the first painted window"),
    ("filter_status_ms", "filter by status"),
    ("filter_channel_status_ms", "filter by channel and status"),
    ("search_reference_ms", "search a reference"),
    ("search_email_part_ms", "search part of an e-mail address"),
    ("search_sku_ms", "search a SKU (200 orders)"),
    ("search_waybill_ms", "search a waybill (tracking number)"),
    ("search_customer_ms", "search a first name shared by 100,000 orders"),
    ("longest_gui_stall_ms", "longest GUI-thread stall while 10,000 orders sync"),
]


def markdown(results: dict[str, float]) -> str:
    """The README's table."""
    lines = [
        f"| on {int(results['orders']):,} orders | rows shown | with the count of matches |",
        "| --- | ---: | ---: |",
    ]
    for key, label in ROWS:
        counted = results.get(key.replace("_ms", "_counted_ms"))
        after = f"{counted:,.0f} ms" if counted is not None and key != "first_paint_ms" else ""
        if key == "longest_gui_stall_ms":
            after = ""
        lines.append(f"| {label} | {results[key]:,.0f} ms | {after} |")
    lines.append(f"| the sync of {int(results['sync_orders']):,} orders itself | {results['sync_seconds']:,.0f} s | |")
    lines.append(f"| peak memory of the process (window, then the sync) | {results['peak_rss_mb']:,.0f} MB | |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
