"""returns: record returned units of a dispatched order."""

from __future__ import annotations

import argparse
from typing import Any

from orderdesk.cli.common import EXIT_OK, Commands, open_db, pairs, report


def cmd_returns_create(args: argparse.Namespace) -> int:
    from orderdesk.services.returns import create_return, parse_return_type

    items = pairs(args.item, "--item")
    parse_return_type(args.type)
    open_db(args)
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
    report(result.order, result.event, f"has return {result.return_order.return_code} ({units} unit(s))")
    return EXIT_OK


def register(sub: Any, cmds: Commands) -> None:
    returns = sub.add_parser("returns", help="returns of dispatched orders").add_subparsers(
        title="returns", metavar="ACTION", required=True
    )
    p = cmds.command(returns, "create", cmd_returns_create, "record returned units of a dispatched order")
    cmds.order_arg(p)
    p.add_argument("--item", action="append", required=True, metavar="LINE_ID=QTY")
    p.add_argument("--reason", required=True)
    p.add_argument("--type", required=True, help="SELF_SHIP, CUSTOMER_RETURN or RETURN_TO_ORIGIN")
    p.add_argument("--awb", help="courier tracking number of the return")
    p.add_argument("--transporter", help="courier of the return")
