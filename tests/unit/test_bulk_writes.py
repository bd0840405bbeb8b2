"""A pull's stretch of writes: checkpoints in a thread of their own, statement journals in memory, settings put back;
and rows inserted many to a statement."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import peewee
from factories import make_channel
from test_engine import ScriptedAdapter, record

from orderdesk.channels.base import Page
from orderdesk.store import bulk
from orderdesk.store.bulk import insert_rows
from orderdesk.store.bulk_writes import bulk_writes
from orderdesk.store.models import AuditEntry, Order, OrderAttribute, database_proxy
from orderdesk.store.orders import insert_order
from orderdesk.sync.engine import NullListener, SyncEngine


def _setting(name: str) -> int:
    return int(database_proxy.execute_sql(f"PRAGMA {name}").fetchone()[0])


def _checkpointer_running() -> bool:
    return any(thread.name == "wal-checkpoints" for thread in threading.enumerate())


def _orders_in_main_file(db_file: Path, tmp_path: Path) -> int:
    """Orders in the database file alone, without its write-ahead log: only what a checkpoint copied back."""
    alone = tmp_path / "alone.sqlite3"
    shutil.copyfile(db_file, alone)
    connection = sqlite3.connect(alone)
    try:
        return int(connection.execute('SELECT COUNT(*) FROM "order"').fetchone()[0])
    finally:
        connection.close()


def test_inside_the_connection_leaves_checkpoints_to_a_thread_and_gets_its_settings_back(db):
    autocheckpoint, temp_store = _setting("wal_autocheckpoint"), _setting("temp_store")
    assert not _checkpointer_running()
    with bulk_writes():
        assert _setting("wal_autocheckpoint") == 0
        assert _setting("temp_store") == 2  # MEMORY
        assert _checkpointer_running()
        with bulk_writes():  # nested: the outer stretch keeps its one thread
            assert sum(thread.name == "wal-checkpoints" for thread in threading.enumerate()) == 1
        assert _setting("wal_autocheckpoint") == 0
    assert not _checkpointer_running()
    assert (_setting("wal_autocheckpoint"), _setting("temp_store")) == (autocheckpoint, temp_store)


def test_what_is_written_inside_reaches_the_database_file_without_the_writer_checkpointing(db, tmp_path):
    make_channel("aff", "affiliate")
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the schema and the channel in the file itself
    db_file = Path(db.database)
    before = _orders_in_main_file(db_file, tmp_path)
    with bulk_writes():
        with database_proxy.atomic():
            for number in range(20):
                insert_order(make_channel_row(), record(str(number), f"A-{number}"))
    # Far fewer pages than the 1,000 at which a writer checkpoints itself: only the thread can have copied them.
    assert _orders_in_main_file(db_file, tmp_path) == before + 20


def make_channel_row():  # type: ignore[no-untyped-def]
    from orderdesk.store.models import Channel

    return Channel.get(Channel.name == "aff")


def test_an_error_inside_still_puts_the_settings_back(db):
    autocheckpoint = _setting("wal_autocheckpoint")
    try:
        with bulk_writes():
            raise RuntimeError("the page broke")
    except RuntimeError:
        pass
    assert _setting("wal_autocheckpoint") == autocheckpoint
    assert not _checkpointer_running()


def test_an_in_memory_database_is_left_as_it_is(keyring_memory):
    from orderdesk.store.db import open_database

    database = open_database("sqlite:///:memory:")
    try:
        with bulk_writes():
            assert not _checkpointer_running()
    finally:
        database.close()


def test_a_pull_writes_its_pages_with_the_checkpoints_in_their_thread(db):
    make_channel("aff", "affiliate")
    adapter = ScriptedAdapter()
    seen: list[bool] = []

    class Watch(NullListener):
        def progress(self, channel: str, done: int, total: int) -> None:
            seen.append(_checkpointer_running() and _setting("wal_autocheckpoint") == 0)

    adapter.pages = [Page([record("1", "A-1")], "c1"), Page([record("2", "A-2")], "c2")]
    engine = SyncEngine(adapter_factory=lambda config, **kw: adapter, listener=Watch())
    engine.pull(make_channel_row())
    assert seen == [True, True]
    assert Order.select().count() == 2
    assert not _checkpointer_running() and _setting("wal_autocheckpoint") == 1000


def test_many_rows_go_in_in_their_order_by_statements_of_a_few_sizes(db):
    make_channel("aff", "affiliate")
    order = insert_order(make_channel_row(), record("1", "A-1"))
    ran: list[str] = []
    database_proxy.connection().set_trace_callback(ran.append)
    try:
        for count in (3 * bulk._MOST_ROWS + 7, 50, 49):
            rows = [{"order": order.id, "key": f"k{count}-{n:04}", "value": str(n)} for n in range(count)]
            insert_rows(OrderAttribute, rows)
    finally:
        database_proxy.connection().set_trace_callback(None)
    stored = list(OrderAttribute.select().where(OrderAttribute.order == order.id).order_by(OrderAttribute.id))
    expected = [(f"k{count}-{n:04}", str(n)) for count in (3 * bulk._MOST_ROWS + 7, 50, 49) for n in range(count)]
    assert [(row.key, row.value) for row in stored] == expected
    # The driver keeps every statement it prepared: only powers of two, so an import's batches make a handful.
    sizes = {sql.count("), (") + 1 for sql in ran if sql.startswith('INSERT INTO "order_attribute"')}
    assert sizes == {512, 32, 16, 4, 2, 1}  # 3 x 512 + 4 + 2 + 1, 32 + 16 + 2, 32 + 16 + 1


def test_a_row_that_breaks_a_constraint_leaves_none_of_its_statement(db):
    before = AuditEntry.select().count()
    good = {"user": "u", "order": None, "action": "a", "detail": "d"}
    try:
        with database_proxy.atomic():
            insert_rows(AuditEntry, [dict(good), dict(good, action=None)])
    except peewee.IntegrityError:
        pass
    assert AuditEntry.select().count() == before


def test_rows_selected_in_one_step_are_the_rows_of_the_query(db):
    make_channel("aff", "affiliate")
    for number in range(5):
        insert_order(make_channel_row(), record(str(number), f"A-{number}"))
    sql = 'SELECT "id", "external_id", "reference" FROM "order" WHERE "reference" <> ? ORDER BY "id"'
    plain = [tuple(row) for row in database_proxy.execute_sql(sql, ["A-2"]).fetchall()]
    assert sorted(tuple(row) for row in bulk.select_rows(sql, ["A-2"], 3)) == plain  # the order is not promised
    assert len(plain) == 4
    assert bulk.select_rows(sql.replace("<>", "="), ["none such"], 3) == []


def test_the_orders_named_by_new_audit_entries_and_log_lines_are_read_in_one_step(db):
    from orderdesk.store import audit, synclog

    make_channel("aff", "affiliate")
    first = insert_order(make_channel_row(), record("1", "A-1"))
    second = insert_order(make_channel_row(), record("2", "A-2"))
    newest_before, _ = audit.orders_named_since(0)
    audit.record_entries("someone", [(first.id, "edited", ""), (second.id, "edited", ""), (first.id, "noted", "")])
    audit.record("someone", "settings", None)
    newest, named = audit.orders_named_since(newest_before)
    assert named == {first.id, second.id}
    assert newest == AuditEntry.select().order_by(AuditEntry.id.desc()).first().id
    assert audit.orders_named_since(newest) == (newest, set())
    line_before, _ = synclog.references_since(0)
    synclog.write(channel="aff", direction="push", operation="ack", outcome="ok", order_reference="A-2")
    synclog.write(channel="aff", direction="pull", operation="pull orders", outcome="ok")
    line_after, references = synclog.references_since(line_before)
    assert references == {"A-2"} and line_after > line_before
