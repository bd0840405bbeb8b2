"""Colours come from the palette in use: each of the desk's own colours reads at 4.5:1 or better in a light and in
a dark theme, and no state is told by colour alone."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from orderdesk.ui import colours
from orderdesk.ui.order_table_model import COLUMN_INDEX, OrderTableModel
from orderdesk.ui.status_bar import OrderStatusBar


def themed(window: str, base: str, text: str) -> QPalette:
    palette = QPalette()
    for role, value in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base)):
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(text))
    return palette


THEMES = {
    "light": themed("#efefef", "#ffffff", "#000000"),
    "dark": themed("#353535", "#2a2a2a", "#ffffff"),  # Fusion's dark palette, as most dark desktops
}


@pytest.fixture(params=sorted(THEMES))
def theme(request, qapp):
    before = QApplication.palette()
    QApplication.setPalette(THEMES[request.param])
    yield THEMES[request.param]
    QApplication.setPalette(before)


def test_every_colour_of_the_desk_reads_at_four_and_a_half_to_one(theme):
    for kind in colours.LIGHT:
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = colours.contrast(colours.colour(kind), theme.color(role))
            assert ratio >= 4.5, f"{kind} on {role.name}: {ratio:.1f}:1"
    assert colours.contrast(colours.ALARM_TEXT, colours.ALARM_BACKGROUND) >= 4.5


def test_the_failure_notice_takes_the_themes_red_and_says_it_in_words(theme, db, qtbot):
    make_channel("aff", "affiliate")
    bar = OrderStatusBar()
    qtbot.addWidget(bar)
    from orderdesk.core.events import EventState
    from orderdesk.services import status
    from orderdesk.store import outbox

    event = status.set_status(make_order().id, "processing", user="anna").event
    outbox.settle(event.id, EventState.FAILED, error="refused")
    bar.refresh_counts()
    assert colours.colour("error").name() in bar.notice.styleSheet()
    assert bar.notice.text().startswith("⚠ 1 change could not be sent")


def test_a_sync_state_has_a_sign_and_a_word_beside_its_colour(theme, db):
    make_channel("aff", "affiliate")
    order = make_order()
    from orderdesk.services import status

    status.set_status(order.id, "processing", user="anna")
    model = OrderTableModel()
    model.reload()
    cell = model.index(model.row_of(order.id), COLUMN_INDEX["sync_state"])
    assert model.data(cell) == "↻ Pending"
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole).color() == colours.colour("warning")
