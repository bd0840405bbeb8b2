"""The filter bar: the search box a scanner types into, channel and status at hand, the rest under More filters.

Only what fits a 1024 px window stays in the bar; source, payment, sync state and the creation dates open from the
*More filters* button, which says how many of them are set, so nothing forces the window wider.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from orderdesk.core.statuses import (
    OrderStatus,
    PaymentStatus,
    SyncState,
    payment_label,
    status_label,
    sync_state_label,
)
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store.models import Channel, Order
from orderdesk.store.queries import OrderFilter
from orderdesk.ui import colours, locale_format

ANY = QT_TRANSLATE_NOOP("FilterBar", "Any")


def date_format() -> str:
    """The language's short date with the whole year: a date typed into a filter must not be read as 1926."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def _named(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


class FilterBar(QWidget):
    filter_changed = Signal(object)  # an OrderFilter
    scanned = Signal(str)  # a code typed and confirmed with Enter (a scanner, or a person)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _named(self, "filterBar", translate("FilterBar", "Order filters"))
        self.search = QLineEdit()
        _named(self.search, "searchBox", translate("FilterBar", "Search orders"))
        self.search.setMinimumWidth(220)  # a scanned code or a name must stay readable while typed
        self.search.setPlaceholderText(
            translate("FilterBar", "Search or scan: reference, customer, e-mail, SKU, tracking number")
        )
        self.search.setClearButtonEnabled(True)
        self.channel = self._combo("channelFilter", translate("FilterBar", "Channel filter"))
        self.source = self._combo("sourceFilter", translate("FilterBar", "Source filter"))
        self.status = self._combo(
            "statusFilter", translate("FilterBar", "Status filter"), [(status_label(s), s.value) for s in OrderStatus]
        )
        self.payment = self._combo(
            "paymentFilter",
            translate("FilterBar", "Payment filter"),
            [(payment_label(p), p.value) for p in PaymentStatus],
        )
        self.sync_state = self._combo(
            "syncStateFilter",
            translate("FilterBar", "Sync state filter"),
            [(sync_state_label(s), s.value) for s in SyncState],
        )
        self.dates = QCheckBox(translate("FilterBar", "Created"))
        _named(self.dates, "dateFilterCheck", translate("FilterBar", "Filter by creation date"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, name, words in (
            (self.date_from, "dateFromEdit", translate("FilterBar", "From date")),
            (self.date_to, "dateToEdit", translate("FilterBar", "To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setEnabled(False)
            _named(edit, name, words)

        self.search.setMinimumWidth(180)
        self.feedback = QLabel()
        _named(self.feedback, "searchFeedback", translate("FilterBar", "Search result"))
        self.feedback.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.feedback)
        for label, widget in (
            (translate("FilterBar", "&Channel"), self.channel),
            (translate("FilterBar", "S&tatus"), self.status),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget)
        self.more = QToolButton()
        _named(self.more, "moreFiltersButton", translate("FilterBar", "More filters"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more.setMenu(self._more_menu())
        layout.addWidget(self.more)
        layout.addStretch(1)
        self._update_more_button()

        # Typing waits a moment before filtering; Enter filters at once and counts as a scan.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._emit)
        self.search.textEdited.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._on_enter)
        self.search.textChanged.connect(lambda _text: self.clear_feedback())
        self.search.installEventFilter(self)
        for combo in (self.channel, self.source, self.status, self.payment, self.sync_state):
            combo.currentIndexChanged.connect(self._emit)
        for combo in (self.source, self.payment, self.sync_state):
            combo.currentIndexChanged.connect(self._update_more_button)
        self.dates.toggled.connect(self._update_more_button)
        self.dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self.reload_choices()

    def _more_menu(self) -> QMenu:
        menu = QMenu(self.more)
        menu.setObjectName("moreFiltersMenu")
        panel = QWidget(menu)
        _named(panel, "moreFiltersPanel", translate("FilterBar", "More filters"))
        form = QFormLayout(panel)
        form.addRow(translate("FilterBar", "&Source"), self.source)
        form.addRow(translate("FilterBar", "&Payment"), self.payment)
        form.addRow(translate("FilterBar", "S&ync"), self.sync_state)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        form.addRow(self.dates, dates)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(panel)
        menu.addAction(holder)
        return menu

    def extra_filters_set(self) -> int:
        """How many of the filters under More filters narrow the table now."""
        combos = (self.source, self.payment, self.sync_state)
        return sum(1 for c in combos if c.currentData() is not None) + int(self.dates.isChecked())

    def _update_more_button(self) -> None:
        count = self.extra_filters_set()
        if count:
            self.more.setText(translate("FilterBar", "More filters ({count})", count=locale_format.count(count)))
        else:
            self.more.setText(translate("FilterBar", "More filters"))
        self.more.setToolTip(translate("FilterBar", "Source, payment, sync state and creation date"))

    def show_no_match(self, code: str) -> None:
        """A scan found nothing: say so until the next input, in red and not by colour alone, with a beep."""
        QApplication.beep()
        self.feedback.setText(translate("FilterBar", "No order matches {code}", code=code))
        self.feedback.setToolTip(
            translate("FilterBar", "No order has the reference, consignment or tracking number {code}.", code=code)
        )
        self.feedback.show()
        palette = self.search.palette()
        palette.setColor(QPalette.ColorRole.Base, colours.ALARM_BACKGROUND)
        palette.setColor(QPalette.ColorRole.Text, colours.ALARM_TEXT)
        self.search.setPalette(palette)
        self.search.setProperty("noMatch", True)
        self.search.selectAll()

    def clear_feedback(self) -> None:
        if self.search.property("noMatch"):
            self.search.setProperty("noMatch", False)
            self.search.setPalette(QPalette())
        self.feedback.hide()
        self.feedback.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._debounce.stop()
                self._emit()
                return True
        return super().eventFilter(watched, event)

    def _combo(self, name: str, words: str, items: list[tuple[str, str]] | None = None) -> QComboBox:
        combo = QComboBox()
        _named(combo, name, words)
        combo.addItem(translate("FilterBar", ANY), None)
        for label, value in items or []:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def reload_choices(self) -> None:
        """Channels and sources as the database has them now, keeping what is chosen."""
        for combo, values in (
            (self.channel, [c.name for c in Channel.select(Channel.name).order_by(Channel.name)]),
            (
                self.source,
                sorted({"affiliate", "web"} | {r.order_source for r in Order.select(Order.order_source).distinct()}),
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            found = combo.findData(chosen)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

    def current(self) -> OrderFilter:
        created_from = created_to = None
        if self.dates.isChecked():
            start, end = self.date_from.date(), self.date_to.date()
            created_from = datetime.combine(date(start.year(), start.month(), start.day()), time.min).astimezone(UTC)
            created_to = datetime.combine(date(end.year(), end.month(), end.day()), time.max).astimezone(UTC)
        return OrderFilter(
            status=self.status.currentData(),
            channel=self.channel.currentData(),
            source=self.source.currentData(),
            payment_status=self.payment.currentData(),
            sync_state=self.sync_state.currentData(),
            search=self.search.text().strip() or None,
            created_from=created_from,
            created_to=created_to,
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def _on_enter(self) -> None:
        self._debounce.stop()
        code = self.search.text().strip()
        # The text stays selected, so the next scan replaces it instead of being appended.
        self.search.selectAll()
        if code:
            self.scanned.emit(code)
        else:
            self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current())
