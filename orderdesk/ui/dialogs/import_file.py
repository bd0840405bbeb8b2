"""File > Import orders from a file: a JSON file of channel-neutral orders into a channel of the desk.

On a first start there is no channel yet: the orders go into a new manual channel, named in the dialog. The file is
read and loaded off the GUI thread (a big file takes a while); each order is taken or refused on its own, and
the dialog then says how many were imported, how many were already here, and why the refused ones were refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import translate
from orderdesk.services.channels import add_channel
from orderdesk.services.importing import ImportReport, import_orders, read_order_file
from orderdesk.store.models import Channel
from orderdesk.ui.background import run_in_background, with_own_connection
from orderdesk.ui.dialogs.widgets import OrderDialog, named, no_default

NEW_CHANNEL = "__new__"
SHOWN_REFUSALS = 20


def import_file(path: str, channel: str, new_channel: bool, user: str) -> ImportReport:
    """The whole import, as one background job: a new manual channel first if asked for."""
    if new_channel and Channel.get_or_none(Channel.name == channel) is None:
        add_channel(channel, "manual", user=user)
    return import_orders(channel, read_order_file(Path(path)), user=user)


def report_text(report: ImportReport, channel: str) -> str:
    refused = "".join(f"\n  {label}: {why}" for label, why in report.rejected[:SHOWN_REFUSALS])
    more = len(report.rejected) - SHOWN_REFUSALS
    if more > 0:
        refused += "\n  " + translate("ImportDialog", "… and %Ln more", more)
    return report.summary(channel) + refused


class ImportDialog(OrderDialog):
    def __init__(self, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="importDialog",
            accessible_name=translate("ImportDialog", "Import orders from a file"),
            reason_name="importReason",
            user=user,
            ok_text=translate("ImportDialog", "Import"),
            parent=parent,
        )
        self.setWindowTitle(translate("ImportDialog", "Import orders from a file"))
        self.changed = False  # orders came in: the window reloads its table
        self.path_edit = named(QLineEdit(), "importPathEdit", translate("ImportDialog", "File to import"))
        self.path_edit.setPlaceholderText(translate("ImportDialog", "A JSON file of orders"))
        self.path_edit.setMinimumWidth(360)
        self.browse_button = named(
            no_default(QPushButton(translate("ImportDialog", "Browse…"))),
            "importBrowseButton",
            translate("ImportDialog", "Choose the file"),
        )
        self.browse_button.clicked.connect(self._browse)
        self.channel_combo = named(
            QComboBox(), "importChannelCombo", translate("ImportDialog", "Channel the orders belong to")
        )
        for channel in Channel.select().order_by(Channel.name):
            self.channel_combo.addItem(channel.name, channel.name)
        self.channel_combo.addItem(translate("ImportDialog", "A new manual channel…"), NEW_CHANNEL)
        self.new_name_edit = named(
            QLineEdit(translate("ImportDialog", "Imported")),
            "importNewChannelEdit",
            translate("ImportDialog", "Name of the new channel"),
        )
        self.result_error = self.field_error(
            "importError", translate("ImportDialog", "Problem with the import"), "path", "channel"
        )
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(translate("ImportDialog", "File"), path_row)
        form.addRow(translate("ImportDialog", "Channel"), self.channel_combo)
        form.addRow(translate("ImportDialog", "New channel's name"), self.new_name_edit)
        form.addRow("", self.result_error)
        self.body.addLayout(form)
        self.path_edit.textChanged.connect(self._validate)
        self.new_name_edit.textChanged.connect(self._validate)
        self.channel_combo.currentIndexChanged.connect(self._validate)
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.start_import)
        self._running = False
        self._validate()

    def _browse(self) -> None:
        kinds = ";;".join((translate("ImportDialog", "Orders (*.json)"), translate("ImportDialog", "All files (*)")))
        path, _filter = QFileDialog.getOpenFileName(self, translate("ImportDialog", "Import orders"), "", kinds)
        if path:
            self.path_edit.setText(path)

    def _new_channel(self) -> bool:
        return bool(self.channel_combo.currentData() == NEW_CHANNEL)

    def channel_name(self) -> str:
        return self.new_name_edit.text().strip() if self._new_channel() else str(self.channel_combo.currentData())

    def _validate(self) -> None:
        self.new_name_edit.setEnabled(self._new_channel())
        if self._running:
            self.set_problem(translate("ImportDialog", "Importing…"))
        elif not self.path_edit.text().strip():
            self.set_problem(translate("ImportDialog", "Choose the file to import."))
        elif not self.channel_name():
            self.set_problem(translate("ImportDialog", "Name the new channel."))
        else:
            self.set_problem(None)

    def start_import(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self._running = True
        self.clear_refusals()
        self._validate()
        run_in_background(
            with_own_connection(import_file),
            self.path_edit.text().strip(),
            self.channel_name(),
            self._new_channel(),
            self.user,
            on_success=self._imported,
            on_failure=self._failed,
            parent=self,
        )

    def _imported(self, report: ImportReport) -> None:
        self._running = False
        channel = self.channel_name()
        self.result_error.show_message(report_text(report, channel))
        self.changed = self.changed or bool(report.imported)
        self.ok_button.setText(translate("ImportDialog", "Import another file"))
        self._validate()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        message: Any = (
            exc.message
            if isinstance(exc, RuleViolation)
            else translate("ImportDialog", "The import stopped: {error}", error=exc)
        )
        self.result_error.show_message(str(message))
        self._validate()
