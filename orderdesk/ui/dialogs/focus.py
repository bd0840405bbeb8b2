"""Keyboard order in a dialog: the focus starts in the first input, Tab goes in visual order, buttons last.

An operator works with a scanner in one hand: a dialog that opens with the focus on a button, or whose Tab jumps
about, costs a reach for the mouse every time. Qt's own chain follows the order widgets were created in, which is
not always the order they are seen in, so each dialog is put in order when it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QRadioButton,
    QScrollArea,
    QWidget,
)

ROW_TOLERANCE = 8  # widgets whose tops differ by less than this are on one visual row


def _takes_tab(widget: QWidget, top: QWidget) -> bool:
    if not (widget.isVisibleTo(top) and widget.isEnabled()):
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return False  # a part of a composite control, reached through the control
        if isinstance(parent, QAbstractItemView):
            # A control placed in a table cell (a quantity box) is an input of its own; the view's viewport and
            # scroll bars are not.
            return widget.parentWidget() is parent.viewport()
        parent = parent.parentWidget()
    return True


def _is_dialog_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QDialogButtonBox)


def is_input(widget: QWidget) -> bool:
    """Something one types into or chooses with: not a push button (check boxes and radio buttons are inputs)."""
    return not isinstance(widget, QAbstractButton) or isinstance(widget, QCheckBox | QRadioButton)


def visual_position(widget: QWidget, top: QWidget) -> tuple[int, ...]:
    """Top to bottom, left to right; what sits in a scroll area comes where the area is, in its own order
    (its far end may be scrolled out of sight, below the buttons on the screen)."""
    area = next(
        (a for a in _ancestors(widget, top) if isinstance(a, QScrollArea) and a.widget() is not None),
        None,
    )
    if area is None:
        point = widget.mapTo(top, QPoint(0, 0))
        return point.y() // ROW_TOLERANCE, point.x()
    content = area.widget()
    assert content is not None
    inner = widget.mapTo(content, QPoint(0, 0))
    return (*visual_position(area, top), inner.y() // ROW_TOLERANCE, inner.x())


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in visual order (top to bottom, left to right), the dialog's buttons last."""
    widgets = [w for w in top.findChildren(QWidget) if not isinstance(w, QScrollArea) and _takes_tab(w, top)]
    buttons = [w for w in widgets if _is_dialog_button(w)]
    body = sorted((w for w in widgets if not _is_dialog_button(w)), key=lambda w: visual_position(w, top))
    buttons.sort(key=lambda w: visual_position(w, top))
    return body + buttons


def arrange_focus(top: QWidget) -> QWidget | None:
    """Set the Tab order and put the focus in the first input; returns the widget that got the focus."""
    chain = focus_chain(top)
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
    first = next((w for w in chain if is_input(w)), None)
    if first is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)
    return first


class KeyboardOrder(QObject):
    """Arranges a dialog's focus the first time it is shown (install once, in the dialog's __init__)."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._done = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # getattr: Qt may call the filter while Python tears the object down with its dialog.
        if event.type() == QEvent.Type.Show and watched is getattr(self, "_dialog", None) and not self._done:
            self._done = True
            arrange_focus(self._dialog)
        return False
