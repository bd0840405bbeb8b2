"""The Purchases pane: desk orders bought on OT Platform, what OT dropped, pay and cancel, and the autopurchase
activities with the question an activity waits on and OT's choices as buttons. Every button calls a service; the
sync engine does the calls to OT."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core.errors import RuleViolation
from orderdesk.core.money import minor_units
from orderdesk.core.purchasing import activity_action_label, activity_state_label, purchase_state_label
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services import purchasing
from orderdesk.store import purchases
from orderdesk.store.models import Channel
from orderdesk.ui import locale_format

# Column titles, shown through translate("PurchasesPane", title).
PURCHASE_COLUMNS = (
    QT_TRANSLATE_NOOP("PurchasesPane", "Purchase"),
    QT_TRANSLATE_NOOP("PurchasesPane", "Order"),
    QT_TRANSLATE_NOOP("PurchasesPane", "Via"),
    QT_TRANSLATE_NOOP("PurchasesPane", "OT order"),
    QT_TRANSLATE_NOOP("PurchasesPane", "State"),
    QT_TRANSLATE_NOOP("PurchasesPane", "OT status"),
    QT_TRANSLATE_NOOP("PurchasesPane", "Paid"),
    QT_TRANSLATE_NOOP("PurchasesPane", "Message"),
)
ACTIVITY_COLUMNS = (
    QT_TRANSLATE_NOOP("PurchasesPane", "Activity"),
    QT_TRANSLATE_NOOP("PurchasesPane", "Action"),
    QT_TRANSLATE_NOOP("PurchasesPane", "Order"),
    QT_TRANSLATE_NOOP("PurchasesPane", "State"),
    QT_TRANSLATE_NOOP("PurchasesPane", "Progress"),
    QT_TRANSLATE_NOOP("PurchasesPane", "Question or message"),
)


def _paid(view: dict[str, Any]) -> str:
    """ "10.00 of 25.50 CNY": amounts the view carries as exact text, in the user's locale."""
    if not view["total"]:
        return ""
    paid = locale_format.decimal(Decimal(view["paid"] or 0), minor_units(view["currency"]))
    total = locale_format.money(Decimal(view["total"]), view["currency"])
    return translate("PurchasesPane", "{paid} of {total}", paid=paid, total=total)


