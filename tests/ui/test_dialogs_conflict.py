"""The conflict dialog: both versions side by side with the differences marked, and either choice carried out."""

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from orderdesk.core.record_io import record_from_dict, record_to_dict
from orderdesk.services import conflicts, editing
from orderdesk.services.editing import OrderEdit
from orderdesk.store.models import AuditEntry, Order, OutboxEvent
from orderdesk.store.orders import lines_of, order_record
from orderdesk.store.upsert import upsert_record
from orderdesk.ui.dialogs.conflict import ConflictDialog

# The offscreen platform says this whenever a window's size limits change; it is not about our widgets.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def aff(db):
    return make_channel("aff", "affiliate")


def channel_sends(order, *, city="Wrocław", status="processing", mug_quantity=1):
    """The channel's version of the order arrives in a pull (the way store.upsert takes it in)."""
    data = record_to_dict(order_record(order))
    data["status"] = status
    data["shipping_address"] = {**data["shipping_address"], "city": city}
    data["lines"][0]["quantity"] = mug_quantity
    return upsert_record(order.channel, record_from_dict(data))


@pytest.fixture
def conflict(aff):
    """An order the operator moved to Poznań (not yet sent) while the channel moved it to Wrocław, took it into
    processing and cut the mugs to one."""
    order = make_order()
    remote_base = Order.get_by_id(order.id)
    editing.edit_order(order.id, OrderEdit(fields={"city": "Poznań", "street": "Długa 2"}), user="anna")
    outcome = channel_sends(remote_base)
    assert outcome.action == "conflict"
    return Order.get_by_id(order.id)


