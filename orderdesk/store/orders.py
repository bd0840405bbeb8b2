"""Orders in and out of the store: lookup, insert from a channel record, and the record of a stored order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import peewee

from orderdesk.core import validation
from orderdesk.core.commission import commission
from orderdesk.core.errors import RuleViolation, VersionConflict
from orderdesk.core.money import ZERO, money_text
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord, utcnow
from orderdesk.core.statuses import OrderStatus, PaymentStatus
from orderdesk.core.text import translate
from orderdesk.store.bulk import insert_rows, marks, select_rows
from orderdesk.store.models import Channel, LineAttribute, Order, OrderAttribute, OrderLine, database_proxy


class NotFound(RuleViolation):
    """The operator named an order, line, event or channel that is not there."""


def get_channel(name: str) -> Channel:
    channel = Channel.get_or_none(Channel.name == name)
    if channel is None:
        names = ", ".join(c.name for c in Channel.select(Channel.name).order_by(Channel.name))
        raise NotFound(
            translate(
                "OrderStore",
                "There is no channel called '{name}'. Channels: {known}.",
                name=validation.shown(name),
                known=names or translate("OrderStore", "none yet"),
            )
        )
    return channel


def channel_enabled(channel_id: int) -> bool:
    """Whether the channel is still there and enabled: asked between every page and event of a sync, so the
    statement's text is written here rather than built by peewee each time."""
    sql = f'SELECT 1 FROM "channel" WHERE "id" = {database_proxy.param} AND "enabled" = {database_proxy.param}'
    return database_proxy.execute_sql(sql, (channel_id, True)).fetchone() is not None


def find_order(ident: str | int, channel: str | None = None) -> Order:
    """An order by its local id, or by its reference (within `channel` when given)."""
    text = str(ident).strip()
    query = Order.select().join(Channel)
    if channel:
        get_channel(channel)
        by_ref = query.where(Channel.name == channel, Order.reference == text)
        order = by_ref.first() or (query.where(Channel.name == channel, Order.external_id == text).first())
        if order is None and text.isdecimal() and validation.row_id(int(text)):
            order = query.where(Channel.name == channel, Order.id == int(text)).first()
        if order is None:
            raise NotFound(
                translate(
                    "OrderStore",
                    "No order '{order}' in channel {channel}.",
                    order=validation.shown(text),
                    channel=channel,
                )
            )
        return order
    if text.isdecimal() and validation.row_id(int(text)):
        order = Order.get_or_none(Order.id == int(text))
        if order is not None:
            return order
    matches = list(query.where(Order.reference == text).limit(2))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise RuleViolation(
            translate(
                "OrderStore",
                "Reference '{reference}' exists in several channels; add --channel NAME.",
                reference=validation.shown(text),
            )
        )
    raise NotFound(
        translate(
            "OrderStore",
            "No order '{order}'. Give its local id, or its reference with --channel NAME.",
            order=validation.shown(text),
        )
    )


def get_line(order: Order, line_id: int) -> OrderLine:
    line = (
        OrderLine.get_or_none(OrderLine.id == line_id, OrderLine.order == order) if validation.row_id(line_id) else None
    )
    if line is None:
        raise NotFound(
            translate(
                "OrderStore",
                "Order {reference} has no line {line}.",
                reference=order.reference,
                line=validation.shown(line_id),
            )
        )
    return line


def lines_of(order: Order) -> list[OrderLine]:
    return list(OrderLine.select().where(OrderLine.order == order).order_by(OrderLine.position, OrderLine.id))


def recompute_totals(order: Order, lines: list[OrderLine] | None = None) -> None:
    """Lines total, total, line count and commission from the order's lines (not saved here)."""
    lines = lines_of(order) if lines is None else lines
    lines_total = sum((line.unit_price * line.quantity for line in lines), ZERO)
    order.lines_total = lines_total
    order.total = lines_total + (order.shipping_total or ZERO)
    order.line_count = len(lines)
    order.commission = commission(order.commission_rate, lines_total, order.currency)


