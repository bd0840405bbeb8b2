"""The supervisor's sync log pane: what the sync did, why an event failed, and the repairs (retry, discard).

Filtering happens in SQL (store.synclog.entries); the table reads the log in windows. A burst of new log lines
from the sync thread costs one refresh: `on_log_entry_added` only arms a short single-shot timer.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import event_kind_label, event_state_label
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import sync_events
from orderdesk.store import outbox, synclog
from orderdesk.store.db import DatabaseUnavailable
from orderdesk.store.models import Channel, OutboxEvent, SyncLogEntry
from orderdesk.ui import colours, locale_format
from orderdesk.ui.dialogs.focus import KeyboardOrder
from orderdesk.ui.sync_log_model import LogFilter, SyncLogModel, direction_word, local_time, outcome_word

W = TypeVar("W", bound=QWidget)

# The failed-event groups' columns, shown through translate("SyncLogPane", title).
GROUP_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncLogPane", "Channel"),
    QT_TRANSLATE_NOOP("SyncLogPane", "Cause"),
    QT_TRANSLATE_NOOP("SyncLogPane", "Events"),
    QT_TRANSLATE_NOOP("SyncLogPane", "Example"),
)

REFRESH_DELAY_MS = 250  # new log lines within this time are shown together
FILTER_DELAY_MS = 300  # typing in the text filter: query once the typing pauses
KNOWN_OUTCOMES = ("ok", "done", "retry", "paused", "failed", "uncertain", "rejected")
# The export is for other programs: its header, times (ISO 8601) and codes stay as they are in every language.
EXPORT_HEADER = ("time", "channel", "direction", "operation", "order", "outcome", "http_status", "message", "event")


class SyncLogPane(QDockWidget):
    """A dock with the filtered log, the selected entry's details and the failed events grouped by cause."""

    may_open_settings = True  # the acting role may change channels (ui.role_gate)

    # Order ids whose events were retried or discarded: the main window refreshes them and wakes the sync.
    events_changed = Signal(list)
    settings_requested = Signal(str)  # a channel name: its settings should open

    def __init__(self, *, user: str, parent: QWidget | None = None, window: int | None = None) -> None:
        super().__init__(translate("SyncLogPane", "Sync log"), parent)
        self.setObjectName("syncLogPane")
        self.setAccessibleName(translate("SyncLogPane", "Sync log"))
        self._user = user
        self._stale = False
        self._groups: list[synclog.FailureGroup] = []
        self._discard_dialog: DiscardEventDialog | None = None
        self.model = SyncLogModel(self, **({"window": window} if window else {}))

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setObjectName("syncLogRefreshTimer")
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_now)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(self._build_filter_bar())
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        splitter.addWidget(self._build_table())
        # Details and causes side by side under the log, so the pane stays short enough to leave the order
        # table its room; none of the three can be dragged out of sight by accident.
        lower = QSplitter(Qt.Orientation.Horizontal, splitter)
        lower.addWidget(self._build_details())
        lower.addWidget(self._build_groups())
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.setWidget(body)

        self._fill_combos()
        self.model.reload()
        self._load_groups()
        self._show_selected()

    # ---- building --------------------------------------------------------------------------------------------
    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.channel_combo = _named(QComboBox(), "channelFilterCombo", translate("SyncLogPane", "Channel filter"))
        self.outcome_combo = _named(QComboBox(), "outcomeFilterCombo", translate("SyncLogPane", "Outcome filter"))
        self.text_filter = _named(QLineEdit(), "logTextFilter", translate("SyncLogPane", "Text filter"))
        self.text_filter.setPlaceholderText(translate("SyncLogPane", "Order, operation or message…"))
        self.text_filter.setClearButtonEnabled(True)
        self.failed_only_check = _named(
            QCheckBox(translate("SyncLogPane", "Failed only")),
            "failedOnlyCheck",
            translate("SyncLogPane", "Failed only"),
        )
        self.export_button = _named(
            QPushButton(translate("SyncLogPane", "Export CSV…")),
            "exportLogButton",
            translate("SyncLogPane", "Export the filtered log as CSV"),
        )
        self.status_label = _named(QLabel(), "logStatusLabel", translate("SyncLogPane", "Sync log status"))
        self.channel_combo.currentIndexChanged.connect(self.apply_filters)
        self.outcome_combo.currentIndexChanged.connect(self.apply_filters)
        self.failed_only_check.toggled.connect(self.apply_filters)
        self.text_filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.text_filter.returnPressed.connect(self.apply_filters)
        self.export_button.clicked.connect(self._choose_export_file)
        bar.addWidget(self.channel_combo)
        bar.addWidget(self.outcome_combo)
        bar.addWidget(self.text_filter, 1)
        bar.addWidget(self.failed_only_check)
        bar.addWidget(self.export_button)
        bar.addWidget(self.status_label)
        return bar

    def _build_table(self) -> QTableView:
        view = _named(QTableView(), "logTable", translate("SyncLogPane", "Sync log entries"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The time in full, not elided: wide enough for a date and a time as the locale writes the longest ones.
        widest = local_time(datetime(2000, 12, 28, 22, 58, 58).astimezone(), today=date(2001, 1, 1))
        view.setColumnWidth(0, view.fontMetrics().horizontalAdvance(widest) + 16)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table = view
        return view

    def _build_details(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.details = _named(
            QPlainTextEdit(), "logDetails", translate("SyncLogPane", "Details of the selected log entry")
        )
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlaceholderText(
            translate("SyncLogPane", "Select a log entry to see the request and the answer.")
        )
        buttons = QHBoxLayout()
        self.retry_button = _named(
            QPushButton(translate("SyncLogPane", "Retry event")),
            "retryEventButton",
            translate("SyncLogPane", "Retry the failed event"),
        )
        self.discard_button = _named(
            QPushButton(translate("SyncLogPane", "Discard event…")),
            "discardEventButton",
            translate("SyncLogPane", "Discard the failed event"),
        )
        self.event_error = _named(QLabel(), "eventError", translate("SyncLogPane", "Sync event error"))
        self.event_error.setStyleSheet(colours.style("error"))
        self.event_error.setWordWrap(True)
        self.retry_button.clicked.connect(self.retry_selected_event)
        self.discard_button.clicked.connect(self.discard_selected_event)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.event_error, 1)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        return box

    def _build_groups(self) -> QGroupBox:
        title = translate("SyncLogPane", "Failed events by cause")
        box = _named(QGroupBox(title), "failureGroupsBox", title)
        layout = QVBoxLayout(box)
        view = _named(
            QTableWidget(0, 4), "failureGroupsView", translate("SyncLogPane", "Failed events grouped by cause")
        )
        view.setHorizontalHeaderLabels([translate("SyncLogPane", title) for title in GROUP_COLUMNS])
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.itemSelectionChanged.connect(self._update_group_buttons)
        self.groups_view = view
        row = QHBoxLayout()
        self.retry_group_button = _named(
            QPushButton(translate("SyncLogPane", "Retry all in this group")),
            "retryGroupButton",
            translate("SyncLogPane", "Retry every event of the selected cause"),
        )
        self.retry_group_button.clicked.connect(self.retry_selected_group)
        # A group whose channel refuses our sign-in would only fail again: the way out is the channel's settings.
        self.open_settings_button = _named(
            QPushButton(translate("SyncLogPane", "Open channel settings…")),
            "openChannelSettingsButton",
            translate("SyncLogPane", "Open the channel's settings"),
        )
        self.open_settings_button.clicked.connect(self._open_group_settings)
        self.open_settings_button.hide()
        self.group_error = _named(QLabel(), "groupError", translate("SyncLogPane", "Failed events group message"))
        self.group_error.setWordWrap(True)
        row.addWidget(self.retry_group_button)
        row.addWidget(self.open_settings_button)
        row.addWidget(self.group_error, 1)
        layout.addWidget(view)
        layout.addLayout(row)
        return box

    # ---- live updates ----------------------------------------------------------------------------------------
    @Slot(int)
    def on_log_entry_added(self, entry_id: int) -> None:
        """The sync wrote a log line. Arm the timer unless armed: a burst of lines costs one refresh."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Read what changed now: new entries, the failed-event groups, the selected entry's event."""
        self._refresh_timer.stop()
        self._fill_combos()
        self._refresh_now()

    def _refresh_now(self) -> None:
        if not self.isVisible():
            self._stale = True  # a hidden pane reads nothing; it catches up when shown
            return
        self._stale = False
        if self.model.refresh_new():
            self._note_new_values()
        self._load_groups()
        self._show_selected()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_now()

    # ---- filters ---------------------------------------------------------------------------------------------
    @Slot()
    def apply_filters(self) -> None:
        self._filter_timer.stop()
        wanted = LogFilter(
            channel=self.channel_combo.currentData(),
            outcome=self.outcome_combo.currentData(),
            text=self.text_filter.text(),
            failed_only=self.failed_only_check.isChecked(),
        )
        if wanted == self.model.log_filter:
            return
        selected = self.selected_entry_id()
        self.model.set_filter(wanted)
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.table.selectRow(row)
        self._show_selected()

    def _fill_combos(self) -> None:
        channels = sorted(
            {c.name for c in Channel.select(Channel.name)}
            | {e.channel for e in SyncLogEntry.select(SyncLogEntry.channel).distinct()}
        )
        outcomes = list(KNOWN_OUTCOMES) + sorted(
            {e.outcome for e in SyncLogEntry.select(SyncLogEntry.outcome).distinct()} - set(KNOWN_OUTCOMES)
        )
        _fill(self.channel_combo, translate("SyncLogPane", "All channels"), [(name, name) for name in channels])
        _fill(self.outcome_combo, translate("SyncLogPane", "All outcomes"), [(outcome_word(o), o) for o in outcomes])

    def _note_new_values(self) -> None:
        """New entries may name a channel or outcome the combos lack; add it without a query."""
        for row in range(min(self.model.rowCount(), 50)):  # new rows are on top: a glance at them is enough
            log_row = self.model.log_row(row)
            if log_row is None:
                break
            _add_missing(self.channel_combo, log_row.channel, log_row.channel)
            _add_missing(self.outcome_combo, outcome_word(log_row.outcome), log_row.outcome)

    # ---- selection and details -------------------------------------------------------------------------------
    def selected_entry_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_id(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.event_error.clear()
        self._show_selected()

    def _selected_event(self) -> OutboxEvent | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.log_row(rows[0].row()) if rows else None
        if row is None or row.event_id is None:
            return None
        return OutboxEvent.get_or_none(OutboxEvent.id == row.event_id)

    def _show_selected(self) -> None:
        entry_id = self.selected_entry_id()
        entry = SyncLogEntry.get_or_none(SyncLogEntry.id == entry_id) if entry_id is not None else None
        event = self._selected_event() if entry is not None else None
        self.details.setPlainText(_details_text(entry, event) if entry is not None else "")
        repairable = event is not None and event.state in sync_events.REPAIRABLE
        self.retry_button.setEnabled(repairable)
        self.discard_button.setEnabled(repairable)
        why = translate("SyncLogPane", "Select a log line of a failed or uncertain sync event to retry or discard it.")
        why = "" if repairable else why
        self.retry_button.setToolTip(why)
        self.discard_button.setToolTip(why)

    # ---- repairs ---------------------------------------------------------------------------------------------
    @Slot()
    def retry_selected_event(self) -> None:
        event = self._selected_event()
        if event is None:
            return
        try:
            retried = sync_events.retry_event(event.id, user=self._user)
        except (RuleViolation, DatabaseUnavailable) as exc:
            self._show_event_error(exc)
            return
        self.event_error.clear()
        self._after_repair([retried.order_id])

    @Slot()
    def discard_selected_event(self) -> None:
        """Ask why (and confirm) in a small dialog; the dialog calls the service."""
        event = self._selected_event()
        if event is None:
            return
        dialog = DiscardEventDialog(event.id, user=self._user, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_repair(dialog.result_order_ids))
        dialog.destroyed.connect(self._forget_discard_dialog)
        self._discard_dialog = dialog
        dialog.open()

    @property
    def discard_dialog(self) -> DiscardEventDialog | None:
        """The open discard dialog, if any."""
        return self._discard_dialog

    def _forget_discard_dialog(self) -> None:
        self._discard_dialog = None

    @Slot()
    def retry_selected_group(self) -> None:
        group = self._selected_group()
        if group is None:
            return
        try:
            event_ids = sync_events.retry_group(group.channel, group.cause, user=self._user)
        except (RuleViolation, DatabaseUnavailable) as exc:
            self.group_error.setStyleSheet(colours.style("error"))
            self.group_error.setText(getattr(exc, "message", None) or str(exc))
            self._load_groups()
            return
        order_ids = sorted(
            {e.order_id for e in OutboxEvent.select(OutboxEvent.order).where(OutboxEvent.id.in_(event_ids))}
        )
        self.group_error.setStyleSheet("")
        self.group_error.setText(
            translate("SyncLogPane", "%n event(s) of {channel} queued again.", len(event_ids), channel=group.channel)
        )
        self._after_repair(order_ids)

    def _after_repair(self, order_ids: list[int]) -> None:
        self._load_groups()
        self._show_selected()
        if order_ids:
            self.events_changed.emit(list(order_ids))

    def _show_event_error(self, exc: Exception) -> None:
        self.event_error.setText(getattr(exc, "message", None) or str(exc))
        self._show_selected()

    # ---- failure groups --------------------------------------------------------------------------------------
    def _load_groups(self) -> None:
        kept = self._selected_group()
        self._groups = synclog.failure_groups()
        view = self.groups_view
        view.blockSignals(True)
        view.clearSelection()
        view.setRowCount(len(self._groups))
        for row, group in enumerate(self._groups):
            cells = (group.channel, group.cause, locale_format.count(len(group.event_ids)), group.example)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column != 2 else ", ".join(group.order_references))
                view.setItem(row, column, item)
            if kept is not None and (group.channel, group.cause) == (kept.channel, kept.cause):
                view.selectRow(row)
        view.blockSignals(False)
        self._update_group_buttons()

    def _selected_group(self) -> synclog.FailureGroup | None:
        rows = self.groups_view.selectionModel().selectedRows()
        row: int = rows[0].row() if rows else -1
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def _update_group_buttons(self) -> None:
        group = self._selected_group()
        refused = group is not None and _sign_in_refused(group.channel)
        self.retry_group_button.setEnabled(group is not None and not refused)
        self.retry_group_button.setToolTip(
            translate(
                "SyncLogPane",
                "{channel} refuses the sign-in: correct its password or token first",
                channel=group.channel,
            )
            if refused and group
            else ""
        )
        self.open_settings_button.setVisible(refused and self.may_open_settings)

    def _open_group_settings(self) -> None:
        group = self._selected_group()
        if group is not None:
            self.settings_requested.emit(group.channel)

    # ---- export ----------------------------------------------------------------------------------------------
    def _choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("SyncLogPane", "Export the sync log"),
            "sync-log.csv",
            translate("SyncLogPane", "CSV files (*.csv)"),
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> int:
        """Write the log as filtered now to a CSV file; returns how many entries went out."""
        try:
            entries = self.model.all_matching()
            with open(path, "w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(EXPORT_HEADER)
                for entry in entries:
                    writer.writerow(_export_row(entry))
        except (OSError, DatabaseUnavailable) as exc:
            self.status_label.setStyleSheet(colours.style("error"))
            self.status_label.setText(translate("SyncLogPane", "The log could not be exported: {reason}", reason=exc))
            return 0
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            translate("SyncLogPane", "%Ln entry(ies) exported to {file}.", len(entries), file=Path(path).name)
        )
        return len(entries)


class DiscardEventDialog(QDialog):
    """Give up on one failed sync event: asks why, says what it means, then calls the service."""

    def __init__(self, event_id: int, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discardEventDialog")
        self.setAccessibleName(translate("DiscardEventDialog", "Discard sync event"))
        self.setWindowTitle(translate("DiscardEventDialog", "Discard sync event"))
        self._event_id = event_id
        self._user = user
        self.result_event: OutboxEvent | None = None
        self.result_order_ids: list[int] = []
        event = outbox.get_event(event_id)
        KeyboardOrder(self)
        layout = QVBoxLayout(self)
        self.error_label = _named(QLabel(), "discardEventError", translate("DiscardEventDialog", "Discard error"))
        self.error_label.setStyleSheet(colours.style("error"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        what = translate(
            "DiscardEventDialog",
            "Order {reference}: {kind} event #{number}, {state}.",
            reference=event.order.reference,
            kind=event_kind_label(event.kind),
            number=event.id,
            state=event_state_label(event.state),
        )
        means = translate(
            "DiscardEventDialog",
            "{channel} will never hear of this change. The order stays as it is here; "
            "its history records that you discarded the event, and why.",
            channel=event.channel.name,
        )
        error = event.last_error or translate("DiscardEventDialog", "No message.")
        about = QLabel(f"{what}\n{error}\n\n{means}")
        about.setWordWrap(True)
        self.reason_edit = _named(
            QLineEdit(), "discardReasonEdit", translate("DiscardEventDialog", "Reason for discarding")
        )
        self.reason_edit.setPlaceholderText(translate("DiscardEventDialog", "e.g. fixed by hand in the channel"))
        self.reason_error = _named(QLabel(), "discardReasonError", translate("DiscardEventDialog", "Reason error"))
        self.reason_error.setStyleSheet(colours.style("error"))
        self.reason_error.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.confirm_button = _named(
            buttons.addButton(translate("DiscardEventDialog", "Discard event"), QDialogButtonBox.ButtonRole.AcceptRole),
            "discardConfirmButton",
            translate("DiscardEventDialog", "Discard the event"),
        )
        cancel = _named(
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel),
            "discardCancelButton",
            translate("DiscardEventDialog", "Keep the event"),
        )
        cancel.setAutoDefault(False)
        self.confirm_button.setDefault(True)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._validate)
        why = QLabel(translate("DiscardEventDialog", "Why discard it?"))
        for widget in (self.error_label, about, why, self.reason_edit, self.reason_error):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self._validate()

    def _validate(self) -> None:
        given = bool(self.reason_edit.text().strip())
        self.confirm_button.setEnabled(given)
        self.reason_error.setText(
            "" if given else translate("DiscardEventDialog", "Give a reason: it goes into the order's history.")
        )

    def _confirm(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        try:
            event = sync_events.discard_event(self._event_id, user=self._user, reason=self.reason_edit.text())
        except RuleViolation as exc:
            target = self.reason_error if exc.field == "reason" else self.error_label
            target.setText(exc.message)
            target.show()
            return
        except DatabaseUnavailable as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.result_event = event
        self.result_order_ids = [event.order_id]
        self.accept()


def _sign_in_refused(channel: str) -> bool:
    row = Channel.get_or_none(Channel.name == channel)
    return row is not None and row.state == "auth_failed"


def _named(widget: W, object_name: str, accessible_name: str) -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Refill a filter combo with (shown text, value) items, keeping what was chosen, without firing a change."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


def _add_missing(combo: QComboBox, text: str, value: str) -> None:
    if value and combo.findData(value) < 0:
        combo.blockSignals(True)
        combo.addItem(text, value)
        combo.blockSignals(False)


def _details_text(entry: SyncLogEntry, event: OutboxEvent | None) -> str:
    # The operation, the message and the excerpts are the sync's and the channel's own words.
    heading = [local_time(entry.at), entry.channel, direction_word(entry.direction), entry.operation]
    outcome = [translate("SyncLogPane", "Outcome: {outcome}", outcome=outcome_word(entry.outcome))]
    if entry.http_status is not None:
        outcome.append(translate("SyncLogPane", "HTTP {status}", status=entry.http_status))
    if entry.duration_ms is not None:
        took = locale_format.count(entry.duration_ms)
        outcome.append(translate("SyncLogPane", "took {milliseconds} ms", milliseconds=took))
    none_kept = translate("SyncLogPane", "(none kept)")
    lines = [
        "  ".join([*heading, entry.order_reference]),
        ", ".join(outcome),
        "",
        entry.message or translate("SyncLogPane", "(no message)"),
    ]
    if event is not None:
        lines += [
            "",
            translate(
                "SyncLogPane",
                "Sync event #{number} ({kind}): now {state}, %n attempt(s)",
                event.attempts,
                number=event.id,
                kind=event_kind_label(event.kind),
                state=event_state_label(event.state),
            ),
        ]
        if event.last_error:
            lines.append(translate("SyncLogPane", "Last error: {error}", error=event.last_error))
    lines += ["", translate("SyncLogPane", "Request (secrets masked):"), entry.request_excerpt or none_kept]
    lines += ["", translate("SyncLogPane", "Response:"), entry.response_excerpt or none_kept]
    return "\n".join(lines)


def _export_row(entry: SyncLogEntry) -> list[str]:
    at = entry.at.astimezone().isoformat(timespec="seconds") if entry.at is not None else ""
    http = "" if entry.http_status is None else str(entry.http_status)
    event = "" if entry.event_id is None else str(entry.event_id)
    texts = [entry.channel, entry.direction, entry.operation, entry.order_reference, entry.outcome]
    return [at, *map(_cell, texts), http, _cell(entry.message), event]


def _cell(text: str) -> str:
    """A channel's words go into a spreadsheet: never let them start a formula there."""
    text = text or ""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
