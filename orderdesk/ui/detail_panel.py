"""The selected order in full: lines, addresses, attributes, consignment, invoice, split family, and one timeline."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core.events import event_kind_label, event_state_label
from orderdesk.core.labels import label_in
from orderdesk.core.records import Address
from orderdesk.core.statuses import payment_label, status_label, sync_state_label
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store import audit, outbox
from orderdesk.store.models import Order, SyncLogEntry
from orderdesk.store.orders import order_document
from orderdesk.ui import colours, locale_format
from orderdesk.ui.sync_log_model import direction_word, outcome_word

# The order lines' columns, shown through translate("DetailPanel", title).
LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("DetailPanel", "SKU"),
    QT_TRANSLATE_NOOP("DetailPanel", "Name"),
    QT_TRANSLATE_NOOP("DetailPanel", "Qty"),
    QT_TRANSLATE_NOOP("DetailPanel", "Unit price"),
    QT_TRANSLATE_NOOP("DetailPanel", "Tracking"),
    QT_TRANSLATE_NOOP("DetailPanel", "ERP line"),
)

# What an audit entry's action (a code the services write) says in the timeline: translate("Timeline", words).
# An action not listed shows as its code with spaces.
ACTION_WORDS = {
    "set_status": QT_TRANSLATE_NOOP("Timeline", "Status changed"),
    "payment_override": QT_TRANSLATE_NOOP("Timeline", "Status changed with a payment override"),
    "dispatch": QT_TRANSLATE_NOOP("Timeline", "Dispatched"),
    "cancel": QT_TRANSLATE_NOOP("Timeline", "Cancelled"),
    "create_return": QT_TRANSLATE_NOOP("Timeline", "Return created"),
    "edit": QT_TRANSLATE_NOOP("Timeline", "Edited"),
    "split": QT_TRANSLATE_NOOP("Timeline", "Split"),
    "invoice": QT_TRANSLATE_NOOP("Timeline", "Invoiced"),
    "set_attributes": QT_TRANSLATE_NOOP("Timeline", "Attributes set"),
    "erp_numbers": QT_TRANSLATE_NOOP("Timeline", "ERP numbers set"),
    "conflict": QT_TRANSLATE_NOOP("Timeline", "Conflict with the channel"),
    "conflict_keep_local": QT_TRANSLATE_NOOP("Timeline", "Conflict resolved: the local version kept"),
    "conflict_take_remote": QT_TRANSLATE_NOOP("Timeline", "Conflict resolved: the channel's version taken"),
    "pulled": QT_TRANSLATE_NOOP("Timeline", "Received from the channel"),
    "linked": QT_TRANSLATE_NOOP("Timeline", "Linked to the channel's order"),
    "updated_from_channel": QT_TRANSLATE_NOOP("Timeline", "Changed by the channel"),
    "cancelled_by_channel": QT_TRANSLATE_NOOP("Timeline", "Cancelled by the channel"),
    "import": QT_TRANSLATE_NOOP("Timeline", "Imported"),
    "retry_event": QT_TRANSLATE_NOOP("Timeline", "Sync event retried"),
    "discard_event": QT_TRANSLATE_NOOP("Timeline", "Sync event discarded"),
    "purchase_place": QT_TRANSLATE_NOOP("Timeline", "Purchase placed"),
    "purchase_pay": QT_TRANSLATE_NOOP("Timeline", "Purchase paid"),
    "purchase_cancel": QT_TRANSLATE_NOOP("Timeline", "Purchase cancelled"),
    "autopurchase_export": QT_TRANSLATE_NOOP("Timeline", "Autopurchase: export"),
    "autopurchase_synchronize": QT_TRANSLATE_NOOP("Timeline", "Autopurchase: synchronize"),
    "autopurchase_link": QT_TRANSLATE_NOOP("Timeline", "Autopurchase: link"),
    "autopurchase_unlink": QT_TRANSLATE_NOOP("Timeline", "Autopurchase: unlink"),
    "autopurchase_answer": QT_TRANSLATE_NOOP("Timeline", "Autopurchase question answered"),
}
SYNC_WHO = "sync"  # the audit's user for what the sync did


def action_words(action: str) -> str:
    return label_in("Timeline", ACTION_WORDS, str, action)


def _who(user: str) -> str:
    return translate("Timeline", "sync") if user == SYNC_WHO else user


def _money(text: str | None, currency: str | None) -> str:
    """An amount the order document carries as exact text, in the user's locale."""
    try:
        return locale_format.money(Decimal(text), currency) if text else ""
    except InvalidOperation:
        return text or ""


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    who: str
    what: str
    detail: str
    failed_event_id: int | None = None


