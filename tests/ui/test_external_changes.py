"""The open window sees what another program did to its database within about a second (here the CLI, in a
process of its own), and refreshes just those rows; when nobody else wrote, it reads nothing."""

from __future__ import annotations

import json

from factories import cli_in_own_process, make_channel, make_order, order_data

from orderdesk.store.models import database_proxy
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.order_table_model import COLUMN_INDEX


def test_a_change_made_by_the_cli_shows_in_the_open_window(db, db_url, qtbot):
    make_channel("man", "manual")
    order = make_order("man")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    row = window.model.row_of(order.id)
    cell = lambda: window.model.data(window.model.index(row, COLUMN_INDEX["status"]))  # noqa: E731
    assert cell() == "Pending"
    cli_in_own_process(db_url, "orders", "status", str(order.id), "processing")
    qtbot.waitUntil(lambda: cell() == "Processing", timeout=5000)


def test_orders_imported_by_the_cli_appear_in_the_open_window(db, db_url, qtbot, tmp_path):
    make_channel("man", "manual")
    make_order("man")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    assert window.model.total == 1
    path = tmp_path / "more.json"
    path.write_text(json.dumps([order_data(reference="EXT-1"), order_data(reference="EXT-2")]))
    cli_in_own_process(db_url, "orders", "import-file", str(path), "--channel", "man")
    qtbot.waitUntil(lambda: window.model.total == 3, timeout=5000)


def test_when_nobody_else_wrote_a_look_reads_no_table(db, qtbot, monkeypatch):
    make_channel("man", "manual")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    statements: list[str] = []
    real = database_proxy.obj.execute_sql

    def counting(sql, *args, **kwargs):  # type: ignore[no-untyped-def]
        statements.append(sql)
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(database_proxy.obj, "execute_sql", counting)
    window.external.poll()
    assert statements == ["PRAGMA data_version"]
