"""The consignment-number prompt: both fields required, scanner-friendly Enter, carrier remembered, batches."""

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from orderdesk.services import status
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.ui import ui_settings
from orderdesk.ui.dialogs.carrier_formats import CarrierFormatsDialog
from orderdesk.ui.dialogs.dispatch import DispatchDialog, dispatch_batch


@pytest.fixture
def aff(db):
    return make_channel("aff", "affiliate")


@pytest.fixture
def settings(tmp_path):
    """QSettings in a file under tmp: the user's real settings are never touched."""
    store = QSettings(str(tmp_path / "orderdesk.ini"), QSettings.Format.IniFormat)
    yield store
    store.sync()


def open_dialog(qtbot, order_id, settings):
    dialog = DispatchDialog(order_id, user="anna", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def carrier_line(dialog):
    return dialog.findChild(type(dialog.carrier_edit), "carrierEdit").lineEdit()


def test_scanned_consignment_then_carrier_dispatches_the_order(qtbot, aff, settings):
    order = make_order(status="processing")
    dialog = open_dialog(qtbot, order.id, settings)
    carrier_line(dialog).clear()
    qtbot.keyClicks(dialog.consignment_edit, "JD014600003")
    qtbot.keyClick(dialog.consignment_edit, Qt.Key.Key_Return)  # the scanner's Enter
    assert dialog.isVisible()
    assert dialog.focusWidget() in (dialog.carrier_edit, carrier_line(dialog))
    qtbot.keyClicks(carrier_line(dialog), "DHL")
    qtbot.keyClick(dialog.consignment_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    stored = Order.get_by_id(order.id)
    assert (stored.status, stored.consignment_number, stored.carrier) == ("dispatched", "JD014600003", "DHL")
    event = OutboxEvent.get(OutboxEvent.order == order)
    assert event.kind == "dispatch" and event.payload["consignment_number"] == "JD014600003"
    assert dialog.result_event.id == event.id and dialog.result_order_ids == [order.id]


def test_dispatch_without_consignment_is_impossible(qtbot, aff, settings):
    settings.setValue(ui_settings.LAST_CARRIER, "DPD")
    order = make_order(status="processing")
    dialog = open_dialog(qtbot, order.id, settings)
    assert dialog.carrier_edit.currentText() == "DPD"
    assert not dialog.ok_button.isEnabled()
    assert "consignment number is required" in dialog.findChild(type(dialog.reason_label), "dispatchReason").text()
    qtbot.keyClick(dialog.consignment_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert Order.get_by_id(order.id).status == "processing"
    assert OutboxEvent.select().count() == 0


def test_a_consignment_number_with_stray_characters_is_marked_and_refused(qtbot, aff, settings):
    order = make_order(status="packed")
    dialog = open_dialog(qtbot, order.id, settings)
    qtbot.keyClicks(carrier_line(dialog), "GLS")
    qtbot.keyClicks(dialog.consignment_edit, "JD#0146")
    error = dialog.findChild(type(dialog.consignment_error), "consignmentError")
    assert error.isVisible() and "only letters, digits" in error.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.consignment_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and Order.get_by_id(order.id).status == "packed"


def test_dispatch_without_carrier_is_impossible(qtbot, aff, settings):
    order = make_order(status="processing")
    dialog = open_dialog(qtbot, order.id, settings)
    qtbot.keyClicks(dialog.consignment_edit, "JD1")
    carrier_line(dialog).clear()
    assert not dialog.ok_button.isEnabled()
    assert "carrier is required" in dialog.reason_label.text()


def test_the_carrier_is_remembered_for_the_next_dispatch(qtbot, aff, settings):
    first, second = make_order(status="processing"), make_order(status="processing")
    dialog = open_dialog(qtbot, first.id, settings)
    carrier_line(dialog).clear()
    qtbot.keyClicks(carrier_line(dialog), "Poczta Polska")
    qtbot.keyClicks(dialog.consignment_edit, "PP123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert settings.value(ui_settings.LAST_CARRIER) == "Poczta Polska"
    again = open_dialog(qtbot, second.id, settings)
    assert again.carrier_edit.currentText() == "Poczta Polska"
    qtbot.keyClicks(again.consignment_edit, "PP124")
    qtbot.keyClick(again.consignment_edit, Qt.Key.Key_Return)
    assert Order.get_by_id(second.id).carrier == "Poczta Polska"


def test_an_order_changed_meanwhile_shows_the_conflict_and_stays_open(qtbot, aff, settings):
    order = make_order(status="processing")
    dialog = open_dialog(qtbot, order.id, settings)
    status.set_status(order.id, "packed", user="bob")
    qtbot.keyClicks(carrier_line(dialog), "UPS")
    qtbot.keyClicks(dialog.consignment_edit, "1Z999")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "changed by someone else" in dialog.form_error.text()
    assert Order.get_by_id(order.id).status == "packed"


def test_an_order_that_cannot_be_dispatched_says_why(qtbot, aff, settings):
    order = make_order(status="pending")
    dialog = open_dialog(qtbot, order.id, settings)
    qtbot.keyClicks(carrier_line(dialog), "UPS")
    qtbot.keyClicks(dialog.consignment_edit, "1Z999")
    assert not dialog.ok_button.isEnabled()
    assert "cannot be set to dispatched" in dialog.form_error.text()


# -- batches ---------------------------------------------------------------------------------------------------
def drive_prompts(steps):
    """Answer each modal prompt the batch opens with the next step (a real dialog in its own event loop)."""
    steps = list(steps)
    seen, titles, failures = [], [], []

    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None or any(dialog is d for d in seen):
            QTimer.singleShot(5, handle)
            return
        seen.append(dialog)
        titles.append(dialog.windowTitle())
        try:
            steps.pop(0)(dialog)
        except BaseException as exc:  # never leave a modal prompt waiting: that would hang the test
            failures.append(exc)
            dialog.reject()
        if steps and not failures:
            QTimer.singleShot(0, handle)

    QTimer.singleShot(0, handle)
    return titles, failures


def confirm(consignment, carrier="DHL"):
    def step(dialog):
        line = dialog.findChild(type(dialog.carrier_edit), "carrierEdit").lineEdit()
        line.clear()
        line.insert(carrier)
        dialog.findChild(type(dialog.consignment_edit), "consignmentEdit").insert(consignment)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    return step


def stop(dialog):
    dialog.findChild(type(dialog.consignment_edit), "consignmentEdit").insert("HALF-TYPED")
    dialog.findChild(type(dialog.close_button), "closeButton").click()


def test_batch_dispatch_prompts_each_order_in_turn(qtbot, aff, settings):
    orders = [make_order(status="processing") for _ in range(3)]
    titles, failures = drive_prompts([confirm("C1"), confirm("C2"), confirm("C3", "GLS")])
    events = dispatch_batch([o.id for o in orders], user="anna", parent=None, settings=settings)
    assert not failures
    assert titles == [f"Dispatch {n} of 3: {o.reference}" for n, o in enumerate(orders, start=1)]
    assert [Order.get_by_id(o.id).consignment_number for o in orders] == ["C1", "C2", "C3"]
    assert [e.order_id for e in events] == [o.id for o in orders]
    assert settings.value(ui_settings.LAST_CARRIER) == "GLS"


def test_batch_dispatch_cancel_stops_the_batch_and_leaves_the_remaining_orders_untouched(qtbot, aff, settings):
    orders = [make_order(status="processing") for _ in range(3)]
    titles, failures = drive_prompts([confirm("C1"), stop])
    events = dispatch_batch([o.id for o in orders], user="anna", parent=None, settings=settings)
    assert not failures
    assert len(titles) == 2
    assert [Order.get_by_id(o.id).status for o in orders] == ["dispatched", "processing", "processing"]
    assert Order.get_by_id(orders[1].id).consignment_number is None
    assert [e.order_id for e in events] == [orders[0].id]
    assert OutboxEvent.select().where(OutboxEvent.order.in_([orders[1].id, orders[2].id])).count() == 0


def test_batch_skip_leaves_that_order_and_goes_on(qtbot, aff, settings):
    orders = [make_order(status="processing") for _ in range(2)]

    def skip(dialog):
        dialog.findChild(type(dialog.ok_button), "skipButton").click()

    titles, failures = drive_prompts([skip, confirm("C2")])
    events = dispatch_batch([o.id for o in orders], user="anna", parent=None, settings=settings)
    assert not failures
    assert [Order.get_by_id(o.id).status for o in orders] == ["processing", "dispatched"]
    assert [e.order_id for e in events] == [orders[1].id]


# ---- consignment formats and the carrier list ------------------------------------------------------------------
def test_a_number_that_does_not_fit_its_carrier_warns_and_asks_but_may_go(qtbot, aff, settings):
    order = make_order(status="processing")
    dialog = open_dialog(qtbot, order.id, settings)
    dialog.carrier_edit.setEditText("UPS")
    dialog.consignment_edit.setText("1Z999AA10123456784")
    assert not dialog.format_warning.isVisible() and dialog.ok_button.text() == "Dispatch"
    dialog.consignment_edit.setText("12345")
    assert dialog.format_warning.isVisible()
    assert "does not look like a UPS consignment number" in dialog.format_warning.text()
    assert dialog.ok_button.text() == "Dispatch anyway" and dialog.ok_button.isEnabled()
    dialog.consignment_edit.setText("")
    assert not dialog.ok_button.isEnabled()  # an empty number never passes
    dialog.consignment_edit.setText("12345")
    dialog.ok_button.click()
    assert Order.get_by_id(order.id).consignment_number == "12345"


def test_the_carriers_come_from_the_channels_settings_the_last_used_first(qtbot, db, settings):
    make_channel("shop", "affiliate", options={"carriers": "PostNL, DPD, GLS"})
    order = make_order("shop", status="processing")
    settings.setValue(ui_settings.LAST_CARRIER, "DPD")
    dialog = open_dialog(qtbot, order.id, settings)
    items = [dialog.carrier_edit.itemText(i) for i in range(dialog.carrier_edit.count())]
    assert items == ["DPD", "PostNL", "GLS"]
    assert dialog.carrier_edit.currentText() == "DPD"


def test_an_admin_edits_a_carriers_format_and_the_dispatch_prompt_uses_it(qtbot, aff, settings):
    formats = CarrierFormatsDialog(settings=settings)
    qtbot.addWidget(formats)
    formats.add_row("Pallet Express", "PX(\\d{6}", "PX and 6 digits")
    formats.save()
    assert "not a valid pattern" in formats.error.text()  # refused, with the reason, nothing kept
    assert settings.value(ui_settings.CARRIER_FORMATS) is None
    last = formats.table.rowCount() - 1
    formats.table.setItem(last, 1, QTableWidgetItem("PX\\d{6}"))
    formats.save()
    assert formats.result() == formats.DialogCode.Accepted

    order = make_order(status="processing")
    dialog = open_dialog(qtbot, order.id, settings)
    dialog.carrier_edit.setEditText("Pallet Express")
    dialog.consignment_edit.setText("PX12")
    assert "PX and 6 digits" in dialog.format_warning.text()
    dialog.consignment_edit.setText("px 123 456")
    assert dialog.format_warning.text() == ""
