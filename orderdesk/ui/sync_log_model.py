"""The sync log as a table model: newest first, filtered in SQL, fetched in windows as the view scrolls.

The shape of Anki's browser table and Picard's log view model: the model keeps the entry ids in order and a
small display row per id; more rows are read only when the view asks (canFetchMore/fetchMore). New entries
are put on top without resetting the view, so a supervisor's selection and scroll position survive a busy sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from orderdesk.core.labels import label_in
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store import synclog
from orderdesk.store.models import SyncLogEntry
from orderdesk.ui import colours, locale_format

Index = QModelIndex | QPersistentModelIndex

WINDOW = 200  # rows read per fetch: a screenful or a few, never the whole log

# (key, title); titles shown through translate("SyncLog", title).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("at", QT_TRANSLATE_NOOP("SyncLog", "Time")),
    ("channel", QT_TRANSLATE_NOOP("SyncLog", "Channel")),
    ("direction", QT_TRANSLATE_NOOP("SyncLog", "Direction")),
    ("operation", QT_TRANSLATE_NOOP("SyncLog", "Operation")),
    ("order_reference", QT_TRANSLATE_NOOP("SyncLog", "Order")),
    ("outcome", QT_TRANSLATE_NOOP("SyncLog", "Outcome")),
    ("http_status", QT_TRANSLATE_NOOP("SyncLog", "HTTP status")),
    ("message", QT_TRANSLATE_NOOP("SyncLog", "Message")),
)
OUTCOME_COLUMN = 5

FAILED_OUTCOMES = frozenset({"failed", "uncertain", "rejected"})
WAITING_OUTCOMES = frozenset({"retry", "paused", "gap", "warning"})

# The outcomes and directions the sync writes (codes, kept in the store and the CSV export), in the words the log
# shows: translate("SyncLogOutcome", word), translate("SyncLogDirection", word).
OUTCOME_WORDS = {
    "ok": QT_TRANSLATE_NOOP("SyncLogOutcome", "ok"),
    "done": QT_TRANSLATE_NOOP("SyncLogOutcome", "done"),
    "retry": QT_TRANSLATE_NOOP("SyncLogOutcome", "retry"),
    "paused": QT_TRANSLATE_NOOP("SyncLogOutcome", "paused"),
    "failed": QT_TRANSLATE_NOOP("SyncLogOutcome", "failed"),
    "uncertain": QT_TRANSLATE_NOOP("SyncLogOutcome", "uncertain"),
    "rejected": QT_TRANSLATE_NOOP("SyncLogOutcome", "rejected"),
    "gap": QT_TRANSLATE_NOOP("SyncLogOutcome", "gap"),
    "warning": QT_TRANSLATE_NOOP("SyncLogOutcome", "warning"),
    "skipped": QT_TRANSLATE_NOOP("SyncLogOutcome", "skipped"),
    "refused": QT_TRANSLATE_NOOP("SyncLogOutcome", "refused"),
}
DIRECTION_WORDS = {
    "pull": QT_TRANSLATE_NOOP("SyncLogDirection", "pull"),
    "push": QT_TRANSLATE_NOOP("SyncLogDirection", "push"),
}


def outcome_word(outcome: str) -> str:
    """A log entry's outcome in the user's words; one the desk does not know yet as the sync wrote it."""
    return label_in("SyncLogOutcome", OUTCOME_WORDS, str, outcome)


def direction_word(direction: str) -> str:
    return label_in("SyncLogDirection", DIRECTION_WORDS, str, direction)


# The entry id of a row, whatever the column (for selection and actions).
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class LogFilter:
    """What the filter bar asks for; applied in SQL by store.synclog.entries."""

    channel: str | None = None
    outcome: str | None = None
    text: str | None = None
    failed_only: bool = False

    def query_args(self) -> dict[str, Any]:
        return {
            "channel": self.channel or None,
            "outcome": self.outcome or None,
            "text": (self.text or "").strip() or None,
            "failed_only": self.failed_only,
        }


@dataclass(frozen=True)
class LogRow:
    """What a row shows: the entry without its (possibly long) request and response excerpts."""

    id: int
    at: datetime | None
    channel: str
    direction: str
    operation: str
    order_reference: str
    outcome: str
    http_status: int | None
    message: str
    event_id: int | None

    @classmethod
    def of(cls, entry: SyncLogEntry) -> LogRow:
        return cls(
            id=entry.id,
            at=entry.at,
            channel=entry.channel,
            direction=entry.direction,
            operation=entry.operation,
            order_reference=entry.order_reference,
            outcome=entry.outcome,
            http_status=entry.http_status,
            message=entry.message,
            event_id=entry.event_id,
        )


def local_time(value: datetime | None, today: date | None = None) -> str:
    """The time in full, as the user's locale writes it; the date only when it is not today (a supervisor reads
    today's log most)."""
    if value is None:
        return ""
    local = value.astimezone()
    if local.date() == (today or datetime.now().astimezone().date()):
        return locale_format.time_of_day(local, seconds=True)
    return locale_format.date_time(local, seconds=True)


