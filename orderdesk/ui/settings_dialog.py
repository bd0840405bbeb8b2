"""Settings for admins: the sales channels, listed, added, changed, switched off and on, removed.

The list and its actions live here; the form for one channel (and its "Test connection") is channel_form.py.
Every change goes through services.channels. The form and the removal question open window-modal without a nested
event loop (QDialog.open), so this dialog keeps repainting while they are up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.channel_settings import secret_fields
from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.core.urls import shown
from orderdesk.credentials import KeyringUnavailable
from orderdesk.services.channels import channel_secrets, remove_channel, update_channel
from orderdesk.store.db import DatabaseUnavailable
from orderdesk.store.models import Channel, Order
from orderdesk.ui import colours
from orderdesk.ui.channel_form import ChannelFormDialog, kind_label, setting_label
from orderdesk.ui.dialogs.focus import KeyboardOrder
from orderdesk.ui.dialogs.widgets import FieldError, named, no_default

NAME_ROLE = Qt.ItemDataRole.UserRole

# How the last sync of a channel went, by the state the sync engine keeps (Channel.state).
LAST_STATE = {
    "idle": QT_TRANSLATE_NOOP("SettingsDialog", "last sync went well"),
    "pulling": QT_TRANSLATE_NOOP("SettingsDialog", "syncing now"),
    "pushing": QT_TRANSLATE_NOOP("SettingsDialog", "syncing now"),
    "offline": QT_TRANSLATE_NOOP("SettingsDialog", "not reachable at the last try"),
    "auth_failed": QT_TRANSLATE_NOOP("SettingsDialog", "sign-in refused at the last try"),
    "paused": QT_TRANSLATE_NOOP("SettingsDialog", "paused by the channel's rate limit"),
    "error": QT_TRANSLATE_NOOP("SettingsDialog", "last sync failed"),
}


class SettingsDialog(QDialog):
    """The channels of this desk. `changed` tells the main window whether to reload its channel lists."""

    def __init__(self, *, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "settingsDialog", translate("SettingsDialog", "Settings"))
        self.setWindowTitle(translate("SettingsDialog", "Settings — sales channels"))
        self.user = user
        self.changed = False
        self.form: ChannelFormDialog | None = None
        self.confirm_box: QMessageBox | None = None
        KeyboardOrder(self)

        self.error = FieldError("settingsError", translate("SettingsDialog", "Problem with the channels"))
        self.message = named(QLabel(), "settingsMessage", translate("SettingsDialog", "What was done"))
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.channels_list = named(QListWidget(), "channelsList", translate("SettingsDialog", "Channels"))
        self.channels_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.details = named(QLabel(), "channelDetails", translate("SettingsDialog", "Selected channel"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remove_reason = named(
            QLabel(), "removeReason", translate("SettingsDialog", "Why the channel cannot be removed")
        )
        self.remove_reason.setWordWrap(True)
        self.remove_reason.setStyleSheet(colours.style("hint"))
        self.remove_reason.setVisible(False)

        self.add_button = self._button(
            "addChannelButton", translate("SettingsDialog", "Add…"), translate("SettingsDialog", "Add a channel")
        )
        self.edit_button = self._button(
            "editChannelButton", translate("SettingsDialog", "Edit…"), translate("SettingsDialog", "Edit the channel")
        )
        self.enable_button = self._button(
            "enableChannelButton",
            translate("SettingsDialog", "Disable"),
            translate("SettingsDialog", "Disable or enable the channel"),
        )
        self.remove_button = self._button(
            "removeChannelButton",
            translate("SettingsDialog", "Remove…"),
            translate("SettingsDialog", "Remove the channel"),
        )
        self.sign_in_button = self._button(
            "providerSignInButton",
            translate("SettingsDialog", "Sign in to provider…"),
            translate("SettingsDialog", "Sign the OT Platform channel in to its provider"),
        )
        self.sessions_button = self._button(
            "providerSessionsButton",
            translate("SettingsDialog", "Saved provider sessions…"),
            translate("SettingsDialog", "Choose a provider session OT Platform keeps"),
        )
        self.sign_in_button.clicked.connect(self.sign_in_to_provider)
        self.sessions_button.clicked.connect(self.choose_provider_session)
        self.add_button.clicked.connect(self.add_channel)
        self.edit_button.clicked.connect(self.edit_channel)
        self.enable_button.clicked.connect(self.toggle_enabled)
        self.remove_button.clicked.connect(self.ask_remove)
        self.channels_list.currentItemChanged.connect(self._selection_changed)
        self.channels_list.itemActivated.connect(lambda _item: self.edit_channel())

        buttons = named(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close),
            "dialogButtons",
            translate("SettingsDialog", "Dialog buttons"),
        )
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "closeButton", translate("SettingsDialog", "Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        self.formats_button = self._button(
            "carrierFormatsButton",
            translate("SettingsDialog", "Consignment formats…"),
            translate("SettingsDialog", "Consignment number formats of the carriers"),
        )
        self.formats_button.clicked.connect(self.edit_carrier_formats)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.enable_button,
            self.remove_button,
            self.sign_in_button,
            self.sessions_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.formats_button)
        middle = QHBoxLayout()
        middle.addWidget(self.channels_list, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addLayout(middle, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.remove_reason)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.reload()

    def edit_carrier_formats(self) -> None:
        from orderdesk.ui.dialogs.carrier_formats import CarrierFormatsDialog

        CarrierFormatsDialog(parent=self).exec()

    def _button(self, object_name: str, text: str, accessible_name: str) -> QPushButton:
        # None is the default: Enter in the list opens the selected channel rather than pressing a button.
        return named(no_default(QPushButton(text)), object_name, accessible_name)

    # -- the list ------------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the channels again (a short query), keeping or moving the selection."""
        keep = select or self.selected_name()
        try:
            channels = list(Channel.select().order_by(Channel.name))
        except DatabaseUnavailable as exc:
            self.error.show_message(str(exc))
            channels = []
        self.channels_list.clear()
        for channel in channels:
            kind = kind_label(channel.kind)
            if channel.enabled:
                text = translate("SettingsDialog", "{channel} — {kind}", channel=channel.name, kind=kind)
            else:
                text = translate("SettingsDialog", "{channel} — {kind} (disabled)", channel=channel.name, kind=kind)
            item = QListWidgetItem(text)
            item.setData(NAME_ROLE, channel.name)
            self.channels_list.addItem(item)
            if channel.name == keep:
                self.channels_list.setCurrentItem(item)
        if self.channels_list.currentItem() is None and self.channels_list.count():
            self.channels_list.setCurrentRow(0)
        self._selection_changed()

    def selected_name(self) -> str | None:
        item = self.channels_list.currentItem()
        return None if item is None else str(item.data(NAME_ROLE))

    def _selected(self) -> Channel | None:
        name = self.selected_name()
        if name is None:
            return None
        try:
            return Channel.get_or_none(Channel.name == name)
        except DatabaseUnavailable as exc:
            self.error.show_message(str(exc))
            return None

    def _selection_changed(self) -> None:
        channel = self._selected()
        for button in (self.edit_button, self.enable_button, self.remove_button):
            button.setEnabled(channel is not None)
        for button in (self.sign_in_button, self.sessions_button):
            button.setEnabled(channel is not None and channel.kind == ChannelKind.OTPLATFORM.value)
        self.remove_reason.setVisible(False)
        if channel is None:
            empty = not self.channels_list.count()
            self.details.setText(translate("SettingsDialog", "No channel yet: add one.") if empty else "")
            return
        self.enable_button.setText(
            translate("SettingsDialog", "Disable") if channel.enabled else translate("SettingsDialog", "Enable")
        )
        orders = Order.select().where(Order.channel == channel).count()
        parts = [kind_label(channel.kind), shown(channel.base_url) or translate("SettingsDialog", "no address")]
        parts.append(translate("SettingsDialog", "%Ln order(s)", orders))
        if channel.kind != ChannelKind.MANUAL.value:
            if channel.enabled:
                parts.append(translate("SettingsDialog", "asked every %Ln second(s)", channel.poll_interval_s))
            else:
                parts.append(translate("SettingsDialog", "not synced (disabled)"))
            state = LAST_STATE.get(channel.state)
            parts.append(translate("SettingsDialog", state) if state else channel.state)
        self.details.setText(" · ".join(parts))
        if orders:
            # remove_channel refuses a channel with orders; say so before the admin tries.
            self.remove_button.setEnabled(False)
            self.remove_reason.setText(
                translate(
                    "SettingsDialog",
                    "{channel} has %Ln order(s), so it cannot be removed: its orders keep their history. "
                    "Disable it instead.",
                    orders,
                    channel=channel.name,
                )
            )
            self.remove_reason.setVisible(True)

    # -- the provider session of an OT Platform channel (seed 003) ----------------------------------------
    def sign_in_to_provider(self) -> None:
        """Open the provider's sign-in in the browser and keep the session it sends back (off the GUI thread)."""
        from orderdesk.sync import provider_signin
        from orderdesk.ui.background import run_in_background, with_own_connection

        name = self.selected_name()
        if name is None:
            return
        self._say(
            translate(
                "SettingsDialog",
                "Sign in to the provider in the browser window that opens for {channel}…",
                channel=name,
            )
        )
        self.sign_in_button.setEnabled(False)
        run_in_background(
            with_own_connection(lambda: provider_signin.sign_in(name, user=self.user)),
            on_success=self._signed_in,
            on_failure=lambda exc: self._signed_in((False, getattr(exc, "message", str(exc)))),
            parent=self,
        )

    def _signed_in(self, result: tuple[bool, str]) -> None:
        ok, text = result
        self.sign_in_button.setEnabled(True)
        if ok:
            self.changed = True
            self._say(text)
        else:
            self.error.show_message(text)

    def choose_provider_session(self) -> None:
        from orderdesk.sync import provider_signin
        from orderdesk.ui.background import run_in_background, with_own_connection

        name = self.selected_name()
        if name is None:
            return
        run_in_background(
            with_own_connection(lambda: provider_signin.saved_sessions(name)),
            on_success=lambda sessions: self._offer_sessions(name, sessions),
            on_failure=lambda exc: self.error.show_message(getattr(exc, "message", str(exc))),
            parent=self,
        )

    def _offer_sessions(self, name: str, sessions: list[dict[str, str]]) -> None:
        from PySide6.QtWidgets import QInputDialog

        from orderdesk.sync import provider_signin

        if not sessions:
            self.error.show_message(
                translate(
                    "SettingsDialog",
                    "OT Platform keeps no provider session for {channel}: sign in to the provider.",
                    channel=name,
                )
            )
            return
        labels = [
            translate("SettingsDialog", "{session} (valid)", session=s["login"] or s["id"])
            if s["valid"] == "yes"
            else translate("SettingsDialog", "{session} (expired)", session=s["login"] or s["id"])
            for s in sessions
        ]
        label, chosen = QInputDialog.getItem(
            self,
            translate("SettingsDialog", "Provider sessions"),
            translate("SettingsDialog", "Session for {channel}:", channel=name),
            labels,
            0,
            False,
        )
        if not chosen:
            return
        try:
            text = provider_signin.use_session(name, sessions[labels.index(label)]["id"], user=self.user)
        except (RuleViolation, KeyringUnavailable) as exc:
            self.error.show_message(getattr(exc, "message", str(exc)))
            return
        self.changed = True
        self._say(text)

    def _say(self, text: str) -> None:
        self.error.clear_message()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- add and edit --------------------------------------------------------------------------------------
    def add_channel(self) -> None:
        self._open_form(None)

    def edit_channel(self) -> None:
        name = self.selected_name()
        if name is not None:
            self._open_form(name)

    def _open_form(self, name: str | None) -> None:
        if self.form is not None:
            return
        self._say("")
        self.form = ChannelFormDialog(name, user=self.user, parent=self)
        self.form.saved.connect(self._form_saved)
        self.form.finished.connect(self._form_closed)
        self.form.open()

    def _form_saved(self, name: str) -> None:
        self.changed = True
        self.reload(select=name)

    def _form_closed(self) -> None:
        form, self.form = self.form, None
        if form is not None:
            form.deleteLater()

    # -- enable / disable ----------------------------------------------------------------------------------
    def toggle_enabled(self) -> None:
        channel = self._selected()
        if channel is None:
            return
        try:
            update_channel(channel.name, user=self.user, enabled=not channel.enabled)
        except RuleViolation as exc:
            self.error.show_message(exc.message)
            return
        except (KeyringUnavailable, DatabaseUnavailable) as exc:
            self.error.show_message(str(exc))
            return
        self.changed = True
        if channel.enabled:
            self._say(
                translate(
                    "SettingsDialog",
                    "{channel} is disabled: the sync leaves it alone until it is enabled again.",
                    channel=channel.name,
                )
            )
        else:
            self._say(
                translate("SettingsDialog", "{channel} is enabled: the sync picks it up again.", channel=channel.name)
            )
        self.reload(select=channel.name)

    # -- remove --------------------------------------------------------------------------------------------
    def ask_remove(self) -> None:
        """Say exactly what goes (the settings and the secrets in the keyring) and ask; Cancel is the default."""
        channel = self._selected()
        if channel is None or self.confirm_box is not None:
            return
        try:
            stored = channel_secrets(channel)
        except KeyringUnavailable as exc:
            # remove_channel deletes the row first: without a keyring the secrets would stay behind.
            self.error.show_message(
                translate(
                    "SettingsDialog",
                    "{channel} cannot be removed now, its secrets could not be deleted. {reason}",
                    channel=channel.name,
                    reason=str(exc),
                )
            )
            return
        labels = [setting_label(field) for field in secret_fields(channel.kind) if field.key in stored]
        del stored  # the values are not needed, only which ones exist
        question = translate(
            "SettingsDialog",
            "Remove the channel {channel} ({kind})?",
            channel=channel.name,
            kind=kind_label(channel.kind),
        )
        if labels:
            what = translate(
                "SettingsDialog",
                "Its settings are deleted from OrderDesk, and its {secrets} from this computer's keyring. "
                "It has no orders, so no order is touched. This cannot be undone.",
                secrets=", ".join(labels),
            )
        else:
            what = translate(
                "SettingsDialog",
                "Its settings are deleted from OrderDesk. It has no orders, so no order is touched. "
                "This cannot be undone.",
            )
        box = named(QMessageBox(self), "removeChannelConfirm", translate("SettingsDialog", "Remove the channel?"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("SettingsDialog", "Remove channel"))
        box.setText(f"{question}\n\n{what}")
        remove_text = translate("SettingsDialog", "Remove")
        remove = named(
            box.addButton(remove_text, QMessageBox.ButtonRole.DestructiveRole), "confirmRemoveButton", remove_text
        )
        cancel = named(
            box.addButton(QMessageBox.StandardButton.Cancel),
            "cancelRemoveButton",
            translate("SettingsDialog", "Cancel"),
        )
        box.setDefaultButton(cancel)
        box.finished.connect(lambda _result: self._remove_answered(box, remove, channel.name, channel.kind))
        self.confirm_box = box
        box.open()

    def _remove_answered(self, box: QMessageBox, remove: QPushButton, name: str, kind: str) -> None:
        self.confirm_box = None
        confirmed = box.clickedButton() is remove
        box.deleteLater()
        if not confirmed:
            return
        try:
            deleted = remove_channel(name, user=self.user)
        except RuleViolation as exc:
            self.error.show_message(exc.message)
            return
        except (KeyringUnavailable, DatabaseUnavailable) as exc:
            self.error.show_message(str(exc))
            self.reload()
            return
        self.changed = True
        labels = [setting_label(field) for field in secret_fields(kind) if field.key in deleted]
        if labels:
            self._say(
                translate(
                    "SettingsDialog",
                    "Channel {channel} removed. Deleted from the keyring: {secrets}.",
                    channel=name,
                    secrets=", ".join(labels),
                )
            )
        else:
            self._say(translate("SettingsDialog", "Channel {channel} removed.", channel=name))
        self.reload()
