"""The desk on a warehouse laptop with a barcode scanner: it fits 1366x768, the operator keeps the rows, the
scanner's Enter finds and selects, a miss says so plainly, and every action is in a menu with a safe shortcut."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from orderdesk.ui.dialogs.shortcuts import ShortcutsDialog
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.menus import shortcut_rows

LONG = "X" * 60


@pytest.fixture
def window(db, qtbot):
    make_channel("aff", "affiliate")
    make_channel("m2", "magento")
    win = MainWindow(user="anna")
    qtbot.addWidget(win)
    return win


def shown_at(qtbot, win: MainWindow, width: int, height: int) -> MainWindow:
    win.resize(width, height)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.wait(50)  # the first start sizes the docks once the window is laid out
    return win


def test_the_window_can_be_as_narrow_as_1024_px(window, qtbot):
    shown_at(qtbot, window, 1366, 768)
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 700)
    qtbot.wait(20)
    assert window.width() == 1024


def test_selecting_an_order_with_long_texts_never_widens_the_window(window, qtbot):
    order = make_order(
        reference="AFF-" + "9" * 40,
        customer={"name": "Maximiliane " + LONG, "email": "long@example.com"},
        lines=[
            {"external_id": "L1", "sku": "SKU-" + LONG[:40], "name": "A name " + LONG, "quantity": 2, "unit_price": "1"}
        ],
        shipping_address={"street": "Straße " + LONG, "city": "Kraków", "country": "PL"},
    )
    window.model.reload()
    shown_at(qtbot, window, 1366, 768)
    assert window.select_order(order.id)
    qtbot.wait(50)
    assert window.width() == 1366
    assert window.detail.order_id == order.id


def test_a_first_start_gives_the_order_panel_room_and_the_operator_twenty_rows(window, qtbot):
    for n in range(30):
        make_order(reference=f"AFF-{n}")
    window.model.reload()
    shown_at(qtbot, window, 1366, 768)
    assert window.detail_dock.width() >= 320
    assert not window.log_pane.isVisible()  # the log is a line in the status bar until asked for
    rows_visible = window.table.viewport().height() // window.table.verticalHeader().defaultSectionSize()
    assert rows_visible >= 20


def test_the_order_panel_shows_the_address_one_part_per_line(window, qtbot):
    order = make_order(
        shipping_address={"name": "Łukasz W", "street": "ul. Piotrkowska 120", "postcode": "90-006", "city": "Łódź"}
    )
    window.model.reload()
    shown_at(qtbot, window, 1366, 768)
    window.select_order(order.id)
    assert "Łukasz W<br>ul. Piotrkowska 120<br>90-006 Łódź" in window.detail.facts.text()


def test_the_sync_log_opens_from_the_status_bar_the_view_menu_and_the_red_notice(window, qtbot):
    shown_at(qtbot, window, 1366, 768)
    pane = window.log_pane
    qtbot.mouseClick(window.status.counts, Qt.MouseButton.LeftButton)
    assert pane.isVisible() and not pane.failed_only_check.isChecked()
    toggle = window.findChild(object, "toggleSyncLogAction")
    toggle.trigger()
    assert not pane.isVisible()
    window.status.notice.show()
    qtbot.mouseClick(window.status.notice, Qt.MouseButton.LeftButton)
    assert pane.isVisible() and pane.failed_only_check.isChecked()


def scan(qtbot, code: str) -> None:
    """A barcode scanner: keys into whatever has the focus, then Enter."""
    assert QApplication.focusWidget() is not None, "nothing has the focus: the scan would be lost"
    qtbot.keyClicks(QApplication.focusWidget(), code)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_two_scans_in_a_row_each_select_their_order(window, qtbot):
    first, second = make_order(reference="AFF-77"), make_order(reference="AFF-78")
    window.model.reload()
    shown_at(qtbot, window, 1366, 768)
    window.filters.search.setFocus()
    scan(qtbot, "AFF-77")
    assert window.selected_ids() == [first.id]
    scan(qtbot, "AFF-78")  # the focus is on the table now: the scan still replaces the search text
    assert window.selected_ids() == [second.id]
    assert window.filters.search.text() == "AFF-78"


def test_after_enter_on_a_search_the_text_is_selected_and_escape_clears_it(window, qtbot):
    make_order(reference="AFF-77", customer={"name": "Joaquín Pérez", "email": "jp@example.es"})
    make_order(reference="AFF-78", customer={"name": "Joaquín Sastre", "email": "js@example.es"})
    make_order(reference="AFF-79")
    window.model.reload()
    shown_at(qtbot, window, 1366, 768)
    search = window.filters.search
    search.setFocus()
    scan(qtbot, "Joaqu")
    assert window.model.rowCount() == 2
    assert search.hasFocus() and search.selectedText() == "Joaqu"
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)


def test_a_scan_of_one_order_selects_it_and_puts_the_focus_on_the_table_for_ctrl_d(window, qtbot):
    order = make_order(reference="AFF-5", status="processing")
    make_order(reference="AFF-6", status="processing")
    window.model.reload()
    shown_at(qtbot, window, 1366, 768)
    window.filters.search.setFocus()
    scan(qtbot, "AFF-5")
    assert window.selected_ids() == [order.id]
    assert QApplication.focusWidget() is window.table
    assert window.actions_by_key["dispatch"].isEnabled()


def test_a_scan_that_matches_nothing_beeps_turns_red_and_keeps_the_table(window, qtbot, monkeypatch):
    for n in range(3):
        make_order(reference=f"AFF-{n}")
    window.model.reload()
    shown_at(qtbot, window, 1366, 768)
    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    search = window.filters.search
    search.setFocus()
    search.setText("NOPE-404")  # a scanner types faster than the search waits
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert beeps == [1]
    assert window.filters.feedback.isVisible()
    assert window.filters.feedback.text() == "No order matches NOPE-404"
    assert search.property("noMatch")
    assert window.model.rowCount() == 3
    qtbot.wait(400)  # nothing takes the message away but the next input
    assert window.filters.feedback.isVisible()
    qtbot.keyClicks(search, "A")
    assert not window.filters.feedback.isVisible() and not search.property("noMatch")


def test_filters_that_do_not_fit_are_under_more_filters_which_counts_them(window, qtbot):
    shown_at(qtbot, window, 1366, 768)
    more = window.filters.more
    assert more.text() == "More filters"
    window.filters.payment.setCurrentIndex(window.filters.payment.findData("paid"))
    window.filters.dates.setChecked(True)
    assert more.text() == "More filters (2)"
    assert window.filters.current().payment_status == "paid"


def test_every_action_is_in_a_menu_and_help_lists_every_shortcut(window, qtbot):
    shown_at(qtbot, window, 1366, 768)
    bar = window.menuBar()
    titles = [a.text().replace("&", "") for a in bar.actions()]
    assert titles == ["File", "Edit", "View", "Orders", "Sync", "Help"]
    in_menus = {a.objectName() for m in bar.findChildren(QMenu) for a in m.actions()}
    toolbar = window.findChild(object, "actionsToolbar")
    missing = [a.objectName() for a in toolbar.actions() if not a.isSeparator() and a.objectName() not in in_menus]
    assert not missing
    rows = shortcut_rows(bar)
    dialog = ShortcutsDialog(rows, window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    with_keys = {
        a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for m in bar.findChildren(QMenu)
        for a in m.actions()
        if not a.shortcut().isEmpty()
    }
    assert with_keys <= listed
    assert {"Ctrl+D", "Ctrl+K", "F8"} <= listed


# What most programs mean by these keys: an operator's hands know them, so the desk never gives them another job.
ELSEWHERE = {"Ctrl+R": "reload", "Ctrl+Shift+R": "hard reload", "Ctrl+T": "new tab", "Ctrl+W": "close"}
ALLOWED_STANDARD = {
    QKeySequence.StandardKey.Find: "findAction",
    QKeySequence.StandardKey.Refresh: "syncNowAction",
    QKeySequence.StandardKey.HelpContents: "shortcutsAction",
    QKeySequence.StandardKey.Quit: "quitAction",
    QKeySequence.StandardKey.Preferences: "settingsAction",
}


def test_no_shortcut_takes_a_standard_meaning_for_another_job(window):
    standard = {}
    for key in QKeySequence.StandardKey:
        for sequence in QKeySequence.keyBindings(key):
            standard[sequence.toString()] = key
    wrong = []
    for action in window.findChildren(object):
        shortcut = getattr(action, "shortcut", None)
        if not callable(shortcut) or not hasattr(action, "objectName") or not hasattr(action, "triggered"):
            continue
        text = action.shortcut().toString()
        if not text:
            continue
        key = standard.get(text)
        if key is not None and ALLOWED_STANDARD.get(key) != action.objectName():
            wrong.append((action.objectName(), text, key.name))
        if text in ELSEWHERE:
            wrong.append((action.objectName(), text, ELSEWHERE[text]))
    assert not wrong
