"""How the OT Platform simulator's JSON service reads and writes: the status, currency-sign and delivery-mode
names, _Refused (an ErrorCode answered with HTTP 200), reading parameters (XML, times, amounts), and
OTPlatformShapes, which cuts frames and writes orders and lines as OT does. otplatform.py serves them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from orderdesk.sandbox.otplatform_data import OTLine, OTOrder, _money

ORDER_STATUSES = {
    10: "Awaiting payment",
    20: "Paid",
    30: "In processing",
    31: "Purchased",
    32: "At the warehouse",
    36: "Packed",
    38: "Sent to customer",
    40: "Received",
    70: "Cancelled",
}
LINE_STATUSES = {1: "New", 2: "Awaiting purchase", 6: "Purchased", 7: "Sent by vendor", 8: "At the warehouse"}
LINE_CANCELLED = (12, "Cancelled")
SIGNS = {"USD": "$", "EUR": "€", "CNY": "¥"}
DELIVERY_MODES = {"DM-AIR": "Air express", "DM-SEA": "Sea freight"}


class _Refused(Exception):
    def __init__(self, code: str, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


def _ot_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _xml(text: str) -> ET.Element:
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise _Refused("InvalidArgument", f"XML parameter is not well formed: {exc}") from None


def _within(value: datetime, bound: datetime, from_bound: bool) -> bool:
    """Date filters include their bound on both ends."""
    return value >= bound if from_bound else value <= bound


def _parse_time(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _Refused("InvalidArgument", f"'{text}' is not a date") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _Refused("InvalidArgument", f"'{text}' is not an amount") from None
    if not value.is_finite() or value <= 0:
        raise _Refused("InvalidArgument", "Amount must be more than zero")
    return _money(value)


class OTPlatformShapes:
    """The answers' shapes for OTPlatformSimulator, which sets customers in _reseed()."""

    customers: dict[str, dict[str, Any]]

    # ---- shapes ------------------------------------------------------------------------------------------
    def _frame(self, entries: list[dict[str, Any]], params: dict[str, str]) -> dict[str, Any]:
        try:
            position = max(0, int(params.get("framePosition", "0")))
            size = min(100, max(1, int(params.get("frameSize", "20"))))  # OT caps a frame
        except ValueError:
            raise _Refused("InvalidArgument", "framePosition and frameSize must be numbers") from None
        return {"Content": entries[position : position + size], "TotalCount": len(entries)}

    def _info(self, order: OTOrder) -> dict[str, Any]:
        customer = self.customers[order.cust_id]
        return {
            "Id": order.id,
            "CustId": order.cust_id,
            "CustName": customer["name"],
            "CustEmail": customer["email"],
            "StatusId": order.status_id,
            "StatusName": ORDER_STATUSES.get(order.status_id, "Unknown"),
            "TotalAmount": str(order.total),
            "CurrencyCode": order.currency,
            "CurrencySign": SIGNS[order.currency],
            "IsPaid": order.is_paid,
            "PaidAmount": str(order.paid),
            "IsCancelled": order.is_cancelled,
            "Comment": order.comment,
            "DeliveryModeId": order.delivery_mode_id,
            "DeliveryModeName": DELIVERY_MODES.get(order.delivery_mode_id, ""),
            "DeliveryAddress": dict(customer["address"]),
            "CreatedDateTime": _ot_time(order.created),
            "UpdatedDateTime": _ot_time(order.updated),
        }

    def _line(self, line: OTLine) -> dict[str, Any]:
        status_id, status_name = LINE_CANCELLED if line.cancelled else (line.status_id, "")
        return {
            "Id": line.id,
            "ItemId": line.item_id,
            "ConfigId": line.config_id,
            "ConfigText": line.config_text,
            "BriefDescrTrans": line.name,
            "Qty": line.qty,
            "PriceCust": str(line.price),
            "AmountCust": str(_money(line.price * line.qty)),
            "StatusId": status_id,
            "StatusName": status_name or LINE_STATUSES.get(status_id, ""),
            "VendPurchId": line.vend_purch_id,
            "VendPurchWaybill": line.vend_purch_waybill,
            "VendPurchStatus": line.vend_purch_status,
        }

    def _details(self, order: OTOrder) -> dict[str, Any]:
        return {"SalesOrderInfo": self._info(order), "SalesLinesList": [self._line(line) for line in order.lines]}
