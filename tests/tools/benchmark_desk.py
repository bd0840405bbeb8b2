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
import statistics
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


RUNS = 6  # of each filter: one to warm the caches, then five of which the median counts
# The filters and searches timed, as OrderFilter's fields (a waybill search is added once one is found).
FILTERS: list[tuple[str, dict[str, str]]] = [
    ("filter_status", {"status": "processing"}),
    ("filter_channel_status", {"status": "dispatched", "channel": "Magento"}),
    ("search_reference", {"search": "R-0500000"}),
    ("search_customer", {"search": "Joaquín"}),
    ("search_sku", {"search": "SKU-1234"}),
    ("search_email_part", {"search": "customer123456@"}),
]


def measure(db: Path, sync_orders: int, compare_thread: bool = False) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from orderdesk.credentials import MemoryKeyring, use_backend
    from orderdesk.store.models import database_proxy
    from orderdesk.store.queries import OrderFilter
    from orderdesk.ui.app import application

    app = QApplication.instance() or application()
    use_backend(MemoryKeyring())
    clock = QElapsedTimer()
    painted: list[float] = []

    class PaintWatch(QObject):
        """Notes when the table's rows are painted (the paint itself is done when processEvents returns)."""

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

    connection = database_proxy.connection()  # the GUI thread's: what the window itself runs

    def timed(name: str, flt: OrderFilter) -> None:
        """Time until the rows are painted (the window answers again), then until the count of matches is
        shown (it runs in the background). Each filter runs RUNS times from the unfiltered table, the first run
        warming the caches; the median of the others counts. The SQL the window ran is then run again alone, on
        a connection of its own, for the raw time of the same page."""
        shown: list[float] = []
        counts: list[float] = []
        for _ in range(RUNS):
            window.model.set_filter(OrderFilter())
            window.table.viewport().repaint()
            while window.model.counting:
                app.processEvents()
                time.sleep(0.001)
            statements: list[str] = []
            connection.set_trace_callback(statements.append)
            painted.clear()
            started = time.perf_counter()
            window.model.set_filter(flt)
            while not painted:  # the event loop lays the table out and paints it, as it would for the operator
                app.processEvents()
            took = (time.perf_counter() - started) * 1000
            connection.set_trace_callback(None)
            while window.model.counting and time.perf_counter() - started < 60:
                app.processEvents()
                time.sleep(0.001)
            shown.append(took)
            counts.append((time.perf_counter() - started) * 1000)
        results[f"{name}_ms"] = statistics.median(shown[1:])
        results[f"{name}_counted_ms"] = statistics.median(counts[1:])
        results[f"{name}_sql_ms"] = raw_sql_ms(db, statements)
        results[f"{name}_statements"] = len(statements)

    for name, wanted in FILTERS:
        timed(name, OrderFilter(**wanted))
    waybill = next((f"WB{n:09d}" for n in range(400_000, 400_100) if _is_ot_dispatched(db, n)), "WB000400000")
    timed("search_waybill", OrderFilter(search=waybill))
    results["search_customer_plain_sql_ms"] = raw_sql_ms(db, [plain_page_sql(OrderFilter(search="Joaquín"))])
    window.model.set_filter(OrderFilter())
    while window.model.counting:  # a count still running when the window closes would answer nobody
        app.processEvents()
        time.sleep(0.001)
    window.close()

    results["peak_rss_mb_window"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if sync_orders:
        results.update(measure_sync_stall(app, db, sync_orders))
        if compare_thread:
            shared = measure_sync_stall(app, db, sync_orders, in_thread=True)
            results.update({f"thread_{key}": value for key, value in shared.items()})
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def raw_sql_ms(db: Path, statements: list[str]) -> float:
    """The time SQLite takes for these statements alone (the best of three, each read to the end), on a connection
    of its own to the same database."""
    queries = [sql for sql in statements if sql.lstrip().upper().startswith(("SELECT", "PRAGMA", "WITH"))]
    best = float("inf")
    with sqlite3.connect(db) as con:
        for _ in range(3):
            started = time.perf_counter()
            for sql in queries:
                con.execute(sql).fetchall()
            best = min(best, (time.perf_counter() - started) * 1000)
    return best


def plain_page_sql(flt: Any) -> str:
    """The first page of the table as one plain statement (ids in table order), its values written in."""
    from orderdesk.store.models import Order
    from orderdesk.store.queries import filtered, ordering

    query = filtered(flt).select(Order.id).order_by(*ordering("created", True)).limit(400)
    sql, params = query.sql()
    return sql.replace("?", "{}").format(*(_literal(value) for value in params))


def _literal(value: Any) -> str:
    if isinstance(value, int | float):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def _is_ot_dispatched(db: Path, order_id: int) -> bool:
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT tracking_number FROM order_line WHERE order_id = ?", (order_id,)).fetchone()
    return bool(row and row[0])


def serve_channel(orders: int, answers: Any, stop: Any) -> None:
    """An affiliate channel with `orders` new orders, until told to stop (runs in its own process, at a low
    priority: in real life it is another machine, and its work takes no CPU from the desk)."""
    from orderdesk.sandbox.affiliate import AffiliateSimulator

    os.nice(10)

    simulator = AffiliateSimulator(orders=0)
    for number in range(orders):
        simulator.add_order(items=[(f"SKU-{number % 500}", "Item", 1 + number % 3, "9.90")])
    simulator.start()
    answers.put(simulator.demo_config())
    stop.wait()
    simulator.stop()


CHANNEL = "Affiliate simulator"


def measure_sync_stall(app, db: Path, sync_orders: int, *, in_thread: bool = False) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The longest gap between GUI-thread timer ticks while `sync_orders` orders are pulled into a copy of the large
    database, with the window open on it: by the engine in its own process, as the window runs it, or (in_thread)
    by the engine in the window's sync thread, as it ran before."""
    from peewee import fn
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from orderdesk.services.channels import add_channel
    from orderdesk.store.db import open_database
    from orderdesk.store.models import Order
    from orderdesk.sync.worker import EngineProcessWorker, SyncController, SyncWorker
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
    before = int(Order.select(fn.MAX(Order.id)).scalar() or 0)
    add_channel(CHANNEL, "affiliate", url=demo["url"], secrets=demo["secrets"], user="bench")
    worker = SyncWorker(tick_ms=500) if in_thread else EngineProcessWorker(f"sqlite:///{copy}", tick_ms=500)
    controller = SyncController(worker)
    window = MainWindow(user="bench", controller=controller)
    window.show()
    # Each gap between ticks, split into the GUI thread's own work (its CPU time), its wait for a CPU (the
    # kernel's run-queue time: other threads and processes) and the rest, when it was neither running nor
    # ready to run: blocked - on the interpreter lock, mostly, while the engine shares the process (else on a
    # database lock or the disk).
    gaps: list[tuple[float, float, float]] = []
    last = [time.perf_counter(), time.thread_time(), _queued_seconds()]

    def tick() -> None:
        now, cpu, queued = time.perf_counter(), time.thread_time(), _queued_seconds()
        gaps.append(((now - last[0]) * 1000, (cpu - last[1]) * 1000, (queued - last[2]) * 1000))
        last[:] = [now, cpu, queued]

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()  # Qt's own loop: no Python of the benchmark's between the window's events

    def count() -> None:  # what the status bar would do, not a busy loop of queries
        if Order.select().where(Order.id > before).count() >= sync_orders:
            loop.quit()

    counter = QTimer()
    counter.setInterval(500)
    counter.timeout.connect(count)
    QTimer.singleShot(900_000, loop.quit)
    started = time.perf_counter()
    controller.start()
    last[:] = [time.perf_counter(), time.thread_time(), _queued_seconds()]
    timer.start()
    counter.start()
    loop.exec()
    took = time.perf_counter() - started
    timer.stop()
    counter.stop()
    engine_rss = _peak_rss_mb(getattr(getattr(worker, "_process", None), "pid", None))
    window.close()
    stop.set()
    channel_process.join(timeout=10)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    longest = max(gaps, default=(0.0, 0.0, 0.0))
    walls = sorted(gap[0] for gap in gaps)
    return {
        "sync_orders": sync_orders,
        "sync_seconds": took,
        "longest_gui_stall_ms": longest[0],
        "longest_gui_stall_own_work_ms": longest[1],
        "longest_gui_stall_cpu_wait_ms": longest[2],
        "longest_gui_stall_blocked_ms": max(0.0, longest[0] - longest[1] - longest[2] - TICK_MS),
        "gui_gap_p99_ms": walls[int(len(walls) * 0.99)] if walls else 0.0,
        "gui_gaps_over_50_ms": float(sum(1 for wall in walls if wall > 50)),
        # The part of a gap the desk's own process decides: all of it but the wait for a CPU (which other
        # programs on a busy machine take).
        "longest_gui_stall_not_waiting_for_cpu_ms": max((gap[0] - gap[2] for gap in gaps), default=0.0),
        "gui_blocked_max_ms": max((gap[0] - gap[1] - gap[2] - TICK_MS for gap in gaps), default=0.0),
        "engine_process_peak_rss_mb": engine_rss,
    }


def _peak_rss_mb(pid: int | None) -> float:
    """The peak memory of another process of ours (0 when there is none)."""
    if pid is None:
        return 0.0
    try:
        with open(f"/proc/{pid}/status") as status:
            line = next(line for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return 0.0
    return int(line.split()[1]) / 1024


TICK_MS = 5  # the timer's interval: a gap is never shorter, and that much of it is the event loop idling


def _queued_seconds() -> float:
    """How long this thread has waited for a CPU, in all (Linux's schedstat; 0 where there is none)."""
    try:
        with open("/proc/thread-self/schedstat") as stat:
            return int(stat.read().split()[1]) / 1e9
    except OSError:
        return 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--sync-orders", type=int, default=10_000)
    parser.add_argument("--markdown", action="store_true", help="also print the README's table")
    parser.add_argument(
        "--engine-thread",
        action="store_true",
        help="also measure the stall with the sync engine in the window's sync thread (as it ran before)",
    )
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
    results = measure(args.db, args.sync_orders, args.engine_thread)
    results["orders"] = args.orders
    print(json.dumps(results, indent=2))
    if args.markdown:
        print(markdown(results))
    return 0


SEARCHES = [
    ("filter_status", "filter by status"),
    ("filter_channel_status", "filter by channel and status"),
    ("search_reference", "search a reference"),
    ("search_email_part", "search part of an e-mail address"),
    ("search_sku", "search a SKU (200 orders)"),
    ("search_waybill", "search a waybill (tracking number)"),
    ("search_customer", "search a first name shared by 100,000 orders"),
]


def markdown(results: dict[str, float]) -> str:
    """The README's tables."""
    orders = f"{int(results['orders']):,}"
    lines = [
        f"| on {orders} orders | first rows shown | its SQL alone | difference (goal <= 16 ms) | with the count |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for key, label in SEARCHES:
        shown, sql = results[f"{key}_ms"], results[f"{key}_sql_ms"]
        counted = results[f"{key}_counted_ms"]
        lines.append(f"| {label} | {shown:,.0f} ms | {sql:,.0f} ms | {shown - sql:+,.0f} ms | {counted:,.0f} ms |")
    lines += [
        "",
        f"| on {orders} orders | measured | goal |",
        "| --- | ---: | ---: |",
        f"| time to the first painted window | {results['first_paint_ms']:,.0f} ms | ~300 ms |",
        f"| search a first name shared by 100,000 orders: first rows | {results['search_customer_ms']:,.0f} ms"
        f" (one plain sorted statement alone: {results['search_customer_plain_sql_ms']:,.0f} ms) | <= 100 ms |",
    ]
    engines = [("", "the engine in its own process")]
    if "thread_longest_gui_stall_ms" in results:
        engines.append(("thread_", "the engine in the window's sync thread (before)"))
    sync = f"{int(results['sync_orders']):,}"
    for prefix, where in engines:
        parts = (
            f"own work {results[prefix + 'longest_gui_stall_own_work_ms']:,.0f} ms, waiting for a CPU "
            f"{results[prefix + 'longest_gui_stall_cpu_wait_ms']:,.0f} ms, blocked "
            f"{results[prefix + 'longest_gui_stall_blocked_ms']:,.0f} ms"
        )
        lines += [
            f"| longest GUI-thread stall while {sync} orders sync, {where} |"
            f" {results[prefix + 'longest_gui_stall_ms']:,.0f} ms ({parts}) | <= 50 ms |",
            f"| GUI-thread gaps over 50 ms during that sync, {where} | {results[prefix + 'gui_gaps_over_50_ms']:,.0f}"
            f" (99th percentile gap {results[prefix + 'gui_gap_p99_ms']:,.0f} ms) | 0 |",
            f"| longest stall less its wait for a CPU, {where} |"
            f" {results[prefix + 'longest_gui_stall_not_waiting_for_cpu_ms']:,.0f} ms | <= 50 ms |",
        ]
    lines += [
        f"| the sync of {sync} orders itself | {results['sync_seconds']:,.0f} s | |",
        f"| peak memory of the window's process (window, then the sync) | {results['peak_rss_mb']:,.0f} MB"
        " | <= 300 MB |",
        f"| peak memory of the engine's process | {results['engine_process_peak_rss_mb']:,.0f} MB | |",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
