"""Every operator dialog speaks the window's language: opened after `i18n.install("nl")` (or "de") nothing the
dialog says itself is left in English, on any of its tabs, and its title and OK button are worded in that language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from factories import make_channel, make_order
from PySide6.QtWidgets import QDialog, QSpinBox, QTabWidget, QWidget

from orderdesk.core.record_io import record_from_dict, record_to_dict
from orderdesk.core.statuses import LABELS
from orderdesk.services import editing, status
from orderdesk.services.editing import OrderEdit
from orderdesk.store.models import Order
from orderdesk.store.orders import order_record
from orderdesk.store.upsert import upsert_record
from orderdesk.ui import i18n
from orderdesk.ui.dialogs.attributes import AttributesDialog
from orderdesk.ui.dialogs.cancel import CancelDialog
from orderdesk.ui.dialogs.carrier_formats import CarrierFormatsDialog
from orderdesk.ui.dialogs.conflict import ConflictDialog
from orderdesk.ui.dialogs.dispatch import DispatchDialog
from orderdesk.ui.dialogs.edit import EditDialog
from orderdesk.ui.dialogs.import_file import ImportDialog
from orderdesk.ui.dialogs.payment_override import PaymentOverrideDialog
from orderdesk.ui.dialogs.returns import ReturnDialog
from orderdesk.ui.dialogs.shortcuts import ShortcutsDialog
from orderdesk.ui.dialogs.split import SplitDialog
from orderdesk.ui.preferences import PreferencesDialog
from tests.ui.english_left import english_left

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# Texts the dialogs show that other parts of the translation own, allowed (per dialog) until those parts are done.
# Part "rules": the order statuses of core.statuses.LABELS, in every order summary and the conflict's Status row.
STATUSES = tuple(LABELS.values())
# Part "rules": core.validation words a missing required field ("{what} is required."), around the dialog's words.
REQUIRED = ("The consignment number is required.", "{what} is required.")
# Part "rules": core.capabilities says what a channel cannot take, naming the channel's kind.
CANNOT = (
    "Orders from a Affiliate order system cannot be given attributes here: the channel has no way to take it.",
    "Orders from a CloudSuite webshop cannot be given attributes here: the channel has no way to take it.",
    "Orders from a Magento 2 shop cannot be edited here: the channel has no way to take it.",
    "Orders from a Affiliate order system cannot be returned here: the channel has no way to take it.",
)
# Part "rules": core.split refuses a split that moves nothing.
MOVES_NOTHING = ("Choose at least one line and a quantity to move to the new order.",)
# Part "messages": store.upsert's audit entry says what the channel changed; the conflict dialog quotes it.
CHANNEL_CHANGED = ("aff changed the address while local changes to it wait to be sent.",)
OTHER_PARTS: dict[str, tuple[str, ...]] = {
    "edit": CANNOT,
    "edit_erp": CANNOT,
    "edit_limited": CANNOT,
    "split": (*MOVES_NOTHING, "AFF-1-S1"),  # and the new order's reference, which is data
    "dispatch": REQUIRED,
    "dispatch_batch": REQUIRED,
    "cancel": REQUIRED,
    "payment_override": REQUIRED,
    "returns": REQUIRED,
    "returns_refused": CANNOT,
    "conflict": CHANNEL_CHANGED,
}

Desk = dict[str, int]
Build = Callable[[Desk], QDialog]


@pytest.fixture
def desk(db) -> Desk:  # type: ignore[no-untyped-def]
    """An order for every dialog, as tests/ui/test_accessible_names.py builds them."""
    make_channel("aff", "affiliate")
    make_channel("m2", "magento")
    make_channel("cs", "cloudsuite")
    pending = make_order(reference="AFF-1")
    processing = make_order(reference="AFF-5", status="processing")
    unpaid = make_order(reference="AFF-2", payment_status="unpaid")
    sent = make_order(reference="AFF-3")
    status.set_status(sent.id, "processing", user="anna")
    status.dispatch(sent.id, consignment_number="JD1", carrier="DHL", user="anna")
    returnable = make_order(channel="m2", reference="M-3", external_id="M-3")
    status.set_status(returnable.id, "processing", user="anna")
    status.dispatch(returnable.id, consignment_number="JD3", carrier="DHL", user="anna")
    conflicted = make_order(reference="AFF-4")
    base = Order.get_by_id(conflicted.id)
    editing.edit_order(conflicted.id, OrderEdit(fields={"city": "Poznań", "street": "Długa 2"}), user="anna")
    data = record_to_dict(order_record(base))
    data["shipping_address"] = {**data["shipping_address"], "city": "Wrocław"}
    assert upsert_record(base.channel, record_from_dict(data)).action == "conflict"
    return {
        "pending": pending.id,
        "processing": processing.id,
        "unpaid": unpaid.id,
        "sent": sent.id,
        "returnable": returnable.id,
        "conflict": conflicted.id,
        "m2": make_order(channel="m2", reference="M-1", external_id="M-1").id,
        "cs": make_order(channel="cs", reference="CS-1", external_id="CS-1").id,
    }


# name -> (how the dialog is opened, its Dutch title, its German title)
DIALOGS: dict[str, tuple[Build, str, str]] = {
    "edit": (
        lambda d: EditDialog(d["pending"], user="anna"),
        "Order AFF-1 bewerken",
        "Bestellung AFF-1 bearbeiten",
    ),
    "edit_limited": (
        lambda d: EditDialog(d["m2"], user="anna"),
        "Order M-1 bewerken",
        "Bestellung M-1 bearbeiten",
    ),
    "edit_erp": (
        lambda d: EditDialog(d["cs"], user="anna"),
        "Order CS-1 bewerken",
        "Bestellung CS-1 bearbeiten",
    ),
    "split": (
        lambda d: SplitDialog(d["pending"], user="anna"),
        "Order AFF-1 splitsen",
        "Bestellung AFF-1 aufteilen",
    ),
    "dispatch": (
        lambda d: DispatchDialog(d["processing"], user="anna"),
        "AFF-5 verzenden",
        "AFF-5 versenden",
    ),
    "dispatch_batch": (
        lambda d: DispatchDialog(d["processing"], user="anna", position=(1, 2)),
        "Verzenden 1 van 2: AFF-5",
        "Versand 1 von 2: AFF-5",
    ),
    "cancel": (
        lambda d: CancelDialog(d["pending"], user="anna"),
        "Order AFF-1 annuleren",
        "Bestellung AFF-1 stornieren",
    ),
    "payment_override": (
        lambda d: PaymentOverrideDialog(d["unpaid"], user="anna"),
        "Order AFF-2 is niet betaald",
        "Bestellung AFF-2 ist nicht bezahlt",
    ),
    "returns": (
        lambda d: ReturnDialog(d["returnable"], user="anna"),
        "Retour aanmaken voor M-3",
        "Retoure für M-3 anlegen",
    ),
    "attributes": (
        lambda d: AttributesDialog(d["m2"], user="anna"),
        "Attributen van M-1",
        "Attribute von M-1",
    ),
    "conflict": (
        lambda d: ConflictDialog(d["conflict"], user="anna"),
        "Synchronisatieconflict oplossen: AFF-4",
        "Synchronisierungskonflikt lösen: AFF-4",
    ),
    "import": (
        lambda d: ImportDialog(user="anna"),
        "Orders uit een bestand importeren",
        "Bestellungen aus einer Datei importieren",
    ),
    "carrier_formats": (
        lambda d: CarrierFormatsDialog(),
        "Formaten van zendingnummers",
        "Formate der Sendungsnummern",
    ),
    "shortcuts": (
        lambda d: ShortcutsDialog([]),
        "Sneltoetsen",
        "Tastenkürzel",
    ),
    "preferences": (
        lambda d: PreferencesDialog(),
        "Voorkeuren",
        "Einstellungen",
    ),
    "returns_refused": (
        lambda d: ReturnDialog(d["sent"], user="anna"),
        "Retour aanmaken voor AFF-3",
        "Retoure für AFF-3 anlegen",
    ),
}
GERMAN = ("edit_erp", "dispatch_batch", "returns", "conflict", "payment_override", "attributes", "shortcuts")


def opened(qtbot, build: Build, desk: Desk) -> QDialog:  # type: ignore[no-untyped-def]
    dialog = build(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def english_on_every_page(dialog: QWidget, language: str, name: str) -> list[str]:
    """What english_left finds in the dialog and on every page of its tabs (a hidden page is not visible to it)."""
    allowed = (*STATUSES, *OTHER_PARTS.get(name, ()))
    found = english_left(dialog, language, allowed)
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            page = tabs.widget(index)
            assert page is not None
            found += english_left(page, language, allowed)
    return sorted(set(found))


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_speaks_dutch(qtbot, desk, name: str) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install("nl") == "nl"
    build, title, _ = DIALOGS[name]
    dialog = opened(qtbot, build, desk)
    assert dialog.windowTitle() == title
    assert english_on_every_page(dialog, "nl", name) == []


@pytest.mark.parametrize("name", GERMAN)
def test_a_few_dialogs_speak_german(qtbot, desk, name: str) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install("de") == "de"
    build, _, title = DIALOGS[name]
    dialog = opened(qtbot, build, desk)
    assert dialog.windowTitle() == title
    assert english_on_every_page(dialog, "de", name) == []


def test_the_split_preview_and_its_money_are_dutch(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    i18n.install("nl")
    dialog = opened(qtbot, DIALOGS["split"][0], desk)
    spin = dialog.findChildren(QSpinBox)[0]
    spin.setValue(1)
    assert spin.suffix() == " van 3"
    assert dialog.remaining.total.text() == "Regels 64,90 EUR + verzendkosten 4,95 EUR = totaal 69,85 EUR"
    assert dialog.new_order.commission.text() == "Commissie 2,00 EUR (10 %)"
    assert dialog.ok_button.isEnabled()
    assert english_on_every_page(dialog, "nl", "split") == []


def test_the_edit_dialog_says_why_ok_waits_in_dutch(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    i18n.install("nl")
    dialog = opened(qtbot, DIALOGS["edit"][0], desk)
    assert dialog.reason_label.text() == "Nog niets gewijzigd."
    assert dialog.lines is not None
    qtbot.keyClicks(dialog.lines.sku_edit, "CAP-9")
    assert dialog.reason_label.text() == (
        "Maak de nieuwe regel af (SKU en stukprijs) en klik op Regel toevoegen, of maak de velden leeg."
    )
    qtbot.keyClicks(dialog.lines.price_edit, "7,50")
    assert dialog.reason_label.text() == (
        "Klik op Regel toevoegen om CAP-9 op de order te zetten, of maak de velden van de nieuwe regel leeg."
    )
    assert english_on_every_page(dialog, "nl", "edit") == []


def test_an_empty_attribute_row_is_named_and_explained_in_german(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    i18n.install("de")
    dialog = opened(qtbot, DIALOGS["attributes"][0], desk)
    assert dialog.panel is not None
    dialog.panel.order_editor().add_button.click()
    key_edit, value_edit = dialog.panel.order_editor().row_edits(0)
    assert key_edit.accessibleName() == "Name von Attribut 1 (Bestellung)"
    assert key_edit.placeholderText() == "z. B. coupon_code"
    assert dialog.reason_label.text() == (
        "Attributzeile 1 (Bestellung) ist leer: Füllen Sie sie aus oder entfernen Sie sie."
    )
    qtbot.keyClicks(key_edit, "coupon_code")
    assert dialog.reason_label.text() == "Geben Sie coupon_code einen Wert oder entfernen Sie die Zeile."
    assert english_on_every_page(dialog, "de", "attributes") == []
