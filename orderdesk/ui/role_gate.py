"""The window shows only what the acting role may do: the channel settings for admins, retry, discard and conflicts
for supervisors and admins, the log export for supervisors and admins. The services refuse the rest anyway (and on
PostgreSQL the database too); hiding it spares an operator buttons that can only say no."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import peewee
from PySide6.QtWidgets import QWidget

from orderdesk.core.roles import Right
from orderdesk.services import access
from orderdesk.ui.sync_log_pane import SyncLogPane

if TYPE_CHECKING:
    from orderdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Order actions (ui.actions SPECS keys) that need more than an operator's rights.
ACTION_RIGHTS = {"retry": Right.RETRY, "conflict": Right.RESOLVE_CONFLICT}


def rights_here() -> set[Right]:
    """The acting user's rights; none when they cannot be read (the window then offers nothing that needs one)."""
    try:
        return access.rights_held()
    except peewee.DatabaseError as exc:
        log.warning("The role could not be read (%s); the window offers only what needs no right.", exc)
        return set()


def _show(widget: QWidget | None, allowed: bool) -> None:
    if widget is not None and not allowed:
        widget.hide()


def apply(window: MainWindow, rights: set[Right]) -> None:
    """Hide what `rights` does not cover, everywhere the window offers it."""
    may_change_channels = Right.CHANNELS in rights
    window.settings_action.setVisible(may_change_channels)
    window.settings_action.setEnabled(may_change_channels)
    _show(window.welcome.add_button, may_change_channels)
    for key, right in ACTION_RIGHTS.items():
        action = window.actions_by_key.get(key)
        if action is not None and right not in rights:
            action.setVisible(False)
            action.setEnabled(False)
    window.detail.may_retry = Right.RETRY in rights
    pane = window.log_pane
    if isinstance(pane, SyncLogPane):
        _show(pane.retry_button, Right.RETRY in rights)
        _show(pane.retry_group_button, Right.RETRY in rights)
        _show(pane.discard_button, Right.DISCARD in rights)
        _show(pane.export_button, Right.EXPORT_LOG in rights)
        _show(pane.open_settings_button, may_change_channels)
        pane.may_open_settings = may_change_channels
