"""Channel-neutral records: what every adapter produces and the store keeps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from orderdesk.core.money import ZERO
from orderdesk.core.statuses import OrderStatus, PaymentStatus


@dataclass(frozen=True)
class Customer:
    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Address:
    name: str = ""
    company: str = ""
    street: str = ""
    city: str = ""
    postcode: str = ""
    region: str = ""
    country: str = ""
    phone: str = ""

    FIELDS = ("name", "company", "street", "city", "postcode", "region", "country", "phone")

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.FIELDS}

    def lines(self) -> list[str]:
        """The address as it goes on a parcel label, one part per line (postcode and city on one)."""
        place = " ".join(part for part in (self.postcode, self.city) if part)
        parts = (self.name, self.company, self.street, place, self.region, self.country, self.phone)
        return [part for part in parts if part]

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Address:
        data = data or {}
        return cls(**{name: str(data.get(name) or "") for name in cls.FIELDS})


@dataclass(frozen=True)
class LineRecord:
    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    external_id: str | None = None
    erp_line_number: str | None = None
    tracking_number: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class OrderRecord:
    """One order as a channel describes it, in OrderDesk's words."""

    external_id: str
    reference: str
    lines: tuple[LineRecord, ...]
    status: OrderStatus = OrderStatus.PENDING
    channel_status: str = ""
    payment_status: PaymentStatus = PaymentStatus.PAID
    source: str = "web"
    customer: Customer = field(default_factory=Customer)
    shipping_address: Address = field(default_factory=Address)
    billing_address: Address = field(default_factory=Address)
    currency: str = "EUR"
    shipping_total: Decimal = ZERO
    commission_rate: Decimal | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    consignment_number: str | None = None
    carrier: str | None = None
    erp_order_number: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    # What the adapter needs to speak about this order later (ids the channel uses, webshop...).
    channel_data: dict[str, Any] = field(default_factory=dict)

    @property
    def lines_total(self) -> Decimal:
        return sum((line.total for line in self.lines), ZERO)

    @property
    def total(self) -> Decimal:
        return self.lines_total + self.shipping_total


def utc(value: datetime) -> datetime:
    """An aware UTC datetime; naive values are taken to be UTC already (as Magento sends them)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
