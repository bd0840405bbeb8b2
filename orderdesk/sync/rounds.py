"""What the sync does each time its timer ticks or the window asks: pull the channels that are due, send what waits.

Shared by the sync thread (sync/worker.py) and the engine's own process (sync/engine_process.py).
"""

from __future__ import annotations

from collections.abc import Callable

from orderdesk.store import stock
from orderdesk.store.models import OutboxEvent
from orderdesk.sync import purchasing
from orderdesk.sync.engine import SyncEngine


class Rounds:
    """`round_of_sync`: what a tick runs (the sync thread's worker passes its own, which tests replace)."""

    def __init__(self, engine: SyncEngine, round_of_sync: Callable[[], None] | None = None) -> None:
        self.engine = engine
        self.paused = False
        self._busy = False
        self._round_of_sync = round_of_sync or self.round

    def tick(self) -> None:
        """Pull the channels that are due, send what waits."""
        if not self.paused:
            self._run(self._round_of_sync)

    def sync_now(self, channel: str = "") -> None:
        """Pull now (every channel, or one) and send what waits, whatever the intervals say."""
        self._run(lambda: self._pull_and_push(channel or None))

    def wake(self) -> None:
        """A service queued an event: send it now rather than at the next tick."""
        if not self.paused:
            self._run(self._push_waiting)

    def _run(self, step: Callable[[], None]) -> None:
        if self._busy or self.engine.stopping:
            return
        self._busy = True
        try:
            self.engine.patiently(step)
        finally:
            self._busy = False

    def round(self) -> None:
        for channel in self.engine.channels():
            if self.engine.stopping:
                break
            if self.engine.due_for_pull(channel):
                self.engine.pull(channel)
            if has_work(channel.id):
                self.engine.push(channel)

    def _pull_and_push(self, channel: str | None) -> None:
        for each in self.engine.channels(channel):
            self.engine.pull(each)
            self.engine.push(each)

    def _push_waiting(self) -> None:
        for channel in self.engine.channels():
            if has_work(channel.id):
                self.engine.push(channel)


def has_work(channel_id: int) -> bool:
    if stock.waiting_count(channel_id):  # stock quantities wait in their own queue
        return True
    return bool(
        OutboxEvent.select()
        .where(OutboxEvent.channel == channel_id, OutboxEvent.state.in_(["pending", "uncertain", "in_flight"]))
        .exists()
    ) or purchasing.has_open(channel_id)
