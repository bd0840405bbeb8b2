"""purchase: buy desk orders on OT Platform (seed 003), pay them, and drive the autopurchase module."""

from __future__ import annotations

import argparse
from typing import Any

from orderdesk.cli.common import EXIT_OK, Commands, emit, emit_json, open_db, table


def _queued(purchase: Any, event: Any, what: str) -> None:
    tail = f"; sync event #{event.id} queued for {purchase.channel.name}" if event is not None else ""
    emit(f"Purchase P{purchase.id} of order {purchase.order.reference} {what}{tail}.")


def cmd_place(args: argparse.Namespace) -> int:
    from orderdesk.services.purchasing import place

    open_db(args)
    result = place(args.order, via=args.via, user=args.user, channel=args.channel, delivery_mode_id=args.delivery_mode)
    _queued(result.purchase, result.event, f"is to be placed on {result.purchase.channel.name}")
    return EXIT_OK


def cmd_cancel(args: argparse.Namespace) -> int:
    from orderdesk.services.purchasing import cancel

    open_db(args)
    result = cancel(args.purchase, user=args.user)
    _queued(result.purchase, result.event, f"is to be cancelled ({result.purchase.ot_order_id})")
    return EXIT_OK


def cmd_pay(args: argparse.Namespace) -> int:
    from orderdesk.services.purchasing import pay

    open_db(args)
    result = pay(args.purchase, user=args.user, deposit=args.deposit)
    _queued(result.purchase, result.event, f"is to be paid ({result.purchase.ot_order_id})")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from orderdesk.store.purchases import list_purchases, purchase_view

    open_db(args)
    views = [purchase_view(p) for p in list_purchases(limit=args.limit)]
    if args.format == "json":
        emit_json(views)
        return EXIT_OK
    rows = [
        [
            f"P{v['id']}",
            v["reference"],
            v["via"],
            v["ot_order_id"],
            v["state"],
            v["ot_status"],
            f"{v['paid']}/{v['total']} {v['currency']}" if v["total"] else "",
            v["message"][:70],
        ]
        for v in views
    ]
    emit(table(["purchase", "order", "via", "OT order", "state", "OT status", "paid", "message"], rows))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from orderdesk.store.purchases import get_purchase, purchase_view

    open_db(args)
    view = purchase_view(get_purchase(args.purchase))
    if args.format == "json":
        emit_json(view)
        return EXIT_OK
    emit(
        f"Purchase P{view['id']}: order {view['reference']} ({view['order_channel']}) via {view['via']}\n"
        f"OT order: {view['ot_order_id'] or '(not yet)'}   state: {view['state']}   OT status: {view['ot_status']}\n"
        f"Paid: {view['paid']} of {view['total'] or '?'} {view['currency']}\n"
        f"{view['message']}"
    )
    for text in view["dropped"]:
        emit(f"  dropped: {text}")
    if view["lines"]:
        rows = [
            [
                ln["id"],
                ln["item_id"],
                ln["config_id"],
                ln["quantity"],
                ln["status"],
                ln["provider_order_id"],
                ln["waybill"],
            ]
            for ln in view["lines"]
        ]
        emit(table(["OT line", "item", "config", "qty", "status", "provider order", "waybill"], rows))
    return EXIT_OK


def _activity(action: str):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        from orderdesk.services.purchasing import start_activity

        open_db(args)
        activity = start_activity(
            action,
            user=args.user,
            purchase_id=getattr(args, "purchase", None),
            via=getattr(args, "via", None),
            line_ids=getattr(args, "line", None) or [],
            provider_order_ids=getattr(args, "provider_order", None) or [],
        )
        emit(
            f"Autopurchase activity {activity.id} ({action}) queued for {activity.channel.name}; "
            "follow it with: orderdesk purchase activities."
        )
        return EXIT_OK

    return run


