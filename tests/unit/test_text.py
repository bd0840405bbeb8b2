"""core.text: the English of counted texts and the placeholders, with and without a translator installed."""

from __future__ import annotations

import pytest

from orderdesk.core import text
from orderdesk.core.text import english, translate


@pytest.mark.parametrize(
    ("source", "n", "expected"),
    [
        ("%n order(s)", 1, "1 order"),
        ("%n order(s)", 0, "0 orders"),
        ("%n order(s)", 2, "2 orders"),
        ("%n box(es) in %n order(s)", 1, "1 box in 1 order"),
        ("%n box(es)", 3, "3 boxes"),
        ("%n entry(ies)", 1, "1 entry"),
        ("%n entry(ies)", 5, "5 entries"),
        ("%Ln order(s)", 12345, "12,345 orders"),
        ("No count here", None, "No count here"),
    ],
)
def test_english_plurals(source: str, n: int | None, expected: str) -> None:
    assert english(source, n) == expected
    assert translate("Tests", source, n) == expected


def test_placeholders_are_filled_after_the_translation() -> None:
    assert translate("Tests", "Dispatch {reference}?", reference="AFF-1") == "Dispatch AFF-1?"
    assert translate("Tests", "%n order(s) of {channel}", 2, channel="Webshop") == "2 orders of Webshop"


def test_an_installed_translator_words_the_text_and_english_stays_the_fallback() -> None:
    seen = []

    def dutch(context: str, source: str, n: int) -> str:
        seen.append((context, source, n))
        known = {"Dispatch {reference}?": "{reference} verzenden?", "%n order(s)": "%n orders"}
        return known.get(source, source).replace("%n", str(n))

    text.install(dutch)
    try:
        assert translate("Tests", "Dispatch {reference}?", reference="AFF-1") == "AFF-1 verzenden?"
        assert translate("Tests", "%n order(s)", 3) == "3 orders"
        # untranslated: Qt gives the source back with %n filled; the plural is still made English
        assert translate("Tests", "%n line(s) left", 1) == "1 line left"
        assert seen[0] == ("Tests", "Dispatch {reference}?", -1)
    finally:
        text.install(None)
    assert translate("Tests", "Dispatch {reference}?", reference="X") == "Dispatch X?"
