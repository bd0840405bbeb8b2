"""The small XML documents OT Platform takes inside query parameters (xmlAddData, xmlSearchParameters,
xmlParameters), built with ElementTree so every value is escaped.

Element names come from CHANNELS.md section 4 and the seed (OrderAddData, OrderLineSearchParameters);
the ones marked *inferred* come from public OT admin code (OrderSearchParameters with CreationDateFrom,
OrderBy "Field:asc", the autopurchase <Parameters><OrderId/><OrderLineIds/>...) or are our best reading.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from orderdesk.core.records import utc


@dataclass(frozen=True)
class OrderItem:
    """One line for AddOrder: OT's item id, its configuration (size/colour) id, and how many."""

    item_id: str
    configuration_id: str = ""
    quantity: int = 1


def _text(parent: ET.Element, tag: str, value: object) -> ET.Element:
    child = ET.SubElement(parent, tag)
    child.text = str(value)
    return child


def _id_list(parent: ET.Element, tag: str, ids: Iterable[str], item_tag: str = "Id") -> None:
    values = [str(v) for v in ids if str(v)]
    if values:
        holder = ET.SubElement(parent, tag)
        for value in values:
            _text(holder, item_tag, value)


def _serialize(root: ET.Element) -> str:
    return ET.tostring(root, encoding="unicode", short_empty_elements=False)


def ot_datetime(value: datetime) -> str:
    """How we write a moment in an OT filter: UTC, seconds, no zone (*inferred*, .NET's sortable format)."""
    return utc(value).strftime("%Y-%m-%dT%H:%M:%S")


def order_add_data(
    items: Iterable[OrderItem], *, delivery_mode_id: str, comment: str = "", user_profile_id: str = ""
) -> str:
    """<OrderAddData> for AddOrder (CHANNELS.md). Optional empty fields are left out, as OT's own clients do."""
    root = ET.Element("OrderAddData")
    _text(root, "DeliveryModeId", delivery_mode_id)
    if comment:
        _text(root, "Comment", comment)
    if user_profile_id:
        _text(root, "UserProfileId", user_profile_id)
    holder = ET.SubElement(root, "Items")
    for item in items:
        node = ET.SubElement(holder, "Item")
        _text(node, "Id", item.item_id)
        _text(node, "ConfigurationId", item.configuration_id)
        _text(node, "Quantity", item.quantity)
    return _serialize(root)


def order_search(
    *,
    updated_from: datetime | None = None,
    created_from: datetime | None = None,
    order_by: str = "",
) -> str:
    """<OrderSearchParameters> for SearchOrders.

    CreationDateFrom and OrderBy are what OT's admin sends (public code); UpdatedDateFrom is *inferred*:
    the public material shows no "changed since" filter, and without one a pull could not see
    cancellations or new tracking numbers on older orders.
    """
    root = ET.Element("OrderSearchParameters")
    if created_from is not None:
        _text(root, "CreationDateFrom", ot_datetime(created_from))
    if updated_from is not None:
        _text(root, "UpdatedDateFrom", ot_datetime(updated_from))
    if order_by:
        _text(root, "OrderBy", order_by)
    return _serialize(root)


def order_line_search(*, waybills: Iterable[str] = (), provider_order_ids: Iterable[str] = ()) -> str:
    """<OrderLineSearchParameters> for SearchOrderLines, by tracking number and/or provider order id (seed 003)."""
    root = ET.Element("OrderLineSearchParameters")
    _id_list(root, "VendorPurchaseWaybillIdList", waybills)
    _id_list(root, "VendorPurchaseIdList", provider_order_ids)
    return _serialize(root)


def autopurchase_parameters(
    *, order_id: str = "", line_ids: Iterable[str] = (), provider_order_ids: Iterable[str] = ()
) -> str:
    """<Parameters> for the Run*Provider methods. OrderId/OrderLineIds as public OT clients send them;
    ProviderOrderIds for linking and unlinking is *inferred* (the seed says "order ID and provider orders list")."""
    root = ET.Element("Parameters")
    if order_id:
        _text(root, "OrderId", order_id)
    _id_list(root, "OrderLineIds", line_ids)
    _id_list(root, "ProviderOrderIds", provider_order_ids)
    return _serialize(root)
