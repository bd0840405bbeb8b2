"""The first start: an empty desk shows what to do first in the table's place, not an empty table."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from orderdesk import APP_NAME
from orderdesk.core.text import translate


def demo_command() -> list[str]:
    """How to start `orderdesk --demo` from here: the bundle runs itself, a source install runs the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--demo"]
    return [sys.executable, "-m", "orderdesk", "--demo"]


class WelcomePage(QWidget):
    add_channel_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        welcome = translate("WelcomePage", "Welcome to {app}", app=APP_NAME)
        self.setAccessibleName(welcome)
        title = QLabel(f"<h2>{welcome}</h2>")
        title.setObjectName("welcomeTitle")
        text = QLabel(
            translate(
                "WelcomePage",
                "This desk has no orders yet. Connect a sales channel and its orders come in by themselves, "
                "or load orders from a file. To look around first, open the demo: simulated channels and a "
                "throwaway database, nothing of yours is touched.",
            )
        )
        text.setObjectName("welcomeText")
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.add_button = self._button(
            "welcomeAddChannelButton", translate("WelcomePage", "Add a channel…"), self.add_channel_requested.emit
        )
        self.import_button = self._button(
            "welcomeImportButton", translate("WelcomePage", "Import orders from a file…"), self.import_requested.emit
        )
        self.demo_button = self._button("welcomeDemoButton", translate("WelcomePage", "Try the demo"), self.start_demo)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.add_button, self.import_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setMinimumWidth(260)
        button.clicked.connect(slot)
        return button

    def start_demo(self) -> None:
        """The demo runs beside this window, in a process of its own with its own throwaway database."""
        subprocess.Popen(demo_command(), stdin=subprocess.DEVNULL, start_new_session=True)  # noqa: S603
