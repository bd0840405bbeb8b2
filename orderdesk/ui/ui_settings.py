"""Preferences and window state kept in QSettings, every key declared here (secrets never: they use the keyring)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "OrderDesk"
APPLICATION = "OrderDesk"

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
TABLE_HEADER = "table/header"
TABLE_COLUMNS = "table/columns"  # the column keys the saved header knew: a column added since starts hidden if hidden
LANGUAGE = "ui/language"  # "en", "nl", "de", or "" to follow the system (ui.i18n)
LAST_CARRIER = "dispatch/lastCarrier"
CARRIER_FORMATS = "dispatch/carrierFormats"  # JSON: carrier -> [pattern, description] (core.carriers)


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)
