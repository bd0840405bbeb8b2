"""The Stock view through real widgets: opened from the window's toolbar, it lists the stock rows, lets an operator
queue a quantity and import a CSV through services.stock, and says why a row or a form was refused."""

from __future__ import annotations

import pytest
from factories import make_channel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from orderdesk.services import stock
from orderdesk.store.models import StockLevel
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.stock_view import StockView


@pytest.fixture
def window(db, qtbot):
    make_channel("aff", "affiliate")
    make_channel("m2", "magento")
    win = MainWindow(user="anna")
    qtbot.addWidget(win)
    win.show()
    return win


def open_stock(window, qtbot) -> StockView:
    window.findChild(type(window.stock_action), "stockAction").trigger()
    view = window.findChild(StockView, "stockView")
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    return view


def cells(view: StockView) -> list[list[str]]:
    table = view.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_stock_view_opens_from_the_toolbar_and_lists_the_stock_rows(window, qtbot):
    stock.set_quantities("m2", {"TSHIRT-M": "12", "MUG-01": "0"}, user="anna")
    view = open_stock(window, qtbot)
    assert [row[:3] + row[4:5] for row in cells(view)] == [
        ["MUG-01", "m2", "0", "waiting"],
        ["TSHIRT-M", "m2", "12", "waiting"],
    ]
    assert [view.channel_combo.itemText(i) for i in range(view.channel_combo.count())] == ["m2"]  # not the affiliate


def test_an_operator_sets_a_quantity_in_the_stock_view_and_the_sync_is_woken(window, qtbot):
    view = open_stock(window, qtbot)
    qtbot.keyClicks(view.sku_edit, "TSHIRT-M")
    view.quantity_spin.setValue(7)
    with qtbot.waitSignal(view.stock_queued):
        qtbot.mouseClick(view.set_button, Qt.MouseButton.LeftButton)
    row = StockLevel.get(StockLevel.sku == "TSHIRT-M")
    assert (row.quantity, row.state, row.updated_by) == (7, "pending", "anna")
    assert cells(view)[0][:3] == ["TSHIRT-M", "m2", "7"]
    assert "TSHIRT-M: 7 queued for m2" in view.message.text()
    qtbot.mouseClick(view.set_button, Qt.MouseButton.LeftButton)  # no SKU typed
    assert view.error.isVisible() and view.error.text() == "The SKU is empty. Nothing was queued."
    assert StockLevel.select().count() == 1


def test_a_csv_imported_in_the_stock_view_queues_the_good_rows_and_names_the_bad_lines(
    window, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "count.csv"
    path.write_text("sku,quantity\nTSHIRT-M,5\nMUG-01,-3\nCAP-02,1.5\nBAG-03,9\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "CSV files (*.csv)"))
    view = open_stock(window, qtbot)
    with qtbot.waitSignal(view.stock_queued):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert {r.sku: r.quantity for r in StockLevel.select()} == {"TSHIRT-M": 5, "BAG-03": 9}
    text = view.message.text()
    assert text.startswith("count.csv: 2 quantities queued for m2; 2 lines refused:\n")
    assert "line 3: The quantity of MUG-01 cannot be negative ('-3')." in text
    assert "line 4: The quantity of CAP-02 must be a whole number of units, not '1.5'." in text
    assert [row[0] for row in cells(view)] == ["BAG-03", "TSHIRT-M"]


def test_picking_a_row_fills_the_form_for_a_recount(window, qtbot):
    stock.set_quantities("m2", {"TSHIRT-M": "12"}, user="anna")
    view = open_stock(window, qtbot)
    rect = view.table.visualItemRect(view.table.item(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.sku_edit.text() == "TSHIRT-M" and view.quantity_spin.value() == 12


def test_closing_the_desk_closes_its_stock_view_and_stops_its_reading(db, qtbot):
    from factories import make_channel

    from orderdesk.ui.main_window import MainWindow

    make_channel("m2", "magento")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    window.open_stock()
    view = window.stock_view
    assert view is not None and view.isVisible() and view._timer.isActive()
    window.close()
    assert not view.isVisible() and not view._timer.isActive()
