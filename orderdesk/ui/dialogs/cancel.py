"""Cancelling an order before it leaves the warehouse: the reason is required and travels to the channel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import status
from orderdesk.store.models import Order
from orderdesk.ui.dialogs.reason import ReasonDialog


class CancelDialog(ReasonDialog):
    """Cancel one order with a reason (services.status.cancel)."""

    target = OrderStatus.CANCELLED
    event_kind = EventKind.CANCEL
    reason_wording = QT_TRANSLATE_NOOP("ReasonDialog", "The cancellation reason")

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            order_id,
            user=user,
            parent=parent,
            names=("cancelDialog", translate("CancelDialog", "Cancel order"), "cancelReason"),
            buttons=(translate("CancelDialog", "Cancel order"), translate("CancelDialog", "Keep the order")),
            reason=(
                translate("CancelDialog", "Cancellation reason"),
                translate("CancelDialog", "Problem with the cancellation reason"),
                translate("CancelDialog", "e.g. customer changed their mind"),
                translate("CancelDialog", "Why is it cancelled?"),
            ),
        )

    def describe(self, order: Order | None) -> None:
        self.setWindowTitle(
            translate("CancelDialog", "Cancel order {reference}", reference=order.reference)
            if order is not None
            else translate("CancelDialog", "Cancel order")
        )

    def submit(self) -> None:
        self.finish(
            self.call_service(
                status.cancel,
                self.order_id,
                reason=self.reason_edit.text(),
                user=self.user,
                expected_version=self.version,
            )
        )
