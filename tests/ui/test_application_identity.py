"""The application tells the desktop who it is: name, version, organisation, desktop entry, and its icon."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from orderdesk import DESKTOP_ID, __version__
from orderdesk.resources import resource_path
from orderdesk.ui.app import application


def test_the_application_names_itself_its_version_and_its_desktop_entry(qapp: QApplication) -> None:
    app = application()

    assert app.applicationName() == "OrderDesk"
    assert app.organizationName() == "OrderDesk"
    assert app.applicationVersion() == __version__
    assert app.desktopFileName() == DESKTOP_ID
    assert resource_path(f"linux/{app.desktopFileName()}.desktop").is_file()


def test_the_window_and_taskbar_icon_comes_in_every_size_the_desktop_asks_for(qapp: QApplication) -> None:
    icon = application().windowIcon()

    assert not icon.isNull()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    assert not icon.pixmap(QSize(64, 64)).isNull()
