"""The order table while a sync brings orders: new ones are inserted where they land (never a reset), refreshes
come at most once a second, and painting a row again formats and reads nothing."""

from __future__ import annotations

import time

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

import orderdesk.ui.order_table_model as table_module
from orderdesk.store import table_rows
from orderdesk.store.queries import OrderFilter, order_ids
from orderdesk.ui import locale_format
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.order_table_model import COLUMN_INDEX, OrderTableModel


class Signals:
    """What the model told its views: resets and inserted rows (first, last)."""

    def __init__(self, model: OrderTableModel) -> None:
        self.resets = 0
        self.inserted: list[tuple[int, int]] = []
        model.modelAboutToBeReset.connect(self._reset)
        model.rowsAboutToBeInserted.connect(lambda _parent, first, last: self.inserted.append((first, last)))

    def _reset(self) -> None:
        self.resets += 1


def created(day: int, hour: int = 9) -> str:
    return f"2026-11-{day:02d}T{hour:02d}:00:00Z"


def loaded_ids(model: OrderTableModel) -> list[int]:
    return [model.order_id(row) for row in range(model.rowCount())]


@pytest.fixture
def aff(db):
    make_channel("aff", "affiliate")


def test_new_orders_below_the_loaded_rows_change_only_the_count(aff, monkeypatch):
    monkeypatch.setattr(table_module, "CHUNK", 3)
    for day in range(10, 16):
        make_order(created_at=created(day))
    model = OrderTableModel()
    model.reload()
    before = loaded_ids(model)
    signals = Signals(model)
    for day in (1, 2):  # older than every loaded row: they land below them (newest first)
        make_order(created_at=created(day))
    model.take_new_orders()
    assert signals.resets == 0 and signals.inserted == []
    assert loaded_ids(model) == before and model.total == 8
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())  # reached when the view scrolls there, in their place
    assert loaded_ids(model) == order_ids(OrderFilter())


@pytest.mark.parametrize(("sort", "descending"), [("created", True), ("created", False), ("customer", True)])
def test_new_orders_among_the_loaded_rows_are_inserted_exactly_where_they_land(
    aff, monkeypatch, qtmodeltester, sort, descending
):
    monkeypatch.setattr(table_module, "CHUNK", 4)
    names = ["Ana", "Chloé", "Kenji", "Noah", "Zoë", "Łukasz"]
    for number, name in enumerate(names):
        make_order(created_at=created(10 + 2 * number), customer={"name": name, "email": "a@example.com"})
    model = OrderTableModel()
    model.sort(
        COLUMN_INDEX[sort],
        table_module.Qt.SortOrder.DescendingOrder if descending else table_module.Qt.SortOrder.AscendingOrder,
    )
    assert model.rowCount() == 4
    qtmodeltester.check(model)  # and Qt's model tester watches the inserts that follow
    before = loaded_ids(model)
    signals = Signals(model)
    newcomers = [
        make_order(created_at=created(11), customer={"name": "Björn", "email": "b@example.com"}),
        make_order(created_at=created(13), customer={"name": "Diego", "email": "d@example.com"}),
        make_order(created_at=created(15), customer={"name": "Émile", "email": "e@example.com"}),
    ]
    model.take_new_orders()
    assert signals.resets == 0
    everything = order_ids(OrderFilter(), sort=sort, descending=descending)
    last_loaded = max(everything.index(order_id) for order_id in before)
    expected = [
        order_id
        for order_id in everything[: last_loaded + 1]
        if order_id in before or order_id in {n.id for n in newcomers}
    ]
    assert loaded_ids(model) == expected
    landed = [row for row, order_id in enumerate(expected) if order_id not in before]
    assert sorted(row for first, last in signals.inserted for row in range(first, last + 1)) == landed
    assert model.total == 9 or model.counting
    assert [model.row_of(order_id) for order_id in expected] == list(range(len(expected)))


