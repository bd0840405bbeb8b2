"""The attributes dialog: name/value rows for the order and each line, checked live, saved through the service."""

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from orderdesk.services import attributes
from orderdesk.store.models import AuditEntry, Order, OutboxEvent
from orderdesk.store.orders import line_attributes, lines_of, order_attributes
from orderdesk.ui.dialogs.attributes import AttributesDialog

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def m2(db):
    return make_channel("m2", "magento")


def open_dialog(qtbot, order_id):
    dialog = AttributesDialog(order_id, user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def child(dialog, kind, name):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def add_row(qtbot, dialog, prefix, key, value):
    qtbot.mouseClick(child(dialog, QPushButton, f"{prefix}AddButton"), CLICK)
    editor = next(e for e in dialog.panel.editors.values() if e.prefix == prefix)
    number = editor.row_count() - 1
    qtbot.keyClicks(child(dialog, QLineEdit, f"{prefix}KeyEdit_{number}"), key)
    qtbot.keyClicks(child(dialog, QLineEdit, f"{prefix}ValueEdit_{number}"), value)


def show_line_tab(qtbot, dialog, sku):
    bar = dialog.panel.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == f"Line {sku}")
    qtbot.mouseClick(bar, CLICK, pos=bar.tabRect(index).center())


def test_attributes_saved_reach_the_database_and_queue_the_attributes_event(qtbot, m2):
    order = make_order("m2")
    mug, _ = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    assert not dialog.ok_button.isEnabled() and child(dialog, QLabel, "attributesReason").text() == (
        "Nothing changed yet."
    )
    add_row(qtbot, dialog, "orderAttributes", "coupon_code", "SUMMER10")
    show_line_tab(qtbot, dialog, "MUG-01")
    add_row(qtbot, dialog, f"lineAttributes_{mug.id}", "gift_wrap", "yes")
    qtbot.mouseClick(dialog.ok_button, CLICK)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = Order.get_by_id(order.id)
    assert order_attributes(stored) == {"coupon_code": "SUMMER10"} and line_attributes(mug) == {"gift_wrap": "yes"}
    events = list(OutboxEvent.select().order_by(OutboxEvent.id))
    assert [e.kind for e in events] == ["attributes", "attributes"]
    assert events[0].payload["changed"] == {"coupon_code": "SUMMER10"}
    assert events[1].payload["lines"][0]["attributes"] == {"gift_wrap": "yes"}
    assert [e.id for e in dialog.result_events] == [e.id for e in events] and dialog.result_order_ids == [order.id]
    assert AuditEntry.select().where(AuditEntry.action == "set_attributes", AuditEntry.user == "anna").count() == 2
    assert stored.version == order.version + 2


