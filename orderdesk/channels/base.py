"""The one interface every channel adapter implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Protocol

from orderdesk.core.capabilities import CAPABILITIES, ChannelKind
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import OrderRecord


@dataclass(frozen=True)
class ChannelConfig:
    """What an admin configured for one channel; secrets come from the keyring, never from the database."""

    name: str
    kind: str
    base_url: str
    username: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    rate_limit_per_min: int | None = None


@dataclass(frozen=True)
class Page:
    """One page of pulled orders. `cursor` is what to store once this page is committed."""

    records: list[OrderRecord]
    cursor: str | None
    # Orders on the page that could not be read: (external id or "?", plain-words reason). The rest still import.
    rejected: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class PushResult:
    """What the channel confirmed. `external_ids` maps local order ids of new orders (split parts) to channel ids."""

    message: str = ""
    external_ids: dict[int, str] = field(default_factory=dict)
    # Line-level facts the channel told us (e.g. OT's tracking numbers): sku or line external id -> value.
    tracking_numbers: dict[str, str] = field(default_factory=dict)
    # Ids the channel gave, by what they name: "invoice" (the invoice it created), "stock_item" (where a SKU's
    # stock lives, to be remembered).
    channel_ids: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # Facts of a purchase on OT (seed 003) for the engine to keep: OT order id, state, amounts, dropped lines.
    purchase: dict[str, Any] = field(default_factory=dict)


class Adapter(Protocol):
    kind: ClassVar[ChannelKind]

    def test_connection(self) -> str:
        """Call the channel with the configured credentials; return a plain-words success line or raise."""
        ...

    def fetch_orders(self, cursor: str | None) -> Iterator[Page]:
        """Pages of orders changed since `cursor` (None: everything the channel offers)."""
        ...

    def push(self, event: OutboundEvent) -> PushResult:
        """Send one outbox event; raise a ChannelError subclass when it did not go through."""
        ...

    def cursor_since(self, since: datetime) -> str:
        """A cursor that makes fetch_orders start at `since` (reconciliation over a date range)."""
        ...

    def already_applied(self, event: OutboundEvent) -> PushResult | None:
        """Read the channel back after an answer was lost: the result if the event already took effect, else None."""
        ...


def capabilities(kind: str) -> frozenset[EventKind]:
    return CAPABILITIES.get(ChannelKind(kind), frozenset())