def timeline(order: Order) -> list[TimelineEntry]:
    """Audit history, sync events and what the channel answered, in one list, oldest first."""
    entries = [TimelineEntry(a.at, _who(a.user), action_words(a.action), a.detail) for a in audit.history(order)]
    for event in outbox.events_of(order):
        failed = event.state in ("failed", "uncertain")
        state = event_state_label(event.state)
        if event.last_error:
            state = translate("Timeline", "{state}: {error}", state=state, error=event.last_error)
        what = translate("Timeline", "{kind} event #{number}", kind=event_kind_label(event.kind), number=event.id)
        entries.append(TimelineEntry(event.updated_at, _who(SYNC_WHO), what, state, event.id if failed else None))
    calls = (
        SyncLogEntry.select()
        .where(SyncLogEntry.order_reference == order.reference)
        .order_by(SyncLogEntry.id.desc())
        .limit(50)
    )
    for call in calls:
        # The operation and the message are the sync's own words (the `messages` part words them).
        outcome = outcome_word(call.outcome)
        if call.http_status:
            outcome = translate("Timeline", "{outcome} HTTP {status}", outcome=outcome, status=call.http_status)
        what = f"{direction_word(call.direction)} {call.operation}"
        entries.append(TimelineEntry(call.at, call.channel, what, f"{outcome} {call.message}".strip()))
    return sorted(entries, key=lambda e: e.at)


