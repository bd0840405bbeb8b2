"""Command line: gui (default), orders, returns, log, channels, sync, sandbox.

Exit codes: 0 success, 1 an action was refused or failed (the reason on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from orderdesk import APP_NAME, __version__
from orderdesk.core.errors import RuleViolation
from orderdesk.core.money import format_money, to_decimal

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


# ---- small parsers -----------------------------------------------------------------------------------
def _pairs(items: Sequence[str] | None, what: str) -> dict[int, int]:
    """LINE_ID=N pairs."""
    result: dict[int, int] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isdigit():
            raise UsageError(f"{what} takes LINE_ID=QUANTITY (e.g. 12=2), not '{item}'.")
        try:
            number = to_decimal(value)
        except ValueError:
            raise RuleViolation(f"The quantity in '{item}' must be a whole number.") from None
        if number != number.to_integral_value():
            raise RuleViolation(f"The quantity in '{item}' must be a whole number.")
        result[int(key)] = result.get(int(key), 0) + int(number)
    return result


def _emit(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _json(data: Any) -> None:
    _emit(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(value.ljust(widths[i]) for i, value in enumerate(row)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue()


def _open(args: argparse.Namespace) -> None:
    from orderdesk.store.db import open_database

    open_database(args.db)


# ---- orders ------------------------------------------------------------------------------------------
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

    _open(args)
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
        _json([order_document(order) for order in orders])
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
    _emit(_csv(ORDER_COLUMNS, rows) if args.format == "csv" else _table(ORDER_COLUMNS, rows))
    return EXIT_OK


def cmd_orders_show(args: argparse.Namespace) -> int:
    from orderdesk.store import audit, outbox
    from orderdesk.store.orders import find_order, order_document

    _open(args)
    order = find_order(args.order, args.channel)
    document = order_document(order)
    if args.format == "json":
        _json(document)
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
    if order.parent_id:
        out.append(f"Split from order {order.parent_id}")
    if document["split_ids"]:
        out.append("Split into orders: " + ", ".join(str(i) for i in document["split_ids"]))
    if order.note:
        out.append(f"Note: {order.note}")
    out.append("")
    out.append(
        _table(
            ["line", "sku", "name", "qty", "unit price", "tracking"],
            [
                [ln["id"], ln["sku"], ln["name"], ln["quantity"], ln["unit_price"], ln["tracking_number"] or ""]
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
    _emit("\n".join(out))
    return EXIT_OK


def _report(result_order: Any, event: Any, what: str) -> None:
    tail = f"; sync event #{event.id} queued for {result_order.channel.name}" if event is not None else ""
    _emit(f"Order {result_order.reference} {what} (version {result_order.version}){tail}.")


def cmd_orders_status(args: argparse.Namespace) -> int:
    from orderdesk.core.statuses import parse_status
    from orderdesk.services.status import set_status

    status = parse_status(args.status)
    if args.override_payment and not args.reason:
        raise UsageError("--override-payment needs --reason saying why the unpaid order may be processed.")
    _open(args)
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
    _report(result.order, result.event, f"is now {result.order.status}")
    return EXIT_OK


def _new_line(text: str) -> Any:
    from orderdesk.services.editing import NewLine

    parts = text.split(":", 3)
    if len(parts) < 3:
        raise UsageError(f"--add-line takes SKU:QUANTITY:UNIT_PRICE[:NAME], not '{text}'.")
    sku, quantity, price = parts[:3]
    # Kept as typed: the service validates them and says what is wrong in the operator's words.
    raw_quantity: Any = quantity
    raw_price: Any = price
    return NewLine(sku=sku, name=parts[3] if len(parts) == 4 else "", quantity=raw_quantity, unit_price=raw_price)


def cmd_orders_edit(args: argparse.Namespace) -> int:
    from orderdesk.services.editing import OrderEdit, edit_order, parse_field_assignments

    removes = []
    for item in args.remove_line or []:
        if not item.isdigit():
            raise UsageError(f"--remove-line takes a line id, not '{item}'.")
        removes.append(int(item))
    changes = OrderEdit(
        fields=parse_field_assignments(args.set or []),
        quantities={k: v for k, v in _qty_pairs(args.qty).items()},
        remove_lines=removes,
        add_lines=[_new_line(text) for text in args.add_line or []],
    )
    if changes.is_empty():
        raise UsageError("Say what to change: --set, --qty, --remove-line or --add-line.")
    _open(args)
    result = edit_order(args.order, changes, user=args.user, channel=args.channel, expected_version=args.expect_version)
    _report(result.order, result.event, "edited")
    return EXIT_OK


def _qty_pairs(items: Sequence[str] | None) -> dict[int, int]:
    """LINE_ID=N where N is kept as typed so the service can say why it is wrong."""
    result: dict[int, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isdigit():
            raise UsageError(f"--qty takes LINE_ID=QUANTITY (e.g. 12=2), not '{item}'.")
        result[int(key)] = value.strip()
    return result


def cmd_orders_split(args: argparse.Namespace) -> int:
    from orderdesk.services.editing import split_order

    moves: list[dict[int, int]] = []
    if args.move:
        moves.append(_pairs(args.move, "--move"))
    for part in args.part or []:
        moves.append(_pairs([p for p in part.split(",") if p.strip()], "--part"))
    if not moves:
        raise UsageError("Say what to move: --move LINE_ID=QUANTITY (one new order) or --part ... (one each).")
    _open(args)
    result = split_order(args.order, moves, user=args.user, channel=args.channel, expected_version=args.expect_version)
    names = ", ".join(f"{p.reference} (id {p.id})" for p in result.parts)
    _report(result.order, result.event, f"split; new order(s): {names}")
    return EXIT_OK


def cmd_orders_attr(args: argparse.Namespace) -> int:
    from orderdesk.services.attributes import parse_pairs, set_attributes

    values = parse_pairs(args.pairs)
    _open(args)
    result = set_attributes(
        args.order,
        values,
        user=args.user,
        line_id=args.line,
        channel=args.channel,
        expected_version=args.expect_version,
    )
    _report(result.order, result.event, "attributes saved")
    return EXIT_OK


def cmd_orders_import(args: argparse.Namespace) -> int:
    from orderdesk.services.importing import import_orders, read_order_file

    orders = read_order_file(Path(args.path))
    _open(args)
    report = import_orders(args.channel, orders, user=args.user)
    _emit(
        f"Imported {len(report.imported)} order(s) into {args.channel}; "
        f"{len(report.skipped)} already here; {len(report.rejected)} refused."
    )
    for label, why in report.rejected:
        sys.stderr.write(f"  refused {label}: {why}\n")
    return EXIT_REFUSED if report.rejected else EXIT_OK


# ---- returns -----------------------------------------------------------------------------------------
def cmd_returns_create(args: argparse.Namespace) -> int:
    from orderdesk.services.returns import create_return, parse_return_type

    items = _pairs(args.item, "--item")
    parse_return_type(args.type)
    _open(args)
    result = create_return(
        args.order,
        items,
        reason=args.reason,
        return_type=args.type,
        user=args.user,
        awb_number=args.awb,
        transporter=args.transporter,
        channel=args.channel,
    )
    units = result.return_order.items.count()
    _report(result.order, result.event, f"has return {result.return_order.return_code} ({units} unit(s))")
    return EXIT_OK


# ---- log ---------------------------------------------------------------------------------------------
def cmd_log_list(args: argparse.Namespace) -> int:
    from orderdesk.store import outbox

    _open(args)
    states = {"failed", "uncertain"} if args.failed else None
    events = outbox.list_events(states=states, channel=args.channel, limit=args.limit)
    if args.format == "json":
        _json(
            [
                {
                    "id": e.id,
                    "order_id": e.order_id,
                    "order_reference": e.order.reference,
                    "channel": e.channel.name,
                    "kind": e.kind,
                    "state": e.state,
                    "attempts": e.attempts,
                    "error": e.last_error,
                    "error_kind": e.error_kind,
                    "created_at": e.created_at.isoformat(),
                    "created_by": e.created_by,
                    "payload": e.payload,
                }
                for e in events
            ]
        )
        return EXIT_OK
    rows = [
        [
            e.id,
            f"{e.created_at:%Y-%m-%d %H:%M}",
            e.channel.name,
            e.order.reference,
            e.kind,
            e.state,
            e.attempts,
            (e.last_error or "")[:80],
        ]
        for e in events
    ]
    _emit(_table(["event", "created", "channel", "order", "kind", "state", "tries", "message"], rows))
    return EXIT_OK


def cmd_log_retry(args: argparse.Namespace) -> int:
    from orderdesk.services.sync_events import retry_event

    _open(args)
    event = retry_event(args.event, user=args.user)
    _emit(f"Sync event #{event.id} ({event.kind} for {event.order.reference}) queued again.")
    return EXIT_OK


def cmd_log_discard(args: argparse.Namespace) -> int:
    from orderdesk.services.sync_events import discard_event

    _open(args)
    event = discard_event(args.event, user=args.user, reason=args.reason)
    _emit(
        f"Sync event #{event.id} ({event.kind} for {event.order.reference}) discarded; "
        f"{event.channel.name} will not hear of this change."
    )
    return EXIT_OK


# ---- channels ----------------------------------------------------------------------------------------
def _read_secrets(kind: str, stdin: bool) -> dict[str, str]:
    """Secrets from standard input: one `field=value` per line, or a single bare line for a one-secret kind."""
    from orderdesk.core.channel_settings import secret_fields

    if not stdin:
        return {}
    fields = [f.key for f in secret_fields(kind)]
    text = sys.stdin.read()
    lines = [line.rstrip("\r") for line in text.splitlines() if line.strip()]
    if not lines:
        raise UsageError("--secret-stdin was given but standard input was empty.")
    secrets: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition("=")
        if sep and key.strip() in fields:
            secrets[key.strip()] = value
        elif len(lines) == 1 and fields:
            secrets[fields[0]] = line
        else:
            raise UsageError(f"Each line on standard input must be field=value with field one of: {', '.join(fields)}.")
    return secrets


def cmd_channels_add(args: argparse.Namespace) -> int:
    from orderdesk.core.capabilities import parse_kind
    from orderdesk.services.channels import add_channel, parse_options

    kind = parse_kind(args.kind)
    options = parse_options(args.option or [])
    secrets = _read_secrets(kind, args.secret_stdin)
    _open(args)
    channel = add_channel(
        args.name,
        kind,
        url=args.url or "",
        username=args.user_name or "",
        options=options,
        secrets=secrets,
        user=args.user,
        poll_interval_s=args.poll_interval,
        retry_limit=args.retry_limit,
        rate_limit_per_min=args.rate_limit,
    )
    kept = f"; {len(secrets)} secret(s) kept in the OS keyring" if secrets else ""
    _emit(f"Channel {channel.name} ({channel.kind}) added{kept}.")
    return EXIT_OK


def cmd_channels_list(args: argparse.Namespace) -> int:
    from orderdesk.store.models import Channel, Order

    _open(args)
    channels = list(Channel.select().order_by(Channel.name))
    counts = {c.id: Order.select().where(Order.channel == c).count() for c in channels}
    if args.format == "json":
        _json(
            [
                {
                    "name": c.name,
                    "kind": c.kind,
                    "url": c.base_url,
                    "user": c.username,
                    "options": c.options,
                    "enabled": c.enabled,
                    "poll_interval_s": c.poll_interval_s,
                    "retry_limit": c.retry_limit,
                    "rate_limit_per_min": c.rate_limit_per_min,
                    "state": c.state,
                    "orders": counts[c.id],
                }
                for c in channels
            ]
        )
        return EXIT_OK
    rows = [[c.name, c.kind, c.base_url, "yes" if c.enabled else "no", c.state, counts[c.id]] for c in channels]
    _emit(_table(["name", "kind", "url", "enabled", "state", "orders"], rows))
    return EXIT_OK


def cmd_channels_remove(args: argparse.Namespace) -> int:
    from orderdesk.services.channels import remove_channel

    _open(args)
    removed = remove_channel(args.name, user=args.user)
    forgotten = f"; {len(removed)} secret(s) removed from the OS keyring" if removed else ""
    _emit(f"Channel {args.name} removed{forgotten}.")
    return EXIT_OK


def cmd_channels_test(args: argparse.Namespace) -> int:
    from orderdesk.sync.connection import test_channel

    _open(args)
    ok, message = test_channel(args.name)
    if ok:
        _emit(message)
        return EXIT_OK
    sys.stderr.write(message + "\n")
    return EXIT_REFUSED


# ---- sync, sandbox, gui ------------------------------------------------------------------------------
def cmd_sync(args: argparse.Namespace) -> int:
    from orderdesk.sync.headless import run_sync

    _open(args)
    return run_sync(args)


def cmd_sandbox(args: argparse.Namespace) -> int:
    from orderdesk.sandbox.runner import serve_forever

    return serve_forever(host=args.host, port=args.port)


def cmd_gui(args: argparse.Namespace) -> int:
    from orderdesk.ui.app import run_gui

    if not getattr(args, "demo", False):
        return run_gui(db_url=args.db, user=args.user)
    from orderdesk.sandbox.demo import start_demo

    demo = start_demo()
    sys.stderr.write(f"Demo: simulated channels and a throwaway database in {demo.folder}\n")
    return run_gui(db_url=demo.db_url, user=args.user, title_note=" — demo (simulated channels)", on_exit=demo.stop)


# ---- the parser ----------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database URL or SQLite file (default: $ORDERDESK_DB, else the user's data folder)",
    )
    common.add_argument("--user", default=argparse.SUPPRESS, help="who is acting, for the audit trail")

    parser = argparse.ArgumentParser(
        prog="orderdesk", description=f"{APP_NAME}: one desk for every sales channel.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on simulated channels and a throwaway database"
    )
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(parent: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    def order_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("order", metavar="ID", help="local order id, or a reference (with --channel)")
        p.add_argument("--channel", help="channel name, to find the order by its reference")

    def version_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--expect-version", type=int, metavar="N", help="refuse the change if the order is no longer at version N"
        )

    command(sub, "gui", cmd_gui, "open the order desk window (the default)")

    orders = sub.add_parser("orders", help="find and work orders").add_subparsers(
        title="orders", metavar="ACTION", required=True
    )
    p = command(orders, "list", cmd_orders_list, "list orders, newest first")
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
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")

    p = command(orders, "show", cmd_orders_show, "one order with its lines, history and sync events")
    order_arg(p)
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = command(orders, "status", cmd_orders_status, "move an order to a new status")
    order_arg(p)
    p.add_argument("status", metavar="STATUS", help="pending, processing, packed, dispatched, delivered, cancelled")
    p.add_argument("--consignment", help="consignment (tracking) number: required to dispatch")
    p.add_argument("--carrier", help="carrier: required to dispatch")
    p.add_argument("--override-payment", action="store_true", help="process an unpaid order (needs --reason)")
    p.add_argument("--reason", help="why: for a cancellation or a payment override")
    version_arg(p)

    p = command(orders, "edit", cmd_orders_edit, "change address, customer, quantities, lines or the note")
    order_arg(p)
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
    version_arg(p)

    p = command(orders, "split", cmd_orders_split, "move units into a new order (or several)")
    order_arg(p)
    p.add_argument("--move", action="append", metavar="LINE_ID=QTY", help="units for one new order")
    p.add_argument(
        "--part",
        action="append",
        metavar="LINE_ID=QTY[,LINE_ID=QTY]",
        help="units for one more new order each time it is given",
    )
    version_arg(p)

    p = command(orders, "attr", cmd_orders_attr, "set order or line attributes (empty value removes)")
    order_arg(p)
    p.add_argument("pairs", nargs="+", metavar="NAME=VALUE")
    p.add_argument("--line", type=int, metavar="LINE_ID")
    version_arg(p)

    p = command(orders, "import-file", cmd_orders_import, "load channel-neutral orders from a JSON file")
    p.add_argument("path", metavar="PATH.json")
    p.add_argument("--channel", required=True, help="the channel the orders belong to")

    returns = sub.add_parser("returns", help="returns of dispatched orders").add_subparsers(
        title="returns", metavar="ACTION", required=True
    )
    p = command(returns, "create", cmd_returns_create, "record returned units of a dispatched order")
    order_arg(p)
    p.add_argument("--item", action="append", required=True, metavar="LINE_ID=QTY")
    p.add_argument("--reason", required=True)
    p.add_argument("--type", required=True, help="SELF_SHIP, CUSTOMER_RETURN or RETURN_TO_ORIGIN")
    p.add_argument("--awb", help="courier tracking number of the return")
    p.add_argument("--transporter", help="courier of the return")

    log = sub.add_parser("log", help="sync events and their errors").add_subparsers(
        title="log", metavar="ACTION", required=True
    )
    p = command(log, "list", cmd_log_list, "sync events, newest first")
    p.add_argument("--failed", action="store_true", help="only events that need a supervisor")
    p.add_argument("--channel")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--format", choices=["table", "json"], default="table")
    p = command(log, "retry", cmd_log_retry, "send a failed event again")
    p.add_argument("event", type=int, metavar="EVENT_ID")
    p = command(log, "discard", cmd_log_discard, "give up on a failed event (audited)")
    p.add_argument("event", type=int, metavar="EVENT_ID")
    p.add_argument("--reason")

    channels = sub.add_parser("channels", help="configure sales channels").add_subparsers(
        title="channels", metavar="ACTION", required=True
    )
    p = command(channels, "add", cmd_channels_add, "configure a channel; secrets go to the OS keyring")
    p.add_argument("name")
    p.add_argument("--kind", required=True, help="affiliate, cloudsuite, magento, otplatform or manual")
    p.add_argument("--url", help="the channel's base URL")
    p.add_argument("--login", dest="user_name", metavar="LOGIN", help="the channel's user / client id / login")
    p.add_argument("--option", action="append", metavar="KEY=VALUE")
    p.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read secrets from standard input: field=value per line (or one line for one secret)",
    )
    p.add_argument("--poll-interval", type=int, default=300, metavar="SECONDS")
    p.add_argument("--retry-limit", type=int, default=8)
    p.add_argument("--rate-limit", type=int, metavar="CALLS_PER_MINUTE")
    p = command(channels, "list", cmd_channels_list, "the configured channels")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p = command(channels, "remove", cmd_channels_remove, "remove a channel without orders and forget its secrets")
    p.add_argument("name")
    p = command(channels, "test", cmd_channels_test, "call the channel with its credentials")
    p.add_argument("name")

    p = command(sub, "sync", cmd_sync, "pull orders and push changes without a window")
    p.add_argument("--channel")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pull and push, then exit (default)")
    mode.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    mode.add_argument("--reconcile", action="store_true", help="compare with the channel and import what is missing")
    p.add_argument("--since", help="with --reconcile: from this date (YYYY-MM-DD)")

    p = command(sub, "sandbox", cmd_sandbox, "run simulators of every channel on this machine")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="first of five consecutive ports (default: any free ones)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from orderdesk.credentials import KeyringUnavailable
    from orderdesk.store.db import DatabaseUnavailable

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    args.db = getattr(args, "db", None)
    args.user = getattr(args, "user", None) or _default_user()
    try:
        return int(args.handler(args))
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"orderdesk: {exc}\n")
        return EXIT_USAGE
    except RuleViolation as exc:
        sys.stderr.write(f"{exc.message}\n")
        return EXIT_REFUSED
    except (KeyringUnavailable, DatabaseUnavailable) as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        return 130


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "operator"
