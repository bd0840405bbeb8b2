"""What the order dialogs share: the red error label, the frame every dialog has (a message at the top, the
reason OK is disabled, the buttons, the call into a service with its refusal shown), money text and line tables."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core.commission import commission
from orderdesk.core.errors import RuleViolation
from orderdesk.core.money import ZERO
from orderdesk.core.statuses import LABELS, OrderStatus
from orderdesk.core.text import translate
from orderdesk.credentials import KeyringUnavailable
from orderdesk.store.db import DatabaseUnavailable
from orderdesk.store.models import Order
from orderdesk.store.orders import find_order
from orderdesk.ui import colours, locale_format
from orderdesk.ui.dialogs.focus import KeyboardOrder

SPIN_WIDTH = 80  # a quantity box shows six digits and its arrows


W = TypeVar("W", bound=QWidget)
R = TypeVar("R")


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give a control the objectName that tests and UI automation use and the name a screen reader says."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


class FieldError(QLabel):
    """The red message under a field (objectName `<field>Error`); hidden while there is nothing to say."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, object_name, accessible_name)
        self.setWordWrap(True)
        self.setStyleSheet(colours.style("error"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.show_message(None)


class EnterKey(QObject):
    """Run `callback` instead of the dialog's default button when Enter is pressed in `widget` (a scanner ends
    its code with Enter; in the add-line fields Enter adds the line rather than saving the whole edit)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._callback()
                return True
        return False


SCREEN_MARGIN = 48  # room for a taskbar and the window's title bar


def fit_scrolling(dialog: QDialog, scroll: QScrollArea, available: QRect | None = None) -> None:
    """Size a dialog whose body scrolls: wide enough that nothing scrolls sideways, tall enough for the whole
    body where the screen allows it, otherwise the screen's height (the body scrolls, the buttons stay)."""
    body = scroll.widget()
    if body is None:
        return
    content = body.sizeHint()
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(content.width() + bar + 2 * scroll.frameWidth())
    screen = available or (dialog.screen() or QApplication.primaryScreen()).availableGeometry()
    around = dialog.sizeHint().height() - scroll.sizeHint().height()  # messages, test row, buttons
    height = min(content.height() + around + 2 * scroll.frameWidth(), screen.height() - SCREEN_MARGIN)
    width = min(max(dialog.sizeHint().width(), scroll.minimumWidth() + 24), screen.width() - SCREEN_MARGIN)
    dialog.resize(width, height)


def no_default(button: QPushButton) -> QPushButton:
    """A button that never becomes the dialog's default, so Enter keeps meaning OK."""
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


class OrderDialog(QDialog):
    """The frame of every order dialog.

    A message at the top (`formError`) for refusals that name no field, the body the subclass fills, the reason
    OK is disabled (`<prefix>Reason`), and OK / Close (`okButton`, `closeButton`). `call_service` runs the one
    service call and shows a refusal next to the field it names; a subclass implements `submit`.
    """

    def __init__(
        self,
        *,
        object_name: str,
        accessible_name: str,
        reason_name: str,
        user: str,
        ok_text: str,
        close_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, object_name, accessible_name)
        self.user = user
        self.result_event: Any = None
        self.result_events: list[Any] = []
        self.result_order_ids: list[int] = []
        self._blocked: str | None = None
        self._field_errors: dict[str, FieldError] = {}
        if close_text is None:
            close_text = translate("OrderDialog", "Close")

        self.form_error = FieldError("formError", translate("OrderDialog", "Problem with this order"))
        self.body = QVBoxLayout()
        self.reason_label = named(QLabel(), reason_name, translate("OrderDialog", "Why OK is not available"))
        self.reason_label.setWordWrap(True)
        font = self.reason_label.font()
        font.setItalic(True)
        self.reason_label.setFont(font)
        self.reason_label.setVisible(False)
        self.buttons = named(QDialogButtonBox(), "dialogButtons", translate("OrderDialog", "Dialog buttons"))
        self.ok_button = named(
            self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole), "okButton", ok_text
        )
        self.close_button = named(
            self.buttons.addButton(close_text, QDialogButtonBox.ButtonRole.RejectRole), "closeButton", close_text
        )
        self.close_button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._ok_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)
        KeyboardOrder(self)

    # -- loading -------------------------------------------------------------------------------------------
    def load_order(self, order_id: int) -> Order | None:
        """The order the dialog works on, or None with the reason shown and OK disabled for good."""
        try:
            return find_order(order_id)
        except RuleViolation as exc:
            self.block(exc.message)
        except DatabaseUnavailable as exc:
            self.block(str(exc))
        return None

    def check_rule(self, rule: Callable[[], object]) -> bool:
        """Run a core rule that must hold for the dialog to be useful (the order's status, the channel's
        capabilities); when it fails, say why at the top and keep OK disabled."""
        try:
            rule()
        except RuleViolation as exc:
            self.block(exc.message)
            return False
        return True

    def block(self, message: str) -> None:
        self._blocked = message
        self.form_error.show_message(message)
        self.ok_button.setEnabled(False)
        self.reason_label.setVisible(False)

    @property
    def blocked(self) -> bool:
        return self._blocked is not None

    # -- live validation -----------------------------------------------------------------------------------
    def set_problem(self, problem: str | None) -> None:
        """Enable OK, or disable it and say why."""
        if self._blocked is not None:
            return
        self.ok_button.setEnabled(problem is None)
        self.reason_label.setText(problem or "")
        self.reason_label.setVisible(bool(problem))

    def check_field(self, label: FieldError | None, text: str, rule: Callable[[str], object]) -> str | None:
        """Run a core validation on a field's text; returns the problem for the reason line, or None.

        What is wrong with typed text is shown in red under the field; an empty required field only disables OK,
        so the dialog does not open covered in red before the operator has typed anything."""
        try:
            rule(text)
        except RuleViolation as exc:
            typed = bool(text.strip())
            if label is not None:
                label.show_message(exc.message if typed else None)
            return correct_marked() if typed and label is not None else exc.message
        if label is not None:
            label.clear_message()
        return None

    # -- refusals ------------------------------------------------------------------------------------------
    def field_error(self, object_name: str, accessible_name: str, *fields: str) -> FieldError:
        """A red label for refusals about `fields` (the RuleViolation.field names the services use)."""
        label = FieldError(object_name, accessible_name)
        for field in fields:
            self._field_errors[field] = label
        return label

    def show_refusal(self, exc: RuleViolation) -> None:
        label = self._field_errors.get(exc.field or "")
        (label or self.form_error).show_message(exc.message)

    def clear_refusals(self) -> None:
        self.form_error.clear_message()
        for label in self._field_errors.values():
            label.clear_message()

    def call_service(self, call: Callable[..., R], *args: Any, **kwargs: Any) -> R | None:
        """Run one service call (one transaction); on a refusal show it and return None, the dialog stays open."""
        self.clear_refusals()
        try:
            return call(*args, **kwargs)
        except RuleViolation as exc:
            self.show_refusal(exc)
        except (KeyringUnavailable, DatabaseUnavailable) as exc:
            self.form_error.show_message(str(exc))
        return None

    def done_with(self, order_ids: Iterable[int], events: Sequence[Any] = ()) -> None:
        """Record what happened for the main window (which rows to refresh, whether to wake the sync) and close."""
        self.result_events = [event for event in events if event is not None]
        self.result_event = self.result_events[-1] if self.result_events else None
        self.result_order_ids = list(dict.fromkeys(order_ids))
        self.accept()

    def _ok_clicked(self) -> None:
        if self.ok_button.isEnabled():
            self.submit()

    def submit(self) -> None:
        raise NotImplementedError