def apply_record(order: Order, record: OrderRecord) -> None:
    """Copy a channel record's order-level fields onto a row (lines are written separately)."""
    order.external_id = record.external_id
    order.reference = record.reference
    order.order_source = record.source
    order.status = record.status.value
    order.channel_status = record.channel_status
    order.payment_status = record.payment_status.value
    order.customer_name = record.customer.name
    order.customer_email = record.customer.email
    order.customer_phone = record.customer.phone
    order.shipping_address = record.shipping_address.as_dict()
    order.billing_address = record.billing_address.as_dict()
    order.ship_city = record.shipping_address.city
    order.ship_country = record.shipping_address.country
    order.currency = record.currency
    order.shipping_total = record.shipping_total
    order.commission_rate = record.commission_rate
    order.consignment_number = record.consignment_number
    order.carrier = record.carrier
    order.erp_order_number = record.erp_order_number
    order.channel_data = dict(record.channel_data)
    order.remote_updated_at = record.updated_at
    if record.created_at is not None:
        order.created_at = record.created_at


def write_lines(order: Order, lines: tuple[LineRecord, ...]) -> list[OrderLine]:
    """Replace the order's lines with the record's (keeping nothing stale)."""
    OrderLine.delete().where(OrderLine.order == order).execute()
    rows = []
    for position, line in enumerate(lines):
        row = OrderLine.create(
            order=order,
            position=position,
            external_id=line.external_id,
            sku=line.sku,
            name=line.name,
            quantity=line.quantity,
            unit_price=line.unit_price,
            erp_line_number=line.erp_line_number,
            tracking_number=line.tracking_number,
        )
        for key, value in line.attributes.items():
            LineAttribute.create(line=row, key=key, value=value)
        rows.append(row)
    return rows


def insert_order(channel: Channel, record: OrderRecord) -> Order:
    """A new order from a channel record (one call inside the caller's transaction)."""
    order = Order(channel=channel, created_at=utcnow(), updated_at=utcnow())
    apply_record(order, record)
    order.save(force_insert=True)
    lines = write_lines(order, record.lines)
    for key, value in record.attributes.items():
        OrderAttribute.create(order=order, key=key, value=value)
    recompute_totals(order, lines)
    order.save()
    return order


def insert_orders(
    channel: Channel,
    records: Sequence[OrderRecord],
    finish: Callable[[Order, OrderRecord], None] | None = None,
) -> dict[str, int]:
    """New orders from records in a few statements (the import's and the pull's bulk path), inside the caller's
    transaction.

    Writes the same rows as insert_order() does one by one (the search index follows through its triggers, once
    per order); `finish` sets what the caller adds to each order row before it is written. Returns the new ids by
    external id. The caller makes sure none of the external ids is on the desk yet, and none is there twice.
    """
    if not records:
        return {}
    now = utcnow()
    orders: list[dict[str, Any]] = []
    for record in records:
        order = Order(channel=channel, created_at=now, updated_at=now)
        apply_record(order, record)
        recompute_totals(order, [OrderLine(quantity=ln.quantity, unit_price=ln.unit_price) for ln in record.lines])
        if finish is not None:
            finish(order, record)
        orders.append(_field_values_by_name(order))
    insert_rows(Order, orders)
    known = known_orders(channel.id, [record.external_id for record in records])
    ids = {external_id: order_id for external_id, (order_id, _) in known.items()}
    lines = [
        {
            "order": ids[record.external_id],
            "position": position,
            "external_id": line.external_id,
            "sku": line.sku,
            "name": line.name,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "erp_line_number": line.erp_line_number,
            "tracking_number": line.tracking_number,
        }
        for record in records
        for position, line in enumerate(record.lines)
    ]
    insert_rows(OrderLine, lines)
    insert_rows(
        OrderAttribute,
        [
            {"order": ids[record.external_id], "key": key, "value": value}
            for record in records
            for key, value in record.attributes.items()
        ],
    )
    if any(line.attributes for record in records for line in record.lines):
        line_ids = {
            (row.order_id, row.position): row.id
            for row in OrderLine.select(OrderLine.id, OrderLine.order, OrderLine.position).where(
                OrderLine.order.in_(list(ids.values()))
            )
        }
        insert_rows(
            LineAttribute,
            [
                {"line": line_ids[(ids[record.external_id], position)], "key": key, "value": value}
                for record in records
                for position, line in enumerate(record.lines)
                for key, value in line.attributes.items()
            ],
        )
    return ids


