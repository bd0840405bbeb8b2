"""The status bar: each channel's state, sync progress, how many events wait or failed, and a failure notice."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from orderdesk.core import secret_expiry
from orderdesk.core.errors import RuleViolation
from orderdesk.store import outbox, purchases
from orderdesk.store.models import Channel

PROGRESS_EVERY_MS = 200
STATE_WORDS = {
    "idle": "idle",
    "pulling": "syncing",
    "pushing": "syncing",
    "offline": "offline",
    "auth_failed": "sign-in refused",
    "paused": "paused",
    "error": "error",
}


class OrderStatusBar(QStatusBar):
    open_log_requested = Signal()
    open_purchases_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setAccessibleName("Sync status")
        self.channels: dict[str, QLabel] = {}
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName("Sync progress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self._latest_progress: tuple[str, int, int] | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_EVERY_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self.counts = QLabel()
        self.counts.setObjectName("eventCounts")
        self.counts.setAccessibleName("Changes waiting and failed")
        self.notice = QPushButton()
        self.notice.setObjectName("failureNotice")
        self.notice.setAccessibleName("Sync failures: open the sync log")
        self.notice.setFlat(True)
        self.notice.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.notice.hide()
        self.notice.clicked.connect(self.open_log_requested.emit)
        self.questions = QPushButton()
        self.questions.setObjectName("purchaseQuestionsNotice")
        self.questions.setAccessibleName("OT Platform questions: open the purchases")
        self.questions.setFlat(True)
        self.questions.setStyleSheet("color: #8a6d00; font-weight: bold;")
        self.questions.hide()
        self.questions.clicked.connect(self.open_purchases_requested.emit)
        self.expiry = QLabel()
        self.expiry.setObjectName("expiryWarning")
        self.expiry.setAccessibleName("Channel passwords or tokens about to expire")
        self.expiry.setStyleSheet("color: #8a6d00; font-weight: bold;")
        self.expiry.hide()
        self._expiry_timer = QTimer(self)  # a desk stays open for days: the warning must appear on its own
        self._expiry_timer.setInterval(60 * 60 * 1000)
        self._expiry_timer.timeout.connect(lambda: self.refresh_expiry())
        self._expiry_timer.start()
        self.addPermanentWidget(self.expiry)
        self.addPermanentWidget(self.notice)
        self.addPermanentWidget(self.questions)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.counts)
        self.reload_channels()

    def reload_channels(self) -> None:
        names = [c.name for c in Channel.select(Channel.name, Channel.kind).where(Channel.kind != "manual")]
        for name in list(self.channels):
            if name not in names:
                self.removeWidget(self.channels.pop(name))
        for channel in Channel.select().where(Channel.kind != "manual").order_by(Channel.name):
            if channel.name not in self.channels:
                label = QLabel()
                label.setObjectName(f"channelState_{channel.name}")
                label.setAccessibleName(f"{channel.name} sync state")
                self.channels[channel.name] = label
                self.insertPermanentWidget(0, label)
            self.set_channel_state(channel.name, channel.state, channel.state_message)
        self.refresh_expiry()
        self.refresh_counts()

    def refresh_expiry(self, today: date | None = None) -> None:
        """Warn about channels whose password or token expires within two weeks (or has expired)."""
        day = today or datetime.now().astimezone().date()
        warnings = []
        for channel in Channel.select(Channel.name, Channel.options).where(Channel.kind != "manual"):
            try:
                expires = secret_expiry.parse_expiry((channel.options or {}).get(secret_expiry.FIELD))
            except RuleViolation:
                continue  # the settings refuse such a date; one written by hand is not worth a warning here
            warning = secret_expiry.expiry_warning(channel.name, expires, day)
            if warning:
                warnings.append(warning)
        self.expiry.setText("⚠ " + " · ".join(warnings) if warnings else "")
        self.expiry.setToolTip("\n".join(warnings))
        self.expiry.setVisible(bool(warnings))

    def set_channel_state(self, channel: str, state: str, message: str) -> None:
        label = self.channels.get(channel)
        if label is None:
            return
        words = message if state == "paused" and message else STATE_WORDS.get(state, state)
        label.setText(f"{channel}: {words}")
        label.setToolTip(message or words)
        bad = state in ("offline", "auth_failed", "error")
        label.setStyleSheet("color: #b3261e;" if bad else ("color: #8a6d00;" if state == "paused" else ""))

    def set_progress(self, channel: str, done: int, total: int) -> None:
        """Show progress, at most a few times a second: QProgressBar repaints the window synchronously on every
        value, which made a fast pull stall the table."""
        self._latest_progress = (channel, done, total)
        if not self._progress_timer.isActive():
            self._show_progress()

    def _show_progress(self) -> None:
        if self._latest_progress is None:
            return
        self._progress_timer.start()  # the next value waits its turn
        channel, done, total = self._latest_progress
        self._latest_progress = None
        self.progress.show()
        self.progress.setFormat(f"{channel}: %v" + (" of %m" if total else ""))
        self.progress.setRange(0, total)  # total 0: a busy indicator
        self.progress.setValue(done)

    def sync_idle(self) -> None:
        self._latest_progress = None
        self._progress_timer.stop()
        self.progress.hide()

    def refresh_counts(self) -> None:
        counts = outbox.open_count()
        waiting = counts.get("pending", 0) + counts.get("in_flight", 0) + counts.get("uncertain", 0)
        failed = counts.get("failed", 0)
        self.counts.setText(f"{waiting} waiting · {failed} failed")
        if failed:
            self.notice.setText(f"⚠ {failed} change(s) could not be sent — open the sync log")
            self.notice.show()
        else:
            self.notice.hide()
        asking = purchases.awaiting_count()
        self.questions.setText(f"? {asking} purchase question(s) from OT Platform — open Purchases")
        self.questions.setVisible(bool(asking))
