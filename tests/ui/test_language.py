"""The window's language: chosen from --lang, Edit > Preferences or the system; Qt's and our translations installed;
money, numbers and dates written the language's way."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from orderdesk.cli import main as cli_main
from orderdesk.core.text import translate
from orderdesk.ui import i18n, locale_format, ui_settings
from orderdesk.ui.preferences import PreferencesDialog


@pytest.mark.parametrize(
    ("requested", "saved", "system", "expected"),
    [
        ("nl", "de", "en_US", "nl"),
        (None, "de", "nl_NL", "de"),
        (None, "", "nl_BE", "nl"),
        (None, None, "de-AT", "de"),
        (None, "", "fr_FR", "en"),
        ("NL", None, "fr", "nl"),
    ],
)
def test_the_language_comes_from_the_flag_then_the_preference_then_the_system(
    requested: str | None, saved: str | None, system: str, expected: str
) -> None:
    assert i18n.choose_language(requested, saved, system) == expected


def test_dutch_and_german_are_installed_with_their_plurals(qapp) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install("nl") == "nl"
    assert translate("MainWindow", "%Ln order(s)", 1) == "1 order"
    assert translate("MainWindow", "%Ln order(s)", 12345) == "12.345 orders"
    assert translate("Preferences", "Language") == "Taal"
    assert i18n.install("de") == "de"
    assert translate("MainWindow", "%Ln order(s)", 2) == "2 Bestellungen"
    assert translate("MainWindow", "%Ln order(s)", 1) == "1 Bestellung"
    assert i18n.install("en") == "en"
    assert translate("MainWindow", "%Ln order(s)", 1) == "1 order"
    assert translate("MainWindow", "%Ln order(s)", 12345) == "12,345 orders"


def test_qt_s_own_buttons_speak_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.install("nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Annuleren"


def test_money_numbers_and_dates_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 12, 7, 14, 5, 9, tzinfo=UTC).astimezone()
    i18n.install("nl")
    assert locale_format.money(Decimal("1234.5"), "EUR") == "1.234,50 EUR"
    assert locale_format.money(Decimal("-0.125"), "EUR") == "-0,13 EUR"
    assert locale_format.money(Decimal("1000"), "JPY") == "1.000 JPY"
    assert locale_format.count(1234567) == "1.234.567"
    assert locale_format.date_time(moment).startswith("07-12-2026")
    i18n.install("en")
    assert locale_format.money(Decimal("1234.5"), "EUR") == "1,234.50 EUR"
    assert locale_format.money(None, "EUR", empty="—") == "—"
    assert locale_format.count(1234567) == "1,234,567"
    assert locale_format.date_time(moment).startswith("12/7/26")
    assert locale_format.time_of_day(moment).count(":") == 2


def test_the_preference_is_saved_and_chosen_at_the_next_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.accept()
    assert ui_settings.settings().value(ui_settings.LANGUAGE) == "nl"
    from orderdesk.ui.app import application

    application()
    assert translate("Preferences", "Language") == "Taal"
    assert application("de") is not None
    assert translate("Preferences", "Language") == "Sprache"


def test_an_unknown_language_is_refused_in_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--lang", "xx"]) == 2
    assert "--lang xx: the window speaks en, nl, de" in capsys.readouterr().err
