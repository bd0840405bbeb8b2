"""The sync log pane: the model, the SQL filters, the details, retry/discard/group retry, CSV export, live refresh."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from orderdesk.core.events import EventState
from orderdesk.services import status
from orderdesk.store import outbox, synclog
from orderdesk.store.models import AuditEntry, OutboxEvent
from orderdesk.ui import colours, i18n
from orderdesk.ui.sync_log_model import ENTRY_ID_ROLE, SyncLogModel
from orderdesk.ui.sync_log_pane import SyncLogPane

# The offscreen platform says this whenever a window's size limits change; it is not about our widgets.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def english_time(moment: datetime, with_date: bool) -> str:
    """How QLocale's English (en_US) writes a moment in local time: 11/20/26 9:00:00 AM."""
    local = moment.astimezone()
    time = f"{local.hour % 12 or 12}:{local:%M:%S}\u202f{'AM' if local.hour < 12 else 'PM'}"  # a narrow space (CLDR)
    return f"{local.month}/{local.day}/{local:%y} {time}" if with_date else time


def log(n: int = 1, **fields: object) -> list[int]:
    """n log entries, one minute apart; returns their ids (oldest first)."""
    ids = []
    for i in range(n):
        values: dict[str, object] = {
            "channel": "aff",
            "direction": "pull",
            "operation": "fetch orders",
            "outcome": "ok",
            "message": f"page {i}",
        }
        values.update(fields)
        values.setdefault("at", START + timedelta(minutes=i))
        ids.append(synclog.write(**values).id)  # type: ignore[arg-type]
    return ids


def failed_event(reference_sku: str = "X", channel: str = "aff") -> OutboxEvent:
    """An order whose acknowledge event failed, with the log line the engine would have written."""
    order = make_order(channel)
    event = status.set_status(order.id, "processing", user="anna").event
    assert event is not None
    outbox.settle(event.id, EventState.FAILED, error=f"Unknown SKU '{reference_sku}'")
    synclog.write(
        channel=channel,
        direction="push",
        operation="acknowledge",
        outcome="failed",
        order_reference=order.reference,
        event_id=event.id,
        http_status=422,
        message=f"Unknown SKU '{reference_sku}'",
        request_excerpt='{"status": "processing", "token": "***"}',
        response_excerpt='{"message": "Unknown SKU"}',
    )
    return OutboxEvent.get_by_id(event.id)


