"""Changes made by other programs on the same database (the CLI, a sync service, another desk): the window sees
them within about a second and refreshes just those rows.

Cheap by design: on SQLite `PRAGMA data_version` says whether any other connection committed since the last look
(one call, no table read); only then are the new audit entries and sync-log lines read, by id, which name the
orders that changed. On PostgreSQL the database says it itself: its triggers NOTIFY the ids of changed orders and
new log lines (store.change_notices), which arrive on a socket Qt watches, with no query at all; where those
triggers are missing (a login that may not create them) the two newest ids are compared each second.
"""

from __future__ import annotations

import logging

import peewee
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from orderdesk.store import audit, change_notices, planner_stats, synclog
from orderdesk.store.models import AuditEntry, Order, SyncLogEntry, database_proxy

log = logging.getLogger(__name__)

POLL_MS = 1000


def _newest(model: type[AuditEntry] | type[SyncLogEntry]) -> int:
    row = model.select(peewee.fn.MAX(model.id)).scalar()
    return int(row or 0)


class ExternalChanges(QObject):
    orders_changed = Signal(list)  # ids of orders another program changed
    log_added = Signal()  # another program wrote sync-log lines

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._sqlite = isinstance(database_proxy.obj, peewee.SqliteDatabase)
        self._version = self._data_version()
        self._planner_stats = planner_stats.recorded()
        self._audit = _newest(AuditEntry)
        self._log = _newest(SyncLogEntry)
        self.timer = QTimer(self)
        self.timer.setObjectName("externalChangesTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.listener: change_notices.ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        db = database_proxy.obj
        if isinstance(db, peewee.PostgresqlDatabase) and change_notices.install(db):
            try:
                self.listener = change_notices.ChangeListener(db)
            except peewee.DatabaseError as exc:
                log.warning("Not listening for change notices (%s); looking each second instead.", exc)
        if self.listener is not None:
            self._notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._take_notices)
            # The socket says when notices arrive; the timer only catches one read with another's answer.
            self.timer.timeout.disconnect(self.poll)
            self.timer.timeout.connect(self._take_notices)
        self.timer.start()

    def _take_notices(self) -> None:
        assert self.listener is not None
        try:
            changes = self.listener.take()
        except Exception as exc:  # noqa: BLE001 - the server went away: fall back to looking each second
            log.warning("The change notices stopped (%s); looking each second instead.", exc)
            self._stop_listening()
            return
        if changes.log_lines:
            self.log_added.emit()
        if changes.orders:
            self.orders_changed.emit(sorted(changes.orders))

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None
            self.timer.timeout.disconnect(self._take_notices)
            self.timer.timeout.connect(self.poll)

    def _data_version(self) -> int | None:
        if not self._sqlite:
            return None
        row = database_proxy.execute_sql("PRAGMA data_version").fetchone()
        return int(row[0]) if row else None

    def poll(self) -> None:
        """Look once: emit what changed since the last look, if anything."""
        try:
            version = self._data_version()
            if version is not None and version == self._version:
                return  # nobody else committed: nothing to read
            self._version = version
            self._follow_planner_stats()
            changed = self._changed_orders()
        except peewee.OperationalError:
            return  # the database is busy or locked: the next look will see it
        if changed:
            self.orders_changed.emit(sorted(changed))

    def _follow_planner_stats(self) -> None:
        """The engine took SQLite's planner statistics again (the order table doubled): plan with them here too."""
        stats = planner_stats.recorded()
        if stats != self._planner_stats:
            self._planner_stats = stats
            planner_stats.reload()

    def _changed_orders(self) -> set[int]:
        self._audit, changed = audit.orders_named_since(self._audit)
        newest_line, references = synclog.references_since(self._log)
        if newest_line != self._log:
            self._log = newest_line
            self.log_added.emit()
        if references:
            rows = Order.select(Order.id).where(Order.reference.in_(sorted(references)))
            changed.update(row.id for row in rows)
        return changed

    def stop(self) -> None:
        self.timer.stop()
        self._stop_listening()
