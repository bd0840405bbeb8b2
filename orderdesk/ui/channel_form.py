"""The form for one sales channel: add it, or change it. Its "Test connection", run off the GUI thread: channel_test.

Which settings a channel has comes from core.channel_settings.fields_for(kind), so the form shows exactly the
fields of the chosen kind. Settings go to the database and secrets to the OS keyring, both through
services.channels; a secret is typed into a masked field and never shown again: when editing, a stored secret is an
empty field saying "Stored — type to replace", and an untouched secret is kept as it is. A stored optional secret
has a "Clear" box that deletes it from the keyring on save.
"""

from __future__ import annotations

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
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.credentials import KeyringUnavailable
from orderdesk.services.channels import add_channel, channel_secrets, check_name, update_channel
from orderdesk.store.db import DatabaseUnavailable
from orderdesk.store.models import Channel
from orderdesk.store.orders import get_channel
from orderdesk.ui import colours
from orderdesk.ui.channel_test import ConnectionTest
from orderdesk.ui.dialogs.widgets import FieldError, OrderDialog, fit_scrolling, named

STORED_SECRET = QT_TRANSLATE_NOOP("ChannelFormDialog", "Stored — type to replace")
UNREADABLE_SECRET = QT_TRANSLATE_NOOP("ChannelFormDialog", "Cannot be read now: the keyring is unavailable")
CLEARED_SECRET = QT_TRANSLATE_NOOP("ChannelFormDialog", "Cleared when you save")
NOT_SET_SECRET = QT_TRANSLATE_NOOP("ChannelFormDialog", "Not set")
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


# The kinds and the settings are the rules part's texts (core.capabilities, core.channel_settings), marked there in
# these contexts.
def kind_label(kind: str) -> str:
    """A kind of channel as the admin reads it."""
    return translate("ChannelKind", LABELS[ChannelKind(kind)])


def setting_label(field: SettingField) -> str:
    """A setting's name as the admin reads it ("API token")."""
    return translate("ChannelSettings", field.label)


