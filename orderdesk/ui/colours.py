"""The few colours the desk adds to the palette (errors, warnings, success, hints, conflicts), chosen for the
palette in use: each reads at 4.5:1 or better on the window's and the base's background in a light theme and in
a dark one. A colour never says a state alone: every coloured text also carries a sign or words.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

LIGHT = {"error": "#b3261e", "warning": "#7a5d00", "ok": "#1b5e20", "hint": "#595959", "conflict": "#8e24aa"}
DARK = {"error": "#ff8a80", "warning": "#ffd54f", "ok": "#81c784", "hint": "#b8b8b8", "conflict": "#ce93d8"}
# White on this red reads at 6.5:1 (the search box after a scan that found nothing), whatever the theme.
ALARM_BACKGROUND, ALARM_TEXT = QColor("#b3261e"), QColor("#ffffff")


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def colour(kind: str, palette: QPalette | None = None) -> QColor:
    return QColor((DARK if is_dark(palette) else LIGHT)[kind])


def style(kind: str, *, bold: bool = False) -> str:
    """A style sheet for a label's text in this kind's colour."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {colour(kind).name()};{weight}"


def luminance(c: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
