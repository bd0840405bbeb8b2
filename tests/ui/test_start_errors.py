"""What can stop the window from opening is said in one sentence with exit 1, never a traceback or a core dump,
and the demo leaves no folder behind on any way out."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from orderdesk.cli import main
from orderdesk.sandbox.demo import FOLDER_PREFIX, OWNER_FILE, remove_stale_demos
from orderdesk.store.db import open_database
from orderdesk.ui.app import missing_display


def run_orderdesk(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    clean.update(TMPDIR=str(tmp_path), ORDERDESK_DB=str(tmp_path / "desk.sqlite3"), **env)
    return subprocess.run(
        [sys.executable, "-m", "orderdesk", *args], capture_output=True, text=True, env=clean, timeout=120
    )


def assert_one_sentence(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("Demo: ")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize("args", [(), ("--demo",)], ids=["window", "demo"])
def test_no_display_is_one_sentence_and_exit_1_and_the_demo_leaves_no_folder(tmp_path, args):
    result = run_orderdesk(tmp_path, *args, QT_QPA_PLATFORM="xcb")
    assert_one_sentence(result, "needs a screen", "no DISPLAY is set")
    assert not list(tmp_path.glob(f"{FOLDER_PREFIX}*"))


@pytest.mark.slow
def test_a_display_that_does_not_answer_is_one_sentence_too_after_the_demo_cleaned_up(tmp_path):
    result = run_orderdesk(tmp_path, "--demo", QT_QPA_PLATFORM="xcb", DISPLAY=":97")
    assert_one_sentence(result, "needs a screen")
    assert result.stderr.startswith("Demo: "), "the demo had started before Qt gave up"
    assert not list(tmp_path.glob(f"{FOLDER_PREFIX}*"))


def test_which_environments_have_no_display():
    linux = "linux"
    assert missing_display({}, linux) is not None
    assert missing_display({"DISPLAY": ":0"}, linux) is None
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, linux) is None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, linux) is None
    assert missing_display({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, linux) is not None
    assert missing_display({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, linux) is None
    assert missing_display({}, "win32") is None


def close_message_boxes(seen: list[str]) -> QTimer:
    """Answer the refusal's dialog as a person would (the test runs the window's start in this process)."""

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.close()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    return timer


def test_the_window_refuses_a_database_from_a_newer_orderdesk_in_one_sentence(qapp, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the window's start installs the crash handler
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = tmp_path / "new.sqlite3"
    open_database(str(path)).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE schema_version SET version = 99")
    seen: list[str] = []
    timer = close_message_boxes(seen)
    try:
        assert main(["--db", str(path)]) == 1
    finally:
        timer.stop()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer OrderDesk" in err and "Traceback" not in err
    assert seen and "newer OrderDesk" in seen[0]


def test_a_demo_folder_whose_process_is_gone_is_removed_at_the_next_start(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale, alive, foreign = (tmp_path / f"{FOLDER_PREFIX}{name}" for name in ("stale", "alive", "foreign"))
    for folder in (stale, alive, foreign):
        folder.mkdir()
    (stale / OWNER_FILE).write_text(gone.stdout.strip())
    (alive / OWNER_FILE).write_text(str(os.getpid()))
    assert remove_stale_demos(tmp_path) == [stale]
    assert not stale.exists() and alive.exists() and foreign.exists()
