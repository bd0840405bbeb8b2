"""Every dialog by keyboard alone: the focus starts in the first input, Tab walks the inputs in visual order and
the buttons last, Escape cancels, Enter accepts when OK is enabled; the order table lets Tab leave it."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
)
from test_accessible_names import desk  # noqa: F401 - the fixture: one order in every state a dialog needs

from orderdesk.store.models import Order
from orderdesk.ui.channel_form import ChannelFormDialog
from orderdesk.ui.dialogs.attributes import AttributesDialog
from orderdesk.ui.dialogs.cancel import CancelDialog
from orderdesk.ui.dialogs.carrier_formats import CarrierFormatsDialog
from orderdesk.ui.dialogs.conflict import ConflictDialog
from orderdesk.ui.dialogs.dispatch import DispatchDialog
from orderdesk.ui.dialogs.edit import EditDialog
from orderdesk.ui.dialogs.focus import is_input, visual_position
from orderdesk.ui.dialogs.import_file import ImportDialog
from orderdesk.ui.dialogs.payment_override import PaymentOverrideDialog
from orderdesk.ui.dialogs.returns import ReturnDialog
from orderdesk.ui.dialogs.split import SplitDialog
from orderdesk.ui.dialogs.widgets import SCREEN_MARGIN, fit_scrolling
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.preferences import PreferencesDialog
from orderdesk.ui.settings_dialog import SettingsDialog

DIALOGS = {
    "edit": lambda d: EditDialog(d["pending"], user="anna"),
    "split": lambda d: SplitDialog(d["pending"], user="anna"),
    "dispatch": lambda d: DispatchDialog(d["pending"], user="anna"),
    "cancel": lambda d: CancelDialog(d["pending"], user="anna"),
    "payment override": lambda d: PaymentOverrideDialog(d["unpaid"], user="anna"),
    "return": lambda d: ReturnDialog(d["sent"], user="anna"),
    "attributes": lambda d: AttributesDialog(d["m2"], user="anna"),
    "conflict": lambda d: ConflictDialog(d["conflict"], user="anna"),
    "settings": lambda d: SettingsDialog(user="anna"),
    "channel form": lambda d: ChannelFormDialog("m2", user="anna"),
    "import": lambda d: ImportDialog(user="anna"),
    "consignment formats": lambda d: CarrierFormatsDialog(),
    "preferences": lambda d: PreferencesDialog(),
}
# The input each dialog must open in (the words: the reason, the consignment number, the first quantity).
FIRST_INPUT = {
    "cancel": "reasonEdit",
    "payment override": "reasonEdit",
    "dispatch": "consignmentEdit",
}


LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768 - 40  # the warehouse laptop, less its taskbar


def opened(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def is_dialog_button(widget) -> bool:
    return isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QDialogButtonBox)


def tab_walk(qtbot, dialog: QDialog) -> list:
    """Press Tab until the focus comes back to where it started; what had the focus, in order."""
    start = QApplication.focusWidget()
    seen = [start]
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back: {[w.objectName() for w in seen]}")


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_a_dialog_opens_in_its_first_input_and_tab_walks_it_in_visual_order_buttons_last(qtbot, desk, name):  # noqa: F811
    dialog = opened(qtbot, DIALOGS[name](desk))
    first = QApplication.focusWidget()
    assert first is not None and dialog.isAncestorOf(first)
    assert is_input(first), f"{name} opens on {type(first).__name__} {first.objectName()!r}, not an input"
    if name in FIRST_INPUT:
        assert first.objectName() == FIRST_INPUT[name]
    walk = tab_walk(qtbot, dialog)
    kinds = ["button" if is_dialog_button(w) else "body" for w in walk]
    assert "button" in kinds, f"{name}: Tab never reaches OK/Cancel"
    assert kinds == sorted(kinds, key=lambda k: k == "button"), f"{name}: a dialog button before an input"
    body = [w for w in walk if not is_dialog_button(w)]
    positions = [visual_position(w, dialog) for w in body]
    assert positions == sorted(positions), f"{name}: Tab jumps about: {[w.objectName() for w in body]}"


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_escape_cancels_every_dialog(qtbot, desk, name):  # noqa: F811
    dialog = opened(qtbot, DIALOGS[name](desk))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_enter_accepts_only_when_ok_is_enabled(qtbot, desk):  # noqa: F811
    dialog = opened(qtbot, CancelDialog(desk["pending"], user="anna"))
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and Order.get_by_id(desk["pending"]).status == "pending"
    qtbot.keyClicks(dialog.reason_edit, "customer called")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Order.get_by_id(desk["pending"]).status == "cancelled"


def test_the_order_table_is_worked_by_keyboard_and_tab_leaves_it(db, qtbot):
    make_channel("aff", "affiliate")
    for n in range(3):
        make_order(reference=f"AFF-{n}")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert len(window.selected_ids()) == 1  # arrows move the selection, row by row
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.table


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_a_dialog_fits_the_screen_with_every_column_and_field_visible(qtbot, desk, name):  # noqa: F811
    dialog = opened(qtbot, DIALOGS[name](desk))
    qtbot.wait(20)
    screen = dialog.screen().availableGeometry()
    # Each fits the screen it is on, and every dialog but the channel form (which scrolls, below) a laptop's.
    fits = screen.height() if name == "channel form" else min(screen.height(), LAPTOP_HEIGHT)
    assert dialog.frameGeometry().height() <= fits and dialog.frameGeometry().width() <= LAPTOP_WIDTH
    for button in dialog.findChildren(QAbstractButton):
        if is_dialog_button(button) and button.isVisible():
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner), f"{name}: {button.text()} is out of sight"
    sideways = [
        v.objectName() or type(v).__name__
        for v in dialog.findChildren(QAbstractScrollArea)
        if v.isVisible() and v.horizontalScrollBar().maximum() > 0
    ]
    assert not sideways, f"{name}: columns or fields out of sight: {sideways}"
    for spin in dialog.findChildren(QSpinBox):
        assert not spin.isVisible() or spin.width() >= 70, f"{name}: {spin.objectName()} is too narrow"
    for edit_name, least in (("reasonEdit", 300), ("consignmentEdit", 240)):
        edit = dialog.findChild(QLineEdit, edit_name)
        assert edit is None or edit.width() >= least, f"{name}: {edit_name} shows too little of a sentence"


def test_a_channel_form_taller_than_a_laptop_screen_scrolls_and_keeps_its_buttons(qtbot, desk):  # noqa: F811
    form = opened(qtbot, ChannelFormDialog("m2", user="anna"))
    fit_scrolling(form, form.fields_scroll, QRect(0, 0, LAPTOP_WIDTH, LAPTOP_HEIGHT))
    qtbot.wait(20)
    assert form.height() <= LAPTOP_HEIGHT - SCREEN_MARGIN
    # Magento's form is taller than that:
    assert form.fields_scroll.widget().sizeHint().height() > form.fields_scroll.viewport().height()
    assert form.fields_scroll.verticalScrollBar().maximum() > 0
    for button in (form.ok_button, form.close_button):
        corner = button.mapTo(form, button.rect().bottomRight())
        assert button.isVisible() and form.rect().contains(corner)
