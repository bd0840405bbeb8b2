"""A bug in any thread is logged, saved (masked) and shown in the GUI thread; the window and the sync thread live on."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu

from orderdesk import logs
from orderdesk.sync.worker import SyncController, SyncWorker
from orderdesk.ui import crash
from orderdesk.ui.main_window import MainWindow

SECRET = "crash-Secret-9931"

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def handler(monkeypatch, tmp_path, qapp):  # type: ignore[no-untyped-def]
    """The crash handler installed as the application installs it, the log in tmp; both hooks restored after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "crash_folder", lambda: tmp_path / "log")
    log_file = logs.setup(logging.INFO, folder=tmp_path / "log")
    logs.register_secret(SECRET)
    crash.install()
    yield log_file
    relay = crash.relay()
    if relay is not None and relay.dialog is not None:
        relay.dialog.close()
    logs.shutdown()


def shown_dialog(qtbot):  # type: ignore[no-untyped-def]
    relay = crash.relay()
    assert relay is not None
    qtbot.waitUntil(lambda: relay.dialog is not None and relay.dialog.isVisible(), timeout=10_000)
    assert relay.dialog is not None
    return relay.dialog


class BuggyWorker(SyncWorker):
    """A worker whose round of sync hits a bug (the engine itself keeps its channels' errors to itself)."""

    def _round(self) -> None:
        raise RuntimeError(f"a bug in the sync round, token={SECRET}")


def test_a_bug_in_the_sync_thread_is_logged_and_shown_in_the_gui_thread(qtbot, db, handler):
    controller = SyncController(BuggyWorker(tick_ms=60_000))
    controller.start()
    try:
        dialog = shown_dialog(qtbot)
        assert dialog.thread() is QApplication.instance().thread(), "the dialog was made in the GUI thread"
        assert "RuntimeError: a bug in the sync round, token=***" in dialog.report
        assert SECRET not in dialog.report
        dialog.copy_button.click()
        assert QApplication.clipboard().text() == dialog.report
        assert controller.sync_thread.isRunning(), "the sync thread lives on"
    finally:
        assert controller.shutdown(5000)
    written = handler.read_text(encoding="utf-8")
    assert "CRITICAL syncThread orderdesk.ui.crash: Unexpected error in the syncThread thread." in written
    assert "RuntimeError: a bug in the sync round, token=***" in written and SECRET not in written
    [report] = (handler.parent).glob("crash-*.txt")
    assert SECRET not in report.read_text(encoding="utf-8")


def test_a_bug_in_a_gui_slot_and_in_a_python_thread_each_reach_the_dialog(qtbot, handler):
    def slot() -> None:
        raise ValueError(f"a bug in a slot with password={SECRET}")

    QTimer.singleShot(0, slot)
    dialog = shown_dialog(qtbot)
    assert "ValueError: a bug in a slot with password=***" in dialog.report
    dialog.close()
    qtbot.waitUntil(lambda: crash.relay().dialog is None, timeout=5000)

    def thread_body() -> None:
        raise KeyError("a bug in a helper thread")

    helper = threading.Thread(target=thread_body, name="helper")
    helper.start()
    helper.join()
    dialog = shown_dialog(qtbot)
    assert dialog.thread() is QThread.currentThread()
    assert "KeyError: 'a bug in a helper thread'" in dialog.report
    written = handler.read_text(encoding="utf-8")
    assert "Unexpected error in the helper thread." in written and SECRET not in written


def test_a_bug_that_repeats_opens_one_dialog_not_one_per_time(qtbot, handler):
    for _ in range(3):
        QTimer.singleShot(0, lambda: 1 / 0)
    dialog = shown_dialog(qtbot)
    qtbot.waitUntil(lambda: crash.relay().missed == 2, timeout=5000)
    assert crash.relay().dialog is dialog


class UrlCatcher(QObject):
    """Stands where the desktop's file manager would: Qt hands it the URL it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_manager():  # type: ignore[no-untyped-def]
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def test_help_open_log_folder_and_the_crash_dialog_show_the_log_folder(db, qtbot, file_manager, handler):
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    action = window.findChild(QAction, "openLogFolderAction")
    assert action in help_menu.actions()
    action.trigger()
    assert [Path(url.toLocalFile()) for url in file_manager.urls] == [crash.crash_folder()]

    QTimer.singleShot(0, lambda: 1 / 0)
    shown_dialog(qtbot).folder_button.click()
    assert Path(file_manager.urls[-1].toLocalFile()) == crash.crash_folder() == handler.parent