# -- money ---------------------------------------------------------------------------------------------------
def money(amount: Decimal | None, currency: str | None) -> str:
    """An amount as the user's language writes it (`1.234,50 EUR` in Dutch); a dash when there is none."""
    return locale_format.money(amount, currency, empty="—")


def lines_total(lines: Iterable[tuple[int, Decimal]]) -> Decimal:
    """Sum of quantity x unit price, as the services compute the order's lines total."""
    return sum((price * quantity for quantity, price in lines), ZERO)


def totals_text(lines: Decimal, shipping: Decimal, currency: str | None) -> str:
    """The lines, the shipping and the order total they make, in one line under a table of lines."""
    return translate(
        "OrderDialog",
        "Lines {lines} + shipping {shipping} = total {total}",
        lines=money(lines, currency),
        shipping=money(shipping, currency),
        total=money(lines + shipping, currency),
    )


def commission_text(rate: Decimal | None, total: Decimal, currency: str | None) -> str:
    """The affiliate commission on a lines total (core.commission), with its rate."""
    return commission_label(commission(rate, total, currency), rate, currency)


def commission_label(value: Decimal | None, rate: Decimal | None, currency: str | None) -> str:
    """A commission already computed (a split part's), with its rate; orders without a rate say so."""
    if value is None or rate is None:
        return translate("OrderDialog", "No commission (no affiliate rate)")
    return translate(
        "OrderDialog",
        "Commission {amount} ({rate} %)",
        amount=money(value, currency),
        rate=locale_format.decimal(rate.normalize()),
    )


def correct_marked() -> str:
    """Why OK is off while a field shows a red message."""
    return translate("OrderDialog", "Correct what is marked in red.")


def of_total(spin: QSpinBox, total: int) -> None:
    """A spin box of units out of a line's quantity: `2 of 5`."""
    spin.setSuffix(translate("OrderDialog", " of {total}", total=locale_format.count(total)))


# -- line tables ---------------------------------------------------------------------------------------------
def line_table(object_name: str, accessible_name: str, headers: Sequence[str], rows: int = 0) -> QTableWidget:
    """A small read-only table of order lines (a dialog shows a handful, so a QTableWidget is enough)."""
    table = named(QTableWidget(rows, len(headers)), object_name, accessible_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    return table


def put_text(table: QTableWidget, row: int, column: int, text: str, *, numeric: bool = False) -> QTableWidgetItem:
    """A read-only cell; numbers right-aligned so the columns line up."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(row, column, item)
    return item


def status_text(status: str) -> str:
    """An order status as the operator reads it: core.statuses' label, which the rules part translates (in the
    context "OrderStatus", as its status_label() does)."""
    return translate("OrderStatus", LABELS[OrderStatus(status)])


def order_summary(order: Order) -> str:
    """One line that tells the operator which order the dialog is about."""
    return translate(
        "OrderDialog",
        "Order {reference} ({channel}) · {customer} · {status} · {total}",
        reference=order.reference,
        channel=order.channel.name,
        customer=order.customer_name or translate("OrderDialog", "no customer name"),
        status=status_text(order.status),
        total=money(order.total, order.currency),
    )


def summary_label(order: Order, object_name: str = "orderSummary") -> QLabel:
    label = named(QLabel(order_summary(order)), object_name, translate("OrderDialog", "Order"))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
