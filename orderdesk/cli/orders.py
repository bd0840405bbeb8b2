"""orders: list, show, status, invoice, edit, split, attr, erp, import-file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from orderdesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    UsageError,
    csv_text,
    emit,
    emit_json,
    id_arg,
    limit_arg,
    open_db,
    pairs,
    report,
    table,
)
from orderdesk.core.errors import shown
from orderdesk.core.money import format_money

ORDER_COLUMNS = [
    "id",
    "reference",
    "channel",
    "source",
    "status",
    "payment",
    "customer",
    "city",
    "lines",
    "total",
    "consignment",
    "sync",
]


def cmd_orders_list(args: argparse.Namespace) -> int:
    from orderdesk.store.orders import order_document
    from orderdesk.store.queries import OrderFilter, list_orders

    open_db(args, reading=True)
    flt = OrderFilter(
        status=args.status,
        channel=args.channel,
        source=args.source,
        search=args.search,
        payment_status=args.payment,
        sync_state=args.sync_state,
    )
    orders = list_orders(flt, sort=args.sort, descending=not args.ascending, limit=args.limit)
    if args.format == "json":
        emit_json([order_document(order) for order in orders])
        return EXIT_OK
    rows = [
        [
            o.id,
            o.reference,
            o.channel.name,
            o.order_source,
            o.status,
            o.payment_status,
            o.customer_name,
            o.ship_city,
            o.line_count,
            format_money(o.total, o.currency),
            o.consignment_number or "",
            o.sync_state,
        ]
        for o in orders
    ]
    emit(csv_text(ORDER_COLUMNS, rows) if args.format == "csv" else table(ORDER_COLUMNS, rows))
    return EXIT_OK


def cmd_orders_show(args: argparse.Namespace) -> int:
    from orderdesk.store import audit, outbox
    from orderdesk.store.orders import find_order, order_document

    open_db(args, reading=True)
    order = find_order(args.order, args.channel)
    document = order_document(order)
    if args.format == "json":
        emit_json(document)
        return EXIT_OK
    c = document["customer"]
    address = ", ".join(v for v in (document["shipping_address"] or {}).values() if v)
    out = [
        f"Order {order.reference} (id {order.id}, {order.channel.name}, {order.order_source}) version {order.version}",
        f"Status: {order.status}   Payment: {order.payment_status}   Sync: {order.sync_state}",
        f"Customer: {c['name']} <{c['email']}> {c['phone']}".rstrip(),
        f"Ship to: {address}",
        f"Total: {format_money(order.total, order.currency)}"
        + (
            f"   Commission: {format_money(order.commission, order.currency)} ({order.commission_rate}%)"
            if order.commission is not None
            else ""
        ),
    ]
    if order.consignment_number:
        out.append(f"Consignment: {order.consignment_number} ({order.carrier})")
    if order.erp_order_number:
        out.append(f"ERP order number: {order.erp_order_number}")
    if order.invoice_id:
        out.append(f"Invoice: {order.invoice_id}")
    if order.parent_id:
        out.append(f"Split from order {order.parent_id}")
    if document["split_ids"]:
        out.append("Split into orders: " + ", ".join(str(i) for i in document["split_ids"]))
    if order.note:
        out.append(f"Note: {order.note}")
    out.append("")
    out.append(
        table(
            ["line", "sku", "name", "qty", "unit price", "tracking", "erp line"],
            [
                [
                    ln["id"],
                    ln["sku"],
                    ln["name"],
                    ln["quantity"],
                    ln["unit_price"],
                    ln["tracking_number"] or "",
                    ln["erp_line_number"] or "",
                ]
                for ln in document["lines"]
            ],
        )
    )
    if document["attributes"]:
        out.append("\nAttributes: " + ", ".join(f"{k}={v}" for k, v in document["attributes"].items()))
    out.append("\nHistory:")
    for entry in audit.history(order):
        out.append(f"  {entry.at:%Y-%m-%d %H:%M:%S} {entry.user}: {entry.action} {entry.detail}".rstrip())
    events = outbox.events_of(order)
    if events:
        out.append("Sync events:")
        for event in events:
            error = f" - {event.last_error}" if event.last_error else ""
            out.append(f"  #{event.id} {event.kind} {event.state} (attempts {event.attempts}){error}")
    emit("\n".join(out))
    return EXIT_OK


def cmd_orders_status(args: argparse.Namespace) -> int:
    from orderdesk.core.statuses import parse_status
    from orderdesk.services.status import set_status

    status = parse_status(args.status)
    if args.override_payment and not args.reason:
        raise UsageError("--override-payment needs --reason saying why the unpaid order may be processed.")
    open_db(args)
    result = set_status(
        args.order,
        status,
        user=args.user,
        channel=args.channel,
        consignment_number=args.consignment,
        carrier=args.carrier,
        override_reason=args.reason if args.override_payment else None,
        reason=args.reason,
        expected_version=args.expect_version,
    )
    report(result.order, result.event, f"is now {result.order.status}")
    return EXIT_OK


def cmd_orders_invoice(args: argparse.Namespace) -> int:
    from orderdesk.services.invoicing import create_invoice

    open_db(args)
    result = create_invoice(args.order, user=args.user, channel=args.channel, expected_version=args.expect_version)
    report(result.order, result.event, "is to be invoiced")
    return EXIT_OK


def _new_line(text: str) -> Any:
    from orderdesk.services.editing import NewLine

    parts = text.split(":", 3)
    if len(parts) < 3:
        raise UsageError(f"--add-line takes SKU:QUANTITY:UNIT_PRICE[:NAME], not '{shown(text)}'.")
    sku, quantity, price = parts[:3]
    # Kept as typed: the service validates them and says what is wrong in the operator's words.
    raw_quantity: Any = quantity
    raw_price: Any = price
    return NewLine(sku=sku, name=parts[3] if len(parts) == 4 else "", quantity=raw_quantity, unit_price=raw_price)


def cmd_orders_edit(args: argparse.Namespace) -> int:
    from orderdesk.services.editing import OrderEdit, edit_order, parse_field_assignments

    removes = []
    for item in args.remove_line or []:
        if not item.isdecimal():
            raise UsageError(f"--remove-line takes a line id, not '{shown(item)}'.")
        removes.append(int(item))
    changes = OrderEdit(
        fields=parse_field_assignments(args.set or []),
        quantities={k: v for k, v in _qty_pairs(args.qty).items()},
        remove_lines=removes,
        add_lines=[_new_line(text) for text in args.add_line or []],
    )
    if changes.is_empty():
        raise UsageError("Say what to change: --set, --qty, --remove-line or --add-line.")
    open_db(args)
    result = edit_order(args.order, changes, user=args.user, channel=args.channel, expected_version=args.expect_version)
    report(result.order, result.event, "edited")
    return EXIT_OK


def _qty_pairs(items: Sequence[str] | None) -> dict[int, int]:
    """LINE_ID=N where N is kept as typed so the service can say why it is wrong."""
    result: dict[int, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isdecimal():
            raise UsageError(f"--qty takes LINE_ID=QUANTITY (e.g. 12=2), not '{shown(item)}'.")
        result[int(key)] = value.strip()
    return result


def cmd_orders_split(args: argparse.Namespace) -> int:
    from orderdesk.services.editing import split_order

    moves: list[dict[int, int]] = []
    if args.move:
        moves.append(pairs(args.move, "--move"))
    for part in args.part or []:
        moves.append(pairs([p for p in part.split(",") if p.strip()], "--part"))
    if not moves:
        raise UsageError("Say what to move: --move LINE_ID=QUANTITY (one new order) or --part ... (one each).")
    open_db(args)
    result = split_order(args.order, moves, user=args.user, channel=args.channel, expected_version=args.expect_version)
    names = ", ".join(f"{p.reference} (id {p.id})" for p in result.parts)
    report(result.order, result.event, f"split; new order(s): {names}")
    return EXIT_OK


def cmd_orders_attr(args: argparse.Namespace) -> int:
    from orderdesk.services.attributes import parse_pairs, set_attributes

    values = parse_pairs(args.pairs)
    open_db(args)
    result = set_attributes(
        args.order,
        values,
        user=args.user,
        line_id=args.line,
        channel=args.channel,
        expected_version=args.expect_version,
    )
    report(result.order, result.event, "attributes saved")
    return EXIT_OK


def cmd_orders_erp(args: argparse.Namespace) -> int:
    from orderdesk.services.erp import set_erp_numbers

    lines: dict[int, str] = {}
    for item in args.line or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isdigit():
            raise UsageError(f"--line takes LINE_ID=NUMBER (e.g. 12=10), not '{item}'.")
        lines[int(key)] = value.strip()  # as typed: the service says why a number is wrong
    if args.number is None and not lines:
        raise UsageError("Say what to set: --number N for the ERP order number, --line LINE_ID=N for line numbers.")
    open_db(args)
    result = set_erp_numbers(
        args.order,
        number=args.number,
        lines=lines,
        user=args.user,
        channel=args.channel,
        expected_version=args.expect_version,
    )
    order = result.order
    queued = ", ".join(f"#{event.id} ({event.kind})" for event in result.events)
    tail = f"; sync events {queued} queued for {order.channel.name}" if queued else ""
    emit(f"Order {order.reference} ERP numbers saved (version {order.version}){tail}.")
    return EXIT_OK


def cmd_orders_import(args: argparse.Namespace) -> int:
    from orderdesk.services.importing import import_orders, read_order_file

    orders = read_order_file(Path(args.path))
    open_db(args)
    outcome = import_orders(args.channel, orders, user=args.user)
    emit(outcome.summary(args.channel))
    for label, why in outcome.rejected:
        sys.stderr.write(f"Refused {label}: {why}\n")
    return EXIT_REFUSED if outcome.rejected else EXIT_OK


def register(sub: Any, cmds: Commands) -> None:
    orders = sub.add_parser("orders", help="find and work orders").add_subparsers(
        title="orders", metavar="ACTION", required=True
    )
    p = cmds.command(orders, "list", cmd_orders_list, "list orders, newest first")
    p.add_argument("--status")
    p.add_argument("--channel")
    p.add_argument("--source", help="affiliate, web, ...")
    p.add_argument("--payment", help="paid, unpaid, invoice_later, refunded")
    p.add_argument("--sync-state", help="synced, pending, failed, conflict")
    p.add_argument("--search", help="reference, customer, e-mail, SKU or tracking number")
    p.add_argument(
        "--sort",
        default="created",
        choices=sorted(__import__("orderdesk.store.queries", fromlist=["SORTABLE"]).SORTABLE),
    )
    p.add_argument("--ascending", action="store_true")
    p.add_argument("--limit", type=limit_arg, default=200)
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")

    p = cmds.command(orders, "show", cmd_orders_show, "one order with its lines, history and sync events")
    cmds.order_arg(p)
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = cmds.command(orders, "status", cmd_orders_status, "move an order to a new status")
    cmds.order_arg(p)
    p.add_argument("status", metavar="STATUS", help="pending, processing, packed, dispatched, delivered, cancelled")
    p.add_argument("--consignment", help="consignment (tracking) number: required to dispatch")
    p.add_argument("--carrier", help="carrier: required to dispatch")
    p.add_argument("--override-payment", action="store_true", help="process an unpaid order (needs --reason)")
    p.add_argument("--reason", help="why: for a cancellation or a payment override")
    cmds.version_arg(p)

    p = cmds.command(orders, "invoice", cmd_orders_invoice, "create the channel's invoice (Magento), once")
    cmds.order_arg(p)
    cmds.version_arg(p)

    p = cmds.command(orders, "edit", cmd_orders_edit, "change address, customer, quantities, lines or the note")
    cmds.order_arg(p)
    p.add_argument(
        "--set",
        action="append",
        metavar="FIELD=VALUE",
        help="city, street, postcode, country, name, company, region, phone, customer_name, "
        "customer_email, customer_phone, note",
    )
    p.add_argument("--qty", action="append", metavar="LINE_ID=N")
    p.add_argument("--remove-line", action="append", metavar="LINE_ID")
    p.add_argument("--add-line", action="append", metavar="SKU:QTY:PRICE[:NAME]")
    cmds.version_arg(p)

    p = cmds.command(orders, "split", cmd_orders_split, "move units into a new order (or several)")
    cmds.order_arg(p)
    p.add_argument("--move", action="append", metavar="LINE_ID=QTY", help="units for one new order")
    p.add_argument(
        "--part",
        action="append",
        metavar="LINE_ID=QTY[,LINE_ID=QTY]",
        help="units for one more new order each time it is given",
    )
    cmds.version_arg(p)

    p = cmds.command(orders, "attr", cmd_orders_attr, "set order or line attributes (empty value removes)")
    cmds.order_arg(p)
    p.add_argument("pairs", nargs="+", metavar="NAME=VALUE")
    p.add_argument("--line", type=id_arg, metavar="LINE_ID")
    cmds.version_arg(p)

    p = cmds.command(
        orders, "erp", cmd_orders_erp, "set the ERP order number and/or line numbers (CloudSuite, seed 001)"
    )
    cmds.order_arg(p)
    p.add_argument("--number", metavar="N", help="the ERP order number")
    p.add_argument("--line", action="append", metavar="LINE_ID=N", help="a line's ERP line number (repeatable)")
    cmds.version_arg(p)

    p = cmds.command(orders, "import-file", cmd_orders_import, "load channel-neutral orders from a JSON file")
    p.add_argument("path", metavar="PATH.json")
    p.add_argument("--channel", required=True, help="the channel the orders belong to")
