"""The main window in Dutch (and German): menus, actions and why they are disabled, status bar, filter bar, count,
notice bar, welcome page and crash dialog speak the language, and no English is left in the window's own texts."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtWidgets import QMessageBox, QWidget

from orderdesk.store.models import Order
from orderdesk.ui import i18n, status_bar
from orderdesk.ui.crash import CrashDialog
from orderdesk.ui.main_window import DEMO_NOTE, MainWindow
from orderdesk.ui.welcome import WelcomePage
from tests.ui.english_left import english_left

# Texts the window shows that other parts of the translation own; they are theirs to translate.
OTHER_PARTS = (
    # panes (order_table_model.py): the order table's headers
    "Source",
    "Payment",
    "Customer",
    "City",
    "Lines",
    "Consignment",
    "Sync",
    "Created",
    "ERP number",
    # panes (detail_panel.py): the order panel
    "Order details",
    "Order summary",
    "Select an order to see it here.",
    "Order lines",
    "Qty",
    "Unit price",
    "Tracking",
    "ERP line",
    "Addresses, attributes and consignment",
    "Order timeline",
    # panes (purchases_pane.py): its action in the View menu
    "Purchases",
    "Purchases on OT Platform and autopurchase questions (F7)",
)
# Data, not text: the order sources as the channels name them (the Source filter lists them as the table shows them).
ORDER_SOURCES = ("affiliate", "web")
# The purchases pane's action (panes) is the one text of another part in the menu bar.
PURCHASES_ACTION = ("Purchases", "Purchases on OT Platform and autopurchase questions (F7)")

MENU_TITLES = {
    "nl": ["&Bestand", "Be&werken", "Beel&d", "&Orders", "&Synchronisatie", "&Help"],
    "de": ["&Datei", "&Bearbeiten", "&Ansicht", "Beste&llungen", "&Synchronisierung", "&Hilfe"],
}


def open_window(qtbot, language: str) -> tuple[MainWindow, list[Order]]:  # type: ignore[no-untyped-def]
    assert i18n.install(language) == language
    make_channel("aff", "affiliate")
    make_channel("m2", "magento")
    orders = [
        make_order(reference="AFF-501"),
        make_order(reference="AFF-502", payment_status="unpaid"),
        make_order(reference="AFF-503", status="processing"),
    ]
    window = MainWindow(user="anna", title_note=DEMO_NOTE)
    qtbot.addWidget(window)
    window.show()
    return window, orders


def select(window: MainWindow, *orders: Order) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    for order in orders:
        index = window.model.index(window.model.ensure_loaded(order.id), 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def acknowledge_two(window: MainWindow, orders: list[Order], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Acknowledge a paid and an unpaid order: the question, then the notice that names the refused one."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    select(window, orders[0], orders[1])
    window.run_action("acknowledge")
    return asked


def troubled_status_bar(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text the status bar has: a channel in trouble, progress, failed changes, a purchase question."""
    monkeypatch.setattr(status_bar.outbox, "open_count", lambda: {"pending": 1200, "failed": 2})
    monkeypatch.setattr(status_bar.purchases, "awaiting_count", lambda: 1)
    window.status.set_channel_state("aff", "auth_failed", "")
    window.status.set_progress("m2", 40, 100)
    window.status.refresh_counts()


def test_the_menus_actions_and_bars_speak_dutch(db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, orders = open_window(qtbot, "nl")
    assert [action.text() for action in window.menuBar().actions()] == MENU_TITLES["nl"]
    assert window.windowTitle().endswith(" — demo (gesimuleerde kanalen)")
    assert window.count_label.text().strip() == "3 orders"
    assert window.actions_by_key["acknowledge"].text() == "Bevestigen"
    assert window.actions_by_key["cancel"].text() == "Order annuleren…"
    assert window.find_action.text() == "Order &zoeken of scannen"
    assert window.filters.channel.itemText(0) == "Alle"
    assert window.filters.payment.itemText(2) == "Onbetaald"
    assert window.filters.search.placeholderText().startswith("Zoeken of scannen: referentie, klant")
    assert window.filters.more.text() == "Meer filters"
    assert window.status.counts.text() == "Synchronisatielogboek: 0 wachtend · 0 mislukt"
    assert window.status.channel_states.text() == "2 kanalen gereed"

    select(window, orders[0])
    dispatch = window.actions_by_key["dispatch"]
    assert not dispatch.isEnabled()
    assert dispatch.toolTip() == "Verzenden: AFF-501 is nog niet bevestigd"
    assert window.actions_by_key["acknowledge"].toolTip() == (
        "Met de order beginnen (in afwachting → in behandeling) (Ctrl+K)"
    )

    assert acknowledge_two(window, orders, monkeypatch) == ["2 orders bevestigen?"]
    assert window.notice.isVisible() and window.notice.dismiss.text() == "Sluiten"
    assert window.notice.text.text() == "⚠ 1 van 2 orders bevestigd, 1 geweigerd: AFF-502 is onbetaald."

    troubled_status_bar(window, monkeypatch)
    assert window.status.counts.text() == "Synchronisatielogboek: 1.200 wachtend · 2 mislukt"
    assert window.status.notice.text() == (
        "⚠ 2 wijzigingen konden niet worden verstuurd — open het synchronisatielogboek"
    )
    assert window.status.channel_states.text() == "⚠ aff: aanmelding geweigerd · 1 kanaal gereed"

    window.filters.show_no_match("NOPE-404")
    assert window.filters.feedback.text() == "Geen order gevonden voor NOPE-404"


def test_the_welcome_page_and_the_crash_dialog_speak_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.install("nl")
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    assert page.add_button.text() == "Kanaal toevoegen…"
    assert page.demo_button.accessibleName() == "Demo proberen"
    assert english_left(page, "nl") == []
    dialog = CrashDialog("division by zero", "Traceback (most recent call last): ...", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "OrderDesk is op een fout gestuit"
    assert dialog.copy_button.text() == "Rapport &kopiëren"
    assert english_left(dialog, "nl", allowed=["division by zero"]) == []  # the bug's own words stay as they are


@pytest.mark.parametrize("language", ["nl", "de"])
def test_no_english_is_left_in_the_window(db, qtbot, monkeypatch, language: str) -> None:  # type: ignore[no-untyped-def]
    window, orders = open_window(qtbot, language)
    assert [action.text() for action in window.menuBar().actions()] == MENU_TITLES[language]
    select(window, orders[0])  # the disabled actions say why, in the language
    acknowledge_two(window, orders, monkeypatch)  # the notice bar shows what the action did
    troubled_status_bar(window, monkeypatch)
    window.filters.show_no_match("NOPE-404")
    assert english_left(window, language, allowed=OTHER_PARTS) == []
    # The parts that are the window's own, each without the words the other parts' texts excuse above.
    for widget in (window.status, window.notice):
        assert english_left(widget, language) == []
    more_filters: QWidget = window.filters.more.menu().actions()[0].defaultWidget()
    assert english_left(more_filters, language, allowed=ORDER_SOURCES) == []
    assert english_left(window.menuBar(), language, allowed=PURCHASES_ACTION) == []
    welcome = WelcomePage()
    qtbot.addWidget(welcome)
    assert english_left(welcome, language) == []