@pytest.fixture
def pane(db, qtbot):
    make_channel("aff", "affiliate")
    make_channel("shop", "cloudsuite")

    def build(**kwargs: object) -> SyncLogPane:
        widget = SyncLogPane(user="sam", **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return build


def select_row(pane: SyncLogPane, row: int) -> None:
    index = pane.model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    pane.table.selectionModel().select(index, flags)


def shown_ids(model: SyncLogModel) -> list[int]:
    return [model.index(row, 0).data(ENTRY_ID_ROLE) for row in range(model.rowCount())]


# ---- the model ------------------------------------------------------------------------------------------------
def test_log_model_is_a_sound_qt_model_and_reads_newest_first_in_windows(db, qtmodeltester):
    ids = log(12)
    model = SyncLogModel(window=5)
    model.reload()
    assert shown_ids(model) == ids[::-1][:5]
    assert model.canFetchMore()
    model.fetchMore()
    assert shown_ids(model) == ids[::-1][:10]
    model.fetchMore()
    assert shown_ids(model) == ids[::-1]
    assert not model.canFetchMore()
    model.reload()
    qtmodeltester.check(model)  # the tester fetches more itself: windows checked too
    assert shown_ids(model) == ids[::-1]


def test_log_model_shows_formatted_text_and_keeps_raw_values(db, qapp):
    i18n.install("en")
    log(1, outcome="failed", http_status=503, message="down\nfor   maintenance", order_reference="AFF-9")
    log(1, outcome="retry", at=START + timedelta(hours=1))
    log(1, outcome="done", at=START + timedelta(hours=2))
    model = SyncLogModel()
    model.reload()
    failed_row = 2  # newest first
    cell = {model.headerData(c, Qt.Orientation.Horizontal): model.index(failed_row, c) for c in range(8)}
    assert cell["Time"].data() == english_time(START, with_date=True)  # not today: with the date
    assert cell["Time"].data(Qt.ItemDataRole.UserRole) == START
    assert cell["HTTP status"].data() == "503"
    assert cell["HTTP status"].data(Qt.ItemDataRole.UserRole) == 503
    assert cell["Message"].data() == "down for maintenance"
    assert cell["Order"].data() == "AFF-9"
    colour = Qt.ItemDataRole.ForegroundRole
    assert cell["Outcome"].data(colour) == colours.colour("error")
    assert model.index(1, 5).data(colour) == colours.colour("warning")
    assert model.index(0, 5).data(colour) is None  # done: normal


# ---- filters --------------------------------------------------------------------------------------------------
def test_channel_and_outcome_filters_show_only_matching_entries(pane, qtmodeltester):
    aff = log(3)
    shop = log(2, channel="shop", outcome="retry")
    widget = pane()
    assert widget.model.rowCount() == 5
    widget.channel_combo.setCurrentIndex(widget.channel_combo.findData("shop"))
    assert shown_ids(widget.model) == shop[::-1]
    widget.channel_combo.setCurrentIndex(0)  # all channels
    widget.outcome_combo.setCurrentIndex(widget.outcome_combo.findData("ok"))
    assert shown_ids(widget.model) == aff[::-1]
    qtmodeltester.check(widget.model)


def test_text_filter_searches_order_operation_and_message_on_enter(pane, qtbot):
    log(3)
    wanted = log(1, order_reference="AFF-4242", message="status sent")
    widget = pane()
    qtbot.keyClicks(widget.text_filter, "4242")
    qtbot.keyPress(widget.text_filter, Qt.Key.Key_Return)
    assert shown_ids(widget.model) == wanted


def test_text_filter_also_applies_once_typing_pauses(pane, qtbot):
    log(3)
    wanted = log(1, message="Unknown SKU 'MUG-01'")
    widget = pane()
    qtbot.keyClicks(widget.text_filter, "unknown sku")
    qtbot.waitUntil(lambda: shown_ids(widget.model) == wanted, timeout=2000)


def test_failed_only_shows_failed_uncertain_and_rejected_entries(pane, qtbot):
    log(2)
    bad = [
        log(1, outcome=o, at=START + timedelta(hours=i))[0] for i, o in enumerate(("failed", "uncertain", "rejected"))
    ]
    log(1, outcome="retry", at=START + timedelta(hours=5))
    widget = pane()
    qtbot.mouseClick(widget.failed_only_check, Qt.MouseButton.LeftButton)
    assert sorted(shown_ids(widget.model)) == sorted(bad)
    qtbot.mouseClick(widget.failed_only_check, Qt.MouseButton.LeftButton)
    assert widget.model.rowCount() == 6


# ---- details, retry, discard ----------------------------------------------------------------------------------
def test_details_show_the_request_and_response_excerpts_of_the_selected_entry(pane):
    event = failed_event()
    widget = pane()
    select_row(widget, 0)
    text = widget.details.toPlainText()
    assert "Unknown SKU 'X'" in text
    assert '{"status": "processing", "token": "***"}' in text
    assert '{"message": "Unknown SKU"}' in text
    assert f"Sync event #{event.id}" in text
    assert widget.retry_button.isEnabled() and widget.discard_button.isEnabled()


def test_retry_and_discard_are_impossible_for_an_entry_without_a_failed_event(pane):
    log(1, outcome="ok")
    widget = pane()
    select_row(widget, 0)
    assert not widget.retry_button.isEnabled()
    assert not widget.discard_button.isEnabled()
    assert "failed or uncertain" in widget.retry_button.toolTip()


def test_retry_button_queues_the_failed_event_again(pane, qtbot):
    event = failed_event()
    widget = pane()
    select_row(widget, 0)
    with qtbot.waitSignal(widget.events_changed) as changed:
        qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)
    assert changed.args == [[event.order_id]]
    fresh = OutboxEvent.get_by_id(event.id)
    assert fresh.state == EventState.PENDING.value and fresh.attempts == 0
    assert AuditEntry.select().where(AuditEntry.action == "retry_event", AuditEntry.user == "sam").count() == 1
    assert not widget.retry_button.isEnabled()  # no longer failed
    assert widget.groups_view.rowCount() == 0


def test_discard_asks_a_reason_and_records_it(pane, qtbot):
    event = failed_event()
    widget = pane()
    select_row(widget, 0)
    qtbot.mouseClick(widget.discard_button, Qt.MouseButton.LeftButton)
    dialog = widget.discard_dialog
    assert dialog is not None and dialog.isVisible()
    confirm = dialog.findChild(QPushButton, "discardConfirmButton")
    assert not confirm.isEnabled()  # no reason yet
    assert "reason" in dialog.reason_error.text()
    qtbot.keyClicks(dialog.reason_edit, "fixed by hand in the shop")
    assert confirm.isEnabled()
    with qtbot.waitSignal(widget.events_changed) as changed:
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert changed.args == [[event.order_id]]
    assert OutboxEvent.get_by_id(event.id).state == EventState.DISCARDED.value
    audit = AuditEntry.get(AuditEntry.action == "discard_event")
    assert audit.user == "sam" and "fixed by hand in the shop" in audit.detail
    qtbot.waitUntil(lambda: widget.discard_dialog is None)


def test_cancelling_the_discard_keeps_the_event(pane, qtbot):
    event = failed_event()
    widget = pane()
    select_row(widget, 0)
    qtbot.mouseClick(widget.discard_button, Qt.MouseButton.LeftButton)
    dialog = widget.discard_dialog
    qtbot.keyClicks(dialog.reason_edit, "never mind")
    qtbot.keyPress(dialog, Qt.Key.Key_Escape)
    assert OutboxEvent.get_by_id(event.id).state == EventState.FAILED.value
    qtbot.waitUntil(lambda: widget.discard_dialog is None)


