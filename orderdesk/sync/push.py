"""Pushing a channel's outbox with a steady number of calls in flight.

The calling thread claims (store.outbox.claim_due: FIFO per order and channel, SKIP LOCKED on PostgreSQL) only as
many due events as there are free slots, and hands each to a slot thread at once; the moment a slot's call is
answered and its event settled, the slot is free and the next due event is claimed for it. So N calls stay in
flight for the whole push instead of N at a time with a wait for the slowest. A claimed event is always being sent:
stopping, a pause after a 429, or an admin disabling the channel only stops the claiming, and what is in flight
finishes. Each slot thread keeps its database connection for the whole push and closes it when the push ends.

N: without a rate limit, the engine's max_in_flight. With one, enough to reach the limit at the time an event took
so far (its channel calls plus our own work, not the wait for the limit's turn), plus one, at most
max_in_flight_limited. The HTTP layer's gate (channels.http.RateGate) stays the one authority on the limit: more
calls in flight wait their turn there, they never go out faster.
"""

from __future__ import annotations

import math
import os
import queue
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from orderdesk.channels.http import CallRecord
from orderdesk.core.events import EventState
from orderdesk.store import outbox
from orderdesk.store.models import Channel, OutboxEvent, database_proxy
from orderdesk.sync import purchasing
from orderdesk.sync.contract import EngineSettings
from orderdesk.sync.push_event import Sending, needs_read_back, send
from orderdesk.sync.stock import push_stock

if TYPE_CHECKING:
    from orderdesk.sync.engine import SyncEngine

PROGRESS_EVERY_S = 0.25  # a push of thousands of events tells its progress a few times a second, not per event
WEIGHT = 0.2  # of the newest event in the running average of how long an event takes


class _Calls(threading.local):
    """The channel calls of the event a slot thread is sending: how many, and how long they took (ms)."""

    counting = False
    count = 0
    ms = 0


_calls = _Calls()


def timed(logger: Callable[[CallRecord], None]) -> Callable[[CallRecord], None]:
    """The adapter's call logger, also counting each call of the event a slot thread is sending."""

    def record(call: CallRecord) -> None:
        if _calls.counting:
            _calls.count += 1
            _calls.ms += call.duration_ms
        logger(call)

    return record


class Pace:
    """How many calls each channel keeps in flight (see the module's docstring), from what its events took so far."""

    def __init__(self, settings: EngineSettings) -> None:
        self._settings = settings
        self._seen: dict[int, tuple[float, float]] = {}  # channel id -> (seconds an event takes, calls it makes)
        self._lock = threading.Lock()

    def observe(self, channel_id: int, seconds: float, calls: int) -> None:
        with self._lock:
            before = self._seen.get(channel_id)
            if before is None:
                self._seen[channel_id] = (seconds, float(calls))
            else:
                took, made = before
                self._seen[channel_id] = (took + WEIGHT * (seconds - took), made + WEIGHT * (calls - made))

    def slots(self, channel: Channel) -> int:
        default = max(1, self._settings.max_in_flight)
        per_min = channel.rate_limit_per_min or self._settings.http.rate_limit_per_min
        if not per_min:
            return default
        most = max(1, self._settings.max_in_flight_limited)
        seen = self._seen.get(channel.id)
        if seen is None:
            return min(default, most)
        seconds, calls = seen
        events_per_s = per_min / 60 / max(calls, 1.0)
        return max(1, min(most, math.ceil(events_per_s * seconds) + 1))


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def push_channel(engine: SyncEngine, channel: Channel) -> tuple[int, list[int]]:
    """Send what is due for the channel (its outbox, then its stock queue); returns (events done, events failed)."""
    if not engine.still_synced(channel):
        return 0, []
    host = engine.settings.worker.rsplit(":", 1)[0]
    outbox.release_dead_claims(host, _process_alive, engine._clock())
    done, failed = _Run(engine, channel).drain()
    if not engine.still_synced(channel):
        return done, failed
    done += push_stock(engine, channel)[0]  # the stock queue: its own rows, the same claim/lease/retry rules
    purchasing.follow(engine, channel)
    fresh = Channel.get_or_none(Channel.id == channel.id)
    if fresh is not None and not engine.paused(channel) and fresh.state == "pushing":
        engine._set_state(channel, "idle", "")
    return done, failed