def setting_help(field: SettingField) -> str:
    """A setting's hint as the admin reads it ("" when it has none)."""
    return translate("ChannelSettings", field.help) if field.help else ""


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
            accessible_name=translate("ChannelFormDialog", "Channel settings"),
            reason_name="channelFormReason",
            user=user,
            ok_text=translate("ChannelFormDialog", "Save"),
            close_text=translate("ChannelFormDialog", "Cancel"),
            parent=parent,
        )
        self.form_error.setAccessibleName(translate("ChannelFormDialog", "Problem with these settings"))
        self.channel_name = channel_name
        self.saved_names: list[str] = []
        self.rows: dict[str, SettingRow] = {}
        self._loaded: dict[str, Any] = {}  # what is saved, to send only what the admin changed
        self._name_touched = False

        self.name_edit = named(QLineEdit(), "nameEdit", translate("ChannelFormDialog", "Channel name"))
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText(translate("ChannelFormDialog", "e.g. Affiliate EU"))
        self.name_error = self.field_error(
            "nameError", translate("ChannelFormDialog", "Problem with the channel name"), "name"
        )
        self.kind_combo = named(QComboBox(), "kindCombo", translate("ChannelFormDialog", "Kind of channel"))
        for kind in ChannelKind:
            self.kind_combo.addItem(kind_label(kind.value), kind.value)
        self.kind_error = self.field_error(
            "kindError", translate("ChannelFormDialog", "Problem with the kind of channel"), "kind"
        )
        top = QFormLayout()
        top.addRow(self._label(translate("ChannelFormDialog", "Name"), required=True), self.name_edit)
        top.addRow("", self.name_error)
        top.addRow(translate("ChannelFormDialog", "Kind"), self.kind_combo)
        top.addRow("", self.kind_error)

        self.fields_box = named(
            QGroupBox(translate("ChannelFormDialog", "Connection")),
            "channelFields",
            translate("ChannelFormDialog", "Connection settings"),
        )
        self.fields_layout = QFormLayout(self.fields_box)

        self.sync_box = named(
            QGroupBox(translate("ChannelFormDialog", "Sync")),
            "channelSync",
            translate("ChannelFormDialog", "Sync settings"),
        )
        poll, retry, rate = (
            translate("ChannelFormDialog", "Polling interval"),
            translate("ChannelFormDialog", "Retry limit"),
            translate("ChannelFormDialog", "Rate limit"),
        )
        self.poll_spin = self._spin("pollIntervalSpin", poll, 10, 86_400, translate("ChannelFormDialog", " seconds"))
        self.poll_spin.setToolTip(
            translate("ChannelFormDialog", "How often OrderDesk asks the channel for new and changed orders.")
        )
        self.retry_spin = self._spin("retryLimitSpin", retry, 0, 100, translate("ChannelFormDialog", " attempts"))
        self.retry_spin.setToolTip(
            translate("ChannelFormDialog", "How often a change is sent again before it waits for a supervisor.")
        )
        self.rate_spin = self._spin(
            "rateLimitSpin", rate, 0, 100_000, translate("ChannelFormDialog", " calls per minute")
        )
        self.rate_spin.setSpecialValueText(translate("ChannelFormDialog", "No limit"))
        self.rate_spin.setToolTip(
            translate("ChannelFormDialog", "The most calls per minute OrderDesk makes to this channel; 0 for no limit.")
        )
        # A new channel starts from the same defaults as one added from the command line.
        self.poll_spin.setValue(Channel.poll_interval_s.default)
        self.retry_spin.setValue(Channel.retry_limit.default)
        sync_form = QFormLayout(self.sync_box)
        problems = {
            "pollIntervalError": translate("ChannelFormDialog", "Problem with the polling interval"),
            "retryLimitError": translate("ChannelFormDialog", "Problem with the retry limit"),
            "rateLimitError": translate("ChannelFormDialog", "Problem with the rate limit"),
        }
        for label, spin, error_name, service_field in (
            (poll, self.poll_spin, "pollIntervalError", "poll_interval_s"),
            (retry, self.retry_spin, "retryLimitError", "retry_limit"),
            (rate, self.rate_spin, "rateLimitError", "rate_limit_per_min"),
        ):
            sync_form.addRow(label, spin)
            sync_form.addRow("", self.field_error(error_name, problems[error_name], service_field))
        self.enabled_check = named(
            QCheckBox(translate("ChannelFormDialog", "Enabled: sync this channel")),
            "enabledCheck",
            translate("ChannelFormDialog", "Enabled"),
        )
        self.enabled_check.setChecked(True)

        self.connection = ConnectionTest(self)
        self.test_button, self.test_result = self.connection.button, self.connection.result

        legend = named(
            QLabel(translate("ChannelFormDialog", "* required")),
            "requiredLegend",
            translate("ChannelFormDialog", "Fields marked with a star are required"),
        )
        legend.setStyleSheet(colours.style("hint"))
        # Magento's and OT Platform's forms are taller than a 768 px laptop: the fields scroll, OK/Cancel and
        # the test stay in sight.
        sections = named(QWidget(), "channelFormFields", translate("ChannelFormDialog", "Channel settings fields"))
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.fields_box)
        column.addWidget(self.sync_box)
        column.addWidget(self.enabled_check)
        column.addWidget(legend)
        column.addStretch(1)
        self.fields_scroll = named(
            QScrollArea(), "channelFormScroll", translate("ChannelFormDialog", "Channel settings")
        )
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll into view
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_scroll.setWidget(sections)
        self.body.addWidget(self.fields_scroll, 1)
        self.body.addLayout(self.connection.row)

        if channel_name is None:
            self.setWindowTitle(translate("ChannelFormDialog", "Add channel"))
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
        label = QLabel(translate("ChannelFormDialog", "{setting} *", setting=text) if required else text)
        if required:
            label.setAccessibleDescription(translate("ChannelFormDialog", "required"))
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
            title, about = setting_label(field), setting_help(field)
            edit = named(QLineEdit(), f"{stem}Edit", title)
            if field.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            elif field.default:
                edit.setPlaceholderText(
                    translate("ChannelFormDialog", "{default} (when left empty)", default=field.default)
                )
            if about:
                edit.setToolTip(about)
            error = self.field_error(
                f"{stem}Error", translate("ChannelFormDialog", "Problem with the {setting}", setting=title), field.key
            )
            row = SettingRow(field, edit, error)
            self.rows[field.key] = row
            label = self._label(title, required=field.required and not field.default)
            if field.secret and not field.required:
                # An optional secret can be taken away again (a proxy password no longer needed, say).
                row.clear = named(
                    QCheckBox(translate("ChannelFormDialog", "Clear")),
                    f"{stem}Clear",
                    translate("ChannelFormDialog", "Clear the stored {setting}", setting=title),
                )
                row.clear.setToolTip(
                    translate(
                        "ChannelFormDialog",
                        "Delete the stored {setting} from the keyring when you save.",
                        setting=title,
                    )
                )
                row.clear.setVisible(False)
                row.clear.toggled.connect(lambda _on, r=row: self._clear_toggled(r))
                line = QHBoxLayout()
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(edit, 1)
                line.addWidget(row.clear)
                self.fields_layout.addRow(label, line)
            else:
                self.fields_layout.addRow(label, edit)
            if about:
                # Broken into lines here rather than word-wrapped by Qt: a form layout does not count wrapped
                # lines in the dialog's size, and the help would be cut off.
                hint = named(
                    QLabel(textwrap.fill(about, HELP_WIDTH)),
                    f"{stem}Help",
                    translate("ChannelFormDialog", "About the {setting}", setting=title),
                )
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
        self.setWindowTitle(translate("ChannelFormDialog", "Channel {channel}", channel=channel.name))
        self.name_edit.setText(channel.name)
        # Secrets and the outbox are keyed by the name, and the adapters by the kind: neither changes here.
        self.name_edit.setReadOnly(True)
        self.name_edit.setToolTip(
            translate("ChannelFormDialog", "A channel keeps its name; add a new channel to use another one.")
        )
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(channel.kind)))
        self.kind_combo.setEnabled(False)
        self.kind_combo.setToolTip(
            translate("ChannelFormDialog", "A channel keeps its kind; add a new channel for another kind.")
        )
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
                hint = UNREADABLE_SECRET if row.stored is None else STORED_SECRET if row.stored else NOT_SET_SECRET
                row.edit.setPlaceholderText(translate("ChannelFormDialog", hint))
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
        row.edit.setPlaceholderText(translate("ChannelFormDialog", CLEARED_SECRET if clearing else STORED_SECRET))
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
                missing.append(translate("ChannelFormDialog", "Name"))
            elif problem:
                typed_wrong.append(problem)
            self.name_error.show_message(problem if name.strip() or self._name_touched else None)
        for row in self.rows.values():
            text = row.edit.text()
            message = None
            if not text.strip():
                if row.needs_text:
                    title = setting_label(row.field)
                    missing.append(title)
                    message = (
                        translate("ChannelFormDialog", "{setting} is required.", setting=title) if row.touched else None
                    )
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
            self.set_problem(translate("ChannelFormDialog", "Correct what is marked in red."))
        elif missing:
            self.set_problem(translate("ChannelFormDialog", "Fill in: {settings}.", settings=", ".join(missing)))
        else:
            self.set_problem(None)
        self.connection.update_button()

    def _name_problem(self, name: str) -> str | None:
        try:
            clean = check_name(name)
        except RuleViolation as exc:
            return exc.message
        try:
            taken = Channel.get_or_none(Channel.name == clean) is not None
        except DatabaseUnavailable as exc:
            return str(exc)
        return (
            translate("ChannelFormDialog", "There is already a channel called '{channel}'.", channel=clean)
            if taken
            else None
        )

    # -- saving --------------------------------------------------------------------------------------------
    def typed(self) -> tuple[dict[str, str], dict[str, str]]:
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
        values, secrets = self.typed()
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
            values, secrets = self.typed()
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
            self.setWindowTitle(translate("ChannelFormDialog", "Channel {channel}", channel=channel.name))
            self.name_edit.setReadOnly(True)
            self.kind_combo.setEnabled(False)
            self.name_error.clear_message()
        self._show_saved(channel, kept | typed_secrets)
        close = translate("ChannelFormDialog", "Close")
        self.close_button.setText(close)  # what is saved stays saved: there is nothing left to cancel
        self.close_button.setAccessibleName(close)
        self.saved_names.append(channel.name)
        self.saved.emit(channel.name)
        self._validate()

    def submit(self) -> None:
        """OK: a channel whose settings were not tested, or whose last test failed, is saved only when the admin
        says so (a wrong address found at the first sync costs an hour of missed orders)."""
        if self.kind() != ChannelKind.MANUAL.value and self._needs_saving() and not self.connection.passed():
            if not self.connection.confirm_untested():
                return
        if self.save():
            self.accept()

    def _needs_saving(self) -> bool:
        return self.channel_name is None or bool(self.changes())

    @property
    def testing(self) -> bool:
        return self.connection.running
