"""Help > Keyboard shortcuts: every shortcut of the menu bar in one table, the scanner's keys below it."""

from __future__ import annotations

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

SEARCH_KEYS = (
    ("Search box", "Enter", "find the order a scanned or typed code names; the text stays selected for the next scan"),
    ("Search box", "Escape", "clear the search"),
    ("Order table", "Tab", "leave the table for the next control"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setAccessibleName("Keyboard shortcuts")
        self.setWindowTitle("Keyboard shortcuts")
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Menu", "Action", "Shortcut"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        keys = QLabel("<br>".join(f"<b>{where}</b>: {key} — {what}" for where, key, what in SEARCH_KEYS))
        keys.setObjectName("searchKeysHelp")
        keys.setAccessibleName("Keys of the search box and the table")
        keys.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("shortcutsButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(keys)
        layout.addWidget(buttons)
        self.resize(560, 520)