def test_changing_and_removing_rows_changes_and_removes_attributes(qtbot, m2):
    order = make_order("m2", attributes={"coupon_code": "SUMMER10", "due_date": "2026-12-01"})
    dialog = open_dialog(qtbot, order.id)
    value = child(dialog, QLineEdit, "orderAttributesValueEdit_0")
    assert value.text() == "SUMMER10"
    value.clear()
    qtbot.keyClicks(value, "WINTER20")
    qtbot.mouseClick(child(dialog, QPushButton, "orderAttributesRemoveButton_1"), CLICK)
    assert dialog.panel.order_editor().row_count() == 1
    qtbot.keyClick(value, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == dialog.DialogCode.Accepted
    assert order_attributes(order) == {"coupon_code": "WINTER20"}
    assert OutboxEvent.get().payload["changed"] == {"due_date": "", "coupon_code": "WINTER20"}


def test_an_empty_name_is_refused_next_to_the_table(qtbot, m2):
    order = make_order("m2")
    dialog = open_dialog(qtbot, order.id)
    qtbot.mouseClick(child(dialog, QPushButton, "orderAttributesAddButton"), CLICK)
    error = child(dialog, QLabel, "orderAttributesError")
    assert not error.isVisible()  # a fresh empty row only disables OK
    assert "is empty" in dialog.reason_label.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(child(dialog, QLineEdit, "orderAttributesValueEdit_0"), "SUMMER10")
    assert error.isVisible() and error.text() == "Give the attribute in row 1 a name."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and OutboxEvent.select().count() == 0


def test_a_duplicate_name_is_refused_next_to_the_table(qtbot, m2):
    order = make_order("m2", attributes={"coupon_code": "SUMMER10"})
    dialog = open_dialog(qtbot, order.id)
    add_row(qtbot, dialog, "orderAttributes", "coupon_code", "WINTER20")
    error = child(dialog, QLabel, "orderAttributesError")
    assert error.isVisible() and "'coupon_code' is there twice" in error.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(child(dialog, QPushButton, "orderAttributesRemoveButton_0"), CLICK)
    assert not error.isVisible() and dialog.ok_button.isEnabled()


def test_a_name_or_value_the_channel_cannot_take_is_refused_next_to_the_table(qtbot, m2):
    order = make_order("m2")
    dialog = open_dialog(qtbot, order.id)
    add_row(qtbot, dialog, "orderAttributes", "1st choice", "x")
    error = child(dialog, QLabel, "orderAttributesError")
    assert "start with a letter" in error.text() and not dialog.ok_button.isEnabled()
    key = child(dialog, QLineEdit, "orderAttributesKeyEdit_0")
    key.clear()
    qtbot.keyClicks(key, "remark")
    child(dialog, QLineEdit, "orderAttributesValueEdit_0").setText("é" * 256)
    assert "at most 255" in error.text() and not dialog.ok_button.isEnabled()


def test_a_line_attribute_error_shows_under_that_line(qtbot, m2):
    order = make_order("m2")
    _, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    show_line_tab(qtbot, dialog, "TEE-M")
    add_row(qtbot, dialog, f"lineAttributes_{tee.id}", "size note", "")
    assert "Give size note a value" in dialog.reason_label.text() and not dialog.ok_button.isEnabled()
    assert not child(dialog, QLabel, f"lineAttributes_{tee.id}Error").isVisible()


def test_a_channel_without_attributes_refuses_with_the_reason(qtbot, db):
    make_channel("aff", "affiliate")
    order = make_order("aff")
    dialog = open_dialog(qtbot, order.id)
    assert not dialog.ok_button.isEnabled()
    assert "cannot be given attributes" in dialog.form_error.text() and dialog.form_error.isVisible()
    assert not dialog.panel.isEnabled()


def test_an_order_changed_since_opening_shows_the_conflict_and_stays_open(qtbot, m2):
    order = make_order("m2")
    dialog = open_dialog(qtbot, order.id)
    attributes.set_attributes(order.id, {"due_date": "2026-12-01"}, user="bob")
    add_row(qtbot, dialog, "orderAttributes", "coupon_code", "SUMMER10")
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible() and "changed by someone else" in dialog.form_error.text()
    assert order_attributes(order) == {"due_date": "2026-12-01"}
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected


def test_a_refusal_after_some_targets_were_saved_still_reports_them_on_close(qtbot, m2):
    order = make_order("m2")
    mug, _ = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    add_row(qtbot, dialog, "orderAttributes", "coupon_code", "SUMMER10")
    show_line_tab(qtbot, dialog, "MUG-01")
    add_row(qtbot, dialog, f"lineAttributes_{mug.id}", "gift_wrap", "yes")
    mug.delete_instance(recursive=True)  # gone by the time the line's attributes are saved
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible()
    assert dialog.form_error.text().startswith("Some attributes are saved; the rest are not: ")
    assert order_attributes(order) == {"coupon_code": "SUMMER10"}
    qtbot.mouseClick(dialog.close_button, CLICK)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_order_ids == [order.id] and len(dialog.result_events) == 1
