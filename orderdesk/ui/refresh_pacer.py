"""Paces the table's refreshes: the ids of changed orders are gathered and handed over together.

A sync signals after every page it stores, many times a second in a bulk pull; refreshing the table for each was
work the window did again and again while the operator waited. The first change after a quiet spell is handed
over soon (DELAY_MS: an operator's own change shows at once), and while changes keep coming at most once per
INTERVAL_MS.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer

DELAY_MS = 250
INTERVAL_MS = 1000


class RefreshPacer(QObject):
    def __init__(
        self,
        refresh: Callable[[list[int]], None],
        parent: QObject | None = None,
        *,
        delay_ms: int = DELAY_MS,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._refresh = refresh
        self._delay_ms = delay_ms
        self.interval_ms = interval_ms
        self._pending: set[int] = set()
        self._since_last = QElapsedTimer()  # invalid until the first refresh
        self.timer = QTimer(self)
        self.timer.setObjectName("tableRefreshTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        self.timer.timeout.connect(self._hand_over)

    def add(self, order_ids: list[int]) -> None:
        """These orders changed: refresh them with the others, when it is time."""
        self._pending.update(order_ids)
        if self.timer.isActive():
            return
        wait = self._delay_ms
        if self._since_last.isValid():
            wait = max(wait, self.interval_ms - int(self._since_last.elapsed()))
        self.timer.start(wait)

    def stop(self) -> None:
        self.timer.stop()

    def _hand_over(self) -> None:
        ids, self._pending = sorted(self._pending), set()
        self._since_last.start()
        self._refresh(ids)
