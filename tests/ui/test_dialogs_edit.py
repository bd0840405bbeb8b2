"""The edit dialog: lines, customer, address and note checked live, totals follow, OK saves through the service."""

from decimal import Decimal

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from orderdesk.core.errors import RuleViolation
from orderdesk.services import editing, status
from orderdesk.store.models import AuditEntry, Order, OutboxEvent
from orderdesk.store.orders import line_attributes, lines_of, order_attributes
from orderdesk.ui.dialogs import attributes as attributes_module
from orderdesk.ui.dialogs import edit as edit_module
from orderdesk.ui.dialogs.edit import EditDialog

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def aff(db):
    return make_channel("aff", "affiliate")


def open_dialog(qtbot, order_id):
    dialog = EditDialog(order_id, user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def child(dialog, kind, name):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def text(dialog, name):
    return child(dialog, QLabel, name).text()


def show_tab(qtbot, dialog, title):
    bar = dialog.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, CLICK, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def retype(qtbot, edit, value):
    edit.clear()
    qtbot.keyClicks(edit, value)


def test_raising_a_quantity_updates_the_total_and_commission_live(qtbot, aff):
    order = make_order()
    mug, _ = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    assert "total 89.80 EUR" in text(dialog, "totalLabel")
    assert not dialog.ok_button.isEnabled() and text(dialog, "editReason") == "Nothing changed yet."
    qtbot.keyClick(child(dialog, QSpinBox, f"quantitySpin_{mug.id}"), Qt.Key.Key_Up)
    # 4 x 19.95 + 2 x 12.50 = 104.80 lines; + 4.95 shipping; 10 % commission of 104.80 = 10.48.
    assert "Lines 104.80 EUR" in text(dialog, "totalLabel") and "total 109.75 EUR" in text(dialog, "totalLabel")
    assert "Commission 10.48 EUR (10 %)" in text(dialog, "commissionLabel")
    assert dialog.ok_button.isEnabled()


def test_removing_a_line_takes_it_out_of_the_totals(qtbot, aff):
    order = make_order()
    _, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    remove = child(dialog, QPushButton, f"removeLineButton_{tee.id}")
    qtbot.mouseClick(remove, CLICK)
    # 59.85 lines left; commission 5.985 rounds half up to 5.99.
    assert "total 64.80 EUR" in text(dialog, "totalLabel") and "5.99 EUR" in text(dialog, "commissionLabel")
    assert remove.text() == "Keep line"
    qtbot.mouseClick(remove, CLICK)
    assert "total 89.80 EUR" in text(dialog, "totalLabel") and not dialog.ok_button.isEnabled()


def test_removing_every_line_is_refused_with_the_reason(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    for line in lines_of(order):
        qtbot.mouseClick(child(dialog, QPushButton, f"removeLineButton_{line.id}"), CLICK)
    assert not dialog.ok_button.isEnabled()
    assert "at least one line" in text(dialog, "editReason")


def test_a_negative_price_is_shown_next_to_the_field_and_ok_is_disabled(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(child(dialog, QLineEdit, "newSkuEdit"), "CAP-01")
    qtbot.keyClicks(child(dialog, QLineEdit, "newPriceEdit"), "-5")
    error = child(dialog, QLabel, "unitPriceError")
    assert error.isVisible() and error.text() == "The unit price cannot be negative."
    assert not dialog.ok_button.isEnabled() and text(dialog, "editReason") == "Correct what is marked in red."
    qtbot.mouseClick(child(dialog, QPushButton, "addLineButton"), CLICK)
    assert dialog.lines.table.rowCount() == 2


def test_an_empty_sku_is_shown_next_to_the_field_and_ok_is_disabled(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(child(dialog, QLineEdit, "newNameEdit"), "Cap")
    qtbot.keyClicks(child(dialog, QLineEdit, "newPriceEdit"), "7.50")
    error = child(dialog, QLabel, "skuError")
    assert error.isVisible() and error.text() == "The SKU is required."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(child(dialog, QLineEdit, "newPriceEdit"), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.lines.table.rowCount() == 2
    assert len(lines_of(Order.get_by_id(order.id))) == 2


def test_enter_in_the_new_line_adds_it_and_the_totals_follow(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(child(dialog, QLineEdit, "newSkuEdit"), "CAP-01")
    qtbot.keyClick(child(dialog, QSpinBox, "newQuantitySpin"), Qt.Key.Key_Up)
    price = child(dialog, QLineEdit, "newPriceEdit")
    qtbot.keyClicks(price, "7,50")  # a decimal comma, as much of Europe types it
    assert "Press Add line" in text(dialog, "editReason")
    qtbot.keyClick(price, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.lines.table.rowCount() == 3
    assert price.text() == "" and child(dialog, QSpinBox, "newLineQuantitySpin_1").value() == 2
    # 84.85 + 2 x 7.50 = 99.85; commission 9.985 -> 9.99.
    assert "total 104.80 EUR" in text(dialog, "totalLabel") and "9.99 EUR" in text(dialog, "commissionLabel")
    qtbot.mouseClick(child(dialog, QPushButton, "removeNewLineButton_1"), CLICK)
    assert dialog.lines.table.rowCount() == 2 and not dialog.ok_button.isEnabled()


def test_saving_changes_the_order_writes_the_audit_and_queues_the_edit_event(qtbot, aff):
    order = make_order()
    mug, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClick(child(dialog, QSpinBox, f"quantitySpin_{mug.id}"), Qt.Key.Key_Up)
    qtbot.mouseClick(child(dialog, QPushButton, f"removeLineButton_{tee.id}"), CLICK)
    qtbot.keyClicks(child(dialog, QLineEdit, "newSkuEdit"), "CAP-01")
    qtbot.keyClicks(child(dialog, QLineEdit, "newNameEdit"), "Cap, red")
    qtbot.keyClicks(child(dialog, QLineEdit, "newPriceEdit"), "7.50")
    qtbot.mouseClick(child(dialog, QPushButton, "addLineButton"), CLICK)
    retype(qtbot, child(dialog, QLineEdit, "cityEdit"), "Warszawa")
    child(dialog, QLineEdit, "customerNameEdit").setText("Zoë Åkerlund-Nowak")  # keyClicks types ASCII only
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "noteEdit"), "Leave at the back door")
    assert dialog.ok_button.isEnabled(), dialog.reason_label.text()
    qtbot.mouseClick(dialog.ok_button, CLICK)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = Order.get_by_id(order.id)
    assert [(ln.sku, ln.name, ln.quantity, ln.unit_price) for ln in lines_of(stored)] == [
        ("MUG-01", "Mug, blue", 4, Decimal("19.95")),
        ("CAP-01", "Cap, red", 1, Decimal("7.50")),
    ]
    assert stored.total == Decimal("92.25") and stored.commission == Decimal("8.73")  # 87.30 lines + 4.95
    assert stored.ship_city == "Warszawa" and stored.shipping_address["street"] == "ul. Piotrkowska 104"
    assert stored.customer_name == "Zoë Åkerlund-Nowak" and stored.note == "Leave at the back door"
    assert stored.version == order.version + 1
    audit = AuditEntry.get(AuditEntry.action == "edit")
    assert audit.user == "anna" and "MUG-01 quantity 3 -> 4" in audit.detail
    event = OutboxEvent.get(OutboxEvent.order == order)
    assert event.kind == "edit" and event.created_by == "anna"
    assert event.payload["removed_line_ids"] == [tee.id]
    assert dialog.result_event.id == event.id and dialog.result_order_ids == [order.id]


def test_an_order_changed_since_opening_shows_the_conflict_and_stays_open(qtbot, aff):
    order = make_order()
    mug, _ = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    status.set_status(order.id, "processing", user="bob")  # another operator, between opening and OK
    qtbot.keyClick(child(dialog, QSpinBox, f"quantitySpin_{mug.id}"), Qt.Key.Key_Up)
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form_error.isVisible() and "changed by someone else" in dialog.form_error.text()
    assert lines_of(Order.get_by_id(order.id))[0].quantity == 3
    assert not OutboxEvent.select().where(OutboxEvent.kind == "edit").exists()


def test_a_dispatched_order_cannot_be_edited(qtbot, aff):
    order = make_order(status="dispatched", consignment_number="JD1", carrier="DHL")
    dialog = open_dialog(qtbot, order.id)
    assert not dialog.ok_button.isEnabled()
    assert "can no longer be edited" in dialog.form_error.text() and dialog.form_error.isVisible()
    assert not child(dialog, QSpinBox, f"quantitySpin_{lines_of(order)[0].id}").isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and AuditEntry.select().where(AuditEntry.action == "edit").count() == 0


def test_a_bad_email_is_shown_next_to_it(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    show_tab(qtbot, dialog, "Customer and address")
    retype(qtbot, child(dialog, QLineEdit, "customerEmailEdit"), "zoe.example.com")
    error = child(dialog, QLabel, "customerEmailError")
    assert error.isVisible() and "not an e-mail address" in error.text()
    assert not dialog.ok_button.isEnabled()


def test_clearing_the_street_is_refused_next_to_it(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    show_tab(qtbot, dialog, "Customer and address")
    child(dialog, QLineEdit, "streetEdit").clear()
    assert child(dialog, QLabel, "streetError").isVisible()
    assert text(dialog, "streetError") == "A shipping address needs at least a street and a city."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(child(dialog, QLineEdit, "streetEdit"), "Nowa 1")
    assert not child(dialog, QLabel, "streetError").isVisible() and dialog.ok_button.isEnabled()


def test_a_refusal_about_a_field_on_another_tab_brings_that_tab_up(qtbot, aff, monkeypatch):
    order = make_order()
    mug, _ = lines_of(order)

    def refuse(*args, **kwargs):
        raise RuleViolation("The channel does not deliver to this street.", field="street")

    monkeypatch.setattr(edit_module.editing, "edit_order", refuse)
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClick(child(dialog, QSpinBox, f"quantitySpin_{mug.id}"), Qt.Key.Key_Up)
    qtbot.mouseClick(dialog.ok_button, CLICK)
    error = child(dialog, QLabel, "streetError")
    assert dialog.isVisible() and error.isVisible() and error.text() == "The channel does not deliver to this street."
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Customer and address"


def test_escape_closes_without_saving(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    retype(qtbot, child(dialog, QLineEdit, "cityEdit"), "Gdansk")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert Order.get_by_id(order.id).ship_city == "Łódź"


def test_a_channel_without_edits_saves_the_note_and_attributes_together(qtbot, db):
    make_channel("m2", "magento")
    order = make_order("m2", attributes={"coupon_code": "SUMMER10"})
    mug, _ = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    assert "cannot be edited" in text(dialog, "channelLimitLabel")
    assert not child(dialog, QLineEdit, "cityEdit").isEnabled()
    assert not child(dialog, QSpinBox, f"quantitySpin_{mug.id}").isEnabled()
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "noteEdit"), "Fragile")
    retype(qtbot, child(dialog, QLineEdit, "orderAttributesValueEdit_0"), "WINTER20")
    qtbot.mouseClick(child(dialog, QPushButton, f"lineAttributes_{mug.id}AddButton"), CLICK)
    qtbot.keyClicks(child(dialog, QLineEdit, f"lineAttributes_{mug.id}KeyEdit_0"), "gift_wrap")
    qtbot.keyClicks(child(dialog, QLineEdit, f"lineAttributes_{mug.id}ValueEdit_0"), "yes")
    qtbot.mouseClick(dialog.ok_button, CLICK)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = Order.get_by_id(order.id)
    assert stored.note == "Fragile" and order_attributes(stored) == {"coupon_code": "WINTER20"}
    assert line_attributes(mug) == {"gift_wrap": "yes"}
    # The note stays on the desk; each attribute target is one event for the channel.
    assert [e.kind for e in OutboxEvent.select().order_by(OutboxEvent.id)] == ["attributes", "attributes"]
    assert [a.action for a in AuditEntry.select().where(AuditEntry.user == "anna").order_by(AuditEntry.id)] == [
        "edit",
        "set_attributes",
        "set_attributes",
    ]
    assert len(dialog.result_events) == 2 and stored.version == order.version + 3


def test_a_line_removed_in_the_edit_takes_its_attribute_tab_out(qtbot, db):
    make_channel("desk", "manual")
    order = make_order("desk")
    _, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    editor = dialog.attributes.line_editor(tee.id)
    qtbot.mouseClick(child(dialog, QPushButton, f"removeLineButton_{tee.id}"), CLICK)
    assert not editor.isEnabled()
    qtbot.mouseClick(child(dialog, QPushButton, f"removeLineButton_{tee.id}"), CLICK)
    assert editor.isEnabled()


def test_attributes_refused_after_the_edit_say_the_edit_is_saved(qtbot, db, monkeypatch):
    make_channel("desk", "manual")
    order = make_order("desk")
    real = attributes_module.attributes.set_attributes

    def someone_else_first(*args, **kwargs):
        editing.edit_order(order.id, editing.OrderEdit(fields={"note": "bob was here"}), user="bob")
        return real(*args, **kwargs)

    monkeypatch.setattr(attributes_module.attributes, "set_attributes", someone_else_first)
    dialog = open_dialog(qtbot, order.id)
    retype(qtbot, child(dialog, QLineEdit, "cityEdit"), "Poznan")
    qtbot.mouseClick(child(dialog, QPushButton, "orderAttributesAddButton"), CLICK)
    qtbot.keyClicks(child(dialog, QLineEdit, "orderAttributesKeyEdit_0"), "due_date")
    qtbot.keyClicks(child(dialog, QLineEdit, "orderAttributesValueEdit_0"), "2026-12-01")
    qtbot.mouseClick(dialog.ok_button, CLICK)

    assert dialog.isVisible()
    assert dialog.form_error.text().startswith("The edit is saved. The attributes are not saved: ")
    assert "changed by someone else" in dialog.form_error.text()
    assert Order.get_by_id(order.id).ship_city == "Poznan" and order_attributes(order) == {}
    assert not child(dialog, QLineEdit, "cityEdit").isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # Closing still reports the saved edit, so the main window refreshes the row.
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.result_order_ids == [order.id]


def test_an_absurd_price_shows_the_services_sentence_next_to_the_field(qtbot, aff):
    from orderdesk.core import validation

    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(child(dialog, QLineEdit, "newSkuEdit"), "CAP-01")
    qtbot.keyClicks(child(dialog, QLineEdit, "newPriceEdit"), "1e400")
    error = child(dialog, QLabel, "unitPriceError")
    with pytest.raises(RuleViolation) as refused:
        validation.price("1e400", "The unit price")
    assert error.isVisible() and error.text() == refused.value.message
    assert error.text() == "The unit price is too large: amounts must stay below 100,000,000,000."
    assert not dialog.ok_button.isEnabled()


def test_a_city_wider_than_the_desk_keeps_is_refused_next_to_it(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    show_tab(qtbot, dialog, "Customer and address")
    child(dialog, QLineEdit, "cityEdit").setText("K" * 129)
    error = child(dialog, QLabel, "cityError")
    assert error.isVisible() and error.text() == "The city is 129 characters long; the channel accepts at most 128."
    assert not dialog.ok_button.isEnabled()


def test_a_line_that_would_push_the_total_past_the_limit_is_refused_by_the_service_and_shown(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    spin = child(dialog, QSpinBox, "newQuantitySpin")
    assert spin.maximum() == 1_000_000
    qtbot.keyClicks(child(dialog, QLineEdit, "newSkuEdit"), "GOLD-1")
    spin.setValue(1_000_000)
    qtbot.keyClicks(child(dialog, QLineEdit, "newPriceEdit"), "99999999")
    qtbot.mouseClick(child(dialog, QPushButton, "addLineButton"), CLICK)
    qtbot.mouseClick(dialog.ok_button, CLICK)
    assert dialog.isVisible() and dialog.form_error.isVisible()
    assert dialog.form_error.text().startswith("The order total would be")
    assert len(lines_of(Order.get_by_id(order.id))) == 2
