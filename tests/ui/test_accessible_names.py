"""Every control a person or a UI-automation script works with has an objectName and an accessible name, and the
README lists the names (screen readers speak the accessible name; automation finds widgets by objectName)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from factories import make_channel, make_order
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from orderdesk.core.record_io import record_from_dict, record_to_dict
from orderdesk.services import editing, status
from orderdesk.services.editing import OrderEdit
from orderdesk.store.models import Order
from orderdesk.store.orders import order_record
from orderdesk.store.upsert import upsert_record
from orderdesk.ui.channel_form import ChannelFormDialog
from orderdesk.ui.dialogs.attributes import AttributesDialog
from orderdesk.ui.dialogs.cancel import CancelDialog
from orderdesk.ui.dialogs.carrier_formats import CarrierFormatsDialog
from orderdesk.ui.dialogs.conflict import ConflictDialog
from orderdesk.ui.dialogs.dispatch import DispatchDialog
from orderdesk.ui.dialogs.edit import EditDialog
from orderdesk.ui.dialogs.import_file import ImportDialog
from orderdesk.ui.dialogs.payment_override import PaymentOverrideDialog
from orderdesk.ui.dialogs.returns import ReturnDialog
from orderdesk.ui.dialogs.split import SplitDialog
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.settings_dialog import SettingsDialog
from orderdesk.ui.stock_view import StockView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

README = Path(__file__).resolve().parents[2] / "README.md"
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def made_by_qt(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets: a spin box's line edit, a combo box's list, a header, a table's
    corner button, a toolbar's buttons (named by their actions), a dock's title buttons, a line edit's clear
    button."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractItemView | QToolBar | QLineEdit):
        return True
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QCalendarWidget | QHeaderView):
            return True
        parent = parent.parentWidget()
    return False


def controls(top: QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget) if isinstance(w, CONTROLS) and not made_by_qt(w)]


def listed_in_readme(name: str, readme: str) -> bool:
    """A name made per line or row (`quantitySpin_12`, `lineAttributes_7Table`) is listed with `<n>` for the
    number (`quantitySpin_<n>`, `lineAttributes_<n>Table`)."""
    stem = re.sub(r"_\d+(?=[A-Z]|$)", "_<n>", name)
    return f"`{name}`" in readme or f"`{stem}`" in readme


@pytest.fixture
def desk(db):
    make_channel("aff", "affiliate")
    make_channel("m2", "magento")
    pending = make_order(reference="AFF-1")
    unpaid = make_order(reference="AFF-2", payment_status="unpaid")
    sent = make_order(reference="AFF-3")
    status.set_status(sent.id, "processing", user="anna")
    status.dispatch(sent.id, consignment_number="JD1", carrier="DHL", user="anna")
    conflicted = make_order(reference="AFF-4")
    base = Order.get_by_id(conflicted.id)
    editing.edit_order(conflicted.id, OrderEdit(fields={"city": "Poznań", "street": "Długa 2"}), user="anna")
    data = record_to_dict(order_record(base))
    data["shipping_address"] = {**data["shipping_address"], "city": "Wrocław"}
    assert upsert_record(base.channel, record_from_dict(data)).action == "conflict"
    magento = make_order(channel="m2", reference="M-1", external_id="M-1")
    make_channel("cs", "cloudsuite")
    cloudsuite = make_order(channel="cs", reference="CS-1", external_id="CS-1")  # with its ERP numbers tab
    return {
        "pending": pending.id,
        "unpaid": unpaid.id,
        "sent": sent.id,
        "conflict": conflicted.id,
        "m2": magento.id,
        "cs": cloudsuite.id,
    }


def every_top_widget(desk) -> list[QWidget]:
    return [
        MainWindow(user="anna"),
        EditDialog(desk["pending"], user="anna"),
        SplitDialog(desk["pending"], user="anna"),
        DispatchDialog(desk["pending"], user="anna"),
        CancelDialog(desk["pending"], user="anna"),
        PaymentOverrideDialog(desk["unpaid"], user="anna"),
        ReturnDialog(desk["sent"], user="anna"),
        AttributesDialog(desk["m2"], user="anna"),
        ConflictDialog(desk["conflict"], user="anna"),
        SettingsDialog(user="anna"),
        ChannelFormDialog("m2", user="anna"),
        ImportDialog(user="anna"),
        CarrierFormatsDialog(),
        EditDialog(desk["cs"], user="anna"),
        ChannelFormDialog("cs", user="anna"),
        StockView(user="anna"),
    ]


def test_every_control_has_an_object_name_and_an_accessible_name_listed_in_the_readme(qtbot, desk):
    readme = README.read_text(encoding="utf-8")
    unnamed, unspoken, unlisted = [], [], []
    for top in every_top_widget(desk):
        qtbot.addWidget(top)
        where = top.objectName() or type(top).__name__
        for widget in controls(top):
            label = f"{where}/{type(widget).__name__} {widget.objectName()!r}"
            if not widget.objectName():
                unnamed.append(label)
                continue
            if not widget.accessibleName():
                unspoken.append(label)
            if not listed_in_readme(widget.objectName(), readme):
                unlisted.append(widget.objectName())
        if not listed_in_readme(top.objectName(), readme):
            unlisted.append(top.objectName())
    assert unnamed == [], "controls without an objectName"
    assert unspoken == [], "controls without an accessible name"
    assert sorted(set(unlisted)) == [], "objectNames missing from the README's list"
