"""Cancelling an order before it leaves the warehouse: the reason is required and travels to the channel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from orderdesk.core.events import EventKind
from orderdesk.core.statuses import OrderStatus
from orderdesk.services import status
from orderdesk.store.models import Order
from orderdesk.ui.dialogs.reason import ReasonDialog


class CancelDialog(ReasonDialog):
    """Cancel one order with a reason (services.status.cancel)."""

    target = OrderStatus.CANCELLED
    event_kind = EventKind.CANCEL
    reason_wording = "The cancellation reason"

    def __init__(self, order_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            order_id,
            user=user,
            parent=parent,
            names=("cancelDialog", "Cancel order", "cancelReason"),
            buttons=("Cancel order", "Keep the order"),
            reason=("Cancellation reason", "e.g. customer changed their mind", "Why is it cancelled?"),
        )

    def describe(self, order: Order | None) -> None:
        self.setWindowTitle(f"Cancel order {order.reference}" if order is not None else "Cancel order")

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