def outcome_colour(outcome: str) -> QColor | None:
    if outcome in FAILED_OUTCOMES:
        return colours.colour("error")
    if outcome in WAITING_OUTCOMES:
        return colours.colour("warning")
    return None


class SyncLogModel(QAbstractTableModel):
    """Entries of the sync log matching a LogFilter, newest first."""

    def __init__(self, parent: Any = None, *, window: int = WINDOW) -> None:
        super().__init__(parent)
        # Looked up once, not for every painted cell.
        self._titles = [translate("SyncLog", title) for _, title in COLUMNS]
        self._outcomes = {outcome: outcome_word(outcome) for outcome in OUTCOME_WORDS}
        self._directions = {direction: direction_word(direction) for direction in DIRECTION_WORDS}
        # The time column's texts by entry id: the locale's formatting costs ten times a strftime, and a busy sync
        # repaints the log often. Kept for one day (today's entries show no date).
        self._times: dict[int, str] = {}
        self._times_day: date | None = None
        self._window = window
        self._filter = LogFilter()
        self._ids: list[int] = []
        self._rows: dict[int, LogRow] = {}
        self._exhausted = True

    # ---- what the filter bar and the pane call --------------------------------------------------------------
    @property
    def log_filter(self) -> LogFilter:
        return self._filter

    def set_filter(self, log_filter: LogFilter) -> None:
        self._filter = log_filter
        self.reload()

    def reload(self) -> None:
        """Read the newest window again from scratch (a new filter, or a log pruned underneath us)."""
        self.beginResetModel()
        self._ids, self._rows, self._times = [], {}, {}
        self._exhausted = False
        self._append(self._read(before_id=None))
        self.endResetModel()

    def refresh_new(self) -> int:
        """Put entries written since the last read on top; returns how many came in."""
        newest = self._ids[0] if self._ids else None
        fresh = [row for row in self._read(before_id=None) if newest is None or row.id > newest]
        if not fresh:
            return 0
        if newest is not None and len(fresh) >= self._window:
            # More arrived than one window holds: the gap cannot be bridged cheaply, start over.
            self.reload()
            return len(fresh)
        if newest is None:
            self.beginResetModel()
            self._ids, self._rows = [], {}
            self._append(fresh)
            self.endResetModel()
            return len(fresh)
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._ids[0:0] = [row.id for row in fresh]
        self._rows.update((row.id, row) for row in fresh)
        self.endInsertRows()
        return len(fresh)

    def refresh_rows(self) -> None:
        """Nothing structural changed; ask the view to redraw (e.g. the local time zone changed)."""
        self._times = {}
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def entry_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, entry_id: int) -> int | None:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return None

    def log_row(self, row: int) -> LogRow | None:
        entry_id = self.entry_id(row)
        return self._rows.get(entry_id) if entry_id is not None else None

    def all_matching(self) -> list[SyncLogEntry]:
        """Every entry the filter matches, newest first, read window by window (for an export)."""
        found: list[SyncLogEntry] = []
        before: int | None = None
        while True:
            page = synclog.entries(**self._filter.query_args(), limit=max(self._window, 1000), before_id=before)
            found.extend(page)
            if len(page) < max(self._window, 1000):
                return found
            before = page[-1].id

    # ---- Qt's model interface --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(COLUMNS):
            return None
        row = self._rows[self._ids[index.row()]]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, key)
        if role == ENTRY_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == OUTCOME_COLUMN:
            return outcome_colour(row.outcome)
        if role == Qt.ItemDataRole.ToolTipRole and key == "message":
            return row.message or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "http_status":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._titles[section] if 0 <= section < len(COLUMNS) else None
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._exhausted:
            return
        more = self._read(before_id=self._ids[-1] if self._ids else None)
        if not more:
            self._exhausted = True
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._append(more)
        self.endInsertRows()

    # ---- inside ---------------------------------------------------------------------------------------------
    def _read(self, *, before_id: int | None) -> list[LogRow]:
        entries = synclog.entries(**self._filter.query_args(), limit=self._window, before_id=before_id)
        return [LogRow.of(entry) for entry in entries]

    def _append(self, rows: list[LogRow]) -> None:
        self._ids.extend(row.id for row in rows)
        self._rows.update((row.id, row) for row in rows)
        if len(rows) < self._window:
            self._exhausted = True

    def _time(self, row: LogRow) -> str:
        today = datetime.now().astimezone().date()
        if today != self._times_day:
            self._times, self._times_day = {}, today
        text = self._times.get(row.id)
        if text is None:
            text = self._times[row.id] = local_time(row.at, today)
        return text

    def _display(self, row: LogRow, key: str) -> str:
        if key == "at":
            return self._time(row)
        if key == "outcome":
            return self._outcomes.get(row.outcome, row.outcome)
        if key == "direction":
            return self._directions.get(row.direction, row.direction)
        if key == "http_status":
            return str(row.http_status) if row.http_status is not None else ""
        if key == "message":
            # One line in the table; the details view shows all of it.
            return " ".join(row.message.split())
        return str(getattr(row, key) or "")
