"""SQLite's planner statistics follow the order table's size, so a scan by external id skips through its index."""

from __future__ import annotations

from factories import make_channel
from test_engine import ScriptedAdapter, record

from orderdesk.channels.base import Page
from orderdesk.store import planner_stats
from orderdesk.store.models import Channel, Order, database_proxy
from orderdesk.store.orders import insert_orders, order_id_for_code
from orderdesk.sync.engine import SyncEngine

# Needs statistics to skip through the (channel, external id) index: without them SQLite reads every order.
SCAN = 'SELECT "id" FROM "order" WHERE "external_id" = ?'


def _add_orders(count: int, start: int = 0, channel_name: str = "aff") -> None:
    channel = Channel.get(Channel.name == channel_name)
    with database_proxy.atomic():
        insert_orders(channel, [record(str(n), f"{channel_name}-{n}") for n in range(start, start + count)])


def _plan(sql: str) -> str:
    rows = database_proxy.execute_sql(f"EXPLAIN QUERY PLAN {sql}", ["X"] * sql.count("?")).fetchall()
    return " | ".join(str(row[-1]) for row in rows)


def _recorded_rows() -> int | None:
    return planner_stats._rows_when_analyzed(database_proxy.obj, "order")


def test_a_grown_desk_gets_statistics_and_plans_with_them(db):
    for name in ("aff", "shop", "omni"):
        make_channel(name, "affiliate")
        _add_orders(1000, channel_name=name)
    assert "SCAN order" in _plan(SCAN)  # no statistics: SQLite cannot know the channel column has few values
    assert planner_stats.refresh_if_stale()
    assert _recorded_rows() == 3000
    plan = _plan(SCAN)
    assert "SCAN order" not in plan and "ANY(channel_id) AND external_id=?" in plan
    assert not planner_stats.refresh_if_stale()  # fresh: nothing taken again


def test_statistics_are_taken_again_once_the_table_has_doubled(db):
    make_channel("aff", "affiliate")
    _add_orders(1200)
    planner_stats.refresh_if_stale()
    _add_orders(1000, start=1200)
    assert not planner_stats.refresh_if_stale()  # 2,200 of 1,200: not yet twice as many
    _add_orders(300, start=2200)
    assert planner_stats.refresh_if_stale()
    assert _recorded_rows() == 2500


def test_a_small_desk_needs_none(db):
    make_channel("aff", "affiliate")
    _add_orders(20)
    assert not planner_stats.refresh_if_stale()
    assert _recorded_rows() is None


def test_a_pull_that_grows_the_desk_takes_them(db):
    make_channel("aff", "affiliate")
    adapter = ScriptedAdapter()
    adapter.pages = [
        Page([record(str(n), f"A-{n}") for n in range(p * 100, p * 100 + 100)], f"c{p}") for p in range(12)
    ]
    engine = SyncEngine(adapter_factory=lambda config, **kw: adapter)
    engine.pull(Channel.get(Channel.name == "aff"))
    assert _recorded_rows() == 1200


def test_another_connections_statistics_reach_this_one_when_reloaded(db):
    import sqlite3

    for name in ("aff", "shop", "omni"):
        make_channel(name, "affiliate")
        _add_orders(1000, channel_name=name)
    planner_stats.refresh_if_stale()
    assert "SCAN order" not in _plan(SCAN)
    # Another connection (the engine's process, say) records statistics by which every order has its own channel:
    # skipping through channels would be no better than reading every order.
    other = sqlite3.connect(db.database)
    other.execute("UPDATE sqlite_stat1 SET stat = '3000 1 1' WHERE idx = 'order_channel_id_external_id'")
    other.commit()
    other.close()
    assert "SCAN order" not in _plan(SCAN)  # this connection still plans with the statistics it loaded
    planner_stats.reload()
    assert "SCAN order" in _plan(SCAN)


def test_a_scanned_code_is_looked_up_along_indexes_with_or_without_statistics(db):
    make_channel("aff", "affiliate")
    _add_orders(50)
    order_id = Order.get(Order.external_id == "7").id
    database_proxy.execute_sql('UPDATE "order" SET "consignment_number" = ? WHERE "id" = ?', ["CN-77", order_id])
    ran: list[str] = []
    database_proxy.connection().set_trace_callback(ran.append)
    try:
        assert order_id_for_code("7") == order_id  # the channel's id of the order
        assert order_id_for_code("CN-77") == order_id
        assert order_id_for_code("aff-7") == order_id
        assert order_id_for_code("nothing like it") is None
    finally:
        database_proxy.connection().set_trace_callback(None)
    lookups = {sql for sql in ran if sql.startswith("SELECT")}
    assert lookups
    for sql in lookups:
        plan = " | ".join(str(row[-1]) for row in database_proxy.execute_sql(f"EXPLAIN QUERY PLAN {sql}").fetchall())
        assert "SCAN" not in plan, (sql, plan)


def test_the_window_plans_with_statistics_the_engine_took_meanwhile(db, qtbot):
    import sqlite3

    from orderdesk.ui.external_changes import ExternalChanges

    for name in ("aff", "shop", "omni"):
        make_channel(name, "affiliate")
        _add_orders(1000, channel_name=name)
    planner_stats.refresh_if_stale()
    changes = ExternalChanges(interval_ms=60_000)
    try:
        assert "SCAN order" not in _plan(SCAN)
        other = sqlite3.connect(db.database)  # the engine's process takes them again
        other.execute("UPDATE sqlite_stat1 SET stat = '3000 1 1' WHERE idx = 'order_channel_id_external_id'")
        other.commit()
        other.close()
        changes.poll()
        assert "SCAN order" in _plan(SCAN)
    finally:
        changes.stop()


def test_a_desk_that_deleted_many_orders_is_not_analyzed_again_and_again(db):
    make_channel("aff", "affiliate")
    _add_orders(3000)
    database_proxy.execute_sql('DELETE FROM "order" WHERE "id" <= 2000')
    assert planner_stats.refresh_if_stale()
    assert _recorded_rows() == 1000
    assert not planner_stats.refresh_if_stale()  # the highest id is 3,000, but the count is what was recorded
