"""A first start: an empty desk greets with what to do first, and each of the three ways in works from there."""

from __future__ import annotations

import json
import subprocess

from factories import make_channel, order_data

from orderdesk.store.models import AuditEntry, Channel, Order
from orderdesk.ui.dialogs.focus import is_input
from orderdesk.ui.dialogs.import_file import ImportDialog
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.welcome import demo_command


def test_an_empty_desk_shows_the_welcome_in_the_tables_place(db, qtbot):
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.welcome
    assert not window.table.isVisible()
    for button in (window.welcome.add_button, window.welcome.import_button, window.welcome.demo_button):
        assert button.isVisible() and button.isEnabled()


def test_a_desk_with_a_channel_shows_the_table(db, qtbot):
    make_channel("aff", "affiliate")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.desk_page and window.table.isVisible()


def test_add_a_channel_opens_the_settings(db, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(MainWindow, "_open_settings", lambda self: opened.append(self))
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.welcome.add_button.click()
    assert opened == [window]


def test_try_the_demo_starts_orderdesk_demo_beside_the_window(db, qtbot, monkeypatch):
    started = []
    monkeypatch.setattr(subprocess, "Popen", lambda args, **kwargs: started.append(args))
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.welcome.demo_button.click()
    assert started == [demo_command()] and started[0][-1] == "--demo"


def test_importing_a_file_into_a_new_manual_channel_loads_the_good_orders_and_names_the_bad(db, qtbot, tmp_path):
    good = [order_data(reference="IMP-1"), order_data(reference="IMP-2")]
    bad = {**order_data(reference="IMP-3"), "lines": []}
    path = tmp_path / "orders.json"
    path.write_text(json.dumps([good[0], bad, good[1]]), encoding="utf-8")
    dialog = ImportDialog(user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    assert is_input(dialog.focusWidget())
    assert not dialog.ok_button.isEnabled()  # nothing chosen yet
    dialog.path_edit.setText(str(path))
    assert dialog.channel_combo.currentData() == "__new__" and dialog.new_name_edit.text() == "Imported"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ok_button.text() == "Import another file", timeout=10_000)
    assert sorted(o.reference for o in Order.select()) == ["IMP-1", "IMP-2"]
    assert Channel.get(Channel.name == "Imported").kind == "manual"
    text = dialog.result_error.text()
    assert text.startswith("Imported 2 orders into Imported; 0 already here; 1 refused.")
    assert "IMP-3" in text
    assert dialog.changed and AuditEntry.select().where(AuditEntry.user == "anna").exists()


def test_after_an_import_the_welcome_gives_way_to_the_table(db, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "orders.json"
    path.write_text(json.dumps([order_data(reference="IMP-9")]), encoding="utf-8")
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    window.show()

    def exec_import(dialog: ImportDialog) -> int:
        dialog.path_edit.setText(str(path))
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.changed, timeout=10_000)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", exec_import)
    window.welcome.import_button.click()
    assert window.pages.currentWidget() is window.desk_page
    assert window.model.rowCount() == 1