class DetailPanel(QWidget):
    retry_requested = Signal(int)  # event id
    may_retry = True  # the acting role may retry sync events (ui.role_gate)
    order_requested = Signal(int)  # an order id to select (parent or split part)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName(translate("DetailPanel", "Order details"))
        self.order_id: int | None = None
        self.header = QLabel(_no_order())
        self.header.setObjectName("detailHeader")
        self.header.setAccessibleName(translate("DetailPanel", "Order summary"))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.linkActivated.connect(lambda link: self.order_requested.emit(int(link)))
        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("detailLines")
        self.lines.setAccessibleName(translate("DetailPanel", "Order lines"))
        self.lines.setHorizontalHeaderLabels([translate("DetailPanel", title) for title in LINE_COLUMNS])
        header = self.lines.horizontalHeader()
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setWordWrap(False)
        self.setMinimumWidth(280)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().hide()
        self.facts = QLabel()
        self.facts.setObjectName("detailFacts")
        self.facts.setAccessibleName(translate("DetailPanel", "Addresses, attributes and consignment"))
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.history = QTextBrowser()
        self.history.setObjectName("detailTimeline")
        self.history.setAccessibleName(translate("DetailPanel", "Order timeline"))
        self.retry = QPushButton(translate("DetailPanel", "Retry failed sync"))
        self.retry.setObjectName("detailRetryButton")
        self.retry.setAccessibleName(translate("DetailPanel", "Retry the failed sync event"))
        self.retry.hide()
        self.retry.clicked.connect(self._retry)
        self._failed_event: int | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.facts)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("DetailPanel", "Timeline")))
        row.addStretch(1)
        row.addWidget(self.retry)
        layout.addLayout(row)
        layout.addWidget(self.history, 3)

    def show_order(self, order_id: int | None) -> None:
        self.order_id = order_id
        order = Order.get_or_none(Order.id == order_id) if order_id is not None else None
        if order is None:
            self.header.setText(_no_order())
            self.lines.setRowCount(0)
            self.facts.clear()
            self.history.clear()
            self.retry.hide()
            return
        doc = order_document(order)
        self._header(order, doc)
        self._lines(doc)
        self._facts(doc)
        self._timeline(order)

    def refresh(self) -> None:
        self.show_order(self.order_id)

    def _header(self, order: Order, doc: dict) -> None:  # type: ignore[type-arg]
        esc = html.escape
        first = [f"<b>{esc(order.reference)}</b>", esc(order.channel.name), esc(order.order_source)]
        if order.parent_id:
            parent = esc(translate("DetailPanel", "order {number}", number=order.parent_id))
            link = f'<a href="{order.parent_id}">{parent}</a>'
            first.append(translate("DetailPanel", "split from {order}", order=link))
        if doc["split_ids"]:
            links = ", ".join(f'<a href="{i}">{i}</a>' for i in doc["split_ids"])
            first.append(translate("DetailPanel", "split into {orders}", orders=links))
        second = [
            esc(status_label(order.status)),
            esc(translate("DetailPanel", "payment: {state}", state=payment_label(order.payment_status))),
            esc(translate("DetailPanel", "sync: {state}", state=sync_state_label(order.sync_state))),
            esc(translate("DetailPanel", "version {number}", number=order.version)),
        ]
        total = f"<b>{esc(locale_format.money(order.total, order.currency))}</b>"
        third = [translate("DetailPanel", "Total {amount}", amount=total)]
        if order.commission is not None:
            commission = esc(locale_format.money(order.commission, order.currency))
            third.append(translate("DetailPanel", "commission {amount}", amount=commission))
        self.header.setText("<br>".join(" · ".join(parts) for parts in (first, second, third)))

    def _lines(self, doc: dict) -> None:  # type: ignore[type-arg]
        self.lines.setRowCount(len(doc["lines"]))
        for row, line in enumerate(doc["lines"]):
            values = [
                line["sku"],
                line["name"],
                locale_format.count(line["quantity"]),
                _money(line["unit_price"], doc["currency"]),
                line["tracking_number"] or "",
                line["erp_line_number"] or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, column, item)

    def _facts(self, doc: dict) -> None:  # type: ignore[type-arg]
        esc = html.escape

        def address(data: dict) -> str:  # type: ignore[type-arg]
            return "<br>".join(esc(line) for line in Address.from_dict(data).lines()) or "—"

        def label(text: str) -> str:
            return f"<b>{esc(text)}</b>"

        customer = [doc["customer"][key] for key in ("name", "email", "phone") if doc["customer"][key]]
        parts = [
            label(translate("DetailPanel", "Customer")) + "<br>" + "<br>".join(esc(value) for value in customer),
            label(translate("DetailPanel", "Ship to")) + f"<br>{address(doc['shipping_address'])}",
            label(translate("DetailPanel", "Bill to")) + f"<br>{address(doc['billing_address'])}",
        ]
        if doc["consignment_number"]:
            consignment = esc(doc["consignment_number"])
            if doc["carrier"]:  # a channel may send a consignment without naming its carrier
                consignment += f" ({esc(doc['carrier'])})"
            parts.append(f"{label(translate('DetailPanel', 'Consignment'))} {consignment}")
        if doc["erp_order_number"]:
            parts.append(f"{label(translate('DetailPanel', 'ERP order number'))} {esc(doc['erp_order_number'])}")
        if doc["invoice_id"]:
            parts.append(f"{label(translate('DetailPanel', 'Invoice'))} {esc(doc['invoice_id'])}")
        if doc["attributes"]:
            attributes = esc(", ".join(f"{k} = {v}" for k, v in doc["attributes"].items()))
            parts.append(f"{label(translate('DetailPanel', 'Attributes'))} {attributes}")
        if doc["note"]:
            parts.append(f"{label(translate('DetailPanel', 'Note'))} {esc(doc['note'])}")
        self.facts.setText("<br><br>".join(parts))

    def _timeline(self, order: Order) -> None:
        esc = html.escape
        rows = []
        self._failed_event = None
        for entry in timeline(order):
            if entry.failed_event_id is not None:
                self._failed_event = entry.failed_event_id
            # Time and who on one line, what happened under it: nothing is squeezed into a narrow column, so no
            # word is broken over lines; a failure says so in words, not only in red.
            failed = f' style="color:{colours.colour("error").name()}"' if entry.failed_event_id else ""
            mark = "⚠ " if entry.failed_event_id else ""
            rows.append(
                f"<p{failed}><span style='white-space:nowrap'>{locale_format.date_time(entry.at, seconds=True)} · "
                f"{esc(entry.who)}</span><br>{mark}<b>{esc(entry.what)}</b> {esc(entry.detail)}</p>"
            )
        self.history.setHtml("".join(rows))
        self.retry.setVisible(self._failed_event is not None and self.may_retry)

    def _retry(self) -> None:
        if self._failed_event is not None:
            self.retry_requested.emit(self._failed_event)


def _no_order() -> str:
    return translate("DetailPanel", "No order selected. Select an order to see it here.")
