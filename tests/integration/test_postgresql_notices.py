"""Every desk on a shared PostgreSQL database hears within moments which orders another desk or the sync service
changed, from the database's own notices (LISTEN/NOTIFY), and refreshes just those rows with no query to find them."""

from __future__ import annotations

from factories import cli_in_own_process, make_channel, make_order

from orderdesk.store import change_notices, synclog
from orderdesk.store.db import open_database
from orderdesk.store.models import database_proxy
from orderdesk.ui.external_changes import ExternalChanges
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.order_table_model import COLUMN_INDEX


def test_another_desks_change_arrives_as_a_notice_naming_the_order(schema_url, keyring_memory, qtbot):
    db = open_database(schema_url)
    assert change_notices.install(db)  # in place since the database was made: one catalogue query
    make_channel("man", "manual")
    order, other = make_order("man"), make_order("man")
    external = ExternalChanges(interval_ms=60_000)  # only the socket can tell it in time
    assert external.listener is not None
    with qtbot.waitSignal(external.orders_changed, timeout=5000) as heard:
        cli_in_own_process(schema_url, "orders", "status", str(order.id), "processing", user=None)
    assert heard.args == [[order.id]]  # that order, not its neighbour
    assert other.id not in heard.args[0]
    with qtbot.waitSignal(external.log_added, timeout=5000):
        synclog.write(channel="man", direction="push", operation="test", outcome="done", message="from the engine")
    external.stop()


def test_the_open_window_refreshes_the_row_another_desk_changed(schema_url, keyring_memory, qtbot, monkeypatch):
    open_database(schema_url)
    make_channel("man", "manual")
    order = make_order("man")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    window.external.timer.stop()  # the notice alone must do it
    row = window.model.row_of(order.id)
    window.table.selectRow(row)
    cell = lambda: window.model.data(window.model.index(row, COLUMN_INDEX["status"]))  # noqa: E731
    statements: list[str] = []
    real = database_proxy.obj.execute_sql
    monkeypatch.setattr(
        database_proxy.obj, "execute_sql", lambda sql, *a, **k: statements.append(sql) or real(sql, *a, **k)
    )
    cli_in_own_process(schema_url, "orders", "status", str(order.id), "processing", user=None)
    qtbot.waitUntil(lambda: cell() == "Processing", timeout=5000)
    assert window.table.selectionModel().isRowSelected(row)  # the selection stayed
    # nothing was read to find out what changed (the selected order's own timeline is read to show it)
    assert not [sql for sql in statements if "MAX(" in sql.upper() or '"id" > %s' in sql]
    window.close()
