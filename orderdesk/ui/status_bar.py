"""The status bar: each channel's state, sync progress, how many events wait or failed, and a failure notice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import peewee
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from orderdesk.core import secret_expiry
from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store import outbox, purchases, sync_holders
from orderdesk.store.db import is_postgres
from orderdesk.store.models import Channel, database_proxy
from orderdesk.sync.contract import EngineSettings
from orderdesk.ui import colours, locale_format

PROGRESS_EVERY_MS = 200
HOLDERS_EVERY_MS = 5000
TROUBLE = ("offline", "auth_failed", "error", "paused")
# A channel's sync state in the status bar's words (shown through translate("OrderStatusBar", ...)).
STATE_WORDS = {
    "idle": QT_TRANSLATE_NOOP("OrderStatusBar", "idle"),
    "pulling": QT_TRANSLATE_NOOP("OrderStatusBar", "syncing"),
    "pushing": QT_TRANSLATE_NOOP("OrderStatusBar", "syncing"),
    "offline": QT_TRANSLATE_NOOP("OrderStatusBar", "offline"),
    "auth_failed": QT_TRANSLATE_NOOP("OrderStatusBar", "sign-in refused"),
    "paused": QT_TRANSLATE_NOOP("OrderStatusBar", "paused"),
    "error": QT_TRANSLATE_NOOP("OrderStatusBar", "error"),
}


class OrderStatusBar(QStatusBar):
    open_log_requested = Signal()
    open_failures_requested = Signal()
    open_purchases_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setAccessibleName(translate("OrderStatusBar", "Sync status"))
        self._states: dict[str, tuple[str, str]] = {}
        self._synced_by: dict[str, str] = {}  # channel -> the host whose engine syncs it, when not this desk
        # This desk's engine's "host:pid" (the window sets its sync worker's; the engine may run in its own process).
        self.own_engine: Callable[[], str] = lambda: EngineSettings().worker
        self.channel_states = QLabel()
        self.channel_states.setObjectName("channelStates")
        self.channel_states.setAccessibleName(translate("OrderStatusBar", "Channels' sync states"))
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(translate("OrderStatusBar", "Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self._latest_progress: tuple[str, int, int] | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_EVERY_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        # The sync log's closed form: one line with the counts; a click opens the log.
        self.counts = QPushButton()
        self.counts.setObjectName("eventCounts")
        self.counts.setAccessibleName(translate("OrderStatusBar", "Sync log: changes waiting and failed"))
        self.counts.setFlat(True)
        self.counts.setToolTip(translate("OrderStatusBar", "Open the sync log (F8)"))
        self.counts.clicked.connect(self.open_log_requested.emit)
        self.notice = QPushButton()
        self.notice.setObjectName("failureNotice")
        self.notice.setAccessibleName(translate("OrderStatusBar", "Sync failures: open the sync log"))
        self.notice.setFlat(True)
        self.notice.setStyleSheet(colours.style("error", bold=True))
        self.notice.hide()
        self.notice.clicked.connect(self.open_failures_requested.emit)
        self.questions = QPushButton()
        self.questions.setObjectName("purchaseQuestionsNotice")
        self.questions.setAccessibleName(translate("OrderStatusBar", "OT Platform questions: open the purchases"))
        self.questions.setFlat(True)
        self.questions.setStyleSheet(colours.style("warning", bold=True))
        self.questions.hide()
        self.questions.clicked.connect(self.open_purchases_requested.emit)
        self.expiry = QLabel()
        self.expiry.setObjectName("expiryWarning")
        self.expiry.setAccessibleName(translate("OrderStatusBar", "Channel passwords or tokens about to expire"))
        self.expiry.setStyleSheet(colours.style("warning", bold=True))
        self.expiry.hide()
        self._expiry_timer = QTimer(self)  # a desk stays open for days: the warning must appear on its own
        self._expiry_timer.setInterval(60 * 60 * 1000)
        self._expiry_timer.timeout.connect(lambda: self.refresh_expiry())
        self._expiry_timer.start()
        self.addPermanentWidget(self.channel_states)
        self.addPermanentWidget(self.expiry)
        self.addPermanentWidget(self.notice)
        self.addPermanentWidget(self.questions)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.counts)
        self._holders_timer = QTimer(self)  # a shared database: who syncs which channel changes when an engine dies
        self._holders_timer.setObjectName("syncHoldersTimer")
        self._holders_timer.setInterval(HOLDERS_EVERY_MS)
        self._holders_timer.timeout.connect(self.refresh_holders)
        if is_postgres(database_proxy.obj):
            self._holders_timer.start()
            self.refresh_holders()
        self.reload_channels()

    def reload_channels(self) -> None:
        names = {c.name: c for c in Channel.select().where(Channel.kind != "manual").order_by(Channel.name)}
        self._states = {name: self._states.get(name, (c.state, c.state_message)) for name, c in names.items()}
        for name, channel in names.items():
            self._states[name] = (channel.state, channel.state_message)
        self._show_states()
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
        if channel not in self._states:
            return
        self._states[channel] = (state, message)
        self._show_states()

    def channel_words(self, channel: str) -> str:
        state, message = self._states[channel]
        if state == "paused" and message:
            return message
        return translate("OrderStatusBar", STATE_WORDS[state]) if state in STATE_WORDS else state

    def _show_states(self) -> None:
        """One line for every channel, so many channels fit a laptop: the ones that need a look by name, the rest
        counted; each channel in full in the tooltip."""
        troubled = [n for n, (state, _m) in self._states.items() if state in TROUBLE]
        elsewhere = [n for n in self._states if n in self._synced_by and n not in troubled]
        busy = [n for n, (state, _m) in self._states.items() if state in ("pulling", "pushing") and n not in elsewhere]
        calm = len(self._states) - len(troubled) - len(busy) - len(elsewhere)
        parts = [f"⚠ {name}: {self.channel_words(name)}" for name in troubled]
        for host in sorted({self._synced_by[name] for name in elsewhere}):
            names = ", ".join(name for name in elsewhere if self._synced_by[name] == host)
            parts.append(translate("OrderStatusBar", "{channels}: synced by {host}", channels=names, host=host))
        if busy:
            parts.append(translate("OrderStatusBar", "{channels}: syncing", channels=", ".join(busy)))
        if calm == 1 and not parts:
            parts.append(translate("OrderStatusBar", "{channel}: idle", channel=next(iter(self._states))))
        elif calm:
            parts.append(translate("OrderStatusBar", "%n channel(s) idle", calm))
        self.channel_states.setText(" · ".join(parts))
        self.channel_states.setToolTip(
            "\n".join(f"{name}: {self.channel_words(name)}{self._where(name)}" for name in self._states)
            or translate("OrderStatusBar", "No channels yet")
        )
        bad = any(self._states[n][0] != "paused" for n in troubled)
        self.channel_states.setStyleSheet(
            colours.style("error") if bad else colours.style("warning") if troubled else ""
        )

    def _where(self, channel: str) -> str:
        host = self._synced_by.get(channel)
        return translate("OrderStatusBar", " (synced by {host})", host=host) if host else ""

    def refresh_holders(self) -> None:
        """Which channels another machine's (or program's) engine syncs, on a shared PostgreSQL database."""
        try:
            held = sync_holders.holders()
        except peewee.DatabaseError:
            return  # the server is away for a moment: the next look will say
        names = {c.id: c.name for c in Channel.select(Channel.id, Channel.name)}
        me = self.own_engine()
        synced_by = {
            names[channel_id]: sync_holders.host_of(label)
            for channel_id, label in held.items()
            if channel_id in names and label != me
        }
        if synced_by != self._synced_by:
            self._synced_by = synced_by
            self._show_states()

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
        # %v and %m are the progress bar's own: the value and the maximum.
        if total:
            self.progress.setFormat(translate("OrderStatusBar", "{channel}: %v of %m", channel=channel))
        else:
            self.progress.setFormat(f"{channel}: %v")
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
        self.counts.setText(
            translate(
                "OrderStatusBar",
                "Sync log: {waiting} waiting · {failed} failed",
                waiting=locale_format.count(waiting),
                failed=locale_format.count(failed),
            )
        )
        if failed:
            self.notice.setText(
                "⚠ " + translate("OrderStatusBar", "%Ln change(s) could not be sent — open the sync log", failed)
            )
            self.notice.show()
        else:
            self.notice.hide()
        asking = purchases.awaiting_count()
        self.questions.setText(
            "? " + translate("OrderStatusBar", "%Ln purchase question(s) from OT Platform — open Purchases", asking)
        )
        self.questions.setVisible(bool(asking))
