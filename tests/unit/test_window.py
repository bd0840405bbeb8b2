from orderdesk.store.db import open_database
from orderdesk.ui.app import MainWindow


def test_window_opens_with_the_order_count(qtbot, db_url):
    open_database(db_url).close()
    window = MainWindow(3)
    qtbot.addWidget(window)
    window.show()
    assert window.objectName() == "mainWindow"
    assert "3 order(s)" in window.centralWidget().text()
