"""Editing an order still in the warehouse: lines, customer, shipping address, note, and its attributes.

Totals and commission follow the lines live; every field is checked with core.validation as it is typed. OK runs
services.editing.edit_order with the version the dialog loaded, so an order someone changed in the meantime is
refused (VersionConflict) instead of overwritten; attribute changes then go through services.attributes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from orderdesk.core import capabilities, validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventKind
from orderdesk.core.records import Address
from orderdesk.core.statuses import OrderStatus, check_editable
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import editing, erp
from orderdesk.services.editing import ADDRESS_LABELS, OrderEdit
from orderdesk.store.models import Order
from orderdesk.store.orders import lines_of
from orderdesk.ui.dialogs.attributes import AttributesPanel, attributes_refusal
from orderdesk.ui.dialogs.edit_erp import ErpPanel
from orderdesk.ui.dialogs.edit_lines import LinesEditor
from orderdesk.ui.dialogs.widgets import FieldError, OrderDialog, correct_marked, named, summary_label

NOTE_MAX = validation.text_limit("note")  # what services.editing accepts for the note
ADDRESS_REQUIRED = QT_TRANSLATE_NOOP("EditDialog", "A shipping address needs at least a street and a city.")
# Service field -> (objectName stem, label, how a message names it, its red label's accessible name). Address "name"
# is the recipient; "phone" the phone at the address.
CUSTOMER_INPUTS = {
    "customer_name": (
        "customerName",
        QT_TRANSLATE_NOOP("EditDialog", "Customer name"),
        QT_TRANSLATE_NOOP("EditDialog", "The customer name"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the customer name"),
    ),
    "customer_email": (
        "customerEmail",
        QT_TRANSLATE_NOOP("EditDialog", "E-mail"),
        QT_TRANSLATE_NOOP("EditDialog", "The customer e-mail"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the e-mail"),
    ),
    "customer_phone": (
        "customerPhone",
        QT_TRANSLATE_NOOP("EditDialog", "Phone"),
        QT_TRANSLATE_NOOP("EditDialog", "The phone"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the phone"),
    ),
}
ADDRESS_INPUTS = {
    "name": (
        "recipient",
        QT_TRANSLATE_NOOP("EditDialog", "Recipient"),
        QT_TRANSLATE_NOOP("EditDialog", "The recipient"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the recipient"),
    ),
    "company": (
        "company",
        QT_TRANSLATE_NOOP("EditDialog", "Company"),
        QT_TRANSLATE_NOOP("EditDialog", "The company"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the company"),
    ),
    "street": (
        "street",
        QT_TRANSLATE_NOOP("EditDialog", "Street and number"),
        QT_TRANSLATE_NOOP("EditDialog", "The street"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the street and number"),
    ),
    "city": (
        "city",
        QT_TRANSLATE_NOOP("EditDialog", "City"),
        QT_TRANSLATE_NOOP("EditDialog", "The city"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the city"),
    ),
    "postcode": (
        "postcode",
        QT_TRANSLATE_NOOP("EditDialog", "Postcode"),
        QT_TRANSLATE_NOOP("EditDialog", "The postcode"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the postcode"),
    ),
    "region": (
        "region",
        QT_TRANSLATE_NOOP("EditDialog", "Region"),
        QT_TRANSLATE_NOOP("EditDialog", "The region"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the region"),
    ),
    "country": (
        "country",
        QT_TRANSLATE_NOOP("EditDialog", "Country"),
        QT_TRANSLATE_NOOP("EditDialog", "The country"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the country"),
    ),
    "phone": (
        "addressPhone",
        QT_TRANSLATE_NOOP("EditDialog", "Phone at the address"),
        QT_TRANSLATE_NOOP("EditDialog", "The phone"),
        QT_TRANSLATE_NOOP("EditDialog", "Problem with the phone at the address"),
    ),
}
NOTE_WORDING = QT_TRANSLATE_NOOP("EditDialog", "The note")


class EditDialog(OrderDialog):
    """Edit one order (services.editing.edit_order) and its attributes (services.attributes.set_attributes)."""

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="editDialog",
            accessible_name=translate("EditDialog", "Edit order"),
            reason_name="editReason",
            user=user,
            ok_text=translate("EditDialog", "Save changes"),
            parent=parent,
        )
        self.setWindowTitle(translate("EditDialog", "Edit order"))
        self.order_id = order_id
        self.version = 0
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        self._original: dict[str, str] = {}
        self._events: list[Any] = []
        self._edit_saved = False  # after a save that stopped at the attributes: the edit part is done
        self._saved_any = False  # something reached the database: Close must report it
        self.lines: LinesEditor | None = None
        self.attributes: AttributesPanel | None = None
        self.erp: ErpPanel | None = None
        self.tabs = named(QTabWidget(), "editTabs", translate("EditDialog", "Parts of the order"))
        self.note_edit = named(QPlainTextEdit(), "noteEdit", translate("EditDialog", "Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_error = self.field_error("noteError", translate("EditDialog", "Problem with the note"), "note")
        self.limit_label = named(
            QLabel(), "channelLimitLabel", translate("EditDialog", "What this channel lets you change")
        )
        self.limit_label.setWordWrap(True)
        self.limit_label.setVisible(False)
        customer, address = translate("EditDialog", "Customer"), translate("EditDialog", "Shipping address")
        self.customer_box = named(QGroupBox(customer), "customerGroup", customer)
        self.address_box = named(QGroupBox(address), "addressGroup", address)
        order = self.load_order(order_id)
        if order is not None:
            self._build(order)
        self.resize(820, 600)
        self._validate()

    # -- building ------------------------------------------------------------------------------------------
    def _build(self, order: Order) -> None:
        self.order_id = order.id
        self.version = order.version
        self.setWindowTitle(translate("EditDialog", "Edit order {reference}", reference=order.reference))
        self.body.addWidget(summary_label(order))
        self.body.addWidget(self.limit_label)
        self.check_rule(lambda: check_editable(OrderStatus(order.status)))
        lines = lines_of(order)
        self.lines = LinesEditor(order, lines, self.field_error)
        self.lines.changed.connect(self._validate)
        self.tabs.addTab(self.lines, translate("EditDialog", "Lines"))
        self.tabs.addTab(self._people_tab(order), translate("EditDialog", "Customer and address"))
        self._original["note"] = order.note or ""
        self.note_edit.setPlainText(self._original["note"])
        self.note_edit.textChanged.connect(self._validate)
        note_tab = QWidget()
        note_layout = QFormLayout(note_tab)
        note_layout.addRow(translate("EditDialog", "Note for the warehouse (stays on the desk)"), self.note_edit)
        note_layout.addRow("", self.note_error)
        self.tabs.addTab(note_tab, translate("EditDialog", "Note"))
        self.tabs.addTab(self._attributes_tab(order, lines), translate("EditDialog", "Attributes"))
        if erp.takes_erp_numbers(order):
            self.erp = ErpPanel(order, lines, self.field_error, mode=erp.numbering(order)[0])
            self.erp.changed.connect(self._validate)
            self.tabs.addTab(self.erp, translate("EditDialog", "ERP numbers"))
        self.body.addWidget(self.tabs, 1)
        self._apply_channel_limits(order)
        self.tabs.setEnabled(not self.blocked)

    def _people_tab(self, order: Order) -> QWidget:
        address = Address.from_dict(order.shipping_address).as_dict()
        current = {
            "customer_name": order.customer_name or "",
            "customer_email": order.customer_email or "",
            "customer_phone": order.customer_phone or "",
        }
        for box, inputs, values in (
            (self.customer_box, CUSTOMER_INPUTS, current),
            (self.address_box, ADDRESS_INPUTS, address),
        ):
            form = QFormLayout(box)
            for key, (stem, label_source, _wording, problem) in inputs.items():
                extra = ("email",) if key == "customer_email" else ()  # validation.email names its field "email"
                label = translate("EditDialog", label_source)
                edit = named(QLineEdit(values[key]), f"{stem}Edit", label)
                error = self.field_error(f"{stem}Error", translate("EditDialog", problem), key, *extra)
                edit.textChanged.connect(self._validate)
                form.addRow(label, edit)
                form.addRow("", error)
                self.edits[key], self.errors[key], self._original[key] = edit, error, values[key]
        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.addWidget(self.customer_box, 1)
        layout.addWidget(self.address_box, 1)
        return tab

    def _attributes_tab(self, order: Order, lines: list[Any]) -> QWidget:
        tab = QWidget()
        layout = QFormLayout(tab)
        try:
            capabilities.must_send(order.channel.kind, EventKind.ATTRIBUTES)
        except RuleViolation as exc:
            limit = named(
                QLabel(exc.message), "attributesLimitLabel", translate("EditDialog", "Why attributes cannot be changed")
            )
            limit.setWordWrap(True)
            layout.addRow(limit)
            return tab
        self.attributes = AttributesPanel(order, lines)
        self.attributes.changed.connect(self._validate)
        assert self.lines is not None
        self.lines.line_removed.connect(self.attributes.set_line_removed)
        layout.addRow(self.attributes)
        return tab

    def _apply_channel_limits(self, order: Order) -> None:
        """A channel that cannot take an edit still lets the note change: the note never leaves the desk."""
        try:
            capabilities.must_send(order.channel.kind, EventKind.EDIT)
        except RuleViolation as exc:
            self.limit_label.setText(
                translate(
                    "EditDialog", "{reason} Only the note and the attributes can be changed here.", reason=exc.message
                )
                if self.attributes is not None
                else translate("EditDialog", "{reason} Only the note can be changed here.", reason=exc.message)
            )
            self.limit_label.setVisible(True)
            self._lock_edit()

    def _lock_edit(self, *, keep_note: bool = True) -> None:
        if self.lines is not None:
            self.lines.setEnabled(False)
        self.customer_box.setEnabled(False)
        self.address_box.setEnabled(False)
        self.note_edit.setEnabled(keep_note)

    # -- live validation -----------------------------------------------------------------------------------
    def field_changes(self) -> dict[str, str]:
        """The fields whose text differs from what was loaded (spaces around it do not count)."""
        if self._edit_saved:
            return {}
        values = {key: edit.text() for key, edit in self.edits.items() if edit.isEnabledTo(self)}
        values["note"] = self.note_edit.toPlainText()
        return {k: v for k, v in values.items() if k in self._original and v.strip() != self._original[k].strip()}

    def changes(self) -> OrderEdit:
        lines = self.lines
        if self._edit_saved or lines is None or not lines.isEnabled():
            return OrderEdit(fields=self.field_changes())
        return OrderEdit(self.field_changes(), lines.quantities(), lines.removed(), lines.added())

    def _field_problems(self) -> list[str | None]:
        inputs = {**CUSTOMER_INPUTS, **ADDRESS_INPUTS}
        rules = {key: _optional(key, translate("EditDialog", wording)) for key, (_, _, wording, _) in inputs.items()}
        rules["customer_email"] = validation.email
        problems = [self.check_field(self.errors[key], edit.text(), rules[key]) for key, edit in self.edits.items()]
        problems.append(
            self.check_field(
                self.note_error,
                self.note_edit.toPlainText(),
                _optional("note", translate("EditDialog", NOTE_WORDING), NOTE_MAX),
            )
        )
        # Mirrors the service: once any part of the address changes, it needs a street and a city.
        changed = self.field_changes()
        if any(key in ADDRESS_LABELS for key in changed):
            for key in ("street", "city"):
                if not self.edits[key].text().strip():
                    self.errors[key].show_message(translate("EditDialog", ADDRESS_REQUIRED))
                    problems.append(correct_marked())
        return problems

    def _validate(self) -> None:
        if self.lines is None or self.blocked:
            return
        problems = [] if self._edit_saved else self._field_problems()
        problems.append(self.lines.problem())
        if self.attributes is not None:
            problems.append(self.attributes.problem())
        if self.erp is not None:
            problems.append(self.erp.problem())
        problem = next((p for p in problems if p), None)
        if problem is None and not self._has_changes():
            problem = translate("EditDialog", "Nothing changed yet.")
        self.set_problem(problem)

    def _has_changes(self) -> bool:
        return (
            not self.changes().is_empty()
            or (self.attributes is not None and self.attributes.has_changes())
            or (self.erp is not None and self.erp.has_changes())
        )

    # -- saving --------------------------------------------------------------------------------------------
    def submit(self) -> None:
        # The edit goes first, the attributes after, each in its own transaction. That order is safe: the edit is
        # the call with rules only the database can check at save time (status, version, "at least one line"),
        # so when it refuses, nothing at all has changed. The attributes were checked live and their channel at
        # opening; once the edit is in, only a concurrent change or the environment can stop them. Then the
        # dialog says the edit is saved and the attributes are not, keeps only the attributes editable for another
        # try, and Close still reports the saved edit so the table refreshes and the sync wakes.
        edit = self.changes()
        if not edit.is_empty():
            result = self.call_service(
                editing.edit_order, self.order_id, edit, user=self.user, expected_version=self.version
            )
            if result is None:
                self._show_refused_tab()
                return
            self.version = result.order.version
            self._events.append(result.event)
            self._edit_saved = self._saved_any = True
            self._lock_edit(keep_note=False)
        if not self._save_erp():
            return
        if self.attributes is not None and self.attributes.has_changes():
            self.clear_refusals()
            outcome = self.attributes.save(self.order_id, user=self.user, version=self.version)
            self.version = outcome.version
            self._events.extend(outcome.events)
            self._saved_any = self._saved_any or outcome.saved_any
            if outcome.error is not None:
                saved = translate("EditDialog", "The edit is saved.") if self._edit_saved else None
                self.form_error.show_message(attributes_refusal(outcome, saved_before=saved))
                self.tabs.setCurrentIndex(self.tabs.count() - 1)
                self._validate()
                return
        self.done_with([self.order_id], self._events)

    def _save_erp(self) -> bool:
        """The ERP numbers, after the edit and in a transaction of their own (services.erp); False when refused."""
        panel = self.erp
        if panel is None or not panel.has_changes():
            return True
        result = self.call_service(
            erp.set_erp_numbers,
            self.order_id,
            number=panel.number_change(),
            lines=panel.line_changes(),
            user=self.user,
            expected_version=self.version,
        )
        if result is None:
            if self._edit_saved:
                self.form_error.show_message(
                    translate(
                        "EditDialog",
                        "The edit is saved; the ERP numbers are not. {reason}",
                        reason=self.form_error.text(),
                    )
                )
            self.tabs.setCurrentWidget(panel)
            return False
        self.version = result.order.version
        self._events.extend(result.events)
        self._saved_any = True
        panel.saved(result.order, lines_of(result.order))
        return True

    def _show_refused_tab(self) -> None:
        """Bring up the tab whose field the service refused, so its red message is in view."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and any(label.isVisibleTo(page) for label in page.findChildren(FieldError)):
                self.tabs.setCurrentIndex(index)
                return

    def reject(self) -> None:
        if self._saved_any:
            self.done_with([self.order_id], self._events)
        else:
            super().reject()


def _optional(field: str, wording: str, max_length: int | None = None) -> Callable[[str], object]:
    """The service's check of an optional text field, with its words ("The postcode is 300 characters long...")."""
    limit = validation.text_limit(field) if max_length is None else max_length

    def rule(text: str) -> object:
        return validation.optional_text(text, wording, field=field, max_length=limit)

    return rule