def test_a_repair_refused_by_the_service_is_shown_in_plain_words(pane, qtbot):
    event = failed_event()
    widget = pane()
    select_row(widget, 0)
    outbox.settle(event.id, EventState.DONE)  # the sync got there first
    qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)
    assert "only a failed event can be retried" in widget.event_error.text()


# ---- failed events by cause -----------------------------------------------------------------------------------
def test_group_retry_queues_every_event_of_one_cause(pane, qtbot):
    first, second = failed_event("MUG-01"), failed_event("TEE-2")
    widget = pane()
    view = widget.groups_view
    assert view.rowCount() == 1
    assert [view.item(0, c).text() for c in range(3)] == ["aff", "Unknown SKU …", "2"]
    assert view.item(0, 3).text() == "Unknown SKU 'MUG-01'"
    assert not widget.retry_group_button.isEnabled()
    view.selectRow(0)
    with qtbot.waitSignal(widget.events_changed) as changed:
        qtbot.mouseClick(widget.retry_group_button, Qt.MouseButton.LeftButton)
    assert sorted(changed.args[0]) == sorted([first.order_id, second.order_id])
    states = {OutboxEvent.get_by_id(e.id).state for e in (first, second)}
    assert states == {EventState.PENDING.value}
    assert view.rowCount() == 0
    assert "2 events of aff queued again" in widget.group_error.text()


# ---- export ---------------------------------------------------------------------------------------------------
def test_export_writes_the_filtered_log_as_csv(pane, qtbot, tmp_path):
    log(2)
    log(1, channel="shop", outcome="failed", http_status=500, message='=HYPERLINK("x")', order_reference="CS-1")
    widget = pane()
    widget.channel_combo.setCurrentIndex(widget.channel_combo.findData("shop"))
    target = tmp_path / "log.csv"
    assert widget.export_csv(target) == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "time",
        "channel",
        "direction",
        "operation",
        "order",
        "outcome",
        "http_status",
        "message",
        "event",
    ]
    assert len(rows) == 2
    time, channel, _, _, order, outcome, http, message, _ = rows[1]
    assert (channel, order, outcome, http) == ("shop", "CS-1", "failed", "500")
    assert message == '\'=HYPERLINK("x")'  # never a formula in a spreadsheet
    assert datetime.fromisoformat(time) == START
    assert "1 entry exported to log.csv" in widget.status_label.text()


# ---- live refresh ---------------------------------------------------------------------------------------------
def test_a_burst_of_new_log_lines_costs_one_refresh(pane, qtbot):
    log(3)
    widget = pane()
    select_row(widget, 2)
    kept = widget.selected_entry_id()
    inserts: list[tuple[int, int]] = []
    widget.model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    burst = log(40, channel="brand-new", at=START + timedelta(days=1))
    for entry_id in burst:
        widget.on_log_entry_added(entry_id)
    assert inserts == []  # nothing read yet: the timer coalesces
    qtbot.waitUntil(lambda: widget.model.rowCount() == 43, timeout=2000)
    qtbot.wait(350)  # longer than the coalescing delay: no second refresh follows
    assert inserts == [(0, 39)]
    assert shown_ids(widget.model)[:40] == burst[::-1]
    assert widget.selected_entry_id() == kept  # the supervisor's selection survives
    assert widget.channel_combo.findData("brand-new") >= 0


def test_a_hidden_pane_reads_nothing_until_shown(pane, qtbot):
    log(1)
    widget = pane()
    widget.hide()
    widget.on_log_entry_added(log(1, at=START + timedelta(days=1))[0])
    qtbot.wait(350)
    assert widget.model.rowCount() == 1
    widget.show()
    assert widget.model.rowCount() == 2


# ---- for supervisors on a laptop ---------------------------------------------------------------------------------
def test_the_time_is_shown_in_full_with_the_date_only_when_not_today(pane):
    from orderdesk.ui.sync_log_model import local_time

    i18n.install("en")
    now = datetime.now(UTC)
    assert local_time(now) == english_time(now, with_date=False)
    assert local_time(START) == english_time(START, with_date=True)
    log(1, at=START)
    widget = pane()
    metrics = widget.table.fontMetrics()
    assert widget.table.columnWidth(0) > metrics.horizontalAdvance(local_time(START))  # not elided


def test_retry_all_is_off_while_the_channel_refuses_the_sign_in_and_offers_its_settings(pane, qtbot):
    from orderdesk.store.models import Channel

    failed_event("MUG-01")
    Channel.update(state="auth_failed", state_message="refused").where(Channel.name == "aff").execute()
    widget = pane()
    widget.groups_view.selectRow(0)
    assert not widget.retry_group_button.isEnabled()
    assert "refuses the sign-in" in widget.retry_group_button.toolTip()
    assert widget.open_settings_button.isVisible()
    with qtbot.waitSignal(widget.settings_requested) as asked:
        qtbot.mouseClick(widget.open_settings_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["aff"]
    Channel.update(state="idle").where(Channel.name == "aff").execute()
    widget.groups_view.clearSelection()
    widget.groups_view.selectRow(0)
    assert widget.retry_group_button.isEnabled() and not widget.open_settings_button.isVisible()
