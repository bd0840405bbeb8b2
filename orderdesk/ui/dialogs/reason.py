"""A status change that needs a reason in words: cancelling an order, or starting on an unpaid one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from orderdesk.core import capabilities, validation
from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus, check_transition
from orderdesk.core.text import translate
from orderdesk.store.models import Order
from orderdesk.ui.dialogs.widgets import OrderDialog, named, summary_label

REASON_WIDTH = 360


class ReasonDialog(OrderDialog):
    """One order, one reason (`reasonEdit`, checked live), refused up front when the rules or the channel do not
    allow the change, so nobody types a reason for nothing. Subclasses say what, and call the service."""

    target: OrderStatus
    event_kind: EventKind
    # How a validation message names the field, e.g. "The cancellation reason": marked with
    # QT_TRANSLATE_NOOP("ReasonDialog", ...) where a subclass defines it, worded here.
    reason_wording: str

    def __init__(
        self,
        order_id: int,
        *,
        user: str,
        parent: QWidget | None,
        names: tuple[str, str, str],  # objectName, accessible name, name of the "why OK is off" label
        buttons: tuple[str, str],  # OK text, close text
        reason: tuple[str, str, str, str],  # accessible name, its error label's, placeholder, the form's question
        error_fields: tuple[str, ...] = ("reason",),
    ) -> None:
        object_name, accessible_name, reason_name = names
        ok_text, close_text = buttons
        reason_accessible, error_accessible, placeholder, question = reason
        super().__init__(
            object_name=object_name,
            accessible_name=accessible_name,
            reason_name=reason_name,
            user=user,
            ok_text=ok_text,
            close_text=close_text,
            parent=parent,
        )
        self.order_id = order_id
        self.version = 0
        self.reason_edit = named(QLineEdit(), "reasonEdit", reason_accessible)
        self.reason_edit.setPlaceholderText(placeholder)
        self.reason_edit.setMinimumWidth(REASON_WIDTH)  # a reason is a sentence: it must be seen whole
        self.reason_error = self.field_error("reasonError", error_accessible, *error_fields)
        order = self.load_order(order_id)
        if order is not None:
            self.order_id = order.id
            self.version = order.version
            self.body.addWidget(summary_label(order))
            current = OrderStatus(order.status)
            self.check_rule(lambda: check_transition(current, self.target))
            self.check_rule(lambda: capabilities.must_send(order.channel.kind, self.event_kind))
        self.describe(order)
        form = QFormLayout()
        form.addRow(question, self.reason_edit)
        form.addRow("", self.reason_error)
        self.body.addLayout(form)
        self.reason_edit.textChanged.connect(self._validate)
        self._validate()

    def describe(self, order: Order | None) -> None:
        """Title and any explanation above the reason; `order` is None when it could not be loaded."""

    def _validate(self) -> None:
        self.set_problem(
            self.check_field(
                self.reason_error,
                self.reason_edit.text(),
                lambda t: validation.reason(t, translate("ReasonDialog", self.reason_wording)),
            )
        )

    def finish(self, result: Any) -> None:
        if result is not None:
            self.done_with([result.order.id], [result.event])
