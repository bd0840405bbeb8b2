"""Starting the desktop application: database, sync thread, main window."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from orderdesk import APP_NAME, DESKTOP_ID, __version__
from orderdesk.resources import resource_path
from orderdesk.store.db import DatabaseUnavailable, open_database
from orderdesk.sync.worker import SyncController, SyncWorker
from orderdesk.ui import crash, ui_settings
from orderdesk.ui.main_window import MainWindow

GUI_SWITCH_INTERVAL_S = 0.001
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # resources/icons/orderdesk-<size>.png


def application() -> QApplication:
    # The sync thread is busy Python while a big pull runs; with the default 5 ms switch interval the GUI
    # thread waited up to that long for the interpreter at every database row it read, and a refresh of the
    # table stalled for a tenth of a second. A shorter interval hands the interpreter back sooner.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ui_settings.ORGANIZATION)
    app.setApplicationName(ui_settings.APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    # Wayland's app id and the taskbar's match with the installed desktop entry (and so its icon).
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The window and taskbar icon: the rendered PNGs (no SVG plugin needed), the SVG for any other size."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path(f"icons/orderdesk-{size}.png")
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    svg = resource_path("orderdesk.svg")
    if svg.exists():
        icon.addFile(str(svg))
    return icon


def open_window(*, db_url: str | None, user: str, title_note: str = "") -> MainWindow:
    """The main window on an open database, with its sync thread started."""
    open_database(db_url)
    controller = SyncController(SyncWorker())
    window = MainWindow(user=user, controller=controller, title_note=title_note)
    controller.start()
    return window


def quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C in a terminal or a SIGTERM from the session closes the window as its close button would: the
    sync thread stops cleanly and the layout is saved."""

    def close_all(_signum: int, _frame: object) -> None:
        # Queued, so a signal that lands before the event loop runs still closes the window once it does.
        QTimer.singleShot(0, app.closeAllWindows)
        QTimer.singleShot(0, app.quit)

    signal.signal(signal.SIGINT, close_all)
    signal.signal(signal.SIGTERM, close_all)
    # Python runs signal handlers only between bytecodes; an idle timer gives it the chance while Qt waits.
    timer = QTimer(app)
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def run_gui(*, db_url: str | None, user: str, title_note: str = "", on_exit: Callable[[], None] | None = None) -> int:
    app = application()
    crash.install()
    try:
        window = open_window(db_url=db_url, user=user, title_note=title_note)
    except DatabaseUnavailable as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()
    quit_on_signals(app)
    try:
        return int(app.exec())
    finally:
        if on_exit is not None:
            on_exit()
