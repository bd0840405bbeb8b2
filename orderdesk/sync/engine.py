"""The sync engine: pull every channel's orders in, push every local change out. Pure Python, no Qt.

Pull: page through the adapter from the stored cursor; each page and its cursor commit together, so a
crash repeats at most one page, and the idempotent upsert makes the repeat free.
Push (sync.push, one event in sync.push_event): the outbox is drained FIFO per order (a failed event holds back
the later ones of its order), with a steady number of calls in flight across orders. An event is done only when
the channel confirmed it; when the answer was lost it becomes uncertain and the channel is read back before
anything is sent again.
"""

from __future__ import annotations

import logging
import random
import threading
import traceback
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

import peewee

from orderdesk.channels.base import Adapter, ChannelConfig
from orderdesk.channels.errors import (
    AuthError,
    ChannelError,
    RateLimited,
    TransientError,
)
from orderdesk.channels.http import CallRecord, HttpSettings
from orderdesk.channels.redaction import redact_text
from orderdesk.channels.registry import make_adapter
from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.records import utcnow
from orderdesk.credentials import KeyringUnavailable
from orderdesk.services.channels import channel_secrets
from orderdesk.store import outbox, planner_stats, stock, synclog
from orderdesk.store.bulk_writes import bulk_writes
from orderdesk.store.db import transaction
from orderdesk.store.models import Channel, Order, OutboxEvent
from orderdesk.store.orders import channel_enabled, find_by_external_id
from orderdesk.store.sync_holders import ChannelHolds
from orderdesk.store.upsert import upsert_record
from orderdesk.sync import messages, purchasing
from orderdesk.sync.channel_config import ChannelConfigs
from orderdesk.sync.contract import EngineSettings, NullListener, ReconcileReport, RunReport, SyncListener
from orderdesk.sync.isolation import NOT_ONE_CHANNELS, one_channels_failure
from orderdesk.sync.patience import LockPatience
from orderdesk.sync.pull import pages_ahead, take_page
from orderdesk.sync.push import Pace, push_channel, timed

# Who runs the engine imports what it takes and tells from here, as before these lived in their own modules.
__all__ = [
    "NOT_ONE_CHANNELS",
    "AdapterFactory",
    "EngineSettings",
    "NullListener",
    "ReconcileReport",
    "RunReport",
    "SyncEngine",
    "SyncListener",
]

T = TypeVar("T")

log = logging.getLogger(__name__)
# A sync-log outcome as a log level: what went wrong is a warning (a bug is an error, logged where it is caught).
LEVELS = {"failed": logging.WARNING, "rejected": logging.WARNING, "retry": logging.WARNING}


def _log_line(entry: Any, detail: str = "") -> None:
    """A sync-log entry (every channel call among them) in the application log too."""
    message = f" - {entry.message}" if entry.message else ""
    log.log(
        LEVELS.get(entry.outcome, logging.INFO),
        "%s %s %s %s: %s%s%s",
        entry.channel,
        entry.direction,
        entry.operation,
        entry.order_reference,
        entry.outcome,
        detail,
        message,
    )


AdapterFactory = Callable[..., Adapter]


