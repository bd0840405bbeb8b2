"""The main window: it assembles the table, filters, detail panel, sync log and status bar, and wires them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from orderdesk import APP_NAME, __version__
from orderdesk.core.errors import RuleViolation
from orderdesk.core.roles import Right
from orderdesk.core.statuses import (
    OrderStatus,
    PaymentStatus,
    SyncState,
    payment_label,
    status_label,
    sync_state_label,
)
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import access, sync_events
from orderdesk.store.models import Channel, Order
from orderdesk.store.orders import order_id_for_code
from orderdesk.store.queries import OrderFilter, list_orders
from orderdesk.sync.worker import SyncController
from orderdesk.ui import purchases_pane, role_gate, ui_settings
from orderdesk.ui.actions import SPECS, ActionRunner, build_actions, update_enabled
from orderdesk.ui.detail_panel import DetailPanel
from orderdesk.ui.external_changes import ExternalChanges
from orderdesk.ui.filter_bar import FilterBar
from orderdesk.ui.menus import build_menu_bar, shortcut_rows
from orderdesk.ui.notice_bar import NoticeBar
from orderdesk.ui.order_table_model import COLUMN_INDEX, COLUMNS, OrderRow, OrderTableModel
from orderdesk.ui.refresh_pacer import RefreshPacer
from orderdesk.ui.status_bar import OrderStatusBar
from orderdesk.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from orderdesk.ui.stock_view import StockView

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
HIDDEN_COLUMNS = ("erp_order_number",)  # shown from the table header's context menu


# Columns a first start hides (the header's menu shows them): the table must fit a 1366 px laptop with the panel.
HIDDEN_BY_DEFAULT = ("source", "updated")
MIN_PANEL_WIDTH = 340
# The window title's note in the demo (orderdesk --demo passes it as title_note).
DEMO_NOTE = QT_TRANSLATE_NOOP("MainWindow", " — demo (simulated channels)")


def default_panel_width(window_width: int) -> int:
    """The order panel's share on a first start: readable (>= 320 px), never more than a third."""
    return max(MIN_PANEL_WIDTH, min(480, window_width // 3))


class MainWindow(QMainWindow):
    def __init__(self, *, user: str, controller: SyncController | None = None, title_note: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName("OrderDesk")
        note = translate("MainWindow", title_note) if title_note else ""
        self.setWindowTitle(f"{APP_NAME} {__version__}{note}")
        self.user = user
        self.controller = controller
        self.runner = ActionRunner(self, user)
        self.stock_view: StockView | None = None

        self.model = OrderTableModel(self)
        self.model.count_later = self._count_in_background
        self.model.total_known.connect(self._update_count)
        self.table = QTableView()
        self.table.setObjectName("ordersTable")
        self.table.setAccessibleName(translate("MainWindow", "Orders"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(11, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # arrows move in the table; Tab moves on to the next control
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for key in HIDDEN_COLUMNS:
            header.setSectionHidden(COLUMN_INDEX[key], True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)

        self.filters = FilterBar()
        self.filters.filter_changed.connect(self._apply_filter)
        self.filters.scanned.connect(self.select_scanned)
        self.count_label = QLabel()
        self.count_label.setObjectName("orderCount")
        self.count_label.setAccessibleName(translate("MainWindow", "Orders shown"))
        desk = QWidget()
        layout = QVBoxLayout(desk)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeBar()
        layout.addWidget(self.filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.welcome = WelcomePage()
        self.welcome.add_channel_requested.connect(lambda: self._open_settings())
        self.welcome.import_requested.connect(self.import_orders)
        self.pages = QStackedWidget()
        self.pages.setObjectName("deskPages")
        self.desk_page = desk
        self.pages.addWidget(desk)
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)

        self.detail = DetailPanel()
        self.detail.retry_requested.connect(self._retry_event)
        self.detail.order_requested.connect(self.select_order)
        self.detail_dock = QDockWidget(translate("MainWindow", "Order"), self)
        self.detail_dock.setObjectName("detailDock")
        self.detail_dock.setAccessibleName(translate("MainWindow", "Order panel"))
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
            self.status.open_failures_requested.connect(self.show_log_failures)

        self.refresh_pacer = RefreshPacer(self._refresh_orders, self)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(2000)
        self._counts_timer.timeout.connect(self.status.refresh_counts)
        self._counts_timer.start()
        self.purchases_pane = purchases_pane.install(self)
        build_menu_bar(self)
        self.rights = role_gate.rights_here()
        role_gate.apply(self, self.rights)
        # What the CLI, a sync service or another desk changed in this database shows within about a second.
        self.external = ExternalChanges(self)
        self.external.orders_changed.connect(self.orders_changed)
        self.external.orders_changed.connect(lambda _ids: self.status.refresh_counts())
        if self.log_pane is not None:
            self.external.log_added.connect(lambda: self.log_pane.on_log_entry_added(0))  # type: ignore[attr-defined]
        self._connect_worker()
        self.model.reload()
        self._update_count()
        self._restore_layout()
        self.show_welcome_if_empty()

    # ---- building ----------------------------------------------------------------------------------------
    def _make_log_pane(self) -> QDockWidget | None:
        from orderdesk.ui.sync_log_pane import SyncLogPane

        pane = SyncLogPane(user=self.user, parent=self)
        pane.events_changed.connect(self._events_changed)
        pane.settings_requested.connect(self._open_settings)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
        return pane

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Actions"))
        toolbar.setObjectName("actionsToolbar")
        toolbar.setAccessibleName(translate("MainWindow", "Order actions"))
        self.addToolBar(toolbar)
        for spec in SPECS:
            action = self.actions_by_key[spec.key]
            action.triggered.connect(lambda _checked=False, key=spec.key: self.run_action(key))
            toolbar.addAction(action)
            self.addAction(action)
        toolbar.addSeparator()
        self.sync_now_action = QAction(translate("MainWindow", "Sync now"), self)
        self.sync_now_action.setObjectName("syncNowAction")
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.sync_now_action.triggered.connect(self._sync_now)
        toolbar.addAction(self.sync_now_action)
        self.settings_action = QAction(translate("MainWindow", "Channels…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda _checked=False: self._open_settings())
        toolbar.addAction(self.settings_action)
        self.stock_action = QAction(translate("MainWindow", "Stock…"), self)
        self.stock_action.setObjectName("stockAction")
        self.stock_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.stock_action.setToolTip(
            translate(
                "MainWindow",
                "Stock quantities to publish to the channels ({shortcut})",
                shortcut=self.stock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.stock_action.triggered.connect(self.open_stock)
        toolbar.addAction(self.stock_action)
        self.find_action = QAction(translate("MainWindow", "&Find or scan an order"), self)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.filters.focus_search)
        self.addAction(self.find_action)

    def _connect_worker(self) -> None:
        if self.controller is None:
            return
        worker = self.controller.worker
        self.status.own_engine = worker.engine_label
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
        """A scanner (or a person) entered a code and Enter: select the order it names, and put the focus where the
        next action starts; a search that names nothing says so and leaves the table as it was."""
        match = order_id_for_code(code)
        if match is not None:
            self._select_found(match)
            return
        flt = self.filters.current()
        found = list_orders(flt, limit=2)
        if found:
            self._apply_filter(flt)
            if len(found) == 1:
                self._select_found(found[0].id)
            return
        if not Channel.select().where(Channel.kind == "otplatform").exists():
            self.filters.show_no_match(code)
            return
        from orderdesk.sync.lookup import find_order_by_waybill
        from orderdesk.ui.background import run_in_background

        self.status.showMessage(translate("MainWindow", "Looking up parcel {code} in OT Platform…", code=code))
        run_in_background(
            find_order_by_waybill,
            code,
            on_success=lambda result: self._waybill_found(code, result),
            on_failure=lambda exc: self.status.showMessage(str(exc), 10_000),
            parent=self,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A scan while the table has the focus (after the last scan selected its order) goes to the search box
        and replaces what is there, as if the box still had the focus with its text selected."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
            if event.text().isprintable() and event.text().strip() and modifiers == Qt.KeyboardModifier.NoModifier:
                if not self.filters.search.hasFocus():
                    self.filters.focus_search()  # selects the last scan, so this one replaces it
                self.filters.search.insert(event.text())
                return True
        return super().eventFilter(watched, event)

    def _select_found(self, order_id: int) -> None:
        if self.select_order(order_id):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _waybill_found(self, code: str, result: tuple[int | None, str]) -> None:
        order_id, message = result
        if order_id is None:
            self.status.clearMessage()
            self.filters.show_no_match(code)
            return
        self.status.showMessage(message, 10_000)
        self._select_found(order_id)

    # ---- actions ----------------------------------------------------------------------------------------------
    def run_action(self, key: str) -> None:
        rows = self.selected_rows()
        spec = next(s for s in SPECS if s.key == key)
        if not spec.applies(rows):
            return
        batch = bool(spec.batch.question)
        if len(rows) > 1 and batch and not self._confirm_batch(translate("Actions", spec.batch.question, len(rows))):
            return
        try:
            changed = self.runner.run(key, rows)
        except RuleViolation as exc:
            self.notice.show_notice(f"{spec.name}: {exc.message}", refused=True)
            return
        report = self.runner.report
        if len(rows) == 1 and report.refused:
            self.notice.show_notice(report.refused[0], refused=True)  # one order: its refusal is the whole story
        elif report.refused or (len(rows) > 1 and batch):
            self.notice.show_notice(report.sentence(spec.batch, len(rows)), refused=bool(report.refused))
        if changed:
            self._events_changed(changed)

    def _confirm_batch(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Several orders"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
            QMessageBox.warning(self, translate("MainWindow", "Retry"), exc.message)
            return
        self._events_changed([event.order_id])

    def _sync_now(self) -> None:
        if self.controller is not None:
            self.controller.sync_now("")

    def show_welcome_if_empty(self) -> None:
        """An empty desk (no channel, no order) greets with what to do first; anything else shows the table."""
        empty = not Channel.select().exists() and not Order.select().exists()
        self.pages.setCurrentWidget(self.welcome if empty else self.desk_page)

    def open_preferences(self) -> None:
        from orderdesk.ui.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def import_orders(self) -> None:
        from orderdesk.ui.dialogs.import_file import ImportDialog

        dialog = ImportDialog(user=self.user, parent=self)
        dialog.exec()
        if dialog.changed:
            self.filters.reload_choices()
            self.status.reload_channels()
            self.model.reload()
            self._update_count()
        self.show_welcome_if_empty()

    def _open_settings(self, channel: str | None = None) -> None:
        from orderdesk.ui.settings_dialog import SettingsDialog

        if Right.CHANNELS not in self.rights:  # hidden for this role; a stray shortcut or link says why
            QMessageBox.information(self, APP_NAME, access.why_not(Right.CHANNELS) or "")
            return
        dialog = SettingsDialog(user=self.user, parent=self)
        if channel:
            dialog.reload(select=channel)
        dialog.exec()
        if not dialog.changed:
            return
        self.filters.reload_choices()
        self.status.reload_channels()
        self.show_welcome_if_empty()
        if self.controller is not None:
            self.controller.sync_now("")  # a channel just added or switched on is pulled at once

    def open_stock(self) -> None:
        """The Stock view, one per window, beside the table (not modal)."""
        from orderdesk.ui.stock_view import StockView

        if self.stock_view is None:
            self.stock_view = StockView(user=self.user, parent=self)
            self.stock_view.stock_queued.connect(lambda: self._events_changed([]))
        self.stock_view.show()
        self.stock_view.raise_()
        self.stock_view.activateWindow()

    def _show_log(self) -> None:
        if self.log_pane is not None:
            self.log_pane.show()
            self.log_pane.raise_()

    def show_log_failures(self) -> None:
        """The red notice: the log opens on what went wrong, not on the last hundred good calls."""
        if self.log_pane is not None:
            self.log_pane.failed_only_check.setChecked(True)  # type: ignore[attr-defined]
            self._show_log()

    def show_shortcuts(self) -> None:
        from orderdesk.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(shortcut_rows(self.menuBar()), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About {app}", app=APP_NAME),
            f"<b>{APP_NAME} {__version__}</b><br>"
            + translate("MainWindow", "One desk for the orders of every sales channel."),
        )

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
        """A sync or an action changed these orders: refresh them soon, once for a whole burst (refresh_pacer)."""
        self.refresh_pacer.add(order_ids)

    def _refresh_orders(self, ids: list[int]) -> None:
        if not self.model.refresh_orders(ids):
            self._take_new_orders()
        if self.detail.order_id in ids:
            self.detail.refresh()
        # Only a change to a selected order can change what the actions allow (a pull's new orders do not).
        selected, changed = self.selected_rows(), set(ids)
        if any(row.id in changed for row in selected):
            update_enabled(self.actions_by_key, selected)

    def _take_new_orders(self) -> None:
        """New orders arrived: the model inserts those that land among the loaded rows (the selection moves with
        its rows). Scrolled down the table, the operator keeps seeing the same orders, not rows pushed down by
        newer ones; at the top, the newest show."""
        top_row = self.table.rowAt(0)
        top = self.model.order_id(top_row) if top_row > 0 else None
        self.model.take_new_orders()
        if top is not None and (row := self.model.row_of(top)) is not None and row != top_row:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_count()

    def _apply_filter(self, flt: OrderFilter) -> None:
        self.model.set_filter(flt)
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        if self.model.counting:
            self.count_label.setText("  " + translate("MainWindow", "%Ln+ order(s), counting…", self.model.total))
        else:
            self.count_label.setText("  " + translate("MainWindow", "%Ln order(s)", self.model.total))

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
            # A header saved before a hidden-by-default column existed would show it: hide it again.
            known = store.value(ui_settings.TABLE_COLUMNS) or []
            for key in HIDDEN_COLUMNS:
                if key not in known:
                    self.table.horizontalHeader().setSectionHidden(COLUMN_INDEX[key], True)
        if state is None:
            self._default_layout()

    def _label_width(self, key: str) -> int:
        """Room for the column's title and the longest word a state column shows, in the user's language
        ("In afwachting", "Synchronisierung")."""
        labels = {
            "status": [status_label(s) for s in OrderStatus],
            "payment_status": [payment_label(s) for s in PaymentStatus],
            "sync_state": [sync_state_label(s) for s in SyncState],
        }.get(key, [])
        metrics = self.table.fontMetrics()
        title = str(self.model.headerData(COLUMN_INDEX[key], Qt.Orientation.Horizontal) or "")
        # the title is bold in some styles and shares its cell with the sort arrow
        title_width = self.table.horizontalHeader().fontMetrics().horizontalAdvance(title) * 11 // 10 + 28
        return max([title_width, *(metrics.horizontalAdvance(label) + 16 for label in labels)])

    def _default_layout(self) -> None:
        """A first start: the table gets the room, the order panel a readable share, the sync log a one-line bar
        in the status bar (a click, the red notice or View > Sync log opens it); columns fit their content."""
        for key, width in DEFAULT_WIDTHS.items():
            self.table.setColumnWidth(COLUMN_INDEX[key], max(width, self._label_width(key)))
        for key in HIDDEN_BY_DEFAULT:
            self.table.horizontalHeader().setSectionHidden(COLUMN_INDEX[key], True)
        if self.log_pane is not None:
            self.log_pane.hide()
        self.purchases_pane.hide()  # opened by its button, F7 or the notice of a question from OT Platform
        self._dock_sizes_pending = True  # docks take sizes only once the window is laid out: see showEvent

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dock_sizes_pending:
            self._dock_sizes_pending = False
            QTimer.singleShot(0, self._default_dock_sizes)

    def _default_dock_sizes(self) -> None:
        self.resizeDocks([self.detail_dock], [default_panel_width(self.width())], Qt.Orientation.Horizontal)
        if self.log_pane is not None:
            self.resizeDocks([self.log_pane], [max(200, self.height() // 4)], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        store = ui_settings.settings()
        store.setValue(ui_settings.WINDOW_GEOMETRY, self.saveGeometry())
        store.setValue(ui_settings.WINDOW_STATE, self.saveState())
        store.setValue(ui_settings.TABLE_HEADER, self.table.horizontalHeader().saveState())
        store.setValue(ui_settings.TABLE_COLUMNS, [column.key for column in COLUMNS])
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self._counts_timer.stop()
        self.refresh_pacer.stop()
        self.external.stop()
        if self.stock_view is not None:
            self.stock_view.close()  # its own window: it would go on reading the database after the desk closed
        if self.controller is not None:
            self.hide()
            self.controller.shutdown(2000)
        super().closeEvent(event)
