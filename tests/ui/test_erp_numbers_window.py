"""ERP numbers in the window (seed 001 steps 3b/3c): the edit dialog's ERP tab for CloudSuite orders, the detail
panel, and the table's ERP column (hidden until the operator shows it)."""

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu

from orderdesk.core.record_io import record_from_dict, record_to_dict
from orderdesk.services import erp, status
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import lines_of, order_record
from orderdesk.store.upsert import upsert_record
from orderdesk.ui import ui_settings
from orderdesk.ui.detail_panel import DetailPanel
from orderdesk.ui.dialogs.conflict import ConflictDialog
from orderdesk.ui.dialogs.edit import EditDialog
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.order_table_model import COLUMN_INDEX

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def cs(db):
    return make_channel("cs", "cloudsuite", options={"token_url": "https://shop.example.com/oauth2/token/"})


def open_dialog(qtbot, order_id):
    dialog = EditDialog(order_id, user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def child(widget, kind, name):
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def show_tab(qtbot, dialog, title):
    bar = dialog.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, CLICK, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def retype(qtbot, edit, value):
    edit.clear()
    qtbot.keyClicks(edit, value)


def tab_titles(dialog):
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


# ---- the edit dialog -------------------------------------------------------------------------------------------
def test_typing_erp_numbers_in_the_edit_dialog_saves_them_and_queues_the_patch_then_the_put(qtbot, cs):
    order = make_order("cs")
    mug, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    show_tab(qtbot, dialog, "ERP numbers")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(child(dialog, QLineEdit, "erpNumberEdit"), "ERP-124578")
    qtbot.keyClicks(child(dialog, QLineEdit, f"erpLineEdit_{mug.id}"), "11")
    assert child(dialog, QLabel, "erpLinesError").text().startswith("Give every line")  # TEE-M has none yet
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(child(dialog, QLineEdit, f"erpLineEdit_{tee.id}"), "22")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.result() == EditDialog.DialogCode.Accepted
    saved = Order.get_by_id(order.id)
    assert saved.erp_order_number == "ERP-124578"
    assert [line.erp_line_number for line in lines_of(saved)] == ["11", "22"]
    assert [e.kind for e in OutboxEvent.select().order_by(OutboxEvent.id)] == ["erp_number", "erp_lines"]
    assert [e.kind for e in dialog.result_events] == ["erp_number", "erp_lines"]


def test_a_wrong_or_repeated_line_number_is_marked_and_keeps_ok_disabled(qtbot, cs):
    order = make_order("cs")
    mug, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    show_tab(qtbot, dialog, "ERP numbers")
    retype(qtbot, child(dialog, QLineEdit, f"erpLineEdit_{mug.id}"), "1.5")
    retype(qtbot, child(dialog, QLineEdit, f"erpLineEdit_{tee.id}"), "20")
    error = child(dialog, QLabel, "erpLinesError")
    assert "whole number above zero" in error.text() and error.isVisible()
    assert not dialog.ok_button.isEnabled()
    retype(qtbot, child(dialog, QLineEdit, f"erpLineEdit_{mug.id}"), "20")
    assert "given to both MUG-01 and TEE-M" in error.text()
    assert not dialog.ok_button.isEnabled()
    retype(qtbot, child(dialog, QLineEdit, f"erpLineEdit_{mug.id}"), "10")
    assert not error.isVisible() and dialog.ok_button.isEnabled()


def test_an_acknowledged_order_shows_the_numbers_it_was_given_and_a_correction_sends_only_the_put(qtbot, cs):
    order = make_order("cs")
    status.set_status(order.id, "processing", user="anna")
    OutboxEvent.delete().execute()  # as if sent
    mug, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    show_tab(qtbot, dialog, "ERP numbers")
    assert child(dialog, QLineEdit, "erpNumberEdit").text() == f"OD-{order.id}"
    assert child(dialog, QLineEdit, f"erpLineEdit_{tee.id}").text() == "20"
    retype(qtbot, child(dialog, QLineEdit, f"erpLineEdit_{tee.id}"), "25")
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert [line.erp_line_number for line in lines_of(order)] == ["10", "25"]
    assert [e.kind for e in OutboxEvent.select()] == ["erp_lines"]


def test_a_refusal_on_save_is_shown_and_the_dialog_stays_open(qtbot, cs):
    order = make_order("cs")
    dialog = open_dialog(qtbot, order.id)
    show_tab(qtbot, dialog, "ERP numbers")
    qtbot.keyClicks(child(dialog, QLineEdit, "erpNumberEdit"), "ERP-1")
    erp.set_erp_numbers(order.id, number="ERP-0", user="bob")  # someone else was quicker
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible()
    assert "changed by someone else" in child(dialog, QLabel, "formError").text()
    assert Order.get_by_id(order.id).erp_order_number == "ERP-0"


def test_orders_of_channels_without_erp_numbers_have_no_erp_tab(qtbot, db):
    make_channel("aff", "affiliate")
    dialog = open_dialog(qtbot, make_order("aff").id)
    assert "ERP numbers" not in tab_titles(dialog)
    assert dialog.findChild(QLineEdit, "erpNumberEdit") is None


# ---- the detail panel and the table ----------------------------------------------------------------------------
def test_the_detail_panel_shows_the_erp_order_number_and_the_line_numbers(qtbot, cs):
    order = make_order("cs")
    status.set_status(order.id, "processing", user="anna")
    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.show_order(order.id)
    assert f"ERP order number</b> OD-{order.id}" in panel.facts.text()
    headers = [panel.lines.horizontalHeaderItem(c).text() for c in range(panel.lines.columnCount())]
    column = headers.index("ERP line")
    assert [panel.lines.item(row, column).text() for row in range(panel.lines.rowCount())] == ["10", "20"]


def test_the_erp_column_is_hidden_until_shown_from_the_header_menu_and_then_remembered(qtbot, cs):
    order = make_order("cs", erp_order_number="ERP-770012")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    header = window.table.horizontalHeader()
    column = COLUMN_INDEX["erp_order_number"]
    assert header.isSectionHidden(column)
    row = window.model.row_of(order.id)
    assert window.model.index(row, column).data() == "ERP-770012"

    def tick_erp_column():
        menu = window.findChild(QMenu, "columnsMenu")
        action = next(a for a in menu.actions() if a.text() == "ERP number")
        assert not action.isChecked()
        action.trigger()
        menu.close()

    QTimer.singleShot(0, tick_erp_column)  # the menu runs its own event loop: tick the column from inside it
    window._column_menu(header.rect().center())
    assert not header.isSectionHidden(column)
    window.save_layout()
    window.close()
    again = MainWindow(user="anna")
    qtbot.addWidget(again)
    assert not again.table.horizontalHeader().isSectionHidden(column)


def test_a_layout_saved_before_the_erp_column_existed_keeps_it_hidden(qtbot, cs):
    first = MainWindow(user="anna")
    qtbot.addWidget(first)
    header = first.table.horizontalHeader()
    header.setSectionHidden(COLUMN_INDEX["erp_order_number"], False)  # what an old saved header restores to
    first.save_layout()
    first.close()
    ui_settings.settings().remove(ui_settings.TABLE_COLUMNS)  # saved by a desk that had no such column
    second = MainWindow(user="anna")
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().isSectionHidden(COLUMN_INDEX["erp_order_number"])


def test_the_conflict_dialog_marks_an_erp_number_changed_in_the_channel(qtbot, cs):
    order = make_order("cs")
    status.set_status(order.id, "processing", user="anna")  # numbered here; nothing sent yet
    theirs = record_to_dict(order_record(Order.get_by_id(order.id)))
    theirs.update(erp_order_number="ERP-555001", status="pending")
    for line in theirs["lines"]:
        line["erp_line_number"] = None
    assert upsert_record(order.channel, record_from_dict(theirs)).action == "conflict"
    dialog = ConflictDialog(order.id, user="anna")
    qtbot.addWidget(dialog)
    assert child(dialog, QLabel, "localErpNumber").text() == f"≠ OD-{order.id}"
    assert child(dialog, QLabel, "remoteErpNumber").text() == "≠ ERP-555001"
    assert child(dialog, QLabel, "localErpLines").text() == "≠ MUG-01 10\nTEE-M 20"
    assert child(dialog, QLabel, "remoteErpLines").text() == "≠ —"
    assert "ERP order number" in child(dialog, QLabel, "conflictDifferences").text()