class SyncEngine:
    def __init__(
        self,
        settings: EngineSettings | None = None,
        listener: SyncListener | None = None,
        *,
        adapter_factory: AdapterFactory = make_adapter,
        clock: Callable[[], datetime] = utcnow,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.settings = settings or EngineSettings()
        self.listener: SyncListener = listener or NullListener()
        self._adapter_factory = adapter_factory
        self._clock = clock
        self._jitter = jitter
        self._stop = threading.Event()
        self._context = threading.local()
        self._adapters: dict[int, tuple[ChannelConfig, Adapter]] = {}
        self._lock = threading.Lock()
        self.patience = LockPatience(self._stop, self._tell, self.settings.lock_retry_s)
        self.holds = ChannelHolds(self.settings.worker)
        self.configs = ChannelConfigs()
        self.pace = Pace(self.settings)

    # ---- control -------------------------------------------------------------------------------------
    def stop(self) -> None:
        """Ask the engine to stop between pages and between events (never in the middle of one)."""
        self._stop.set()

    def resume(self) -> None:
        self._stop.clear()

    def may_sync(self, channel: Channel) -> bool:
        """Whether this engine syncs the channel now: always on one machine; on a shared database only when it
        holds the channel's lock, which it takes only with the channel's secrets at hand (a desk whose keyring
        lacks them must not hold the channel away from the sync service that has them)."""
        if not self.holds.shared():
            return True
        if channel.id not in self.holds.holding():
            try:
                self.configs.config(channel)
            except (AuthError, KeyringUnavailable):
                return False
        return self.holds.hold(channel.id)

    def close(self) -> None:
        """Give up the channels this engine syncs on a shared database, so a standby engine takes them at once."""
        self.holds.release_all()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def patiently(self, step: Callable[[], T]) -> T | None:
        """Run a step; a database lock that outlasts the busy timeout is waited out (None: stopped meanwhile)."""
        return self.patience.run(step)

    def _tell(self, message: str) -> None:
        self.listener.notice(message)

    # ---- channels and adapters -------------------------------------------------------------------------
    def channels(self, name: str | None = None) -> list[Channel]:
        query = Channel.select().where(Channel.enabled == True, Channel.kind != "manual")  # noqa: E712
        if name:
            query = query.where(Channel.name == name)
        return list(query.order_by(Channel.name))

    def adapter(self, channel: Channel) -> Adapter:
        config = self.configs.config(channel)
        with self._lock:
            cached = self._adapters.get(channel.id)
            if cached is not None and cached[0] == config:
                return cached[1]
            settings = self.settings.http
            if channel.rate_limit_per_min:
                settings = HttpSettings(**{**settings.__dict__, "rate_limit_per_min": channel.rate_limit_per_min})
            logger = timed(self._call_logger(channel.name))  # timed: how long a push's events take (sync.push)
            adapter = self._adapter_factory(config, http_settings=settings, logger=logger)
            self._adapters[channel.id] = (config, adapter)
            return adapter

    @property
    def call_context(self) -> threading.local:
        """What each thread of the engine is doing: the direction, event and order its channel calls are for."""
        return self._context

    def _call_logger(self, channel: str) -> Callable[[CallRecord], None]:
        def record(call: CallRecord) -> None:
            held = getattr(self._context, "held", None)
            if held is not None:
                held.append(call)  # a pull's fetch thread: the engine's thread writes it (sync.prefetch)
            else:
                self.write_call(channel, call)

        return record

    def write_call(self, channel: str, call: CallRecord) -> None:
        """One channel call in the sync log (and the application log)."""
        ctx = self._context
        if call.outcome == "failed":
            ctx.failure_logged = True
        entry = synclog.write(
            channel=channel,
            direction=getattr(ctx, "direction", "push"),
            operation=call.operation,
            outcome=call.outcome,
            order_reference=call.order_reference or getattr(ctx, "reference", ""),
            event_id=getattr(ctx, "event_id", None),
            http_status=call.http_status,
            duration_ms=call.duration_ms,
            message=call.message,
            request_excerpt=call.request_excerpt,
            response_excerpt=call.response_excerpt,
        )
        status = call.http_status if call.http_status is not None else "-"
        _log_line(entry, f" (HTTP {status}, {call.duration_ms} ms)")
        self.listener.log_entry(entry.id)

    def _set_state(self, channel: Channel, state: str, message: str = "", paused_until: datetime | None = None) -> None:
        Channel.update(state=state, state_message=message, paused_until=paused_until).where(
            Channel.id == channel.id
        ).execute()
        channel.state, channel.state_message, channel.paused_until = state, message, paused_until
        self.listener.channel_state(channel.name, state, message)

    def paused(self, channel: Channel) -> bool:
        fresh = Channel.get_or_none(Channel.id == channel.id)
        return fresh is not None and fresh.paused_until is not None and fresh.paused_until > self._clock()

    def still_synced(self, channel: Channel) -> bool:
        """False once an admin disabled or removed the channel: its sync stops between pages and events."""
        return channel_enabled(channel.id)

    def _pause(self, channel: Channel, exc: RateLimited) -> datetime:
        wait = exc.retry_after if exc.retry_after is not None else self.settings.rate_limit_pause_s
        until = self._clock() + timedelta(seconds=max(wait, 0.5))
        self._set_state(channel, "paused", messages.paused_state(until), paused_until=until)
        self._log(channel.name, "push", "rate limit", "paused", message=messages.paused_note(exc.message, until))
        return until

    def log_line(self, channel: str, direction: str, operation: str, outcome: str, **kwargs: Any) -> None:
        """A sync-log entry of the engine's own (not a channel call)."""
        self._log(channel, direction, operation, outcome, **kwargs)

    def _log(self, channel: str, direction: str, operation: str, outcome: str, **kwargs: Any) -> None:
        entry = synclog.write(channel=channel, direction=direction, operation=operation, outcome=outcome, **kwargs)
        _log_line(entry)
        self.listener.log_entry(entry.id)

    def channel_failed(self, channel: Channel, direction: str, operation: str, exc: Exception) -> str:
        """Record one channel's failure (state, sync-log line; a bug's traceback only in the entry's excerpt) and
        return it in plain words."""
        detail = ""
        if isinstance(exc, AuthError):
            self.configs.forget(channel.id)
            state, message = "auth_failed", exc.message
        elif isinstance(exc, TransientError):
            state, message = "offline", exc.message
        elif isinstance(exc, ChannelError | KeyringUnavailable):
            state, message = "error", exc.message
        else:
            state = "error"
            message = messages.unexpected_stop(operation)
            log.error("%s: %s of %s stopped on a bug.", channel.name, operation, direction, exc_info=True)
            detail = redact_text(traceback.format_exc()[-3000:], self._known_secrets(channel))
        self._set_state(channel, state, message)
        self._log(
            channel.name,
            direction,
            operation,
            "failed",
            message=message,
            http_status=getattr(exc, "http_status", None),
            response_excerpt=detail,
        )
        return message

    def _known_secrets(self, channel: Channel) -> list[str]:
        """The channel's secrets, to mask in a traceback (which may quote what a call was given)."""
        cached = self._adapters.get(channel.id)
        if cached is not None:
            return [s for s in cached[0].secrets.values() if s]
        try:
            return [s for s in channel_secrets(channel).values() if s]
        except Exception:  # the keyring may be what failed: mask what we can
            return []

    # ---- pull ------------------------------------------------------------------------------------------
    def due_for_pull(self, channel: Channel) -> bool:
        if channel.last_pull_at is None:
            return True
        return self._clock() - channel.last_pull_at >= timedelta(seconds=channel.poll_interval_s)

    @one_channels_failure("pull", "pull", lambda _message: list[int]())
    def pull(self, channel: Channel) -> list[int]:
        """Pull the channel from its cursor; returns the ids of orders that changed here."""
        if not self.may_sync(channel):
            return []  # another engine syncs this channel (a shared database): this one stands by
        return self.patiently(lambda: self._pull(channel)) or []

    def _pull(self, channel: Channel) -> list[int]:
        if self.paused(channel):
            return []
        self._note_gap(channel)
        self._set_state(channel, "pulling", "")
        self._context.direction, self._context.event_id, self._context.reference = "pull", None, ""
        self._context.failure_logged = False
        changed: list[int] = []
        done = 0
        try:
            with bulk_writes(), pages_ahead(self, channel) as pages:
                for page, checks in pages:
                    if not self.still_synced(channel):
                        break  # disabled or removed while the page was on its way: nothing of it is taken in
                    with transaction():
                        page_changed = take_page(self, channel, page, checks)
                    done += len(page.records)
                    changed.extend(page_changed)
                    if page_changed:
                        self.listener.orders_changed(page_changed)
                    self.listener.progress(channel.name, done, 0)
                    if self.stopping or not self.still_synced(channel):
                        break
        except RateLimited as exc:
            self._pause(channel, exc)
            return changed
        except AuthError as exc:
            self._set_state(channel, "auth_failed", exc.message)
            self._log_pull_failure(channel, exc)
            return changed
        except TransientError as exc:
            self._set_state(channel, "offline", exc.message)
            return changed
        except ChannelError as exc:
            self._set_state(channel, "error", exc.message)
            self._log_pull_failure(channel, exc)
            return changed
        Channel.update(last_pull_at=self._clock()).where(Channel.id == channel.id).execute()
        channel.last_pull_at = self._clock()
        self._set_state(channel, "idle", "")
        if changed:
            _keep_planner_stats()
        return changed

    def _log_pull_failure(self, channel: Channel, exc: ChannelError) -> None:
        """One row for a failed pull: the call's own row says it all when the HTTP layer logged it."""
        if not getattr(self._context, "failure_logged", False):
            self._log(channel.name, "pull", "fetch orders", "failed", message=exc.message, http_status=exc.http_status)

    def _note_gap(self, channel: Channel) -> None:
        if channel.last_pull_at is None:
            return
        silent = self._clock() - channel.last_pull_at
        window = timedelta(seconds=channel.poll_interval_s * self.settings.gap_factor)
        if silent > window:
            hours = silent.total_seconds() / 3600
            self._log(
                channel.name,
                "pull",
                "catch up",
                "gap",
                message=messages.gap_note(hours, channel.pull_cursor),
            )

    # ---- push ------------------------------------------------------------------------------------------
    @one_channels_failure("push", "push", lambda _message: (0, list[int]()))
    def push(self, channel: Channel) -> tuple[int, list[int]]:
        """Send what is due for the channel; returns (events done, events failed)."""
        if not self.may_sync(channel):
            return 0, []  # another engine syncs this channel (a shared database): this one stands by
        return self.patiently(lambda: push_channel(self, channel)) or (0, [])

    def backoff(self, attempts: int) -> float:
        """Capped exponential backoff with jitter, in seconds."""
        base = min(self.settings.retry_cap_s, self.settings.retry_base_s * (2 ** (attempts - 1)))
        return base * (0.5 + self._jitter() / 2)

    # ---- whole runs ----------------------------------------------------------------------------------------
    def run_once(self, channel_name: str | None = None) -> RunReport:
        """One pull and one push of every enabled channel (or one)."""
        report = RunReport()
        for channel in self.patiently(lambda: self.channels(channel_name)) or []:
            if self.stopping:
                break
            report.pulled[channel.name] = len(self.pull(channel))
            done, failed = self.push(channel)
            report.pushed += done
            report.failed.extend(failed)
            fresh = self.patiently(partial(Channel.get_or_none, Channel.id == channel.id))
            if fresh is not None and fresh.state in ("auth_failed", "offline", "error", "paused"):
                report.problems.append(f"{channel.name}: {fresh.state.replace('_', ' ')} - {fresh.state_message}")
        return report

    def next_due(self, channel_name: str | None = None) -> datetime | None:
        """When the earliest waiting event or pause ends (for a run that drains to the end)."""
        ids = [c.id for c in self.channels(channel_name)]
        if not ids:
            return None
        row = (
            OutboxEvent.select(OutboxEvent.next_attempt_at)
            .where(
                OutboxEvent.channel.in_(ids),
                OutboxEvent.state.in_(outbox.CLAIMABLE),
                OutboxEvent.order.in_(outbox.sendable()),
            )
            .order_by(OutboxEvent.next_attempt_at)
            .first()
        )
        due = row.next_attempt_at if row is not None else None
        stock_due = stock.earliest_due(ids)
        due = stock_due if due is None or (stock_due is not None and stock_due < due) else due
        for channel in Channel.select().where(Channel.id.in_(ids), Channel.paused_until.is_null(False)):
            if (
                channel.paused_until > self._clock()
                and OutboxEvent.select()
                .where(OutboxEvent.channel == channel, OutboxEvent.state.in_(outbox.CLAIMABLE))
                .exists()
            ):
                due = channel.paused_until if due is None else max(due, channel.paused_until)
        return due

    @one_channels_failure("pull", "reconcile", lambda message: ReconcileReport(problem=message))
    def reconcile(self, channel: Channel, since: datetime) -> ReconcileReport:
        """Compare with what the channel lists since a date: import what the desk lacks, list status differences."""
        report = ReconcileReport()
        adapter = self.adapter(channel)
        cursor = adapter.cursor_since(since)
        self._context.direction, self._context.event_id, self._context.reference = "pull", None, ""
        seen: set[str] = set()
        for page in adapter.fetch_orders(cursor):
            for record in purchasing.incoming(channel, page.records, self.listener):
                seen.add(record.external_id)
                local = find_by_external_id(channel, record.external_id)
                if local is None:
                    try:
                        upsert_record(channel, record)
                    except RuleViolation as exc:
                        ref = validation.shown(record.reference, 128)
                        self._log(channel.name, "pull", "import", "rejected", order_reference=ref, message=exc.message)
                        continue
                    report.imported.append(record.reference)
                elif local.status != record.status.value:
                    report.status_differences.append((record.reference, local.status, record.status.value))
        since_local = Order.select(Order.reference, Order.external_id).where(
            (Order.channel == channel) & (Order.created_at >= since) & Order.external_id.is_null(False)
        )
        report.desk_only = [o.reference for o in since_local if o.external_id not in seen]
        self._log(
            channel.name,
            "pull",
            "reconcile",
            "ok",
            message=messages.reconcile_summary(
                since, len(report.imported), len(report.status_differences), len(report.desk_only)
            ),
        )
        return report


def _keep_planner_stats() -> None:
    """SQLite's planner statistics taken again when a pull has grown the order table twofold."""
    try:
        planner_stats.refresh_if_stale()
    except peewee.DatabaseError as exc:  # the database busy, say: the next pull that adds orders tries again
        log.info("Planner statistics not taken now: %s", exc)
