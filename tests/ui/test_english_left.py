"""The English-left finder that the translated-window tests rely on: it must see English, and only English."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from tests.ui.english_left import english_left


def test_it_finds_english_in_labels_buttons_and_menus_and_passes_dutch_and_data(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Taal"))
    layout.addWidget(QLabel("AFF-1008 · Jan de Vries"))
    layout.addWidget(QPushButton("Dispatch the order"))
    menu = QMenu("Bestand", root)
    menu.addAction(QAction("Open the log folder", root))
    root.addAction(menu.menuAction())
    root.show()
    found = english_left(root, "nl")
    assert any("Dispatch the order" in line for line in found)
    assert any("Open the log folder" in line for line in found)
    assert not any("Taal" in line or "Jan de Vries" in line for line in found)
    assert english_left(root, "nl", allowed=["Dispatch the order", "Open the log folder"]) == []
