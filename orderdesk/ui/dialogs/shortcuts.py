"""Help > Keyboard shortcuts: every shortcut of the menu bar in one table, the scanner's keys below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core.text import QT_TRANSLATE_NOOP, translate

# Where, the key (named by Qt in the user's language), what it does.
SEARCH_KEYS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Search box"),
        Qt.Key.Key_Enter,
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog",
            "find the order a scanned or typed code names; the text stays selected for the next scan",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Search box"),
        Qt.Key.Key_Escape,
        QT_TRANSLATE_NOOP("ShortcutsDialog", "clear the search"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Order table"),
        Qt.Key.Key_Tab,
        QT_TRANSLATE_NOOP("ShortcutsDialog", "leave the table for the next control"),
    ),
)


def key_help() -> str:
    """The keys of the search box and the table, one line each."""
    return "<br>".join(
        translate(
            "ShortcutsDialog",
            "<b>{where}</b>: {key} — {what}",
            where=translate("ShortcutsDialog", where),
            key=QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText),
            what=translate("ShortcutsDialog", what),
        )
        for where, key, what in SEARCH_KEYS
    )


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        """`rows`: (menu, action, shortcut) as the menu bar words them."""
        super().__init__(parent)
        title = translate("ShortcutsDialog", "Keyboard shortcuts")
        self.setObjectName("shortcutsDialog")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ShortcutsDialog", "Menu"),
                translate("ShortcutsDialog", "Action"),
                translate("ShortcutsDialog", "Shortcut"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        keys = QLabel(key_help())
        keys.setObjectName("searchKeysHelp")
        keys.setAccessibleName(translate("ShortcutsDialog", "Keys of the search box and the table"))
        keys.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("shortcutsButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(keys)
        layout.addWidget(buttons)
        self.resize(560, 520)
