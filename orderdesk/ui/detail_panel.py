"""The selected order in full: lines, addresses, attributes, consignment, invoice, split family, and one timeline."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

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

from orderdesk.core.money import format_money
from orderdesk.core.records import Address
from orderdesk.store import audit, outbox
from orderdesk.store.models import Order, SyncLogEntry
from orderdesk.store.orders import order_document
from orderdesk.ui import colours


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    who: str
    what: str
    detail: str
    failed_event_id: int | None = None


def timeline(order: Order) -> list[TimelineEntry]:
    """Audit history, sync events and what the channel answered, in one list, oldest first."""
    entries = [TimelineEntry(a.at, a.user, a.action.replace("_", " "), a.detail) for a in audit.history(order)]
    for event in outbox.events_of(order):
        failed = event.state in ("failed", "uncertain")
        detail = f"{event.state}" + (f": {event.last_error}" if event.last_error else "")
        entries.append(
            TimelineEntry(event.updated_at, "sync", f"{event.kind} #{event.id}", detail, event.id if failed else None)
        )
    calls = (
        SyncLogEntry.select()
        .where(SyncLogEntry.order_reference == order.reference)
        .order_by(SyncLogEntry.id.desc())
        .limit(50)
    )
    for call in calls:
        status = f" HTTP {call.http_status}" if call.http_status else ""
        entries.append(
            TimelineEntry(
                call.at,
                call.channel,
                f"{call.direction} {call.operation}",
                f"{call.outcome}{status} {call.message}".strip(),
            )
        )
    return sorted(entries, key=lambda e: e.at)


class DetailPanel(QWidget):
    retry_requested = Signal(int)  # event id
    order_requested = Signal(int)  # an order id to select (parent or split part)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName("Order details")
        self.order_id: int | None = None
        self.header = QLabel("Select an order to see it here.")
        self.header.setObjectName("detailHeader")
        self.header.setAccessibleName("Order summary")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.linkActivated.connect(lambda link: self.order_requested.emit(int(link)))
        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("detailLines")
        self.lines.setAccessibleName("Order lines")
        self.lines.setHorizontalHeaderLabels(["SKU", "Name", "Qty", "Unit price", "Tracking", "ERP line"])
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
        self.facts.setAccessibleName("Addresses, attributes and consignment")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.history = QTextBrowser()
        self.history.setObjectName("detailTimeline")
        self.history.setAccessibleName("Order timeline")
        self.retry = QPushButton("Retry failed sync")
        self.retry.setObjectName("detailRetryButton")
        self.retry.setAccessibleName("Retry the failed sync event")
        self.retry.hide()
        self.retry.clicked.connect(self._retry)
        self._failed_event: int | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.facts)
        row = QHBoxLayout()
        row.addWidget(QLabel("Timeline"))
        row.addStretch(1)
        row.addWidget(self.retry)
        layout.addLayout(row)
        layout.addWidget(self.history, 3)

    def show_order(self, order_id: int | None) -> None:
        self.order_id = order_id
        order = Order.get_or_none(Order.id == order_id) if order_id is not None else None
        if order is None:
            self.header.setText("Select an order to see it here.")
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
        family = ""
        if order.parent_id:
            family += f' · split from <a href="{order.parent_id}">order {order.parent_id}</a>'
        if doc["split_ids"]:
            links = ", ".join(f'<a href="{i}">{i}</a>' for i in doc["split_ids"])
            family += f" · split into {links}"
        commission = ""
        if order.commission is not None:
            commission = f" · commission {esc(format_money(order.commission, order.currency))}"
        self.header.setText(
            f"<b>{esc(order.reference)}</b> · {esc(order.channel.name)} · {esc(order.order_source)}{family}<br>"
            f"{esc(order.status.capitalize())} · payment {esc(order.payment_status.replace('_', ' '))} · "
            f"sync {esc(order.sync_state)} · version {order.version}<br>"
            f"Total <b>{esc(format_money(order.total, order.currency))}</b>{commission}"
        )

    def _lines(self, doc: dict) -> None:  # type: ignore[type-arg]
        self.lines.setRowCount(len(doc["lines"]))
        for row, line in enumerate(doc["lines"]):
            values = [
                line["sku"],
                line["name"],
                str(line["quantity"]),
                f"{line['unit_price']} {doc['currency']}",
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

        customer = [doc["customer"][key] for key in ("name", "email", "phone") if doc["customer"][key]]
        parts = [
            "<b>Customer</b><br>" + "<br>".join(esc(value) for value in customer),
            f"<b>Ship to</b><br>{address(doc['shipping_address'])}",
            f"<b>Bill to</b><br>{address(doc['billing_address'])}",
        ]
        if doc["consignment_number"]:
            parts.append(f"<b>Consignment</b> {esc(doc['consignment_number'])} ({esc(doc['carrier'] or '')})")
        if doc["erp_order_number"]:
            parts.append(f"<b>ERP order number</b> {esc(doc['erp_order_number'])}")
        if doc["invoice_id"]:
            parts.append(f"<b>Invoice</b> {esc(doc['invoice_id'])}")
        if doc["attributes"]:
            parts.append("<b>Attributes</b> " + esc(", ".join(f"{k} = {v}" for k, v in doc["attributes"].items())))
        if doc["note"]:
            parts.append(f"<b>Note</b> {esc(doc['note'])}")
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
                f"<p{failed}><span style='white-space:nowrap'>{entry.at.astimezone():%Y-%m-%d %H:%M:%S} · "
                f"{esc(entry.who)}</span><br>{mark}<b>{esc(entry.what)}</b> {esc(entry.detail)}</p>"
            )
        self.history.setHtml("".join(rows))
        self.retry.setVisible(self._failed_event is not None)

    def _retry(self) -> None:
        if self._failed_event is not None:
            self.retry_requested.emit(self._failed_event)
