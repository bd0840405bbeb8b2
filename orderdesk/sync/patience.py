"""Waiting out a locked database: another program holding SQLite's write lock for longer than the busy timeout is a
passing condition for the sync engine, so it waits and tries the step again instead of crashing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store.db import BUSY_TIMEOUT_MS, is_locked

T = TypeVar("T")

LOCKED_NOTE = QT_TRANSLATE_NOOP(
    "SyncEngine",
    "The order database is locked by another program (still busy after waiting {timeout} s); "
    "sync waits and tries again.",
)
FREE_NOTE = QT_TRANSLATE_NOOP("SyncEngine", "The order database is free again after {waited} s; sync goes on.")


class LockPatience:
    """Runs one step of a sync run; a lock that outlasted the busy timeout is told once and the step repeated."""

    def __init__(self, stop: threading.Event, tell: Callable[[str], None], retry_s: float = 1.0) -> None:
        self._stop = stop
        self._tell = tell
        self.retry_s = retry_s

    def run(self, step: Callable[[], T]) -> T | None:
        """The step's result; None only when the engine was asked to stop while waiting for the lock."""
        waiting_since: float | None = None
        while True:
            try:
                result = step()
            except Exception as exc:
                if not is_locked(exc):
                    raise
                if waiting_since is None:
                    waiting_since = time.monotonic()
                    self._tell(translate("SyncEngine", LOCKED_NOTE, timeout=f"{BUSY_TIMEOUT_MS / 1000:.0f}"))
                if self._stop.wait(self.retry_s):
                    return None
                continue
            if waiting_since is not None:
                waited = f"{time.monotonic() - waiting_since:.0f}"
                self._tell(translate("SyncEngine", FREE_NOTE, waited=waited))
            return result
