"""A notice above the order table that stays until the operator dismisses it: what an action did, and to which
orders it was refused (a status-bar message would be gone before anyone read the names)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from orderdesk.core.text import translate


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionNotice")
        self.setAccessibleName(translate("NoticeBar", "What the last action did"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.text = QLabel()
        self.text.setObjectName("actionNoticeText")
        self.text.setAccessibleName(translate("NoticeBar", "What the last action did"))
        self.text.setWordWrap(True)
        self.text.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QToolButton()
        self.dismiss.setObjectName("dismissNoticeButton")
        self.dismiss.setAccessibleName(translate("NoticeBar", "Dismiss the notice"))
        self.dismiss.setText(translate("NoticeBar", "Dismiss"))
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_notice(self, text: str, *, refused: bool) -> None:
        """Refusals are marked with a sign and words, not by colour alone."""
        self.text.setText(("⚠ " if refused else "✓ ") + text)
        self.show()