def _field_values_by_name(row: Any) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in row._meta.sorted_fields if not f.primary_key}


def known_orders(channel_id: int, external_ids: Sequence[str]) -> dict[str, tuple[int, str | None]]:
    """(id, remote fingerprint) of the channel's orders with these external ids, by external id: the statement's
    text built here, not by peewee, as it runs for every page of a pull."""
    found: dict[str, tuple[int, str | None]] = {}
    wanted = list(dict.fromkeys(external_ids))
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        sql = (
            'SELECT "id", "external_id", "remote_fingerprint" FROM "order" WHERE "channel_id" = '
            f'{database_proxy.param} AND "external_id" IN ({marks(len(chunk))})'
        )
        for order_id, external_id, fingerprint in select_rows(sql, [channel_id, *chunk], 3):
            found[external_id] = (order_id, fingerprint)
    return found


_IN_CHUNK = 500  # values in one IN (...): far below any database's limit on parameters


def order_id_for_code(code: str) -> int | None:
    """The order a scanned code names: its reference, its consignment number, its id in its channel or a line's
    tracking number, tried in that order, each along its own index."""
    lookups = (
        Order.select(Order.id).where(Order.reference == code),
        Order.select(Order.id).where(Order.consignment_number == code),
        # The channel named too (any of them), so the (channel, external id) index serves: asked for the external id
        # alone, SQLite reads every order unless statistics tell it the channels are few.
        Order.select(Order.id).where(Order.channel.in_(Channel.select(Channel.id)), Order.external_id == code),
        OrderLine.select(OrderLine.order).where(OrderLine.tracking_number == code),
    )
    for lookup in lookups:
        found = lookup.limit(1).scalar()
        if found is not None:
            return int(found)
    return None


def find_by_external_id(channel: Channel, external_id: str) -> Order | None:
    return Order.get_or_none(Order.channel == channel, Order.external_id == external_id)


def order_attributes(order: Order) -> dict[str, str]:
    rows = OrderAttribute.select().where(OrderAttribute.order == order).order_by(OrderAttribute.key)
    return {row.key: row.value for row in rows}


def line_attributes(line: OrderLine) -> dict[str, str]:
    rows = LineAttribute.select().where(LineAttribute.line == line).order_by(LineAttribute.key)
    return {row.key: row.value for row in rows}


def _attributes_of_lines(lines: Sequence[OrderLine]) -> dict[int, dict[str, str]]:
    """line_attributes() of every line, in one query (a push builds a record for every event it sends)."""
    found: dict[int, dict[str, str]] = {line.id: {} for line in lines}
    if found:
        rows: Any = (
            LineAttribute.select(LineAttribute.line, LineAttribute.key, LineAttribute.value)
            .where(LineAttribute.line.in_(list(found)))
            .order_by(LineAttribute.key)
            .tuples()
        )
        for line_id, key, value in rows:
            found[line_id][key] = value
    return found


