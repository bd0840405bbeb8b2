"""Pushing outbound events to Magento and reading back whether one already arrived: the push half of
MagentoAdapter (magento.py), which brings the HTTP (_call), the admin's status map and the Increff client.

Push (entity_id in every path):
- ACKNOWLEDGE / STATUS: POST orders/{id}/comments {"statusHistory": {..., "status": ...}} for the statuses Magento
  has (pending, processing); packed and delivered have none -> UnsupportedAction. The order's status is read first
  (GET orders/{id}/statuses): already there (or complete, for an acknowledgement) -> done; canceled, closed or
  complete -> refused rather than reopened (Magento sets any status it is given); holded -> release it first.
- CANCEL: POST orders/{id}/cancel (true; false when Magento cannot cancel it), then a comment with the reason.
- DISPATCH: POST order/{id}/ship with items (order_item_id, qty) and the consignment as track; the carrier's
  Magento code when it is one of Magento's own carriers, else "custom" with the carrier as title.
- INVOICE: POST order/{id}/invoice. Payload (ours): {"capture": true, "notify": true,
  "lines": [{"external_id", "quantity"}] optional (default: everything not invoiced yet)}. The invoice id comes
  back in PushResult.channel_ids["invoice"].
- STOCK: PUT products/{sku}/stockItems/{itemId} {"stockItem": {"qty", "is_in_stock"}}. Payload (ours):
  {"sku", "qty", "is_in_stock" (default qty > 0), "item_id" optional (else read from GET stockItems/{sku})}.
  Stock is not about an order: the event's order is an empty record and the SKU names the calls in the log.
  The item id used comes back in PushResult.channel_ids["stock_item"], for the caller to remember.
- RETURN, ATTRIBUTES: Increff Omni (see orderdesk.channels.increff).
- EDIT, SPLIT, ERP_NUMBER: Magento's REST API has no way to take them -> UnsupportedAction.
Status mapping (the admin's "status_map" option, orderdesk.core.status_map), outbound:
ACKNOWLEDGE / STATUS comment with the admin's word for our status when there is one (so packed or delivered can go
to a custom Magento status), else the default above. CANCEL is Magento's cancel action; its reason comment keeps
'canceled'.
already_applied() reads back: the status, the shipments (by order_id, matching our tracking number), the invoices
(by order_id), the stock item, the Increff return order. Magento accepts a second shipment of what is left, so a
lost answer to /ship is never simply repeated.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from orderdesk.channels.base import PushResult
from orderdesk.channels.errors import MalformedResponse, PermanentError, UnsupportedAction
from orderdesk.channels.increff import IncreffClient
from orderdesk.channels.magento_read import search_params, text_of
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.money import to_decimal
from orderdesk.core.status_map import StatusMap
from orderdesk.core.statuses import OrderStatus

S = OrderStatus

# The statuses of ours that Magento has a status for, for ACKNOWLEDGE and STATUS.
MAGENTO_STATUS = {S.PENDING: "pending", S.PROCESSING: "processing"}
# Setting a status on these would reopen the order in Magento (addStatusHistory sets whatever status it is given).
FINAL_STATUSES = frozenset({"canceled", "closed", "complete"})
# Magento's own carrier codes; any other carrier goes as "custom" with its name as the title.
CARRIER_CODES = {"ups": "ups", "usps": "usps", "fedex": "fedex", "dhl": "dhl"}


def _expect_true(answer: Any, what: str) -> bool:
    if not isinstance(answer, bool):
        raise MalformedResponse(f"Magento answered {what} with {str(answer)[:80]!r} instead of true or false.")
    return answer


def _expect_int(answer: Any, what: str) -> int:
    if isinstance(answer, bool) or not isinstance(answer, int | str) or not str(answer).strip().isdecimal():
        raise MalformedResponse(f"Magento answered {what} with {str(answer)[:80]!r} instead of an id.")
    return int(answer)


def _item_quantities(lines: list[dict[str, Any]], action: str) -> list[dict[str, int]]:
    """Our lines as Magento's {"order_item_id", "qty"}; lines with nothing to send are left out."""
    items = []
    for line in lines:
        external_id = text_of(line.get("external_id"))
        if not external_id.isdecimal():
            raise PermanentError(f"Line {line.get('sku')} has no Magento item id, so Magento cannot {action} it.")
        quantity = int(line.get("quantity") or 0)
        if quantity > 0:
            items.append({"order_item_id": int(external_id), "qty": quantity})
    return items