def _table(name: str, accessible: str, columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels([translate("PurchasesPane", title) for title in columns])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _button(name: str, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.clicked.connect(slot)
    return button


class PurchasesPane(QDockWidget):
    changed = Signal()  # something was queued for the sync engine

    def __init__(self, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("PurchasesPane", "Purchases"), parent)
        self.setObjectName("purchasesDock")
        self.user = user
        self._purchases: list[dict[str, Any]] = []
        self._activities: list[dict[str, Any]] = []
        self._loaded = False
        self.purchases_table = _table(
            "purchasesTable", translate("PurchasesPane", "Purchases on OT Platform"), PURCHASE_COLUMNS
        )
        self.purchases_table.itemSelectionChanged.connect(self._show_selected)
        self.details = QLabel()
        self.details.setObjectName("purchaseDetails")
        self.details.setAccessibleName(translate("PurchasesPane", "The selected purchase"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deposit = QLineEdit()
        self.deposit.setObjectName("depositEdit")
        self.deposit.setAccessibleName(translate("PurchasesPane", "Deposit if the customer's account is short"))
        self.deposit.setPlaceholderText(translate("PurchasesPane", "deposit if the account is short"))
        self.pay_button = _button(
            "payPurchaseButton",
            translate("PurchasesPane", "Pay"),
            translate("PurchasesPane", "Pay the selected purchase"),
            self._pay,
        )
        self.cancel_button = _button(
            "cancelPurchaseButton",
            translate("PurchasesPane", "Cancel on OT"),
            translate("PurchasesPane", "Cancel the selected purchase's OT order"),
            self._cancel,
        )
        self.export_button = _button(
            "exportPurchaseButton",
            translate("PurchasesPane", "Export to provider"),
            translate("PurchasesPane", "Export the selected purchase to the provider"),
            self._export,
        )
        self.sync_button = _button(
            "providerSyncButton",
            translate("PurchasesPane", "Sync with provider"),
            translate("PurchasesPane", "Synchronize exported orders with the provider"),
            self._sync,
        )
        self.activities_table = _table(
            "activitiesTable", translate("PurchasesPane", "Autopurchase activities"), ACTIVITY_COLUMNS
        )
        self.activities_table.itemSelectionChanged.connect(self._show_question)
        self.question = QLabel()
        self.question.setObjectName("activityQuestion")
        self.question.setAccessibleName(translate("PurchasesPane", "The question OT Platform asks"))
        self.question.setWordWrap(True)
        self.choices_row = QHBoxLayout()
        self.choice_buttons: list[QPushButton] = []

        buttons = QHBoxLayout()
        buttons.addWidget(self.deposit)
        for button in (self.pay_button, self.cancel_button, self.export_button, self.sync_button):
            buttons.addWidget(button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.purchases_table, 2)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.activities_table, 1)
        layout.addWidget(self.question)
        layout.addLayout(self.choices_row)
        self.setWidget(body)
        self.refresh()

    # ---- reading the store ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read purchases and activities again; nothing is redrawn when nothing changed (a timer calls this)."""
        found = [purchases.purchase_view(p) for p in purchases.list_purchases(limit=300)]
        activities = [purchases.activity_view(a) for a in purchases.list_activities(limit=200)]
        if self._loaded and self._purchases == found and self._activities == activities:
            return
        self._loaded = True
        selected = self.selected_purchase()
        self._purchases = found
        self._fill(
            self.purchases_table,
            [
                [
                    f"P{v['id']}",
                    v["reference"],
                    v["via"],
                    v["ot_order_id"],
                    purchase_state_label(v["state"]),
                    v["ot_status"],
                    _paid(v),
                    v["message"],
                ]
                for v in self._purchases
            ],
        )
        if selected is not None:
            self.select_purchase(selected)
        chosen_activity = self.selected_activity()
        self._activities = activities
        self._fill(
            self.activities_table,
            [
                [
                    str(v["id"]),
                    activity_action_label(v["action"]),
                    v["reference"] or v["via"],
                    activity_state_label(v["state"]),
                    "" if v["progress"] is None else translate("PurchasesPane", "{percent}%", percent=v["progress"]),
                    v["question"] or v["message"],
                ]
                for v in self._activities
            ],
        )
        if chosen_activity is None:
            chosen_activity = next((v["id"] for v in self._activities if v["state"] == "awaiting"), None)
        if chosen_activity is not None:
            self.select_activity(chosen_activity)
        self._show_selected()
        self._show_question()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.blockSignals(False)

    def selected_purchase(self) -> int | None:
        rows = self.purchases_table.selectionModel().selectedRows()
        return self._purchases[rows[0].row()]["id"] if rows and rows[0].row() < len(self._purchases) else None

    def select_purchase(self, purchase_id: int) -> None:
        for r, view in enumerate(self._purchases):
            if view["id"] == purchase_id:
                self.purchases_table.selectRow(r)

    def selected_activity(self) -> int | None:
        rows = self.activities_table.selectionModel().selectedRows()
        return self._activities[rows[0].row()]["id"] if rows and rows[0].row() < len(self._activities) else None

    def select_activity(self, activity_id: int) -> None:
        for r, view in enumerate(self._activities):
            if view["id"] == activity_id:
                self.activities_table.selectRow(r)

    def _show_selected(self) -> None:
        chosen = self.selected_purchase()
        view = next((v for v in self._purchases if v["id"] == chosen), None)
        for button in (self.pay_button, self.cancel_button, self.export_button):
            button.setEnabled(view is not None)
        if view is None:
            self.details.setText(translate("PurchasesPane", "Select a purchase to see what OT Platform did with it."))
            return
        parts = [
            translate(
                "PurchasesPane",
                "Purchase P{number} of {reference} via {channel}: {state}.",
                number=view["id"],
                reference=view["reference"],
                channel=view["via"],
                state=purchase_state_label(view["state"]),
            )
        ]
        if view["message"]:
            parts.append(view["message"])
        parts += [f"• {text}" for text in view["dropped"]]
        for line in view["lines"]:
            if line.get("provider_order_id") or line.get("waybill"):
                parts.append(
                    translate(
                        "PurchasesPane",
                        "OT line {line} ({item}): provider order {provider_order}, waybill {waybill}",
                        line=line["id"],
                        item=line["item_id"],
                        provider_order=line.get("provider_order_id") or "-",
                        waybill=line.get("waybill") or "-",
                    )
                )
        self.details.setText("\n".join(parts))

    def _show_question(self) -> None:
        for button in self.choice_buttons:
            self.choices_row.removeWidget(button)
            button.deleteLater()
        self.choice_buttons = []
        chosen = self.selected_activity()
        view = next((v for v in self._activities if v["id"] == chosen), None)
        if view is None or view["state"] != "awaiting":
            self.question.setText(view["message"] if view is not None else "")
            return
        self.question.setText(
            translate(
                "PurchasesPane",
                "OT Platform asks about {subject}: {question}",
                subject=view["reference"] or view["via"],
                question=view["question"],
            )
        )
        for n, choice in enumerate(view["choices"]):
            button = _button(
                f"answerChoice_{n}",
                choice["label"],
                translate("PurchasesPane", "Answer: {choice}", choice=choice["label"]),
                self._answerer(view["id"], choice["id"]),
            )
            self.choices_row.addWidget(button)
            self.choice_buttons.append(button)

    # ---- the operator's actions -----------------------------------------------------------------------------
    def _run(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except RuleViolation as exc:
            QMessageBox.warning(self, translate("PurchasesPane", "Purchase"), exc.message)
            return
        self.changed.emit()
        self.refresh()

    def _pay(self) -> None:
        chosen = self.selected_purchase()
        if chosen is not None:
            deposit = self.deposit.text().strip() or None
            self._run(lambda: purchasing.pay(chosen, user=self.user, deposit=deposit))

    def _cancel(self) -> None:
        chosen = self.selected_purchase()
        if chosen is not None:
            self._run(lambda: purchasing.cancel(chosen, user=self.user))

    def _export(self) -> None:
        chosen = self.selected_purchase()
        if chosen is not None:
            self._run(lambda: purchasing.start_activity("export", purchase_id=chosen, user=self.user))

    def _sync(self) -> None:
        chosen = self.selected_purchase()
        via = next((v["via"] for v in self._purchases if v["id"] == chosen), None)
        self._run(lambda: purchasing.start_activity("synchronize", via=via, user=self.user))

    def _answerer(self, activity_id: int, choice_id: str) -> Callable[[], None]:
        def answer() -> None:
            self._run(lambda: purchasing.answer(activity_id, choice_id, user=self.user))

        return answer


def buy(parent: QWidget, order_id: int, *, user: str) -> list[int]:
    """The "Buy on OT Platform" action: place the order on the OT channel (asking which when there are several)."""
    names = [c.name for c in Channel.select().where(Channel.kind == "otplatform", Channel.enabled == True)]  # noqa: E712
    if not names:
        raise RuleViolation(
            translate("PurchasesPane", "There is no OT Platform channel to buy on: add one under Channels.")
        )
    via = names[0]
    if len(names) > 1:
        via, chosen = QInputDialog.getItem(
            parent,
            translate("PurchasesPane", "Buy on OT Platform"),
            translate("PurchasesPane", "Buy through the channel:"),
            names,
            0,
            False,
        )
        if not chosen:
            return []
    result = purchasing.place(order_id, via=via, user=user)
    window: Any = parent
    if hasattr(window, "show_purchases"):
        window.show_purchases(result.purchase.id)
    return [order_id]


def install(window: Any) -> PurchasesPane:
    """Add the pane to the main window beside the sync log, with its toolbar button and the status bar notice."""
    from PySide6.QtGui import QAction, QKeySequence

    pane = PurchasesPane(user=window.user, parent=window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
    if window.log_pane is not None:
        window.tabifyDockWidget(window.log_pane, pane)
        window.log_pane.raise_()
    pane.changed.connect(lambda: window._events_changed([]))
    action = QAction(translate("PurchasesPane", "Purchases"), window)
    action.setObjectName("purchasesAction")
    action.setShortcut(QKeySequence("F7"))
    action.setToolTip(translate("PurchasesPane", "Purchases on OT Platform and autopurchase questions (F7)"))
    action.triggered.connect(lambda: window.show_purchases())
    window.findChild(QWidget, "actionsToolbar").addAction(action)
    window.status.open_purchases_requested.connect(lambda: window.show_purchases())
    window._counts_timer.timeout.connect(pane.refresh)
    return pane
