"""Finding an order from a scanned parcel code that only a channel knows (OT Platform's waybill search)."""

from __future__ import annotations

from orderdesk.channels.errors import ChannelError
from orderdesk.channels.otplatform import OTPlatformAdapter
from orderdesk.core.text import translate
from orderdesk.store.models import Channel, Order, Purchase, database_proxy
from orderdesk.sync.channel_config import config_for
from orderdesk.sync.connection import TEST_SETTINGS


def find_order_by_waybill(code: str) -> tuple[int | None, str]:
    """(local order id, what happened in plain words), asking every enabled OT Platform channel.

    Runs off the GUI thread; opens and closes that thread's own database connection.
    """
    try:
        for channel in Channel.select().where((Channel.kind == "otplatform") & (Channel.enabled == True)):  # noqa: E712
            adapter = OTPlatformAdapter(config_for(channel), http_settings=TEST_SETTINGS)
            try:
                matches = adapter.search_lines_by_waybill(code)
            except ChannelError as exc:
                return None, translate(
                    "WaybillLookup",
                    "{channel} could not search parcel {code}: {error}",
                    channel=channel.name,
                    code=code,
                    error=exc.message,
                )
            for match in matches:
                order = Order.get_or_none((Order.channel == channel) & (Order.external_id == match.order_id))
                if order is None:  # an OT order the desk placed: the parcel belongs to the desk order it buys
                    bought = Purchase.get_or_none(
                        (Purchase.channel == channel) & (Purchase.ot_order_id == match.order_id)
                    )
                    order = bought.order if bought is not None else None
                if order is not None:
                    return order.id, translate(
                        "WaybillLookup",
                        "Parcel {code} belongs to {reference} ({channel}).",
                        code=code,
                        reference=order.reference,
                        channel=channel.name,
                    )
            if matches:
                refs = ", ".join(sorted({m.order_id for m in matches}))
                return None, translate(
                    "WaybillLookup",
                    "Parcel {code} belongs to {references} in {channel}, which is not on the desk yet.",
                    code=code,
                    references=refs,
                    channel=channel.name,
                )
        return None, translate("WaybillLookup", "No order has reference or tracking number {code}.", code=code)
    finally:
        if not database_proxy.is_closed():
            database_proxy.close()
