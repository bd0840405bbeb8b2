"""Starting the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from orderdesk import APP_NAME, __version__


class MainWindow(QMainWindow):
    """The order desk window (the full table, dialogs and log pane arrive with the desktop issue)."""

    def __init__(self, order_count: int) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        summary = QLabel(
            f"{order_count} order(s) in this desk.\n\n"
            "Work orders from the command line for now: `orderdesk orders --help`."
        )
        summary.setObjectName("summaryLabel")
        summary.setAccessibleName("Order summary")
        summary.setMargin(24)
        self.setCentralWidget(summary)
        self.resize(720, 420)


def run_gui(*, db_url: str | None, user: str, demo: bool = False) -> int:
    from orderdesk.store.db import DatabaseUnavailable, open_database
    from orderdesk.store.models import Order

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    if demo:
        QMessageBox.information(None, APP_NAME, "Demo mode arrives with the channel simulators.")
        return 1
    try:
        open_database(db_url)
    except DatabaseUnavailable as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(Order.select().count())
    window.show()
    return int(app.exec())