class _Run:
    """One push of one channel's outbox: the claim loop in the calling thread, the calls in slot threads."""

    def __init__(self, engine: SyncEngine, channel: Channel) -> None:
        self.engine = engine
        self.channel = channel
        self._changed = threading.Condition()  # a slot finished an event (or failed on a bug)
        self._busy = 0  # events handed to slots and not finished
        self._finished = 0
        self._done = 0
        self._failed: list[int] = []
        self._error: Exception | None = None
        self._work: queue.SimpleQueue[tuple[OutboxEvent, bool] | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []

    def drain(self) -> tuple[int, list[int]]:
        engine, channel, settings = self.engine, self.channel, self.engine.settings
        told = time.monotonic()
        pushing = False
        try:
            while True:
                free, finished = self._free_slots()
                if not free or not self._may_claim():
                    break
                claimed = outbox.claim_due(channel.id, settings.worker, engine._clock(), settings.lease, free)
                if not claimed:
                    if self._await_finish(finished):
                        continue  # an event finished: the next one of its order may be due now
                    break
                if not pushing:
                    engine._set_state(channel, "pushing", "")
                    pushing = True
                self._hand_out(claimed)
                if time.monotonic() - told >= PROGRESS_EVERY_S:
                    self._tell_progress()
                    told = time.monotonic()
        finally:
            self._close()
        if self._error is not None:
            raise self._error
        if pushing:
            self._tell_progress()
        return self._done, self._failed

    def _may_claim(self) -> bool:
        """Checked before every claim: stop() was asked, a 429 paused the channel (engine.paused), the admin disabled
        or removed it (engine.still_synced) - the last two from one read of the channel's row."""
        if self.engine.stopping:
            return False
        row = Channel.select(Channel.enabled, Channel.paused_until).where(Channel.id == self.channel.id).first()
        if row is None or not row.enabled:
            return False
        return row.paused_until is None or row.paused_until <= self.engine._clock()

    def _free_slots(self) -> tuple[int, int]:
        """Wait until a slot is free; (free slots, events finished so far). (0, _): a slot failed on a bug."""
        with self._changed:
            while self._error is None and self._busy >= self.engine.pace.slots(self.channel):
                self._changed.wait()
            if self._error is not None:
                return 0, self._finished
            return self.engine.pace.slots(self.channel) - self._busy, self._finished

    def _await_finish(self, finished: int) -> bool:
        """Nothing was due: wait for an event in flight to finish (True), unless none is in flight (False)."""
        with self._changed:
            while self._error is None and self._finished == finished and self._busy:
                self._changed.wait()
            return self._error is None and self._finished != finished

    def _hand_out(self, claimed: list[OutboxEvent]) -> None:
        with self._changed:
            self._busy += len(claimed)
            while len(self._threads) < self._busy:
                thread = threading.Thread(
                    target=self._slot, name=f"push-{self.channel.name}-{len(self._threads) + 1}", daemon=True
                )
                self._threads.append(thread)
                thread.start()
        for event in claimed:
            self._work.put((event, needs_read_back(event)))

    def _slot(self) -> None:
        """A slot thread: send what it is handed until the push ends, on one database connection."""
        engine, channel = self.engine, self.channel
        try:
            while (item := self._work.get()) is not None:
                event, read_back = item
                began = time.monotonic()
                _calls.counting, _calls.count, _calls.ms = True, 0, 0
                timing = Sending()
                state: EventState | None = None
                error: Exception | None = None
                try:
                    state = send(engine, channel, event, read_back, timing)
                except Exception as exc:  # a bug or the database failing: the push stops and the caller hears it
                    error = exc
                _calls.counting = False
                if _calls.count:
                    took = time.monotonic() - began - timing.adapter_s + _calls.ms / 1000
                    engine.pace.observe(channel.id, took, _calls.count)
                with self._changed:
                    self._busy -= 1
                    self._finished += 1
                    if state == EventState.DONE:
                        self._done += 1
                    elif state == EventState.FAILED:
                        self._failed.append(event.id)
                    if error is not None and self._error is None:
                        self._error = error
                    self._changed.notify_all()
        finally:
            _calls.counting = False
            if not database_proxy.is_closed():
                database_proxy.close()

    def _close(self) -> None:
        """Let what is in flight finish, then end the slot threads (each closes its connection)."""
        for _ in self._threads:
            self._work.put(None)
        for thread in self._threads:
            thread.join()

    def _tell_progress(self) -> None:
        left = outbox.open_count(self.channel.id)
        with self._changed:
            done = self._done
        self.engine.listener.progress(self.channel.name, done, done + left.get("pending", 0))
