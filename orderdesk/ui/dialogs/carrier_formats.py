"""Settings > Consignment formats: each carrier's consignment number format, which the dispatch prompt checks.

Kept in this desk's settings (QSettings): what a warehouse's carriers use changes rarely and is the admin's to
say. A wrong pattern is refused here, with the reason, before it is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core import carriers
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.ui import colours, locale_format, ui_settings
from orderdesk.ui.dialogs.focus import KeyboardOrder
from orderdesk.ui.dialogs.widgets import named, no_default

COLUMNS = (
    QT_TRANSLATE_NOOP("CarrierFormatsDialog", "Carrier"),
    QT_TRANSLATE_NOOP("CarrierFormatsDialog", "Pattern (regular expression)"),
    QT_TRANSLATE_NOOP("CarrierFormatsDialog", "In words"),
)


def stored_formats(settings: QSettings) -> dict[str, carriers.CarrierFormat]:
    value = settings.value(ui_settings.CARRIER_FORMATS, None)
    return carriers.formats_from_json(value if isinstance(value, str) else None)


class CarrierFormatsDialog(QDialog):
    def __init__(self, *, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("CarrierFormatsDialog", "Consignment number formats")
        named(self, "carrierFormatsDialog", title)
        self.setWindowTitle(title)
        self.settings = settings if settings is not None else ui_settings.settings()
        about = QLabel(
            translate(
                "CarrierFormatsDialog",
                "The dispatch prompt warns when a consignment number does not fit its carrier's format, and asks "
                "before it goes on. Spaces in a number are ignored; letters may be of either case.",
            )
        )
        about.setWordWrap(True)
        self.table = named(
            QTableWidget(0, len(COLUMNS)),
            "carrierFormatsTable",
            translate("CarrierFormatsDialog", "Carriers and their formats"),
        )
        self.table.setHorizontalHeaderLabels([translate("CarrierFormatsDialog", column) for column in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = named(
            no_default(QPushButton(translate("CarrierFormatsDialog", "Add carrier"))),
            "addCarrierButton",
            translate("CarrierFormatsDialog", "Add a carrier"),
        )
        self.remove_button = named(
            no_default(QPushButton(translate("CarrierFormatsDialog", "Remove carrier"))),
            "removeCarrierButton",
            translate("CarrierFormatsDialog", "Remove the selected carrier"),
        )
        self.defaults_button = named(
            no_default(QPushButton(translate("CarrierFormatsDialog", "Restore defaults"))),
            "carrierDefaultsButton",
            translate("CarrierFormatsDialog", "Restore the default formats"),
        )
        self.error = named(
            QLabel(), "carrierFormatsError", translate("CarrierFormatsDialog", "Problem with the formats")
        )
        self.error.setStyleSheet(colours.style("error"))
        self.error.setWordWrap(True)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._remove_selected)
        self.defaults_button.clicked.connect(lambda: self.fill(carriers.DEFAULT_FORMATS))
        buttons = named(QDialogButtonBox(), "dialogButtons", translate("CarrierFormatsDialog", "Dialog buttons"))
        self.ok_button = named(
            buttons.addButton(QDialogButtonBox.StandardButton.Save),
            "okButton",
            translate("CarrierFormatsDialog", "Save"),
        )
        cancel = named(
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel),
            "closeButton",
            translate("CarrierFormatsDialog", "Cancel"),
        )
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.defaults_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.fill(stored_formats(self.settings))
        self.resize(760, 460)
        KeyboardOrder(self)

    def fill(self, formats: dict[str, carriers.CarrierFormat]) -> None:
        self.table.setRowCount(0)
        for name, fmt in formats.items():
            # The defaults' descriptions are worded by the rules part ("Carriers"); one typed here stays as it is.
            self.add_row(name, fmt.pattern, translate("Carriers", fmt.description))

    def add_row(self, name: str = "", pattern: str = "", description: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((name, pattern, description)):
            self.table.setItem(row, column, QTableWidgetItem(value))
        first = self.table.item(row, 0)
        if not name and first is not None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(first)

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def formats(self) -> dict[str, carriers.CarrierFormat]:
        """What the table says; raises ValueError naming the first thing wrong."""
        found: dict[str, carriers.CarrierFormat] = {}
        for row in range(self.table.rowCount()):
            name, pattern, description = (self._cell(row, c) for c in range(3))
            if not (name or pattern or description):
                continue
            if not name:
                raise ValueError(
                    translate(
                        "CarrierFormatsDialog", "Row {number}: name the carrier.", number=locale_format.count(row + 1)
                    )
                )
            problem = carriers.check_pattern(pattern)
            if problem:
                raise ValueError(f"{name}: {problem}")
            found[name] = carriers.CarrierFormat(pattern, description or pattern)
        return found

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def save(self) -> None:
        try:
            formats = self.formats()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.settings.setValue(ui_settings.CARRIER_FORMATS, carriers.formats_to_json(formats))
        self.settings.sync()
        self.accept()
