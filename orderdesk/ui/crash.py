"""The last resort for a bug: log it, save the report, and tell the person in the GUI thread, instead of vanishing.

An exception can surface in any thread (the sync thread's slots, a Python thread, Qt's thread pool). Widgets may only
be made in the GUI thread, so the hook logs and saves the report where the exception happened and hands the dialog
to the GUI thread through a queued signal; a QMessageBox opened from the sync thread made Qt crash outright.
"""

from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk import APP_NAME, logs
from orderdesk.core.text import translate

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def crash_folder() -> Path:
    return logs.log_folder()


def save_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> Path:
    """The traceback, secrets masked, in a file of its own in the log folder."""
    folder = crash_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    path.write_text(logs.format_report(kind, value, tb), encoding="utf-8")
    return path


def open_folder(folder: Path | None = None) -> bool:
    """Show the log folder in the file manager."""
    folder = folder or crash_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


class CrashDialog(QDialog):
    """What went wrong in one sentence, the report (masked) to read, copy or find in the log folder."""

    def __init__(self, message: str, report: str, saved: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        title = translate("CrashDialog", "{app} hit a bug", app=APP_NAME)
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.report = report
        if saved:
            where = translate("CrashDialog", "The report was saved to {file}.", file=saved)
        else:
            where = translate("CrashDialog", "The report could not be saved to a file.")
        what = translate("CrashDialog", "Something went wrong inside {app}: {message}", app=APP_NAME, message=message)
        safe = translate(
            "CrashDialog", "Your orders and changes are safe in the database; please send the report to support."
        )
        text = QLabel(f"{what}\n\n{where}\n{safe}", self)
        text.setObjectName("crashMessage")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QPlainTextEdit(report, self)
        details.setObjectName("crashReport")
        details.setAccessibleName(translate("CrashDialog", "Crash report"))
        details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("CrashDialog", "&Copy report"), self)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.setAccessibleName(translate("CrashDialog", "Copy the crash report"))
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button = QPushButton(translate("CrashDialog", "Open log &folder"), self)
        self.folder_button.setObjectName("openLogFolderButton")
        self.folder_button.setAccessibleName(translate("CrashDialog", "Open the log folder"))
        self.folder_button.clicked.connect(lambda: open_folder())
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeCrashButton")
        close.setAccessibleName(close.text().replace("&", ""))  # Qt's own word, in the user's language
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report)


class _Relay(QObject):
    """Lives in the GUI thread: a report emitted from any thread is shown there (queued connection)."""

    crashed = Signal(str, str, str)  # message, report, saved file ("" when not saved)

    def __init__(self) -> None:
        super().__init__()
        self.crashed.connect(self.show, Qt.ConnectionType.QueuedConnection)
        self.dialog: CrashDialog | None = None
        self.missed = 0

    @Slot(str, str, str)
    def show(self, message: str, report: str, saved: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            # One dialog at a time: a bug that repeats every second must not bury the window in dialogs.
            self.missed += 1
            return
        self.dialog = CrashDialog(message, report, Path(saved) if saved else None, QApplication.activeWindow())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()

    def _forget(self) -> None:
        self.dialog = None


_relay: _Relay | None = None


def relay() -> _Relay | None:
    """The GUI thread's crash relay once `install` ran (the tests look at its dialog)."""
    return _relay


def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None, where: str = "") -> None:
    """Log the bug and save the report here, in whatever thread it happened; show it in the GUI thread."""
    thread = where or QThread.currentThread().objectName() or threading.current_thread().name
    log.critical("Unexpected error in the %s thread.", thread, exc_info=(kind, value, tb))
    try:
        saved = str(save_report(kind, value, tb))
    except OSError:
        log.exception("The crash report could not be saved.")
        saved = ""
    if _relay is None or QApplication.instance() is None:
        return
    message = logs.redact(str(value) or kind.__name__)
    # Emitting is safe from any thread; the queued connection runs `show` in the relay's (the GUI) thread.
    _relay.crashed.emit(message, logs.format_report(kind, value, tb), saved)


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    report(kind, value, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    report(args.exc_type, args.exc_value, args.exc_traceback, args.thread.name if args.thread else "")


def install() -> None:
    """Route uncaught exceptions of every thread to the log, a report file and a dialog in the GUI thread; the
    window stays open, nothing is lost. Call it in the GUI thread, with the application made."""
    global _relay
    app = QApplication.instance()
    if _relay is None and app is not None:
        assert QThread.currentThread() == app.thread(), "install the crash handler in the GUI thread"
        _relay = _Relay()
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
