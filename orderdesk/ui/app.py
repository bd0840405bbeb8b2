"""Starting the desktop application: database, sync thread, main window."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from orderdesk import APP_NAME
from orderdesk.resources import resource_path
from orderdesk.store.db import DatabaseUnavailable, open_database
from orderdesk.sync.worker import SyncController, SyncWorker
from orderdesk.ui import crash, ui_settings
from orderdesk.ui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ui_settings.ORGANIZATION)
    app.setApplicationName(ui_settings.APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    icon = resource_path("orderdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(*, db_url: str | None, user: str, title_note: str = "") -> MainWindow:
    """The main window on an open database, with its sync thread started."""
    open_database(db_url)
    controller = SyncController(SyncWorker())
    window = MainWindow(user=user, controller=controller, title_note=title_note)
    controller.start()
    return window


def run_gui(*, db_url: str | None, user: str, title_note: str = "", on_exit: Callable[[], None] | None = None) -> int:
    app = application()
    crash.install()
    try:
        window = open_window(db_url=db_url, user=user, title_note=title_note)
    except DatabaseUnavailable as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()
    try:
        return int(app.exec())
    finally:
        if on_exit is not None:
            on_exit()
