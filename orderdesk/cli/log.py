"""log: the sync events a supervisor reviews, retries and discards."""

from __future__ import annotations

import argparse
from typing import Any

from orderdesk.cli.common import EXIT_OK, Commands, emit, emit_json, id_arg, limit_arg, open_db, table


def cmd_log_list(args: argparse.Namespace) -> int:
    from orderdesk.store import outbox

    open_db(args, reading=True)
    states = {"failed", "uncertain"} if args.failed else None
    events = outbox.list_events(states=states, channel=args.channel, limit=args.limit)
    if args.format == "json":
        emit_json(
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
    emit(table(["event", "created", "channel", "order", "kind", "state", "tries", "message"], rows))
    return EXIT_OK


def cmd_log_retry(args: argparse.Namespace) -> int:
    from orderdesk.services.sync_events import retry_event

    open_db(args)
    event = retry_event(args.event, user=args.user)
    emit(f"Sync event #{event.id} ({event.kind} for {event.order.reference}) queued again.")
    return EXIT_OK


def cmd_log_discard(args: argparse.Namespace) -> int:
    from orderdesk.services.sync_events import discard_event

    open_db(args)
    event = discard_event(args.event, user=args.user, reason=args.reason)
    emit(
        f"Sync event #{event.id} ({event.kind} for {event.order.reference}) discarded; "
        f"{event.channel.name} will not hear of this change."
    )
    return EXIT_OK


def register(sub: Any, cmds: Commands) -> None:
    log = sub.add_parser("log", help="sync events and their errors").add_subparsers(
        title="log", metavar="ACTION", required=True
    )
    p = cmds.command(log, "list", cmd_log_list, "sync events, newest first")
    p.add_argument("--failed", action="store_true", help="only events that need a supervisor")
    p.add_argument("--channel")
    p.add_argument("--limit", type=limit_arg, default=200)
    p.add_argument("--format", choices=["table", "json"], default="table")
    p = cmds.command(log, "retry", cmd_log_retry, "send a failed event again")
    p.add_argument("event", type=id_arg, metavar="EVENT_ID")
    p = cmds.command(log, "discard", cmd_log_discard, "give up on a failed event (audited)")
    p.add_argument("event", type=id_arg, metavar="EVENT_ID")
    p.add_argument("--reason")