def order_record(order: Order) -> OrderRecord:
    """The stored order as a channel-neutral record (what an adapter is handed when pushing)."""
    lines = lines_of(order)
    attributes = _attributes_of_lines(lines)
    return OrderRecord(
        external_id=order.external_id or "",
        reference=order.reference,
        lines=tuple(
            LineRecord(
                sku=line.sku,
                name=line.name,
                quantity=line.quantity,
                unit_price=line.unit_price,
                external_id=line.external_id,
                erp_line_number=line.erp_line_number,
                tracking_number=line.tracking_number,
                attributes=attributes[line.id],
            )
            for line in lines
        ),
        status=OrderStatus(order.status),
        channel_status=order.channel_status,
        payment_status=PaymentStatus(order.payment_status),
        source=order.order_source,
        customer=Customer(order.customer_name, order.customer_email, order.customer_phone),
        shipping_address=Address.from_dict(order.shipping_address),
        billing_address=Address.from_dict(order.billing_address),
        currency=order.currency,
        shipping_total=order.shipping_total or ZERO,
        commission_rate=order.commission_rate,
        created_at=order.created_at,
        updated_at=order.remote_updated_at,
        consignment_number=order.consignment_number,
        carrier=order.carrier,
        erp_order_number=order.erp_order_number,
        attributes=order_attributes(order),
        channel_data=dict(order.channel_data or {}),
    )


def order_document(order: Order) -> dict[str, Any]:
    """The order as JSON-ready data (decimals as strings): the CLI's and the exports' shape."""
    lines = lines_of(order)
    return {
        "id": order.id,
        "channel": order.channel.name,
        "external_id": order.external_id,
        "reference": order.reference,
        "source": order.order_source,
        "status": order.status,
        "channel_status": order.channel_status,
        "payment_status": order.payment_status,
        "sync_state": order.sync_state,
        "version": order.version,
        "customer": {"name": order.customer_name, "email": order.customer_email, "phone": order.customer_phone},
        "shipping_address": order.shipping_address or {},
        "billing_address": order.billing_address or {},
        "currency": order.currency,
        "lines_total": money_text(order.lines_total, order.currency),
        "shipping_total": money_text(order.shipping_total, order.currency),
        "total": money_text(order.total, order.currency),
        "commission_rate": None if order.commission_rate is None else format(order.commission_rate.normalize(), "f"),
        "commission": money_text(order.commission, order.currency),
        "consignment_number": order.consignment_number,
        "carrier": order.carrier,
        "erp_order_number": order.erp_order_number,
        "invoice_id": order.invoice_id,
        "note": order.note,
        "parent_id": order.parent_id,
        "split_ids": [child.id for child in Order.select(Order.id).where(Order.parent == order).order_by(Order.id)],
        "created_at": order.created_at.isoformat() if order.created_at else None,
        "updated_at": order.updated_at.isoformat() if order.updated_at else None,
        "lines": [
            {
                "id": line.id,
                "external_id": line.external_id,
                "sku": line.sku,
                "name": line.name,
                "quantity": line.quantity,
                "unit_price": money_text(line.unit_price, order.currency),
                "total": money_text(line.unit_price * line.quantity, order.currency),
                "erp_line_number": line.erp_line_number,
                "tracking_number": line.tracking_number,
                "attributes": line_attributes(line),
            }
            for line in lines
        ],
        "attributes": order_attributes(order),
    }


def bump_version(order: Order, expected_version: int | None) -> None:
    """Save the order as a new version, refusing if someone saved another version since `expected_version`."""
    current = order.version
    if expected_version is not None and expected_version != current:
        raise VersionConflict(
            translate(
                "OrderStore",
                "Order {reference} was changed by someone else since you opened it (you had version {had}, it is "
                "now {now}). Reload it and make your change again.",
                reference=order.reference,
                had=expected_version,
                now=current,
            )
        )
    order.version = current + 1
    order.updated_at = utcnow()
    saved = Order.update(_field_values(order)).where(Order.id == order.id, Order.version == current).execute()
    if saved != 1:
        raise VersionConflict(
            translate(
                "OrderStore",
                "Order {reference} was changed by someone else while you were saving. Reload it and try again.",
                reference=order.reference,
            )
        )


def _field_values(order: Order) -> dict[peewee.Field, Any]:
    return {f: getattr(order, f.name) for f in order._meta.sorted_fields if not f.primary_key}
