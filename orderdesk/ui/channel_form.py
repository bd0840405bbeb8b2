"""The form for one sales channel: add it, or change it; with "Test connection" run off the GUI thread.

Which settings a channel has comes from core.channel_settings.fields_for(kind), so the form shows exactly the
fields of the chosen kind. Settings go to the database and secrets to the OS keyring, both through
services.channels; a secret is typed into a masked field and never shown again: when editing, a stored secret is an
empty field saying "Stored — type to replace", and an untouched secret is kept as it is. A stored optional secret
has a "Clear" box that deletes it from the keyring on save.
"""

from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core import erp_numbers, secret_expiry
from orderdesk.core.capabilities import LABELS, ChannelKind
from orderdesk.core.channel_options import ATTRIBUTE_MAP, parse_attribute_map
from orderdesk.core.channel_settings import SettingField, check_setting, fields_for
from orderdesk.core.errors import RuleViolation
from orderdesk.core.status_map import FIELD as STATUS_MAP
from orderdesk.core.status_map import parse_status_map
from orderdesk.credentials import KeyringUnavailable
from orderdesk.services.channels import add_channel, channel_secrets, check_name, update_channel
from orderdesk.store.db import DatabaseUnavailable
from orderdesk.store.models import Channel
from orderdesk.store.orders import get_channel
from orderdesk.sync.connection import TypedChannel, test_values
from orderdesk.ui import colours
from orderdesk.ui.background import run_in_background, with_own_connection
from orderdesk.ui.dialogs.widgets import FieldError, OrderDialog, fit_scrolling, named, no_default

STORED_SECRET = "Stored — type to replace"
UNREADABLE_SECRET = "Cannot be read now: the keyring is unavailable"
CLEARED_SECRET = "Cleared when you save"
HELP_WIDTH = 72  # characters per line of a setting's help
COLUMNS = ("url", "username")  # the channel's own columns; every other setting is an option or a secret

# The readers of the typed mappings (the ones the adapters use), run live; the services run them again on save.
TEXT_RULES = {
    STATUS_MAP: parse_status_map,
    ATTRIBUTE_MAP: parse_attribute_map,
    secret_expiry.FIELD: secret_expiry.parse_expiry,
    erp_numbers.MODE: erp_numbers.parse_mode,
    erp_numbers.PREFIX: erp_numbers.parse_prefix,
}


def camel(key: str) -> str:
    """token_url -> tokenUrl: the objectName stem of a setting's controls."""
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)


@dataclass
class SettingRow:
    field: SettingField
    edit: QLineEdit
    error: FieldError
    touched: bool = False  # edited by the admin, so an empty required field is worth a red word
    stored: bool | None = False  # a secret kept in the keyring; None when the keyring cannot be read
    clear: QCheckBox | None = None  # an optional secret's "Clear": deletes the stored one on save

    @property
    def clearing(self) -> bool:
        return self.clear is not None and self.clear.isChecked()

    @property
    def needs_text(self) -> bool:
        """Required and nothing else stands in for it (a default, or a secret already stored)."""
        if not self.field.required or self.field.default:
            return False
        return not (self.field.secret and self.stored is not False)


