"""The menu bar: every action of the window with its shortcut, in File, Edit, View, Orders, Sync and Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from orderdesk import APP_NAME
from orderdesk.core.text import translate
from orderdesk.ui import crash
from orderdesk.ui.actions import SPECS

if TYPE_CHECKING:
    from orderdesk.ui.main_window import MainWindow

# Actions of the Orders menu that belong to the Sync menu instead: they repair sync, not the order.
SYNC_ACTIONS = ("retry", "conflict")


def _named_menu(bar: QMenuBar, title: str, object_name: str) -> QMenu:
    menu = bar.addMenu(title)
    menu.setObjectName(object_name)
    return menu


def _action(window: MainWindow, text: str, name: str, shortcut: str | QKeySequence.StandardKey | None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    window.addAction(action)
    return action


def build_menu_bar(window: MainWindow) -> QMenuBar:
    bar = window.menuBar()
    bar.setObjectName("menuBar")
    bar.setAccessibleName(translate("Menus", "Menu bar"))

    file_menu = _named_menu(bar, translate("Menus", "&File"), "fileMenu")
    import_action = _action(window, translate("Menus", "&Import orders from a file…"), "importAction", "Ctrl+Shift+I")
    import_action.triggered.connect(window.import_orders)
    file_menu.addAction(import_action)
    file_menu.addSeparator()
    file_menu.addAction(window.settings_action)
    file_menu.addSeparator()
    quit_action = _action(window, translate("Menus", "&Quit"), "quitAction", QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    edit_menu = _named_menu(bar, translate("Menus", "&Edit"), "editMenu")
    edit_menu.addAction(window.find_action)
    select_all = _action(window, translate("Menus", "Select &all orders"), "selectAllAction", None)
    select_all.triggered.connect(window.table.selectAll)
    edit_menu.addAction(select_all)
    edit_menu.addSeparator()
    preferences = _action(window, translate("Menus", "&Preferences…"), "preferencesAction", None)
    preferences.triggered.connect(window.open_preferences)
    edit_menu.addAction(preferences)

    view_menu = _named_menu(bar, translate("Menus", "&View"), "viewMenu")
    if window.log_pane is not None:
        toggle_log = window.log_pane.toggleViewAction()
        toggle_log.setObjectName("toggleSyncLogAction")
        toggle_log.setText(translate("Menus", "Sync &log"))
        toggle_log.setShortcut(QKeySequence("F8"))
        view_menu.addAction(toggle_log)
    toggle_detail = window.detail_dock.toggleViewAction()
    toggle_detail.setObjectName("toggleOrderPanelAction")
    toggle_detail.setText(translate("Menus", "&Order panel"))
    toggle_detail.setShortcut(QKeySequence("F9"))
    view_menu.addAction(toggle_detail)

    purchases = window.findChild(QAction, "purchasesAction")
    if purchases is not None:
        view_menu.addAction(purchases)

    orders_menu = _named_menu(bar, translate("Menus", "&Orders"), "ordersMenu")
    for spec in SPECS:
        if spec.key not in SYNC_ACTIONS:
            orders_menu.addAction(window.actions_by_key[spec.key])
    orders_menu.addSeparator()
    orders_menu.addAction(window.stock_action)

    sync_menu = _named_menu(bar, translate("Menus", "&Sync"), "syncMenu")
    sync_menu.addAction(window.sync_now_action)
    for key in SYNC_ACTIONS:
        sync_menu.addAction(window.actions_by_key[key])
    if window.log_pane is not None:
        failures = _action(
            window, translate("Menus", "Show &failures in the sync log"), "showFailuresAction", "Ctrl+Shift+F"
        )
        failures.triggered.connect(window.show_log_failures)
        sync_menu.addAction(failures)

    help_menu = _named_menu(bar, translate("Menus", "&Help"), "helpMenu")
    shortcuts = _action(
        window, translate("Menus", "&Keyboard shortcuts"), "shortcutsAction", QKeySequence.StandardKey.HelpContents
    )
    shortcuts.triggered.connect(window.show_shortcuts)
    help_menu.addAction(shortcuts)
    log_folder = _action(window, translate("Menus", "Open &log folder"), "openLogFolderAction", None)
    log_folder.setToolTip(translate("Menus", "The application log and crash reports, in the file manager"))
    log_folder.triggered.connect(lambda: crash.open_folder())
    help_menu.addAction(log_folder)
    about = _action(window, translate("Menus", "&About {app}", app=APP_NAME), "aboutAction", None)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
    return bar


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every action of the menu bar that has a shortcut, in menu order."""
    rows = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if action.isSeparator() or action.shortcut().isEmpty():
                continue
            rows.append(
                (
                    menu.title().replace("&", ""),
                    action.text().replace("&", "").rstrip("…"),
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
    return rows
