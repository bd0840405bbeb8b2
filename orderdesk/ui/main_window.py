"""The main window: it assembles the table, filters, detail panel, sync log and status bar, and wires them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from orderdesk import APP_NAME, __version__
from orderdesk.core.errors import RuleViolation
from orderdesk.services import sync_events
from orderdesk.store.models import Order, OrderLine
from orderdesk.store.queries import OrderFilter
from orderdesk.sync.worker import SyncController
from orderdesk.ui import purchases_pane, ui_settings
from orderdesk.ui.actions import SPECS, ActionRunner, build_actions, update_enabled
from orderdesk.ui.detail_panel import DetailPanel
from orderdesk.ui.filter_bar import FilterBar
from orderdesk.ui.order_table_model import COLUMN_INDEX, OrderRow, OrderTableModel
from orderdesk.ui.status_bar import OrderStatusBar

REFRESH_DELAY_MS = 250  # sync signals arriving in a burst cost one refresh
DEFAULT_WIDTHS = {
    "reference": 140,
    "channel": 100,
    "source": 72,
    "status": 86,
    "payment_status": 92,
    "customer": 150,
    "city": 110,
    "lines": 48,
    "total": 104,
    "consignment": 110,
    "sync_state": 90,
    "created": 128,
    "updated": 128,
}


class MainWindow(QMainWindow):
    def __init__(self, *, user: str, controller: SyncController | None = None, title_note: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName("OrderDesk")
        self.setWindowTitle(f"{APP_NAME} {__version__}{title_note}")
        self.user = user
        self.controller = controller
        self.runner = ActionRunner(self, user)

        self.model = OrderTableModel(self)
        self.model.count_later = self._count_in_background
        self.model.total_known.connect(self._update_count)
        self.table = QTableView()
        self.table.setObjectName("ordersTable")
        self.table.setAccessibleName("Orders")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(11, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.filters = FilterBar()
        self.filters.filter_changed.connect(self._apply_filter)
        self.filters.scanned.connect(self.select_scanned)
        self.count_label = QLabel()
        self.count_label.setObjectName("orderCount")
        self.count_label.setAccessibleName("Orders shown")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setCentralWidget(central)

        self.detail = DetailPanel()
        self.detail.retry_requested.connect(self._retry_event)
        self.detail.order_requested.connect(self.select_order)
        self.detail_dock = QDockWidget("Order", self)
        self.detail_dock.setObjectName("detailDock")
        self.detail_dock.setWidget(self.detail)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_dock)
        # The order panel runs the full height; the sync log sits under the table only.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.log_pane = self._make_log_pane()

        self.actions_by_key = build_actions(self)
        self._build_toolbar()
        self.status = OrderStatusBar(self)
        self.setStatusBar(self.status)
        if self.log_pane is not None:
            self.status.open_log_requested.connect(self._show_log)

        self._pending_refresh: set[int] = set()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._flush_refresh)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(2000)
        self._counts_timer.timeout.connect(self.status.refresh_counts)
        self._counts_timer.start()
        self.purchases_pane = purchases_pane.install(self)
        self._connect_worker()
        self.model.reload()
        self._update_count()
        self._restore_layout()

    # ---- building ----------------------------------------------------------------------------------------
    def _make_log_pane(self) -> QDockWidget | None:
        from orderdesk.ui.sync_log_pane import SyncLogPane

        pane = SyncLogPane(user=self.user, parent=self)
        pane.events_changed.connect(self._events_changed)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
        return pane

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Actions")
        toolbar.setObjectName("actionsToolbar")
        toolbar.setAccessibleName("Order actions")
        self.addToolBar(toolbar)
        for spec in SPECS:
            action = self.actions_by_key[spec.key]
            action.triggered.connect(lambda _checked=False, key=spec.key: self.run_action(key))
            toolbar.addAction(action)
            self.addAction(action)
        toolbar.addSeparator()
        self.sync_now_action = QAction("Sync now", self)
        self.sync_now_action.setObjectName("syncNowAction")
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.sync_now_action.triggered.connect(self._sync_now)
        toolbar.addAction(self.sync_now_action)
        self.settings_action = QAction("Channels…", self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self._open_settings)
        toolbar.addAction(self.settings_action)
        search = QAction("Find", self)
        search.setObjectName("findAction")
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self.filters.focus_search)
        self.addAction(search)

    def _connect_worker(self) -> None:
        if self.controller is None:
            return
        worker = self.controller.worker
        worker.orders_changed.connect(self.orders_changed)
        worker.channel_state.connect(self._channel_state)
        worker.progress.connect(self.status.set_progress)
        worker.event_failed.connect(lambda _event, _message: self.status.refresh_counts())
        worker.notice.connect(lambda message: self.status.showMessage(message, 15_000))
        if self.log_pane is not None:
            worker.log_entry_added.connect(self.log_pane.on_log_entry_added)  # type: ignore[attr-defined]

    # ---- selection -----------------------------------------------------------------------------------------
    def selected_rows(self) -> list[OrderRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [row for row in (self.model.order_row(r) for r in rows) if row is not None]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        update_enabled(self.actions_by_key, rows)
        self.detail.show_order(rows[0].id if len(rows) == 1 else None)

    def select_order(self, order_id: int) -> bool:
        row = self.model.ensure_loaded(order_id)
        if row is None:
            # Not under the current filter: clear it so the order can be shown.
            self.filters.search.clear()
            self.model.set_filter(OrderFilter())
            row = self.model.ensure_loaded(order_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._update_count()
        return True

    def select_scanned(self, code: str) -> None:
        """A scanner (or a person) entered a code: select the order it names."""
        match = (
            Order.select(Order.id)
            .where((Order.reference == code) | (Order.consignment_number == code) | (Order.external_id == code))
            .first()
        ) or (Order.select(Order.id).join(OrderLine).where(OrderLine.tracking_number == code).first())
        if match is not None:
            self.select_order(match.id)
            return
        from orderdesk.store.models import Channel

        if not Channel.select().where(Channel.kind == "otplatform").exists():
            self.status.showMessage(f"No order has reference or tracking number {code}.", 10_000)
            return
        from orderdesk.sync.lookup import find_order_by_waybill
        from orderdesk.ui.background import run_in_background

        self.status.showMessage(f"Looking up parcel {code} in OT Platform…")
        run_in_background(
            find_order_by_waybill,
            code,
            on_success=self._waybill_found,
            on_failure=lambda exc: self.status.showMessage(str(exc), 10_000),
            parent=self,
        )

    def _waybill_found(self, result: tuple[int | None, str]) -> None:
        order_id, message = result
        self.status.showMessage(message, 10_000)
        if order_id is not None:
            self.select_order(order_id)

    # ---- actions ----------------------------------------------------------------------------------------------
    def run_action(self, key: str) -> None:
        rows = self.selected_rows()
        spec = next(s for s in SPECS if s.key == key)
        if not spec.applies(rows):
            return
        try:
            changed = self.runner.run(key, rows)
        except RuleViolation as exc:
            QMessageBox.warning(self, spec.text.rstrip("…"), exc.message)
            return
        if changed:
            self._events_changed(changed)

    def _events_changed(self, order_ids: list[int]) -> None:
        """Orders changed here: refresh their rows, and let the sync thread send the change now."""
        self.orders_changed(order_ids)
        self.status.refresh_counts()
        if self.controller is not None:
            self.controller.wake()

    def _retry_event(self, event_id: int) -> None:
        try:
            event = sync_events.retry_event(event_id, user=self.user)
        except RuleViolation as exc:
            QMessageBox.warning(self, "Retry", exc.message)
            return
        self._events_changed([event.order_id])

    def _sync_now(self) -> None:
        if self.controller is not None:
            self.controller.sync_now("")

    def _open_settings(self) -> None:
        from orderdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(user=self.user, parent=self)
        dialog.exec()
        if not dialog.changed:
            return
        self.filters.reload_choices()
        self.status.reload_channels()
        if self.controller is not None:
            self.controller.sync_now("")  # a channel just added or switched on is pulled at once

    def _show_log(self) -> None:
        if self.log_pane is not None:
            self.log_pane.show()
            self.log_pane.raise_()

    def show_purchases(self, purchase_id: int | None = None) -> None:
        self.purchases_pane.refresh()
        self.purchases_pane.show()
        self.purchases_pane.raise_()
        if purchase_id is not None:
            self.purchases_pane.select_purchase(purchase_id)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("ordersContextMenu")
        for spec in SPECS:
            action = self.actions_by_key[spec.key]
            if action.isEnabled():
                menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(position))

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(position))

    # ---- refreshing -------------------------------------------------------------------------------------------
    def orders_changed(self, order_ids: list[int]) -> None:
        """A sync or an action changed these orders: refresh them soon, once for a whole burst."""
        self._pending_refresh.update(order_ids)
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _flush_refresh(self) -> None:
        ids, self._pending_refresh = list(self._pending_refresh), set()
        if not self.model.refresh_orders(ids):
            self._reload_keeping_view()
        if self.detail.order_id in ids:
            self.detail.refresh()
        self._selection_changed()

    def _reload_keeping_view(self) -> None:
        """New orders arrived: query again, keeping the selection and the scroll position."""
        selected = self.selected_ids()
        current = self.model.order_id(self.table.currentIndex().row())
        scroll = self.table.verticalScrollBar().value()
        self.model.take_new_orders()
        selection = self.table.selectionModel()
        for order_id in selected:
            row = self.model.row_of(order_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
        if current is not None and (row := self.model.row_of(current)) is not None:
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        while self.table.verticalScrollBar().maximum() < scroll and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.table.verticalScrollBar().setValue(scroll)
        self._update_count()

    def _apply_filter(self, flt: OrderFilter) -> None:
        self.model.set_filter(flt)
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        if self.model.counting:
            self.count_label.setText(f"  {self.model.total:,}+ order(s), counting…")
        else:
            self.count_label.setText(f"  {self.model.total:,} order(s)")

    def _count_in_background(
        self, count: Callable[[], tuple[int, int]], done: Callable[[tuple[int, int]], None]
    ) -> None:
        from orderdesk.ui.background import run_in_background, with_own_connection

        run_in_background(with_own_connection(count), on_success=done, parent=self)

    def _channel_state(self, channel: str, state: str, message: str) -> None:
        self.status.set_channel_state(channel, state, message)
        if state in ("idle", "paused", "offline", "auth_failed", "error"):
            self.status.sync_idle()

    # ---- layout memory and closing ----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        self._dock_sizes_pending = False
        store = ui_settings.settings()
        geometry = store.value(ui_settings.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = store.value(ui_settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        header = store.value(ui_settings.TABLE_HEADER)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        if state is None:
            self._default_layout()

    def _default_layout(self) -> None:
        """A first start: the table gets the room, the panels a sensible share, columns fit their content."""
        for key, width in DEFAULT_WIDTHS.items():
            self.table.setColumnWidth(COLUMN_INDEX[key], width)
        self._dock_sizes_pending = True  # docks take sizes only once the window is laid out: see showEvent

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dock_sizes_pending:
            self._dock_sizes_pending = False
            QTimer.singleShot(0, self._default_dock_sizes)

    def _default_dock_sizes(self) -> None:
        self.resizeDocks([self.detail_dock], [max(360, self.width() // 3)], Qt.Orientation.Horizontal)
        if self.log_pane is not None:
            self.resizeDocks([self.log_pane], [max(200, self.height() // 4)], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        store = ui_settings.settings()
        store.setValue(ui_settings.WINDOW_GEOMETRY, self.saveGeometry())
        store.setValue(ui_settings.WINDOW_STATE, self.saveState())
        store.setValue(ui_settings.TABLE_HEADER, self.table.horizontalHeader().saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self._counts_timer.stop()
        self._refresh_timer.stop()
        if self.controller is not None:
            self.hide()
            self.controller.shutdown(2000)
        super().closeEvent(event)
