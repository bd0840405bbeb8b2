"""The panes in Dutch (and the table in German): the order table, the detail panel, the sync log, the purchases pane
and the stock view speak the language, write money, counts and dates its way, and leave no English of their own."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from orderdesk.core.events import EventState
from orderdesk.services import status, stock
from orderdesk.store import outbox, purchases, synclog
from orderdesk.store.models import Order, Purchase, PurchaseActivity
from orderdesk.ui import i18n
from orderdesk.ui.detail_panel import DetailPanel
from orderdesk.ui.order_table_model import COLUMN_INDEX, OrderTableModel
from orderdesk.ui.purchases_pane import PurchasesPane
from orderdesk.ui.stock_view import StockView
from orderdesk.ui.sync_log_model import SyncLogModel
from orderdesk.ui.sync_log_pane import SyncLogPane
from tests.ui.english_left import english_left

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

DUTCH_DATE = re.compile(r"\b\d{2}-\d{2}-\d{4} \d{2}:\d{2}\b")  # 20-11-2026 10:30

DUTCH_ORDER_HEADERS = [
    "Referentie",
    "Kanaal",
    "Bron",
    "Status",
    "Betaling",
    "Klant",
    "Plaats",
    "Regels",
    "Totaal",
    "Zending",
    "Synchronisatie",
    "Aangemaakt",
    "Bijgewerkt",
    "ERP-nummer",
]
GERMAN_ORDER_HEADERS = [
    "Referenz",
    "Kanal",
    "Quelle",
    "Status",
    "Zahlung",
    "Kunde",
    "Ort",
    "Positionen",
    "Gesamt",
    "Sendung",
    "Synchronisierung",
    "Erstellt",
    "Aktualisiert",
    "ERP-Nummer",
]


def headers(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def big_order() -> Order:
    """An order of 1,234.50 EUR: one line of 1,229.55 and 4.95 shipping."""
    line = {"external_id": "big-1", "sku": "MUG-01", "name": "Mug, blue", "quantity": 1, "unit_price": "1229.55"}
    return make_order(reference="AFF-1234", lines=[line], created_at="2026-11-20T09:30:00Z")


def test_the_order_table_speaks_dutch_and_writes_money_and_dates_the_dutch_way(db, qtbot):
    i18n.install("nl")
    make_channel("aff", "affiliate")
    big_order()
    model = OrderTableModel()
    model.reload()
    assert headers(model) == DUTCH_ORDER_HEADERS
    assert model.index(0, COLUMN_INDEX["total"]).data() == "1.234,50 EUR"
    created = datetime(2026, 11, 20, 9, 30, tzinfo=UTC).astimezone()
    assert model.index(0, COLUMN_INDEX["created"]).data() == f"{created:%d-%m-%Y %H:%M}"
    tip = model.index(0, COLUMN_INDEX["sync_state"])
    assert tip.data(Qt.ItemDataRole.ToolTipRole) is None  # synced: nothing to explain
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    assert english_left(view, "nl") == []


def test_the_order_table_speaks_german(db, qtbot):
    i18n.install("de")
    make_channel("aff", "affiliate")
    big_order()
    model = OrderTableModel()
    model.reload()
    assert headers(model) == GERMAN_ORDER_HEADERS
    assert model.index(0, COLUMN_INDEX["total"]).data() == "1.234,50 EUR"
    log = SyncLogModel()
    assert headers(log) == ["Zeit", "Kanal", "Richtung", "Vorgang", "Bestellung", "Ergebnis", "HTTP-Status", "Meldung"]


def test_the_detail_panel_speaks_dutch(db, qtbot):
    i18n.install("nl")
    make_channel("aff", "affiliate")
    order = big_order()
    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.header.text() == "Geen order geselecteerd. Selecteer een order om die hier te zien."
    panel.show_order(order.id)
    header = panel.header.text()
    assert "Totaal <b>1.234,50 EUR</b>" in header
    assert "commissie 122,96 EUR" in header
    assert "In afwachting · betaling: Betaald · synchronisatie: Gesynchroniseerd · versie 1" in header
    lines = panel.lines
    assert [lines.horizontalHeaderItem(c).text() for c in range(lines.columnCount())] == [
        "SKU",
        "Naam",
        "Aantal",
        "Stukprijs",
        "Tracking",
        "ERP-regel",
    ]
    assert lines.item(0, 3).text() == "1.229,55 EUR"
    facts = panel.facts.text()
    for label in ("<b>Klant</b>", "<b>Afleveradres</b>", "<b>Factuuradres</b>"):
        assert label in facts
    timeline = panel.history.toPlainText()
    assert "Geïmporteerd" in timeline and DUTCH_DATE.search(timeline)
    data = ("Zoë Åkerlund", "zoe@example.com")
    # The audit's detail is written by services (the `messages` part), which keeps it in English as a stored record.
    audit_detail = ("imported into aff",)
    assert english_left(panel, "nl", allowed=data + audit_detail) == []


def failed_event() -> Order:
    """An order whose acknowledge event failed, with the log line the engine writes for it."""
    order = make_order()
    event = status.set_status(order.id, "processing", user="anna").event
    assert event is not None
    outbox.settle(event.id, EventState.FAILED, error="Unknown SKU 'X'")
    synclog.write(
        channel="aff",
        direction="push",
        operation="acknowledge",
        outcome="failed",
        order_reference=order.reference,
        event_id=event.id,
        http_status=422,
        duration_ms=1250,
        message="Unknown SKU 'X'",
    )
    return order


def test_the_sync_log_pane_speaks_dutch(db, qtbot):
    i18n.install("nl")
    make_channel("aff", "affiliate")
    synclog.write(channel="aff", direction="pull", operation="fetch orders", outcome="ok", message="page 1")
    order = failed_event()
    pane = SyncLogPane(user="sam")
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.windowTitle() == "Synchronisatielogboek"
    assert headers(pane.model) == [
        "Tijd",
        "Kanaal",
        "Richting",
        "Bewerking",
        "Order",
        "Resultaat",
        "HTTP-status",
        "Melding",
    ]
    assert [pane.model.index(r, 5).data() for r in range(2)] == ["mislukt", "ok"]
    assert pane.model.index(0, 2).data() == "versturen"
    assert pane.outcome_combo.itemText(0) == "Alle resultaten"
    assert pane.failed_only_check.text() == "Alleen mislukte"
    pane.table.selectionModel().select(
        pane.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    details = pane.details.toPlainText()
    assert "Resultaat: mislukt, HTTP 422, duurde 1.250 ms" in details
    assert re.search(r"Wijziging #\d+ \(Bevestiging\): nu Mislukt, 0 pogingen", details)
    pane.groups_view.selectRow(0)
    pane.retry_selected_group()
    assert pane.group_error.text() == "1 wijziging van aff staat opnieuw klaar."
    assert order.reference in pane.model.index(0, 4).data()
    assert english_left(pane, "nl") == []


def test_the_purchases_pane_speaks_dutch(db, qtbot):
    i18n.install("nl")
    make_channel("desk", "manual")
    make_channel("ot", "otplatform", options={"instance_key": "k", "delivery_mode_id": "DM-AIR"})
    from orderdesk.services import purchasing

    order = make_order("desk", reference="D-1")
    purchase = purchasing.place(order.id, via="ot", user="anna").purchase
    purchases.apply_facts(
        Purchase.get_by_id(purchase.id),
        {"ot_order_id": "ORD-0000000040", "total": "1234.50", "currency": "EUR", "paid_amount": "1000"},
        "",
    )
    PurchaseActivity.create(
        purchase=purchase,
        channel=purchase.channel,
        action="export",
        activity_id="ba001",
        state="awaiting",
        progress=66,
        question="The price of Ceramic teapot changed. Keep it?",
        choices=[{"id": "keep", "label": "Keep it"}],
    )
    pane = PurchasesPane(user="anna")
    qtbot.addWidget(pane)
    pane.show()
    pane.select_purchase(purchase.id)
    table = pane.purchases_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Bestelling",
        "Order",
        "Via",
        "OT-order",
        "Status",
        "OT-status",
        "Betaald",
        "Melding",
    ]
    paid = table.item(0, 6).text()
    assert paid.endswith(" van 1.234,50 EUR"), paid
    assert pane.pay_button.text() == "Betalen" and pane.sync_button.text() == "Synchroniseren met leverancier"
    assert pane.details.text().startswith("Bestelling P1 van D-1 via ot: Geplaatst.")
    assert [pane.activities_table.item(0, c).text() for c in (1, 3)] == ["Exporteren", "Wacht op antwoord"]
    assert pane.activities_table.item(0, 4).text() == "66%"
    assert pane.question.text() == "OT Platform vraagt over D-1: The price of Ceramic teapot changed. Keep it?"
    ots_words = ("The price of Ceramic teapot changed. Keep it?", "Keep it")  # OT's question and choice: data
    assert english_left(pane, "nl", allowed=ots_words) == []


def test_the_stock_view_speaks_dutch(db, qtbot, tmp_path):
    i18n.install("nl")
    make_channel("m2", "magento")
    stock.set_quantities("m2", {"MUG-01": "1234"}, user="anna")
    view = StockView(user="anna")
    qtbot.addWidget(view)
    view.show()
    assert view.windowTitle() == "Voorraad"
    table = view.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "SKU",
        "Kanaal",
        "Te publiceren aantal",
        "Laatst verstuurd",
        "Status",
        "Antwoord van het kanaal",
    ]
    assert [table.item(0, c).text() for c in (0, 2, 4)] == ["MUG-01", "1.234", "wachtend"]
    view._row_picked(0, 0)
    assert view.quantity_spin.value() == 1234  # the grouped text is not what the form reads
    path = tmp_path / "telling.csv"
    path.write_text("sku,quantity\nMUG-01,5\nCAP-02,-1\n", encoding="utf-8")
    view.import_file(path)
    assert view.message.text().startswith("telling.csv: 1 aantal klaargezet voor m2; 1 regel geweigerd:\nregel 3: ")
    assert english_left(view, "nl") == []
