"""Starting the desktop application: database, sync thread, main window."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import QMessageLogContext, QSize, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from orderdesk import APP_NAME, DESKTOP_ID, __version__, logs
from orderdesk.resources import resource_path
from orderdesk.store.db import DatabaseUnavailable, open_database, resolve_url
from orderdesk.sync.worker import EngineProcessWorker, SyncController
from orderdesk.ui import crash, i18n, ui_settings
from orderdesk.ui.main_window import MainWindow

GUI_SWITCH_INTERVAL_S = 0.001
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # resources/icons/orderdesk-<size>.png

NO_DISPLAY = (
    "OrderDesk needs a screen to open its window and found none ({detail}); start it in a desktop session, "
    "or use its commands without a window (orderdesk --help)."
)

log = logging.getLogger(__name__)
qt_log = logging.getLogger("orderdesk.qt")


def missing_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why no window can open here, in one sentence, or None. Checked before Qt starts: Qt without a display
    aborts the process with a core dump instead of an error."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    wanted = [name.split(":")[0].strip().lower() for name in env.get("QT_QPA_PLATFORM", "").split(";") if name.strip()]
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if not wanted:
        return None if x11 or wayland else NO_DISPLAY.format(detail="neither DISPLAY nor WAYLAND_DISPLAY is set")
    for name in wanted:
        if name == "xcb" and x11 or name.startswith("wayland") and wayland:
            return None
        if name != "xcb" and not name.startswith("wayland"):
            return None  # offscreen, vnc, eglfs...: no display server needed
    needs = " or ".join(dict.fromkeys("DISPLAY" if name == "xcb" else "WAYLAND_DISPLAY" for name in wanted))
    return NO_DISPLAY.format(detail=f"QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM')} and no {needs} is set")


class _QtMessages:
    """Qt's own warnings go to the log; a fatal one (a display that would not open) becomes one sentence and exit 1,
    after the clean-ups that are due (the demo's folder), instead of Qt's abort."""

    LEVELS = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def __init__(self, on_fatal: Callable[[], None] | None) -> None:
        self.on_fatal = on_fatal

    def __call__(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.log(self.LEVELS.get(kind, logging.WARNING), "%s", message)
        if kind != QtMsgType.QtFatalMsg:
            return
        if "platform plugin" in message or "display" in message:
            sys.stderr.write(NO_DISPLAY.format(detail="the display server did not answer") + "\n")
        else:
            sys.stderr.write(f"OrderDesk stopped: Qt could not go on ({message.splitlines()[0]}).\n")
        try:
            if self.on_fatal is not None:
                self.on_fatal()
        finally:
            logging.shutdown()
            os._exit(1)


def application(language: str | None = None) -> QApplication:
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
    saved = ui_settings.settings().value(ui_settings.LANGUAGE, "")
    i18n.install(i18n.choose_language(language, str(saved or "")))
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
    """The main window on an open database, with its sync engine started (in a process of its own, which the sync
    thread watches: see sync.worker.EngineProcessWorker)."""
    open_database(db_url)
    controller = SyncController(EngineProcessWorker(resolve_url(db_url)))
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


def run_gui(
    *,
    db_url: str | None,
    user: str,
    title_note: str = "",
    on_exit: Callable[[], None] | None = None,
    language: str | None = None,
) -> int:
    """The window until it closes, in `language` (else the saved or the system's); 1 with one sentence on stderr
    (and in a dialog) when it cannot open. `on_exit` runs on every way out, a fatal Qt error included."""
    previous_handler = None
    try:
        no_display = missing_display()
        if no_display:
            log.error("%s", no_display)
            sys.stderr.write(no_display + "\n")
            return 1
        logs.log_native_crashes()
        previous_handler = qInstallMessageHandler(_QtMessages(on_exit))
        app = application(language)
        crash.install()
        try:
            window = open_window(db_url=db_url, user=user, title_note=title_note)
        except DatabaseUnavailable as exc:
            log.error("The window did not open: %s", exc)
            sys.stderr.write(f"{exc}\n")
            QMessageBox.critical(None, APP_NAME, str(exc))
            return 1
        log.info("The window is open on %s as %s.", window.windowTitle(), user)
        window.show()
        quit_on_signals(app)
        code = int(app.exec())
        log.info("The window closed.")
        return code
    finally:
        if previous_handler is not None:
            qInstallMessageHandler(previous_handler)
        if on_exit is not None:
            on_exit()