def cmd_activities(args: argparse.Namespace) -> int:
    from orderdesk.store.purchases import activity_view, list_activities

    open_db(args)
    views = [activity_view(a) for a in list_activities(limit=args.limit)]
    if args.format == "json":
        emit_json(views)
        return EXIT_OK
    rows = []
    for v in views:
        note = v["question"] + " [" + " / ".join(f"{c['id']}: {c['label']}" for c in v["choices"]) + "]"
        rows.append(
            [
                v["id"],
                v["action"],
                v["reference"] or v["via"],
                v["state"],
                "" if v["progress"] is None else f"{v['progress']}%",
                (note if v["question"] else v["message"])[:110],
            ]
        )
    emit(table(["activity", "action", "order", "state", "progress", "question / message"], rows))
    return EXIT_OK


def cmd_answer(args: argparse.Namespace) -> int:
    from orderdesk.services.purchasing import answer

    open_db(args)
    activity = answer(args.activity, args.choice, user=args.user)
    emit(f"Activity {activity.id}: answer '{activity.answer}' queued for {activity.channel.name}.")
    return EXIT_OK


def register(sub: Any, cmds: Commands) -> None:
    group = sub.add_parser("purchase", help="buy orders on OT Platform, pay them, autopurchase").add_subparsers(
        title="purchase", metavar="ACTION", required=True
    )
    p = cmds.command(group, "place", cmd_place, "buy a desk order on an OT Platform channel (AddOrder)")
    cmds.order_arg(p)
    p.add_argument("--via", help="the OT Platform channel to buy on (default: the only one)")
    p.add_argument("--delivery-mode", help="OT's DeliveryModeId (default: the channel's delivery_mode_id)")
    p = cmds.command(group, "cancel", cmd_cancel, "cancel a purchase's OT order (it may be placed again)")
    p.add_argument("purchase", metavar="PURCHASE", help="purchase number (P12 or 12)")
    p = cmds.command(group, "pay", cmd_pay, "pay a purchase from the customer's OT account")
    p.add_argument("purchase", metavar="PURCHASE", help="purchase number (P12 or 12)")
    p.add_argument("--deposit", metavar="AMOUNT", help="put this on the customer's account first if it is short")
    p = cmds.command(group, "list", cmd_list, "list purchases")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--limit", type=int, default=200)
    p = cmds.command(group, "show", cmd_show, "show one purchase: OT order, money, dropped lines, provider lines")
    p.add_argument("purchase", metavar="PURCHASE", help="purchase number (P12 or 12)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p = cmds.command(group, "export", _activity("export"), "export a paid purchase to the provider (autopurchase)")
    p.add_argument("purchase", metavar="PURCHASE", help="purchase number (P12 or 12)")
    p.add_argument("--line", action="append", metavar="LINE_ID", help="only this line (OT's or the desk's line id)")
    p = cmds.command(group, "sync", _activity("synchronize"), "synchronize exported orders with the provider")
    p.add_argument("--via", help="the OT Platform channel (default: the only one)")
    p = cmds.command(group, "link", _activity("link"), "link a purchase to orders bought by hand at the provider")
    p.add_argument("purchase", metavar="PURCHASE", help="purchase number (P12 or 12)")
    p.add_argument("--provider-order", action="append", metavar="ID", required=True, help="provider order id")
    p.add_argument("--line", action="append", metavar="LINE_ID", help="only this line")
    p = cmds.command(group, "unlink", _activity("unlink"), "unlink a purchase's lines from their provider orders")
    p.add_argument("purchase", metavar="PURCHASE", help="purchase number (P12 or 12)")
    p.add_argument("--line", action="append", metavar="LINE_ID", help="only this line")
    p = cmds.command(group, "activities", cmd_activities, "autopurchase activities, their progress and questions")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--limit", type=int, default=100)
    p = cmds.command(group, "answer", cmd_answer, "answer the question an autopurchase activity waits on")
    p.add_argument("activity", metavar="ACTIVITY_ID", help="the activity's number (or OT's activity id)")
    p.add_argument("choice", metavar="CHOICE", help="one of the choices OT offers (its id or its words)")
