"""The channel form's "Test connection": the button, the answer beside it, and what was tested last.

It tests what is TYPED, before anything is saved (a secret left empty on a saved channel is the stored one): an
admin tries an address or a token without keeping a wrong one. The call runs in Qt's thread pool, the same call the
sync will make; the form stays usable meanwhile. Saving settings that were not tested, or whose test failed, asks
first (a wrong address found at the first sync costs an hour of missed orders).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton

from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import translate
from orderdesk.credentials import KeyringUnavailable
from orderdesk.store.db import DatabaseUnavailable
from orderdesk.sync.connection import TypedChannel, test_values
from orderdesk.ui import colours
from orderdesk.ui.background import run_in_background, with_own_connection
from orderdesk.ui.dialogs.widgets import named, no_default

if TYPE_CHECKING:
    from orderdesk.ui.channel_form import ChannelFormDialog

Fingerprint = tuple[str, str, str]  # the kind, the settings and the secrets as typed


class ConnectionTest:
    """`row` holds the button and the answer; the form keeps the button's state current with `update_button()`."""

    def __init__(self, form: ChannelFormDialog) -> None:
        self.form = form
        self.running = False
        self.last: tuple[Fingerprint, bool] | None = None  # what was tested last, and whether it passed
        text = translate("ChannelFormDialog", "Test connection")
        self.button = named(no_default(QPushButton(text)), "testConnectionButton", text)
        self.button.clicked.connect(self.start)
        self.result = named(QLabel(), "testConnectionResult", translate("ChannelFormDialog", "Connection test result"))
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setVisible(False)
        self.row = QHBoxLayout()
        self.row.addWidget(self.button)
        self.row.addWidget(self.result, 1)
        self.row.addStretch(0)  # keeps the button its own size while there is no answer yet

    def fingerprint(self) -> Fingerprint:
        values, secrets = self.form.typed()
        return self.form.kind(), repr(sorted(values.items())), repr(sorted(secrets.items()))

    def update_button(self) -> None:
        if self.running:
            return
        self.button.setText(translate("ChannelFormDialog", "Test connection"))
        self.button.setEnabled(not self.form.blocked and self.form.ok_button.isEnabled())

    def start(self) -> None:
        """Test what is typed, before anything is saved: the same call the sync will make, with these values."""
        form = self.form
        if self.running or not form.ok_button.isEnabled():
            return
        values, secrets = form.typed()
        typed = TypedChannel(
            name=form.name_edit.text().strip() or (form.channel_name or ""),
            kind=form.kind(),
            url=values.pop("url", ""),
            username=values.pop("username", ""),
            options={key: value for key, value in values.items() if value},
            secrets=secrets,
            rate_limit_per_min=form.rate_spin.value() or None,
        )
        tested = self.fingerprint()
        self.running = True
        self.button.setEnabled(False)
        self.button.setText(translate("ChannelFormDialog", "Testing…"))
        if typed.name:
            self.show_result(None, translate("ChannelFormDialog", "Calling {channel}…", channel=typed.name))
        else:
            self.show_result(None, translate("ChannelFormDialog", "Calling the channel…"))
        run_in_background(
            with_own_connection(test_values),
            typed,
            form.channel_name,
            on_success=lambda answer: self.answered(answer, tested),
            on_failure=self.failed,
            parent=form,
        )

    def answered(self, answer: tuple[bool, str], tested: Fingerprint | None = None) -> None:
        ok, message = answer
        if tested is not None:
            self.last = (tested, ok)
        self._done()
        self.show_result(ok, message)

    def failed(self, exc: BaseException) -> None:
        self._done()
        if isinstance(exc, RuleViolation):
            self.show_result(False, exc.message)
        elif isinstance(exc, KeyringUnavailable | DatabaseUnavailable):
            self.show_result(False, str(exc))
        else:
            # A bug, not the channel's answer: the crash handler keeps the traceback, the form says so plainly.
            self.show_result(
                False, translate("ChannelFormDialog", "The test stopped on an unexpected error; it has been reported.")
            )
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _done(self) -> None:
        self.running = False
        self.update_button()

    def show_result(self, ok: bool | None, message: str) -> None:
        """Green for a channel that answered, red for one that did not; the mark says it without colour too."""
        mark = "" if ok is None else "✔ " if ok else "✖ "
        self.result.setText(mark + message)
        self.result.setStyleSheet("" if ok is None else colours.style("ok" if ok else "error"))
        if ok is None:
            state = translate("ChannelFormDialog", "testing")
        else:
            state = (
                translate("ChannelFormDialog", "connected")
                if ok
                else translate("ChannelFormDialog", "connection failed")
            )
        self.result.setAccessibleDescription(state)
        self.result.setVisible(True)

    def passed(self) -> bool:
        """The settings as typed now are the ones the last test connected with."""
        return self.last is not None and self.last == (self.fingerprint(), True)

    def confirm_untested(self) -> bool:
        """Ask whether to save settings that were not tested, or whose test failed; Cancel is the default."""
        failed = self.last is not None and self.last[0] == self.fingerprint()
        question = (
            translate("ChannelFormDialog", "The connection test of these settings failed.\n\nSave them anyway?")
            if failed
            else translate(
                "ChannelFormDialog",
                "These settings have not been tested: the first sync would be the test.\n\nSave them anyway?",
            )
        )
        answer = QMessageBox.question(
            self.form,
            translate("ChannelFormDialog", "Save untested channel"),
            question,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save
