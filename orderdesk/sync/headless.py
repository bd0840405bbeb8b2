"""`orderdesk sync`: pull and push without a window, on a desk or on a server."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from datetime import UTC, datetime
from types import FrameType

from orderdesk.core.errors import RuleViolation
from orderdesk.core.records import utcnow
from orderdesk.credentials import KeyringUnavailable
from orderdesk.services.channels import channel_secrets
from orderdesk.store import stock, synclog
from orderdesk.store.models import OutboxEvent
from orderdesk.store.orders import get_channel
from orderdesk.sync.engine import NullListener, SyncEngine
from orderdesk.sync.webhooks import WebhookInbox, WebhookListener, parse_listen

# How long `--once` waits for events held back by a retry delay or a rate-limit pause before giving up.
ONCE_MAX_WAIT_S = 120.0


class StderrListener(NullListener):
    """Progress and problems on standard error, one line each."""

    def __init__(self) -> None:
        self._last_progress: dict[str, float] = {}

    def progress(self, channel: str, done: int, total: int) -> None:
        now = time.monotonic()
        # At most a line a second per channel: one busy channel must not hide the others' progress.
        if now - self._last_progress.get(channel, -1.0) >= 1.0:
            self._last_progress[channel] = now
            of = f" of {total}" if total else ""
            sys.stderr.write(f"{channel}: {done}{of} done\n")

    def channel_state(self, channel: str, state: str, message: str) -> None:
        if state in ("pulling", "pushing", "idle"):
            return
        sys.stderr.write(f"{channel}: {state.replace('_', ' ')}{': ' + message if message else ''}\n")

    def event_failed(self, event_id: int, message: str) -> None:
        sys.stderr.write(f"sync event #{event_id} failed: {message}\n")

    def notice(self, message: str) -> None:
        sys.stderr.write(message + "\n")


def run_sync(args: argparse.Namespace) -> int:
    if args.channel:
        get_channel(args.channel)
    if getattr(args, "listen", None) and not args.watch:
        raise RuleViolation("--listen takes webhooks while syncing: give it with --watch.")
    engine = SyncEngine(listener=StderrListener())
    try:
        if args.reconcile:
            return _reconcile(engine, args)
        if args.watch:
            return _watch(engine, args.channel, getattr(args, "listen", None))
        return _once(engine, args.channel)
    finally:
        engine.close()


def _once(engine: SyncEngine, channel: str | None) -> int:
    stock_marks = stock.failed_marks()
    report = engine.run_once(channel)
    deadline = time.monotonic() + ONCE_MAX_WAIT_S
    while not engine.stopping:
        due = engine.patiently(lambda: engine.next_due(channel))
        if due is None:
            break
        wait = (due - utcnow()).total_seconds()
        if time.monotonic() + max(wait, 0) > deadline:
            break
        time.sleep(max(0.05, min(wait, 5.0)))
        for each in engine.patiently(lambda: engine.channels(channel)) or []:
            done, failed = engine.push(each)
            report.pushed += done
            report.failed.extend(failed)
    waiting = (
        engine.patiently(
            lambda: OutboxEvent.select().where(OutboxEvent.state.in_(["pending", "uncertain", "in_flight"])).count()
        )
        or 0
    )
    waiting += engine.patiently(stock.waiting_count) or 0
    stock_failed = stock.failed_since(stock_marks)  # stock quantities have no event: their own list
    pulled = sum(report.pulled.values())
    sys.stderr.write(
        f"Sync finished: {pulled} order(s) changed by pulls, {report.pushed} change(s) sent, "
        f"{len(report.failed) + len(stock_failed)} failed, {waiting} still waiting.\n"
    )
    for event_id in report.failed:
        event = OutboxEvent.get_by_id(event_id)
        sys.stderr.write(f"  failed #{event.id} {event.kind} {event.order.reference}: {event.last_error}\n")
    for row in stock_failed:
        sys.stderr.write(f"  failed stock of {row.sku} on {row.channel.name}: {row.answer}\n")
    for problem in report.problems:
        sys.stderr.write(f"  {problem}\n")
    return 1 if report.failed or stock_failed or report.problems or waiting else 0


def _watch(engine: SyncEngine, channel: str | None, listen: str | None = None) -> int:
    stopped = threading.Event()
    webhooks = _start_webhooks(listen) if listen else None

    def on_signal(signum: int, frame: FrameType | None) -> None:
        sys.stderr.write("Stopping after the call in progress...\n")
        stopped.set()
        engine.stop()
        if webhooks is not None:
            webhooks.inbox.wake.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    sys.stderr.write("Syncing; Ctrl+C stops.\n")
    secrets_read_at = -SECRETS_EVERY_S

    def one_round() -> None:
        nonlocal secrets_read_at
        if webhooks is not None:
            if time.monotonic() - secrets_read_at >= SECRETS_EVERY_S:
                webhooks.set_secrets(_webhook_secrets(engine, channel))
                secrets_read_at = time.monotonic()
            wanted, refused = webhooks.inbox.take()
            for refusal in refused:
                synclog.write(
                    channel=refusal.channel[:64],
                    direction="pull",
                    operation="webhook",
                    outcome="refused",
                    http_status=refusal.status,
                    message=f"webhook from {refusal.source} refused: {refusal.why}",
                )
            for each in engine.channels(channel):
                if each.name in wanted and not stopped.is_set():
                    engine.pull(each)  # the channel said an order changed: now, not at the next poll
        for each in engine.channels(channel):
            if stopped.is_set():
                break
            if engine.due_for_pull(each):
                engine.pull(each)
            engine.push(each)

    try:
        while not stopped.is_set():
            engine.patiently(one_round)
            if webhooks is not None:
                webhooks.inbox.wake.wait(1.0)
            else:
                stopped.wait(1.0)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if webhooks is not None:
            webhooks.stop()
    sys.stderr.write("Sync stopped cleanly.\n")
    return 0


SECRETS_EVERY_S = 10.0  # a webhook secret an admin just set is taken within this long


def _start_webhooks(listen: str) -> WebhookListener:
    try:
        host, port = parse_listen(listen)
        listener = WebhookListener(host, port, WebhookInbox())
    except ValueError as exc:
        raise RuleViolation(str(exc)) from None
    except OSError as exc:
        raise RuleViolation(f"Cannot listen for webhooks on {listen}: {exc.strerror or exc}.") from None
    listener.start()
    bound_host, bound_port = listener.address
    sys.stderr.write(f"Listening for webhooks on http://{bound_host}:{bound_port}/webhooks/<channel name>\n")
    return listener


def _webhook_secrets(engine: SyncEngine, channel: str | None) -> dict[str, str]:
    """Channel name -> webhook secret of the affiliate channels that have one (from the keyring)."""
    found: dict[str, str] = {}
    for each in engine.channels(channel):
        if each.kind != "affiliate":
            continue
        try:
            secret = channel_secrets(each).get("webhook_secret")
        except KeyringUnavailable:
            continue
        if secret:
            found[each.name] = secret
    return found


def _reconcile(engine: SyncEngine, args: argparse.Namespace) -> int:
    if not args.since:
        raise RuleViolation("--reconcile needs --since YYYY-MM-DD.")
    try:
        since = datetime.fromisoformat(args.since).replace(tzinfo=UTC)
    except ValueError:
        raise RuleViolation(f"'{args.since}' is not a date (use YYYY-MM-DD).") from None
    failed = False
    for channel in engine.channels(args.channel):
        report = engine.reconcile(channel, since)
        if report.problem:
            # The listener has said it in one sentence on stderr (a bug's traceback is in the sync log only).
            failed = True
            continue
        sys.stdout.write(f"{channel.name}: {len(report.imported)} order(s) were missing here and are imported now\n")
        for reference in report.imported:
            sys.stdout.write(f"  imported {reference}\n")
        for reference, desk, remote in report.status_differences:
            sys.stdout.write(f"  {reference}: {desk} here, {remote} in {channel.name}\n")
        for reference in report.desk_only:
            sys.stdout.write(f"  {reference}: on the desk but not listed by {channel.name}\n")
    return 1 if failed else 0
