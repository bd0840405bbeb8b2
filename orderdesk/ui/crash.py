"""The last resort for a bug: save the traceback to a file and tell the person, instead of vanishing."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox


def crash_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("OrderDesk", "OrderDesk"))


def save_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> Path:
    folder = crash_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    path.write_text("".join(traceback.format_exception(kind, value, tb)), encoding="utf-8")
    return path


def install() -> None:
    """Route uncaught exceptions in the GUI thread to a dialog; the window stays open, nothing is lost."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        try:
            path = save_report(kind, value, tb)
            where = f"The details were saved to {path}."
        except OSError:
            where = "The details could not be saved."
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "OrderDesk hit a bug",
                f"Something went wrong inside OrderDesk: {value}\n\n{where}\n"
                "Your orders and changes are safe in the database; please send the file to support.",
            )

    sys.excepthook = hook