class ChannelFormDialog(OrderDialog):
    """Add a channel (`channel_name` None) or change one. `saved(name)` after each save, also when "Save and test
    connection" keeps the form open; `saved_names` lists them for whoever opened the form."""

    saved = Signal(str)

    def __init__(self, channel_name: str | None = None, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(
            object_name="channelFormDialog",
            accessible_name="Channel settings",
            reason_name="channelFormReason",
            user=user,
            ok_text="Save",
            close_text="Cancel",
            parent=parent,
        )
        self.form_error.setAccessibleName("Problem with these settings")
        self.channel_name = channel_name
        self.saved_names: list[str] = []
        self.rows: dict[str, SettingRow] = {}
        self._loaded: dict[str, Any] = {}  # what is saved, to send only what the admin changed
        self._name_touched = False
        self._testing = False
        self._last_test: tuple[tuple[str, str, str], bool] | None = None  # what was tested last, and whether it passed

        self.name_edit = named(QLineEdit(), "nameEdit", "Channel name")
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText("e.g. Affiliate EU")
        self.name_error = self.field_error("nameError", "Problem with the channel name", "name")
        self.kind_combo = named(QComboBox(), "kindCombo", "Kind of channel")
        for kind in ChannelKind:
            self.kind_combo.addItem(LABELS[kind], kind.value)
        self.kind_error = self.field_error("kindError", "Problem with the kind of channel", "kind")
        top = QFormLayout()
        top.addRow(self._label("Name", required=True), self.name_edit)
        top.addRow("", self.name_error)
        top.addRow("Kind", self.kind_combo)
        top.addRow("", self.kind_error)

        self.fields_box = named(QGroupBox("Connection"), "channelFields", "Connection settings")
        self.fields_layout = QFormLayout(self.fields_box)

        self.sync_box = named(QGroupBox("Sync"), "channelSync", "Sync settings")
        self.poll_spin = self._spin("pollIntervalSpin", "Polling interval", 10, 86_400, " seconds")
        self.poll_spin.setToolTip("How often OrderDesk asks the channel for new and changed orders.")
        self.retry_spin = self._spin("retryLimitSpin", "Retry limit", 0, 100, " attempts")
        self.retry_spin.setToolTip("How often a change is sent again before it waits for a supervisor.")
        self.rate_spin = self._spin("rateLimitSpin", "Rate limit", 0, 100_000, " calls per minute")
        self.rate_spin.setSpecialValueText("No limit")
        self.rate_spin.setToolTip("The most calls per minute OrderDesk makes to this channel; 0 for no limit.")
        # A new channel starts from the same defaults as one added from the command line.
        self.poll_spin.setValue(Channel.poll_interval_s.default)
        self.retry_spin.setValue(Channel.retry_limit.default)
        sync_form = QFormLayout(self.sync_box)
        for label, spin, error_name, service_field in (
            ("Polling interval", self.poll_spin, "pollIntervalError", "poll_interval_s"),
            ("Retry limit", self.retry_spin, "retryLimitError", "retry_limit"),
            ("Rate limit", self.rate_spin, "rateLimitError", "rate_limit_per_min"),
        ):
            sync_form.addRow(label, spin)
            sync_form.addRow("", self.field_error(error_name, f"Problem with the {label.lower()}", service_field))
        self.enabled_check = named(QCheckBox("Enabled: sync this channel"), "enabledCheck", "Enabled")
        self.enabled_check.setChecked(True)

        # "Test connection" tests what is TYPED, before anything is saved (a secret left empty on a saved channel
        # is the stored one): an admin tries an address or a token without keeping a wrong one.
        self.test_button = named(no_default(QPushButton("Test connection")), "testConnectionButton", "Test connection")
        self.test_button.clicked.connect(self._test_clicked)
        self.test_result = named(QLabel(), "testConnectionResult", "Connection test result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.setVisible(False)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        test_row.addStretch(0)  # keeps the button its own size while there is no answer yet

        legend = named(QLabel("* required"), "requiredLegend", "Fields marked with a star are required")
        legend.setStyleSheet(colours.style("hint"))
        # Magento's and OT Platform's forms are taller than a 768 px laptop: the fields scroll, OK/Cancel and
        # the test stay in sight.
        sections = named(QWidget(), "channelFormFields", "Channel settings fields")
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.fields_box)
        column.addWidget(self.sync_box)
        column.addWidget(self.enabled_check)
        column.addWidget(legend)
        column.addStretch(1)
        self.fields_scroll = named(QScrollArea(), "channelFormScroll", "Channel settings")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll into view
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_scroll.setWidget(sections)
        self.body.addWidget(self.fields_scroll, 1)
        self.body.addLayout(test_row)

        if channel_name is None:
            self.setWindowTitle("Add channel")
            self._build_fields(self.kind())
            self.name_edit.setFocus()
        else:
            self._load(channel_name)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.name_edit.textEdited.connect(self._name_edited)
        for widget in (self.poll_spin, self.retry_spin, self.rate_spin):
            widget.valueChanged.connect(self._validate)
        self.enabled_check.toggled.connect(self._validate)
        self._validate()
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """As big as the kind's fields need, never taller than the screen (the fields scroll then)."""
        fit_scrolling(self, self.fields_scroll)

    # -- building ------------------------------------------------------------------------------------------
    @staticmethod
    def _label(text: str, *, required: bool) -> QLabel:
        label = QLabel(f"{text} *" if required else text)
        if required:
            label.setAccessibleDescription("required")
        return label

    @staticmethod
    def _spin(object_name: str, accessible_name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = named(QSpinBox(), object_name, accessible_name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAccelerated(True)
        return spin

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _build_fields(self, kind: str, carried: dict[str, str] | None = None) -> None:
        """The fields of one kind of channel, and only those; typed values of the same setting are carried over."""
        for key in self.rows:
            self._field_errors.pop(key, None)
        self.rows = {}
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        for field in fields_for(kind):
            stem = camel(field.key)
            edit = named(QLineEdit(), f"{stem}Edit", field.label)
            if field.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            elif field.default:
                edit.setPlaceholderText(f"{field.default} (when left empty)")
            if field.help:
                edit.setToolTip(field.help)
            error = self.field_error(f"{stem}Error", f"Problem with the {field.label}", field.key)
            row = SettingRow(field, edit, error)
            self.rows[field.key] = row
            label = self._label(field.label, required=field.required and not field.default)
            if field.secret and not field.required:
                # An optional secret can be taken away again (a proxy password no longer needed, say).
                row.clear = named(QCheckBox("Clear"), f"{stem}Clear", f"Clear the stored {field.label}")
                row.clear.setToolTip(f"Delete the stored {field.label} from the keyring when you save.")
                row.clear.setVisible(False)
                row.clear.toggled.connect(lambda _on, r=row: self._clear_toggled(r))
                line = QHBoxLayout()
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(edit, 1)
                line.addWidget(row.clear)
                self.fields_layout.addRow(label, line)
            else:
                self.fields_layout.addRow(label, edit)
            if field.help:
                # Broken into lines here rather than word-wrapped by Qt: a form layout does not count wrapped
                # lines in the dialog's size, and the help would be cut off.
                hint = named(QLabel(textwrap.fill(field.help, HELP_WIDTH)), f"{stem}Help", f"About the {field.label}")
                hint.setStyleSheet(colours.style("hint"))
                self.fields_layout.addRow("", hint)
            self.fields_layout.addRow("", error)
            if carried and not field.secret and carried.get(field.key):
                edit.setText(carried[field.key])
            edit.textEdited.connect(lambda _text, r=row: self._row_edited(r))
        manual = kind == ChannelKind.MANUAL.value
        self.fields_box.setVisible(bool(self.rows))
        # A manual channel never talks to anyone: nothing to poll, retry or test.
        self.sync_box.setVisible(not manual)
        self.test_button.setVisible(not manual)
        self.test_result.setVisible(False)

    def _load(self, name: str) -> None:
        try:
            channel = get_channel(name)
        except RuleViolation as exc:
            self.block(exc.message)
            return
        except DatabaseUnavailable as exc:
            self.block(str(exc))
            return
        self.channel_name = channel.name
        self.setWindowTitle(f"Channel {channel.name}")
        self.name_edit.setText(channel.name)
        # Secrets and the outbox are keyed by the name, and the adapters by the kind: neither changes here.
        self.name_edit.setReadOnly(True)
        self.name_edit.setToolTip("A channel keeps its name; add a new channel to use another one.")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(channel.kind)))
        self.kind_combo.setEnabled(False)
        self.kind_combo.setToolTip("A channel keeps its kind; add a new channel for another kind.")
        self._build_fields(channel.kind)
        try:
            # Only which secrets exist is kept; their values never reach a widget.
            stored: set[str] | None = set(channel_secrets(channel))
        except KeyringUnavailable as exc:
            stored = None
            self.form_error.show_message(str(exc))
        self._show_saved(channel, stored)

    def _show_saved(self, channel: Channel, stored: set[str] | None) -> None:
        """Put the saved channel in the form; secret fields stay empty and say whether one is stored."""
        values = {"url": channel.base_url or "", "username": channel.username or "", **(channel.options or {})}
        self._loaded = {
            "values": {key: str(values.get(key) or "") for key, row in self.rows.items() if not row.field.secret},
            "enabled": bool(channel.enabled),
            "poll_interval_s": channel.poll_interval_s,
            "retry_limit": channel.retry_limit,
            "rate_limit_per_min": channel.rate_limit_per_min or 0,
        }
        for key, row in self.rows.items():
            row.touched = True  # a saved channel missing a required setting is worth saying at once
            if row.field.secret:
                row.stored = None if stored is None else key in stored
                row.edit.clear()
                if row.clear is not None:
                    row.clear.setChecked(False)
                    row.clear.setVisible(bool(row.stored))
                row.edit.setPlaceholderText(
                    UNREADABLE_SECRET if row.stored is None else STORED_SECRET if row.stored else "Not set"
                )
            else:
                row.edit.setText(self._loaded["values"][key])
        self.enabled_check.setChecked(self._loaded["enabled"])
        self.poll_spin.setValue(self._loaded["poll_interval_s"])
        self.retry_spin.setValue(self._loaded["retry_limit"])
        self.rate_spin.setValue(self._loaded["rate_limit_per_min"])

    # -- live validation -----------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        carried = {key: row.edit.text() for key, row in self.rows.items()}
        self._build_fields(self.kind(), carried)
        self._validate()
        self.fit_to_screen()  # grow or shrink with the kind's fields

    def _name_edited(self) -> None:
        self._name_touched = True
        self._validate()

    def _clear_toggled(self, row: SettingRow) -> None:
        clearing = row.clearing
        if clearing:
            row.edit.clear()
        row.edit.setEnabled(not clearing)
        row.edit.setPlaceholderText(CLEARED_SECRET if clearing else STORED_SECRET)
        self._validate()

    def _row_edited(self, row: SettingRow) -> None:
        row.touched = True
        self._validate()

    def _validate(self) -> None:
        """Mark what is wrong next to its field; Save stays disabled, with the reason, until nothing is."""
        typed_wrong: list[str] = []
        missing: list[str] = []
        if self.channel_name is None:
            name = self.name_edit.text()
            problem = self._name_problem(name)
            if problem and not name.strip():
                missing.append("Name")
            elif problem:
                typed_wrong.append(problem)
            self.name_error.show_message(problem if name.strip() or self._name_touched else None)
        for row in self.rows.values():
            text = row.edit.text()
            message = None
            if not text.strip():
                if row.needs_text:
                    missing.append(row.field.label)
                    message = f"{row.field.label} is required." if row.touched else None
            else:
                # The services run the same rules on save: an address a channel cannot use, a character it
                # cannot carry (a secret pasted with an en dash) are refused before anything is kept.
                rule = TEXT_RULES.get(row.field.key, lambda value, f=row.field: check_setting(f, value))
                try:
                    rule(text)
                except RuleViolation as exc:
                    typed_wrong.append(exc.message)
                    message = exc.message
            row.error.show_message(message)
        if typed_wrong:
            self.set_problem("Correct what is marked in red.")
        elif missing:
            self.set_problem("Fill in: " + ", ".join(missing) + ".")
        else:
            self.set_problem(None)
        self._update_test_button()

    def _name_problem(self, name: str) -> str | None:
        try:
            clean = check_name(name)
        except RuleViolation as exc:
            return exc.message
        try:
            taken = Channel.get_or_none(Channel.name == clean) is not None
        except DatabaseUnavailable as exc:
            return str(exc)
        return f"There is already a channel called '{clean}'." if taken else None

    # -- saving --------------------------------------------------------------------------------------------
    def _typed(self) -> tuple[dict[str, str], dict[str, str]]:
        """(settings, secrets) as typed; an empty setting with a default takes the default."""
        values: dict[str, str] = {}
        secrets: dict[str, str] = {}
        for key, row in self.rows.items():
            text = row.edit.text()
            if row.field.secret:
                if text:  # a secret is taken exactly as typed: spaces may be part of it
                    secrets[key] = text
            else:
                values[key] = text.strip() or row.field.default
        return values, secrets

    def changes(self) -> dict[str, Any]:
        """What differs from the saved channel, as update_channel's keyword arguments (empty: nothing to save)."""
        values, secrets = self._typed()
        saved = self._loaded.get("values", {})
        changed = {key: value for key, value in values.items() if value != saved.get(key, "")}
        result: dict[str, Any] = {key: changed.pop(key) for key in COLUMNS if key in changed}
        if changed:
            result["options"] = changed
        if secrets:
            result["secrets"] = secrets
        cleared = [key for key, row in self.rows.items() if row.clearing]
        if cleared:
            result["clear_secrets"] = cleared
        for key, value in (
            ("enabled", self.enabled_check.isChecked()),
            ("poll_interval_s", self.poll_spin.value()),
            ("retry_limit", self.retry_spin.value()),
            ("rate_limit_per_min", self.rate_spin.value()),
        ):
            if value != self._loaded.get(key):
                result[key] = value
        return result

    def has_unsaved_changes(self) -> bool:
        return self.channel_name is None or bool(self.changes())

    def save(self) -> bool:
        """One service call: the new channel, or what changed; on a refusal the message is shown and False."""
        if not self.ok_button.isEnabled():
            return False
        if self.channel_name is None:
            values, secrets = self._typed()
            channel = self.call_service(
                add_channel,
                self.name_edit.text(),
                self.kind(),
                url=values.pop("url", ""),
                username=values.pop("username", ""),
                options={key: value for key, value in values.items() if value},
                secrets=secrets,
                user=self.user,
                poll_interval_s=self.poll_spin.value(),
                retry_limit=self.retry_spin.value(),
                rate_limit_per_min=self.rate_spin.value() or None,
                enabled=self.enabled_check.isChecked(),
            )
        else:
            changes = self.changes()
            if not changes:
                return True
            channel = self.call_service(update_channel, self.channel_name, user=self.user, **changes)
        if channel is None:
            return False
        self._saved(channel)
        return True

    def _saved(self, channel: Channel) -> None:
        """After a save the form shows the saved channel; typed secrets are wiped from their fields."""
        typed_secrets = {key for key, row in self.rows.items() if row.field.secret and row.edit.text()}
        kept = {key for key, row in self.rows.items() if row.field.secret and row.stored and not row.clearing}
        adding = self.channel_name is None
        self.channel_name = channel.name
        if adding:
            self.setWindowTitle(f"Channel {channel.name}")
            self.name_edit.setReadOnly(True)
            self.kind_combo.setEnabled(False)
            self.name_error.clear_message()
        self._show_saved(channel, kept | typed_secrets)
        self.close_button.setText("Close")  # what is saved stays saved: there is nothing left to cancel
        self.saved_names.append(channel.name)
        self.saved.emit(channel.name)
        self._validate()

    def submit(self) -> None:
        """OK: a channel whose settings were not tested, or whose last test failed, is saved only when the admin
        says so (a wrong address found at the first sync costs an hour of missed orders)."""
        if self.kind() != ChannelKind.MANUAL.value and self._needs_saving() and not self._tested_ok():
            if not self._confirm_untested():
                return
        if self.save():
            self.accept()

    def _needs_saving(self) -> bool:
        return self.channel_name is None or bool(self.changes())

    def _fingerprint(self) -> tuple[str, str, str]:
        values, secrets = self._typed()
        return self.kind(), repr(sorted(values.items())), repr(sorted(secrets.items()))

    def _tested_ok(self) -> bool:
        return self._last_test is not None and self._last_test == (self._fingerprint(), True)

    def _confirm_untested(self) -> bool:
        failed = self._last_test is not None and self._last_test[0] == self._fingerprint()
        why = (
            "The connection test of these settings failed."
            if failed
            else "These settings have not been tested: the first sync would be the test."
        )
        answer = QMessageBox.question(
            self,
            "Save untested channel",
            f"{why}\n\nSave them anyway?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    # -- test connection -----------------------------------------------------------------------------------
    def _update_test_button(self) -> None:
        if self._testing:
            return
        self.test_button.setText("Test connection")
        self.test_button.setEnabled(not self.blocked and self.ok_button.isEnabled())

    def _test_clicked(self) -> None:
        """Test what is typed, before anything is saved: the same call the sync will make, with these values."""
        if self._testing or not self.ok_button.isEnabled():
            return
        values, secrets = self._typed()
        typed = TypedChannel(
            name=self.name_edit.text().strip() or (self.channel_name or ""),
            kind=self.kind(),
            url=values.pop("url", ""),
            username=values.pop("username", ""),
            options={key: value for key, value in values.items() if value},
            secrets=secrets,
            rate_limit_per_min=self.rate_spin.value() or None,
        )
        tested = self._fingerprint()
        self._testing = True
        self.test_button.setEnabled(False)
        self.test_button.setText("Testing…")
        self._show_result(None, f"Calling {typed.name or 'the channel'}…")
        # In Qt's thread pool: the call may take seconds, and the form stays usable meanwhile.
        run_in_background(
            with_own_connection(test_values),
            typed,
            self.channel_name,
            on_success=lambda answer: self._tested(answer, tested),
            on_failure=self._test_failed,
            parent=self,
        )

    @property
    def testing(self) -> bool:
        return self._testing

    def _tested(self, answer: tuple[bool, str], tested: tuple[str, str, str] | None = None) -> None:
        ok, message = answer
        if tested is not None:
            self._last_test = (tested, ok)
        self._test_done()
        self._show_result(ok, message)

    def _test_failed(self, exc: BaseException) -> None:
        self._test_done()
        if isinstance(exc, RuleViolation):
            self._show_result(False, exc.message)
        elif isinstance(exc, KeyringUnavailable | DatabaseUnavailable):
            self._show_result(False, str(exc))
        else:
            # A bug, not the channel's answer: the crash handler keeps the traceback, the form says so plainly.
            self._show_result(False, "The test stopped on an unexpected error; it has been reported.")
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _test_done(self) -> None:
        self._testing = False
        self._update_test_button()

    def _show_result(self, ok: bool | None, message: str) -> None:
        """Green for a channel that answered, red for one that did not; the mark says it without colour too."""
        mark = "" if ok is None else "✔ " if ok else "✖ "
        self.test_result.setText(mark + message)
        self.test_result.setStyleSheet("" if ok is None else colours.style("ok" if ok else "error"))
        self.test_result.setAccessibleDescription(
            "testing" if ok is None else "connected" if ok else "connection failed"
        )
        self.test_result.setVisible(True)