def open_dialog(qtbot, order_id):
    dialog = ConflictDialog(order_id, user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cell(dialog, name):
    return dialog.findChild(QLabel, name)


def button(dialog, name):
    return dialog.findChild(QPushButton, name)


def table_rows(dialog, name):
    table = dialog.findChild(QTableWidget, name)
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def test_both_versions_are_side_by_side_with_the_differences_marked(qtbot, conflict):
    dialog = open_dialog(qtbot, conflict.id)
    assert cell(dialog, "localHeading").text() == "Mine (on this desk)"
    assert cell(dialog, "remoteHeading").text() == "aff's version"
    mine, theirs = cell(dialog, "localShippingAddress"), cell(dialog, "remoteShippingAddress")
    assert mine.text().startswith("≠ ") and "Poznań" in mine.text() and "Długa 2" in mine.text()
    assert theirs.text().startswith("≠ ") and "Wrocław" in theirs.text()
    assert mine.font().bold() and mine.accessibleDescription() == "Differs from aff's version"
    assert (cell(dialog, "localStatus").text(), cell(dialog, "remoteStatus").text()) == ("≠ Pending", "≠ Processing")
    customer = cell(dialog, "localCustomer")
    assert not customer.text().startswith("≠") and not customer.font().bold()
    assert customer.text() == cell(dialog, "remoteCustomer").text()
    # 3 x 19.95 + 2 x 12.50 = 84.85 here; 1 x 19.95 + 25.00 = 44.95 there (plus 4.95 shipping on both).
    assert cell(dialog, "localTotal").text() == "≠ 89.80 EUR" and cell(dialog, "remoteTotal").text() == "≠ 49.90 EUR"
    assert cell(dialog, "localShipping").text() == "4.95 EUR"
    assert table_rows(dialog, "localLinesTable") == [
        ("≠ MUG-01", "Mug, blue", "3", "19.95 EUR", "59.85 EUR"),
        ("TEE-M", "T-shirt M", "2", "12.50 EUR", "25.00 EUR"),
    ]
    assert table_rows(dialog, "remoteLinesTable")[0] == ("≠ MUG-01", "Mug, blue", "1", "19.95 EUR", "19.95 EUR")
    differences = cell(dialog, "conflictDifferences").text()
    assert differences == "≠ marks what differs: Status, Ship to, Lines, Lines total, Total, Commission."
    assert "aff changed the" in cell(dialog, "conflictWhy").text()
    assert "dropped" in cell(dialog, "takeRemoteExplanation").text()
    assert "sent to aff" in cell(dialog, "keepLocalExplanation").text()


def test_keep_mine_sends_the_local_version_and_records_who_chose(qtbot, conflict):
    dialog = open_dialog(qtbot, conflict.id)
    qtbot.mouseClick(button(dialog, "keepLocalButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    order = Order.get_by_id(conflict.id)
    assert (order.sync_state, order.status, order.ship_city) == ("pending", "pending", "Poznań")
    assert order.remote_snapshot is None
    assert [(ln.sku, ln.quantity) for ln in lines_of(order)] == [("MUG-01", 3), ("TEE-M", 2)]
    events = list(OutboxEvent.select().where(OutboxEvent.order == order).order_by(OutboxEvent.id))
    assert [(e.kind, e.state) for e in events] == [("edit", "pending"), ("edit", "pending")]
    assert events[1].payload["fields"] == ["conflict"]
    assert dialog.result_event.id == events[1].id and dialog.result_order_ids == [order.id]
    assert AuditEntry.get(AuditEntry.action == "conflict_keep_local").user == "anna"


def test_take_the_channels_version_drops_the_unsent_change(qtbot, conflict):
    dialog = open_dialog(qtbot, conflict.id)
    qtbot.mouseClick(button(dialog, "takeRemoteButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    order = Order.get_by_id(conflict.id)
    assert (order.sync_state, order.status, order.ship_city) == ("synced", "processing", "Wrocław")
    assert [(ln.sku, ln.quantity) for ln in lines_of(order)] == [("MUG-01", 1), ("TEE-M", 2)]
    assert [e.state for e in OutboxEvent.select().where(OutboxEvent.order == order)] == ["discarded"]
    assert dialog.result_event is None and dialog.result_order_ids == [order.id]
    entry = AuditEntry.get(AuditEntry.action == "conflict_take_remote")
    assert entry.user == "anna" and "1 unsent change(s) dropped" in entry.detail


def test_an_order_without_a_conflict_says_so_and_offers_no_choice(qtbot, aff):
    order = make_order()
    audit_rows = AuditEntry.select().count()
    dialog = open_dialog(qtbot, order.id)
    assert "has no conflict to resolve" in dialog.form_error.text()
    assert not button(dialog, "keepLocalButton").isEnabled() and not button(dialog, "takeRemoteButton").isEnabled()
    qtbot.mouseClick(button(dialog, "keepLocalButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and AuditEntry.select().count() == audit_rows
    assert Order.get_by_id(order.id).sync_state == "synced"


def test_a_conflict_resolved_elsewhere_meanwhile_changes_nothing_more(qtbot, conflict):
    dialog = open_dialog(qtbot, conflict.id)
    conflicts.take_remote(conflict.id, user="bob")
    qtbot.mouseClick(button(dialog, "keepLocalButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "no longer in conflict" in dialog.form_error.text() and "Nothing was changed" in dialog.form_error.text()
    assert not button(dialog, "takeRemoteButton").isEnabled()
    order = Order.get_by_id(conflict.id)
    assert (order.sync_state, order.ship_city) == ("synced", "Wrocław")
    assert not AuditEntry.select().where(AuditEntry.action == "conflict_keep_local").exists()


def test_a_new_version_from_the_channel_is_shown_before_it_can_be_taken(qtbot, conflict):
    dialog = open_dialog(qtbot, conflict.id)
    assert channel_sends(conflict, city="Gdańsk").action == "conflict"
    qtbot.mouseClick(button(dialog, "takeRemoteButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "changed while this window was open" in dialog.form_error.text()
    assert "Gdańsk" in cell(dialog, "remoteShippingAddress").text()
    assert Order.get_by_id(conflict.id).sync_state == "conflict"
    qtbot.mouseClick(button(dialog, "takeRemoteButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Order.get_by_id(conflict.id).ship_city == "Gdańsk"


def test_enter_chooses_nothing_and_escape_closes_without_a_change(qtbot, conflict):
    dialog = open_dialog(qtbot, conflict.id)
    button(dialog, "keepLocalButton").setFocus()
    qtbot.keyClick(button(dialog, "keepLocalButton"), Qt.Key.Key_Return)
    assert dialog.isVisible() and Order.get_by_id(conflict.id).sync_state == "conflict"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    assert Order.get_by_id(conflict.id).sync_state == "conflict"


def test_every_control_has_an_accessible_name(qtbot, conflict):
    dialog = open_dialog(qtbot, conflict.id)
    names = ["conflictDialog", "keepLocalButton", "takeRemoteButton", "localLinesTable", "remoteLinesTable"]
    names += ["closeButton", "conflictDifferences", "keepLocalExplanation", "takeRemoteExplanation"]
    names += [f"{side}{key}" for side in ("local", "remote") for key in ("Status", "Consignment", "Total")]
    for name in names:
        widget = dialog if name == "conflictDialog" else dialog.findChild(object, name)
        assert widget is not None and widget.accessibleName(), name


def test_an_order_that_is_not_there_says_so(qtbot, aff):
    dialog = open_dialog(qtbot, 4242)
    assert "No order '4242'" in dialog.form_error.text()
    assert not button(dialog, "keepLocalButton").isEnabled() and not button(dialog, "takeRemoteButton").isEnabled()
