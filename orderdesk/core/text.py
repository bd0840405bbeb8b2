"""User-visible text in the user's language, without Qt: every part of the desk words its messages through
`translate(context, source, ...)`; the window installs Qt's translator here, the command line keeps English.

Sources are English with `{name}` placeholders (filled by `str.format`) and, for counted text, Qt's `%n` (`%Ln`
with the locale's digit grouping) with the plural written `order(s)`, `box(es)` or `entry(ies)`: Qt's numerus
forms give the other languages their plurals, and `english()` turns the source into proper English when no
translation is installed.
`tests/tools/translations.py` extracts the sources into resources/translations/*.ts with pyside6-lupdate."""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, source, n) -> the translated text with %n filled in, or the source itself when there is no translation.
Translator = Callable[[str, str, int], str]

_PLURAL = re.compile(r"(\w*?)(y?)\((s|es|ies)\)")


def _english_plurals(text: str, n: int) -> str:
    many = n != 1

    def plural(match: re.Match[str]) -> str:
        stem, y, suffix = match.groups()
        if suffix == "ies":
            return stem + ("ies" if many else "y")
        return stem + y + (suffix if many else "")

    return _PLURAL.sub(plural, text)


def english(source: str, n: int | None = None) -> str:
    """The English text of a source: `%n order(s)` becomes `1 order` or `2 orders` (`%Ln`: `12,345 orders`)."""
    if n is None:
        return source
    return _english_plurals(source, n).replace("%Ln", f"{n:,}").replace("%n", str(n))


def _untranslated(context: str, source: str, n: int) -> str:
    return english(source, None if n < 0 else n)


_translator: Translator = _untranslated


def install(translator: Translator | None) -> None:
    """Word every later message through `translator` (None: English again)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, source: str, n: int | None = None, /, **values: object) -> str:
    """`source` in the user's language: `%n` and its plural chosen for `n`, then `{name}` placeholders filled."""
    count = -1 if n is None else n
    text = _translator(context, source, count)
    if n is not None and _PLURAL.search(text):
        text = _english_plurals(text, n)  # no translation: Qt filled %n in the source, whose plural is "(s)"
    return text.format(**values) if values else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks `source` for extraction where it is defined; `translate(context, source)` words it where it is shown."""
    return source
