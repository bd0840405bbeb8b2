"""stock: the quantities to publish per SKU to a channel (set, import a CSV, list)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from orderdesk.cli.common import EXIT_OK, EXIT_REFUSED, Commands, UsageError, emit, emit_json, open_db, table

STOCK_COLUMNS = ["channel", "sku", "quantity", "state", "last sent", "sent quantity", "answer"]


def _pairs(items: list[str]) -> dict[str, str]:
    """SKU=QTY pairs, the quantity kept as typed so the service can say what is wrong with it."""
    result: dict[str, str] = {}
    for item in items:
        sku, sep, quantity = item.rpartition("=")
        if not sep or not sku.strip():
            raise UsageError(f"stock set takes SKU=QUANTITY pairs (e.g. TSHIRT-M=12), not '{item}'.")
        result[sku.strip()] = quantity
    return result


def cmd_stock_set(args: argparse.Namespace) -> int:
    from orderdesk.services.stock import set_quantities

    pairs = _pairs(args.pairs)
    open_db(args)
    queued = set_quantities(args.channel, pairs, user=args.user)
    emit(f"Queued {len(queued)} stock quantit{'y' if len(queued) == 1 else 'ies'} for {args.channel}.")
    return EXIT_OK


def cmd_stock_import(args: argparse.Namespace) -> int:
    from orderdesk.services.stock import import_file

    open_db(args)
    result = import_file(args.channel, Path(args.path), user=args.user)
    repeated = f"; {result.repeated} repeated SKU(s), the later line counts" if result.repeated else ""
    emit(
        f"Queued {len(result.queued)} stock quantit{'y' if len(result.queued) == 1 else 'ies'} for {args.channel}; "
        f"{len(result.refused)} line(s) refused{repeated}."
    )
    for number, why in result.refused:
        sys.stderr.write(f"  line {number}: {why}\n")
    return EXIT_REFUSED if result.refused else EXIT_OK


def _when(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value else ""


def cmd_stock_list(args: argparse.Namespace) -> int:
    from orderdesk.services.stock import levels

    open_db(args)
    rows = levels(args.channel)
    if args.format == "json":
        emit_json(
            [
                {
                    "channel": r.channel.name,
                    "sku": r.sku,
                    "quantity": r.quantity,
                    "state": r.state,
                    "last_sent_at": r.last_sent_at.isoformat() if r.last_sent_at else None,
                    "sent_quantity": r.sent_quantity,
                    "item_id": r.item_id,
                    "answer": r.answer,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    emit(
        table(
            STOCK_COLUMNS,
            [
                [r.channel.name, r.sku, r.quantity, r.state, _when(r.last_sent_at), r.sent_quantity, r.answer]
                for r in rows
            ],
        )
    )
    return EXIT_OK


def register(sub: Any, cmds: Commands) -> None:
    stock = sub.add_parser("stock", help="stock quantities to publish to a channel").add_subparsers(
        title="stock", metavar="ACTION", required=True
    )
    p = cmds.command(stock, "set", cmd_stock_set, "queue stock quantities for SKUs (the newest per SKU is sent)")
    p.add_argument("pairs", nargs="+", metavar="SKU=QTY")
    p.add_argument("--channel", required=True, help="the channel to publish to")

    p = cmds.command(stock, "import", cmd_stock_import, "queue the quantities of a CSV file with header sku,quantity")
    p.add_argument("path", metavar="FILE.csv")
    p.add_argument("--channel", required=True, help="the channel to publish to")

    p = cmds.command(stock, "list", cmd_stock_list, "the stock quantities, what was sent and what the channel said")
    p.add_argument("--channel", help="only this channel")
    p.add_argument("--format", choices=["table", "json"], default="table")
