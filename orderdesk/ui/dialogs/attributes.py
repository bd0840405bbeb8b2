"""Custom attributes of an order and of its lines (gift card discount, coupon code, due date...).

`AttributeEditor` is the key/value table of one target (the order or one line); `AttributesPanel` holds the order's
editor and one per line and saves their changes through services.attributes.set_attributes. The attributes dialog
shows the panel on its own; the edit dialog shows the same panel on its Attributes tab.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core import capabilities, validation
from orderdesk.core.errors import RuleViolation, VersionConflict
from orderdesk.core.events import EventKind
from orderdesk.core.text import translate
from orderdesk.credentials import KeyringUnavailable
from orderdesk.services import attributes
from orderdesk.store.db import DatabaseUnavailable
from orderdesk.store.models import Order, OrderLine
from orderdesk.store.orders import line_attributes, lines_of, order_attributes
from orderdesk.ui import locale_format
from orderdesk.ui.dialogs.widgets import FieldError, OrderDialog, correct_marked, named, no_default, summary_label

KEY, VALUE, REMOVE = range(3)


class AttributeEditor(QWidget):
    """The attributes of one target as rows of name and value, checked live with core.validation."""

    changed = Signal()

    def __init__(self, prefix: str, what: str, values: Mapping[str, str], parent: QWidget | None = None) -> None:
        """`what` names the target in the middle of a sentence: "the order", "line MUG-01"."""
        super().__init__(parent)
        named(self, prefix, translate("AttributesDialog", "Attributes of {what}", what=what))
        self.prefix = prefix
        self.what = what
        self._baseline = dict(values)
        self._rows: list[tuple[QLineEdit, QLineEdit, QPushButton]] = []
        self.table = named(
            QTableWidget(0, 3), f"{prefix}Table", translate("AttributesDialog", "Attributes of {what}", what=what)
        )
        self.table.setHorizontalHeaderLabels(
            [translate("AttributesDialog", "Name"), translate("AttributesDialog", "Value"), ""]
        )
        # The line edits in the cells do the editing; the table only lays them out.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REMOVE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(KEY, 200)
        self.add_button = no_default(
            named(
                QPushButton(translate("AttributesDialog", "Add attribute")),
                f"{prefix}AddButton",
                translate("AttributesDialog", "Add an attribute to {what}", what=what),
            )
        )
        self.add_button.clicked.connect(self._add_clicked)
        self.error = FieldError(
            f"{prefix}Error", translate("AttributesDialog", "Problem with the attributes of {what}", what=what)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for key, value in values.items():
            self.add_row(key, value)

    # -- rows ----------------------------------------------------------------------------------------------
    def add_row(self, key: str = "", value: str = "") -> QLineEdit:
        row = len(self._rows)
        self.table.insertRow(row)
        key_edit = QLineEdit(key)
        key_edit.setPlaceholderText(translate("AttributesDialog", "e.g. coupon_code"))
        value_edit = QLineEdit(value)
        remove = no_default(QPushButton(translate("AttributesDialog", "Remove")))
        remove.clicked.connect(lambda: self._remove(remove))
        for edit in (key_edit, value_edit):
            edit.setFrame(False)
            edit.textChanged.connect(self.changed)
        self.table.setCellWidget(row, KEY, key_edit)
        self.table.setCellWidget(row, VALUE, value_edit)
        self.table.setCellWidget(row, REMOVE, remove)
        self._rows.append((key_edit, value_edit, remove))
        self._name_rows()
        return key_edit

    def _add_clicked(self) -> None:
        self.add_row().setFocus()
        self.changed.emit()

    def _remove(self, button: QPushButton) -> None:
        row = next(i for i, (_, _, remove) in enumerate(self._rows) if remove is button)
        self._rows.pop(row)
        self.table.removeRow(row)
        self._name_rows()
        self.changed.emit()

    def _name_rows(self) -> None:
        """Row n's controls are `<prefix>KeyEdit_n`, `<prefix>ValueEdit_n`, `<prefix>RemoveButton_n` (0-based)."""
        for row, (key_edit, value_edit, remove) in enumerate(self._rows):
            number = locale_format.count(row + 1)
            named(
                key_edit,
                f"{self.prefix}KeyEdit_{row}",
                translate("AttributesDialog", "Name of attribute {number} of {what}", number=number, what=self.what),
            )
            named(
                value_edit,
                f"{self.prefix}ValueEdit_{row}",
                translate("AttributesDialog", "Value of attribute {number} of {what}", number=number, what=self.what),
            )
            named(
                remove,
                f"{self.prefix}RemoveButton_{row}",
                translate("AttributesDialog", "Remove attribute {number} of {what}", number=number, what=self.what),
            )

    def row_edits(self, row: int) -> tuple[QLineEdit, QLineEdit]:
        key_edit, value_edit, _ = self._rows[row]
        return key_edit, value_edit

    def row_count(self) -> int:
        return len(self._rows)

    # -- what was typed ------------------------------------------------------------------------------------
    def current(self) -> dict[str, str]:
        return {k.text().strip(): v.text().strip() for k, v, _ in self._rows if k.text().strip()}

    def changes(self) -> dict[str, str]:
        """What set_attributes needs: a removed name with an empty value, a new or changed one with its value."""
        current = self.current()
        result = {key: "" for key in self._baseline if key not in current}
        result.update({key: value for key, value in current.items() if self._baseline.get(key) != value})
        return result

    def mark_saved(self) -> None:
        """What is on screen is now what the database holds (a retry after a refusal sends only the rest)."""
        self._baseline = self.current()

    def problem(self) -> str | None:
        """The reason this target cannot be saved yet, or None. What is wrong with typed text is shown in red under
        the table; an empty row or a missing value only disables OK, like an empty required field elsewhere."""
        red: str | None = None
        reason: str | None = None
        seen: set[str] = set()
        for number, (key_edit, value_edit, _) in enumerate(self._rows, start=1):
            key, value = key_edit.text().strip(), value_edit.text().strip()
            if not key and not value:
                reason = reason or translate(
                    "AttributesDialog",
                    "Attribute row {number} of {what} is empty: fill it in or remove it.",
                    number=locale_format.count(number),
                    what=self.what,
                )
                continue
            try:
                if not key:
                    raise RuleViolation(
                        translate(
                            "AttributesDialog",
                            "Give the attribute in row {number} a name.",
                            number=locale_format.count(number),
                        ),
                        field="attribute",
                    )
                # Names the channel sent are kept as they are; only names typed here must follow our rule.
                if key not in self._baseline:
                    validation.attribute_key(key)
                if key in seen:
                    raise RuleViolation(
                        translate("AttributesDialog", "'{name}' is there twice; give each attribute once.", name=key),
                        field="attribute",
                    )
                seen.add(key)
                validation.check_length(
                    value, translate("AttributesDialog", "The value of {name}", name=key), field=key
                )
            except RuleViolation as exc:
                red = red or exc.message
                continue
            if not value:
                reason = reason or translate("AttributesDialog", "Give {name} a value, or remove its row.", name=key)
        self.error.show_message(red)
        return correct_marked() if red else reason