class MagentoPush:
    """The push half of MagentoAdapter, which supplies these three."""

    status_map: StatusMap
    increff: IncreffClient
    _call: Callable[..., Any]  # a call on the store's REST path, answering the JSON

    # ---- push ------------------------------------------------------------------------------------
    def push(self, event: OutboundEvent) -> PushResult:
        handlers: dict[EventKind, Callable[[OutboundEvent], PushResult]] = {
            EventKind.ACKNOWLEDGE: self._set_status,
            EventKind.STATUS: self._set_status,
            EventKind.CANCEL: self._cancel,
            EventKind.DISPATCH: self._dispatch,
            EventKind.INVOICE: self._invoice,
            EventKind.STOCK: self._stock,
            EventKind.RETURN: self.increff.create_return,
            EventKind.ATTRIBUTES: self.increff.update_attributes,
        }
        handler = handlers.get(event.kind)
        if handler is None:
            raise UnsupportedAction(
                f"Magento has no way to take a change of kind '{event.kind.value}': it stays in OrderDesk only."
            )
        return handler(event)

    def already_applied(self, event: OutboundEvent) -> PushResult | None:
        if event.kind in (EventKind.ACKNOWLEDGE, EventKind.STATUS):
            return self._status_already_set(event, self._target_status(event), self._status_of(event))
        if event.kind == EventKind.CANCEL:
            if self._status_of(event) == "canceled":
                return PushResult(message=f"Magento already shows order {event.order.reference} as canceled.")
            return None
        if event.kind == EventKind.DISPATCH:
            return self._existing_shipment(event)
        if event.kind == EventKind.INVOICE:
            return self._existing_invoice(event)
        if event.kind == EventKind.STOCK:
            return self._stock_matches(event)
        if event.kind == EventKind.RETURN:
            return self.increff.return_exists(event)
        # ATTRIBUTES is a PUT of the full values: sending it again is the read-back.
        return None

    def _entity_id(self, event: OutboundEvent) -> int:
        value = event.order.channel_data.get("entity_id") or event.order.external_id
        try:
            return int(value)
        except (TypeError, ValueError):
            raise PermanentError(f"Order {event.order.reference} has no Magento entity id to send it with.") from None

    def _status_of(self, event: OutboundEvent) -> str:
        answer = self._call(
            "GET",
            f"orders/{self._entity_id(event)}/statuses",
            operation="read order status",
            order_reference=event.order.reference,
        )
        if not isinstance(answer, str):
            raise MalformedResponse(f"Magento answered the status request with {str(answer)[:80]!r}.")
        return answer

    def _target_status(self, event: OutboundEvent) -> str:
        wanted = str(event.payload.get("status") or (S.PROCESSING if event.kind == EventKind.ACKNOWLEDGE else ""))
        try:
            ours = OrderStatus(wanted)
        except ValueError:
            raise PermanentError(f"'{wanted}' is not an order status.") from None
        status = self.status_map.to_channel(ours) or MAGENTO_STATUS.get(ours)
        if status is None:
            raise UnsupportedAction(
                f"Magento has no '{ours.value}' order status, so it cannot hear of this change; "
                "it stays in OrderDesk only."
            )
        return status

    def _comment(self, entity_id: int, event: OutboundEvent, status: str, comment: str) -> None:
        answer = self._call(
            "POST",
            f"orders/{entity_id}/comments",
            json_body={
                "statusHistory": {
                    "comment": comment,
                    "status": status,
                    "is_customer_notified": 0,
                    "is_visible_on_front": 0,
                    "parent_id": entity_id,
                }
            },
            idempotent=False,
            operation=f"comment ({status})",
            order_reference=event.order.reference,
        )
        _expect_true(answer, "the comment")

    @staticmethod
    def _status_already_set(event: OutboundEvent, target: str, current: str) -> PushResult | None:
        reference = event.order.reference
        if current == target:
            return PushResult(message=f"Magento already shows order {reference} as '{target}'.")
        if event.kind == EventKind.ACKNOWLEDGE and current == "complete":
            return PushResult(message=f"Magento order {reference} is already complete; nothing left to acknowledge.")
        return None

    def _set_status(self, event: OutboundEvent) -> PushResult:
        target = self._target_status(event)
        entity_id = self._entity_id(event)
        current = self._status_of(event)
        done = self._status_already_set(event, target, current)
        if done is not None:
            return done
        if current in FINAL_STATUSES:
            raise PermanentError(
                f"Magento order {event.order.reference} is {current}; it was not set to '{target}' "
                "(that would reopen it in Magento)."
            )
        if current == "holded":
            raise PermanentError(
                f"Magento order {event.order.reference} is on hold; release the hold in Magento first, "
                f"then it can be set to '{target}'."
            )
        words = "acknowledged by the warehouse" if event.kind == EventKind.ACKNOWLEDGE else f"set to {target}"
        self._comment(entity_id, event, target, f"OrderDesk: order {words}.")
        return PushResult(message=f"Magento order {event.order.reference} is now '{target}'.")

    def _cancel(self, event: OutboundEvent) -> PushResult:
        entity_id = self._entity_id(event)
        answer = self._call(
            "POST",
            f"orders/{entity_id}/cancel",
            idempotent=True,  # cancelling twice cancels once; Magento answers false the second time
            operation="cancel order",
            order_reference=event.order.reference,
        )
        # Magento 2.4.7 may answer the order itself instead of true.
        done = answer.get("status") == "canceled" if isinstance(answer, dict) else _expect_true(answer, "the cancel")
        if not done:
            status = self._status_of(event)
            if status != "canceled":
                raise PermanentError(
                    f"Magento would not cancel order {event.order.reference}: it is '{status}' "
                    "(shipped, invoiced, held or under payment review orders cannot be cancelled)."
                )
        result = PushResult(message=f"Magento order {event.order.reference} is canceled.")
        reason = text_of(event.payload.get("reason"))
        if reason:
            try:
                self._comment(entity_id, event, "canceled", f"Cancelled in OrderDesk: {reason}")
            except (PermanentError, MalformedResponse) as exc:
                result.warnings.append(f"The cancellation reason could not be added as a comment: {exc.message}")
        return result

    def _dispatch(self, event: OutboundEvent) -> PushResult:
        entity_id = self._entity_id(event)
        payload = event.payload
        consignment = text_of(payload.get("consignment_number") or event.order.consignment_number)
        carrier = text_of(payload.get("carrier") or event.order.carrier)
        if not consignment or not carrier:
            raise PermanentError("A dispatch to Magento needs the consignment number and the carrier.")
        items = _item_quantities(payload.get("lines") or [], "ship")
        body: dict[str, Any] = {"notify": True}
        if items:
            body["items"] = items
        body["tracks"] = [
            {
                "track_number": consignment,
                "title": carrier,
                "carrier_code": CARRIER_CODES.get(carrier.lower(), "custom"),
            }
        ]
        try:
            answer = self._call(
                "POST",
                f"order/{entity_id}/ship",
                json_body=body,
                idempotent=False,  # Magento would ship what is left a second time
                operation="ship order",
                order_reference=event.order.reference,
            )
        except PermanentError:
            existing = self._existing_shipment(event)
            if existing is not None:
                return existing
            raise
        shipment_id = _expect_int(answer, "the shipment")
        return PushResult(
            message=f"Magento shipment {shipment_id} created for order {event.order.reference} "
            f"with {carrier} tracking {consignment}."
        )

    def _list(self, what: str, event: OutboundEvent) -> list[dict[str, Any]]:
        params = search_params([[("order_id", str(self._entity_id(event)), "eq")]], page_size=50, current_page=1)
        data = self._call(
            "GET", what, params=params, operation=f"read {what} back", order_reference=event.order.reference
        )
        items = data.get("items") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise MalformedResponse(f"Magento answered the {what} list without an items list.")
        return [item for item in items if isinstance(item, dict)]

    def _existing_shipment(self, event: OutboundEvent) -> PushResult | None:
        consignment = text_of(event.payload.get("consignment_number") or event.order.consignment_number)
        for shipment in self._list("shipments", event):
            for track in shipment.get("tracks") or []:
                if isinstance(track, dict) and text_of(track.get("track_number")) == consignment:
                    return PushResult(
                        message=f"Magento already has shipment {shipment.get('entity_id')} for order "
                        f"{event.order.reference} with tracking {consignment}."
                    )
        return None

    def _invoice(self, event: OutboundEvent) -> PushResult:
        entity_id = self._entity_id(event)
        payload = event.payload
        body: dict[str, Any] = {
            "capture": bool(payload.get("capture", True)),
            "notify": bool(payload.get("notify", True)),
        }
        items = _item_quantities(payload.get("lines") or [], "invoice")
        if items:
            body["items"] = items
        try:
            answer = self._call(
                "POST",
                f"order/{entity_id}/invoice",
                json_body=body,
                idempotent=False,
                operation="invoice order",
                order_reference=event.order.reference,
            )
        except PermanentError:
            existing = self._existing_invoice(event)
            if existing is not None:
                return existing
            raise
        invoice_id = _expect_int(answer, "the invoice")
        return PushResult(
            message=f"Magento invoice {invoice_id} created for order {event.order.reference}.",
            channel_ids={"invoice": str(invoice_id)},
        )

    def _existing_invoice(self, event: OutboundEvent) -> PushResult | None:
        invoices = self._list("invoices", event)
        if not invoices:
            return None
        ids = [str(invoice.get("entity_id")) for invoice in invoices]
        return PushResult(
            message=f"Magento already has invoice {', '.join(ids)} for order {event.order.reference}.",
            channel_ids={"invoice": ids[-1]},
        )

    def _stock_target(self, event: OutboundEvent) -> tuple[str, Decimal, bool]:
        sku = text_of(event.payload.get("sku"))
        if not sku:
            raise PermanentError("A stock update needs the SKU.")
        try:
            qty = to_decimal(event.payload.get("qty"))
        except ValueError:
            raise PermanentError(f"The stock quantity of {sku} is not a number.") from None
        in_stock = event.payload.get("is_in_stock")
        return sku, qty, bool(in_stock) if in_stock is not None else qty > 0

    def _stock_item(self, sku: str, event: OutboundEvent) -> dict[str, Any]:
        answer = self._call(
            "GET",
            f"stockItems/{quote(sku, safe='')}",
            operation="read stock item",
            order_reference=event.order.reference or sku,
        )
        if not isinstance(answer, dict):
            raise MalformedResponse(f"Magento answered the stock item of {sku} with something that is not an object.")
        return answer

    def _stock(self, event: OutboundEvent) -> PushResult:
        sku, qty, in_stock = self._stock_target(event)
        item_id = event.payload.get("item_id") or self._stock_item(sku, event).get("item_id")
        if item_id in (None, ""):
            raise MalformedResponse(f"Magento did not say which stock item holds {sku}.")
        quantity: int | str = int(qty) if qty == qty.to_integral_value() else str(qty)
        answer = self._call(
            "PUT",
            f"products/{quote(sku, safe='')}/stockItems/{item_id}",
            json_body={"stockItem": {"qty": quantity, "is_in_stock": in_stock}},
            operation="update stock",
            order_reference=event.order.reference or sku,
        )
        _expect_int(answer, "the stock update")
        return PushResult(
            message=f"Magento stock of {sku} set to {qty} ({'in' if in_stock else 'out of'} stock).",
            channel_ids={"stock_item": str(item_id)},
        )

    def _stock_matches(self, event: OutboundEvent) -> PushResult | None:
        sku, qty, in_stock = self._stock_target(event)
        item = self._stock_item(sku, event)
        try:
            same = to_decimal(item.get("qty")) == qty and bool(item.get("is_in_stock")) == in_stock
        except ValueError:
            return None
        if not same:
            return None
        found = item.get("item_id")
        ids = {"stock_item": str(found)} if found not in (None, "") else {}
        return PushResult(message=f"Magento already holds {qty} of {sku}.", channel_ids=ids)
