"""Finds English left in a translated window: the visible texts of a widget tree (titles, labels, buttons, menus and
actions, tooltips, placeholders, headers, combo items, tabs) that still hold an English word.

An English word is one of the words our English sources use (every part's .ts file) that the language's
translations never use themselves ("status" and "order" are Dutch too), plus the small words of English that
every sentence has. Names, codes and data are not words of our sources; a test passes the rest as `allowed`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache
from html import unescape
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import translations  # noqa: E402 - tests/tools is not a package

# Small words of English that a sentence left untranslated always shows, whatever our sources say.
COMMON_ENGLISH = frozenset(
    "the and of to with for from is are was not no this that which will be by on at an or it its has have "
    "you your their there here yes when what why who how all any none only more than then into out".split()
)
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
TAG = re.compile(r"<[^>]+>")


def words(text: str) -> set[str]:
    plain = unescape(TAG.sub(" ", text)).replace("&&", "").replace("&", "")
    return {word.lower() for word in WORD.findall(plain)}


@cache
def english_words(language: str) -> frozenset[str]:
    """Words of our English sources that the `language` translations do not use, and COMMON_ENGLISH."""
    english: set[str] = set()
    native: set[str] = set()
    for part in translations.PARTS:
        for (_context, source), message in translations.read_messages(translations.ts_path(part, language)).items():
            english |= words(re.sub(r"\{\w*\}|%L?n", " ", source))
            value = translations.translation_of(message)
            for form in value if isinstance(value, list) else [value or ""]:
                native |= words(form)
    return frozenset((english - native) | (COMMON_ENGLISH - native))


def _model_headers(model: QAbstractItemModel | None) -> Iterable[str]:
    if model is None or isinstance(model, QAbstractListModel):  # a list (QListWidget) has no header to show
        return
    for column in range(model.columnCount()):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if value:
            yield str(value)
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip:
            yield str(tip)


def _action_texts(action: QAction) -> Iterable[tuple[str, str]]:
    name = action.objectName() or action.text()
    for kind, text in (("action", action.text()), ("tooltip", action.toolTip()), ("status tip", action.statusTip())):
        if text and not (kind == "tooltip" and text.replace("&", "") == action.text().replace("&", "")):
            yield f"{kind} of {name}", text
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"menu {menu.objectName()}", menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the user can see or hear in `root` and what it holds."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        for kind, text in (
            ("tooltip", widget.toolTip()),
            ("status tip", widget.statusTip()),
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
        ):
            found.append((f"{kind} of {where}", text))
        if isinstance(widget, QLabel):
            found.append((where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QLineEdit):
            found.append((f"placeholder of {where}", widget.placeholderText()))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append((f"placeholder of {where}", widget.placeholderText()))
            if isinstance(widget, QTextEdit) and widget.isReadOnly():
                found.append((where, widget.toPlainText()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QComboBox):
            found.extend((f"item of {where}", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            found.extend((f"tab of {where}", widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView):
            found.extend((f"header of {where}", text) for text in _model_headers(widget.model()))
        for action in widget.actions():
            found.extend(_action_texts(action))
    return [(where, text) for where, text in dict.fromkeys(found) if text and text.strip()]


def english_left(root: QWidget, language: str = "nl", allowed: Iterable[str] = ()) -> list[str]:
    """The visible texts of `root` that hold an English word (one line each: where, the text, the words)."""
    allowed_words = {word for text in allowed for word in words(text)}
    english = english_words(language)
    problems = []
    for where, text in visible_texts(root):
        hits = sorted((words(text) & english) - allowed_words)
        if hits:
            problems.append(f"{where}: {text!r} ({', '.join(hits)})")
    return problems
