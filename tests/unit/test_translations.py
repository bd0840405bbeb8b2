"""The translation sources: up to date with the code, complete for every language, and true to their placeholders."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import translations  # noqa: E402 - tests/tools is not a package

PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def _all_files() -> list[Path]:
    return [translations.ts_path(part, language) for part in translations.PARTS for language in translations.LANGUAGES]


def test_every_part_has_a_file_per_language() -> None:
    missing = [path.name for path in _all_files() if not path.exists()]
    assert not missing, f"run `python tests/tools/translations.py update`: {missing}"


@pytest.mark.parametrize("part", list(translations.PARTS))
def test_the_files_hold_exactly_the_texts_of_the_code(part: str) -> None:
    in_code = {pair for source in translations.part_sources(part) for pair in translations.marked_texts(source)}
    for language in translations.LANGUAGES:
        in_file = set(translations.read_messages(translations.ts_path(part, language)))
        new, gone = sorted(in_code - in_file), sorted(in_file - in_code)
        assert not new and not gone, (
            f"{translations.ts_path(part, language).name} is behind the code; run "
            f"`python tests/tools/translations.py update {part}`. New: {new[:5]}, gone: {gone[:5]}"
        )


@pytest.mark.parametrize("path", _all_files(), ids=lambda path: path.name)
def test_every_text_is_translated_with_its_placeholders(path: Path) -> None:
    problems = []
    for (context, source), message in translations.read_messages(path).items():
        value = translations.translation_of(message)
        if value is None:
            problems.append(f"untranslated: {context}: {source!r}")
            continue
        forms = value if isinstance(value, list) else [value]
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form)))
            # a singular form may say "one" in words instead of %n
            if found != wanted and not (len(forms) > 1 and form is forms[0] and set(found) <= set(wanted)):
                problems.append(f"placeholders {found} instead of {wanted}: {context}: {source!r} -> {form!r}")
        if translations.counted(source) != (message.get("numerus") == "yes"):
            problems.append(f"plural forms wrong: {context}: {source!r}")
    assert not problems, "\n".join(problems[:40])


def test_the_files_compile(tmp_path: Path) -> None:
    built = translations.compile_all(tmp_path)
    assert len(built) == len(_all_files())
    assert all(path.stat().st_size > 0 for path in built)