def test_a_refresh_keeps_the_selection_on_its_order_without_a_reset(aff, qtbot):
    first, second = make_order(created_at=created(10)), make_order(created_at=created(12))
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    window.select_order(first.id)
    signals = Signals(window.model)
    newcomer = make_order(created_at=created(20))
    window.orders_changed([newcomer.id])
    qtbot.waitUntil(lambda: window.model.row_of(newcomer.id) == 0)
    assert signals.resets == 0 and signals.inserted == [(0, 0)]
    assert window.selected_ids() == [first.id] and window.model.row_of(second.id) == 1


def test_many_pages_within_a_second_cause_at_most_one_refresh(aff, qtbot):
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    refreshes: list[float] = []
    take = window.model.take_new_orders

    def counted() -> None:
        refreshes.append(time.monotonic())
        take()

    window.model.take_new_orders = counted  # type: ignore[method-assign]
    pages = []
    for page in range(8):  # a pull storing a page of orders every few tens of milliseconds
        pages.append([make_order(created_at=created(20 + page % 5)).id for _ in range(2)])
        window.orders_changed(pages[-1])
        qtbot.wait(20)
    qtbot.waitUntil(lambda: window.model.rowCount() == 16, timeout=5000)
    assert 1 <= len(refreshes) < len(pages)
    interval = window.refresh_pacer.interval_ms / 1000
    assert all(later - earlier >= interval - 0.01 for earlier, later in zip(refreshes, refreshes[1:], strict=False))


def test_painting_a_row_again_formats_nothing_and_reads_nothing(aff, qtbot, monkeypatch):
    for day in range(10, 14):
        make_order(created_at=created(day))
    model = OrderTableModel()
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(10)  # the view lays its rows out and paints them once
    calls = {"formatted": 0, "read": 0}

    def counting(kind, function):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls[kind] += 1
            return function(*args, **kwargs)

        return call

    for name in ("money", "date_time", "count", "decimal"):
        monkeypatch.setattr(locale_format, name, counting("formatted", getattr(locale_format, name)))
    monkeypatch.setattr(table_rows, "read", counting("read", table_rows.read))
    model.refresh_orders(loaded_ids(model))  # forget the rows the first show read: paint them from scratch
    view.viewport().repaint()
    assert calls["formatted"] > 0 and calls["read"] == 1
    calls.update(formatted=0, read=0)
    view.viewport().repaint()
    model.data(model.index(1, COLUMN_INDEX["total"]))
    assert calls == {"formatted": 0, "read": 0}


def test_scrolled_down_the_operator_keeps_seeing_the_same_orders_when_newer_ones_arrive(aff, qtbot):
    for number in range(60):
        make_order(created_at=f"2026-11-10T{number // 60:02d}:{number % 60:02d}:00Z")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    window.table.scrollTo(window.model.index(30, 0), window.table.ScrollHint.PositionAtTop)
    top = window.model.order_id(window.table.rowAt(0))
    assert top is not None and window.table.rowAt(0) > 0
    newcomers = [make_order(created_at=created(20)).id for _ in range(3)]
    window.orders_changed(newcomers)
    qtbot.waitUntil(lambda: window.model.row_of(newcomers[0]) is not None)
    assert window.model.order_id(window.table.rowAt(0)) == top


def test_a_role_left_from_the_cell_painted_before_never_reaches_the_next(aff):
    """Qt's view hands one span of role data from cell to cell: the total's right alignment must not stay for the
    reference painted after it (every text column came out right-aligned)."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

    make_order()
    model = OrderTableModel()
    model.reload()
    alignment = QModelRoleData(int(Qt.ItemDataRole.TextAlignmentRole))
    span = QModelRoleDataSpan(alignment)
    model.multiData(model.index(0, COLUMN_INDEX["total"]), span)
    assert alignment.data() == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    model.multiData(model.index(0, COLUMN_INDEX["reference"]), span)
    assert alignment.data() is None