@dataclass
class AttributesSaved:
    """What saving the panel did: the order's version after it, the events queued, and the refusal that stopped it."""

    version: int
    events: list[Any] = field(default_factory=list)
    error: str | None = None
    shown_in_panel: bool = False  # the refusal is shown under the editor it is about
    saved_any: bool = False  # at least one target reached the database (a manual channel queues no event)


class AttributesPanel(QWidget):
    """The order's attributes and each line's, one tab each; what both dialogs show."""

    changed = Signal()

    def __init__(self, order: Order, lines: Sequence[OrderLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "attributesPanel", translate("AttributesDialog", "Order and line attributes"))
        self.tabs = named(
            QTabWidget(), "attributeTargets", translate("AttributesDialog", "The order or one of its lines")
        )
        self.editors: dict[int | None, AttributeEditor] = {}
        self._removed_lines: set[int] = set()
        order_editor = AttributeEditor(
            "orderAttributes", translate("AttributesDialog", "the order"), order_attributes(order)
        )
        self._add(None, order_editor, translate("AttributesDialog", "Order"))
        for line in lines:
            what = translate("AttributesDialog", "line {sku}", sku=line.sku)
            editor = AttributeEditor(f"lineAttributes_{line.id}", what, line_attributes(line))
            self._add(line.id, editor, translate("AttributesDialog", "Line {sku}", sku=line.sku))
            self.tabs.setTabToolTip(self.tabs.count() - 1, line.name)
        hint = named(
            QLabel(
                translate(
                    "AttributesDialog",
                    "Names start with a letter. Values up to {limit} characters, the most the channels accept. "
                    "To remove an attribute, remove its row.",
                    limit=locale_format.count(validation.DEFAULT_MAX_TEXT),
                )
            ),
            "attributesHint",
            translate("AttributesDialog", "What attributes may hold"),
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)

    def _add(self, line_id: int | None, editor: AttributeEditor, title: str) -> None:
        self.editors[line_id] = editor
        self.tabs.addTab(editor, title)
        editor.changed.connect(self.changed)

    def order_editor(self) -> AttributeEditor:
        return self.editors[None]

    def line_editor(self, line_id: int) -> AttributeEditor:
        return self.editors[line_id]

    def _active(self) -> list[tuple[int | None, AttributeEditor]]:
        return [(line_id, editor) for line_id, editor in self.editors.items() if line_id not in self._removed_lines]

    def set_line_removed(self, line_id: int, removed: bool) -> None:
        """A line the edit removes takes its attributes with it: its tab is greyed out and nothing is sent for it."""
        editor = self.editors.get(line_id)
        if editor is None:
            return
        if removed:
            self._removed_lines.add(line_id)
        else:
            self._removed_lines.discard(line_id)
        editor.setEnabled(not removed)
        self.tabs.setTabEnabled(self.tabs.indexOf(editor), not removed)
        self.changed.emit()

    def problem(self) -> str | None:
        return next((p for _, editor in self._active() if (p := editor.problem())), None)

    def has_changes(self) -> bool:
        return any(editor.changes() for _, editor in self._active())

    def save(self, order_id: int, *, user: str, version: int) -> AttributesSaved:
        """One set_attributes call (one transaction) per target with changes, each expecting the version the one
        before produced, so a change someone else makes in between is refused rather than overwritten."""
        outcome = AttributesSaved(version)
        for _, editor in self._active():
            editor.error.clear_message()
        for line_id, editor in self._active():
            changes = editor.changes()
            if not changes:
                continue
            try:
                result = attributes.set_attributes(
                    order_id, changes, user=user, line_id=line_id, expected_version=outcome.version
                )
            except RuleViolation as exc:
                # A refusal about a name or a value belongs under that table; a conflict or a missing line does not.
                outcome.shown_in_panel = exc.field is not None and not isinstance(exc, VersionConflict)
                if outcome.shown_in_panel:
                    editor.error.show_message(exc.message)
                    self.tabs.setCurrentWidget(editor)
                outcome.error = exc.message
                return outcome
            except (KeyringUnavailable, DatabaseUnavailable) as exc:
                outcome.error = str(exc)
                return outcome
            outcome.version = result.order.version
            outcome.events.append(result.event)
            outcome.saved_any = True
            editor.mark_saved()
        return outcome


def attributes_refusal(outcome: AttributesSaved, *, saved_before: str | None = None) -> str:
    """The message at the top of a dialog when saving attributes stopped part-way."""
    reason = (
        translate("AttributesDialog", "see the message under them.")
        if outcome.shown_in_panel
        else (outcome.error or "")
    )
    if saved_before:
        return translate(
            "AttributesDialog", "{saved} The attributes are not saved: {reason}", saved=saved_before, reason=reason
        )
    if outcome.saved_any:
        return translate("AttributesDialog", "Some attributes are saved; the rest are not: {reason}", reason=reason)
    if outcome.shown_in_panel:
        return translate("AttributesDialog", "The attributes are not saved: {reason}", reason=reason)
    return reason


class AttributesDialog(OrderDialog):
    """Set, change and remove the attributes of an order and its lines (services.attributes.set_attributes)."""

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="attributesDialog",
            accessible_name=translate("AttributesDialog", "Order and line attributes"),
            reason_name="attributesReason",
            user=user,
            ok_text=translate("AttributesDialog", "Save attributes"),
            parent=parent,
        )
        self.setWindowTitle(translate("AttributesDialog", "Attributes"))
        self.order_id = order_id
        self.version = 0
        self.panel: AttributesPanel | None = None
        self._events: list[Any] = []
        self._saved_any = False
        order = self.load_order(order_id)
        if order is not None:
            self.order_id = order.id
            self.version = order.version
            self.setWindowTitle(translate("AttributesDialog", "Attributes of {reference}", reference=order.reference))
            self.body.addWidget(summary_label(order))
            self.check_rule(lambda: capabilities.must_send(order.channel.kind, EventKind.ATTRIBUTES))
            self.panel = AttributesPanel(order, lines_of(order))
            self.panel.setEnabled(not self.blocked)
            self.panel.changed.connect(self._validate)
            self.body.addWidget(self.panel, 1)
        self.resize(620, 440)
        self._validate()

    def _validate(self) -> None:
        if self.panel is None:
            return
        problem = self.panel.problem()
        if problem is None and not self.panel.has_changes():
            problem = translate("AttributesDialog", "Nothing changed yet.")
        self.set_problem(problem)

    def submit(self) -> None:
        if self.panel is None:
            return
        self.clear_refusals()
        outcome = self.panel.save(self.order_id, user=self.user, version=self.version)
        self.version = outcome.version
        self._events.extend(outcome.events)
        self._saved_any = self._saved_any or outcome.saved_any
        if outcome.error is not None:
            self.form_error.show_message(attributes_refusal(outcome))
            self._validate()
            return
        self.done_with([self.order_id], self._events)

    def reject(self) -> None:
        # Targets saved before a refusal are in the database: the table must refresh and the sync wake for them.
        if self._saved_any:
            self.done_with([self.order_id], self._events)
        else:
            super().reject()
