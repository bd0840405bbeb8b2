"""The translation sources: resources/translations/orderdesk_<part>_<lang>.ts, one per part of the desk and language.

    python tests/tools/translations.py update [PART ...]     extract the texts with pyside6-lupdate, keep translations
    python tests/tools/translations.py missing PART LANG     the texts still to translate, as JSON to fill in
    python tests/tools/translations.py fill PART LANG FILE   take translations from such a JSON file
    python tests/tools/translations.py status                how complete each file is
    python tests/tools/translations.py compile OUTDIR        build the .qm files (pyside6-lrelease) into OUTDIR

The code words its texts through orderdesk.core.text.translate(context, source, n) and QT_TRANSLATE_NOOP. lupdate
reads the calls as one file of `QCoreApplication.translate` calls made from the sources (its Python parser skips
calls with a count in a variable or with keywords); after it ran, every translation the file had is put back.
Parts keep the files small enough to translate and review one at a time."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "de")
PLURAL_FORMS = {"nl": 2, "de": 2}

# part -> the source files whose texts it holds (globs under orderdesk/)
PARTS: dict[str, tuple[str, ...]] = {
    "window": (
        "ui/main_window.py",
        "ui/menus.py",
        "ui/actions.py",
        "ui/app.py",
        "ui/crash.py",
        "ui/status_bar.py",
        "ui/notice_bar.py",
        "ui/background.py",
        "ui/external_changes.py",
        "ui/welcome.py",
        "ui/filter_bar.py",
        "ui/colours.py",
    ),
    "panes": (
        "ui/order_table_model.py",
        "ui/detail_panel.py",
        "ui/sync_log_model.py",
        "ui/sync_log_pane.py",
        "ui/purchases_pane.py",
        "ui/stock_view.py",
    ),
    "dialogs": ("ui/dialogs/*.py", "ui/preferences.py"),
    "settings": ("ui/settings_dialog.py", "ui/channel_form.py", "ui/channel_test.py"),
    "rules": ("core/*.py",),
    "messages": ("services/*.py", "sync/*.py", "store/*.py", "channels/errors.py"),
}

_MARKERS = ("translate", "QT_TRANSLATE_NOOP")


def part_sources(part: str) -> list[Path]:
    package = ROOT / "orderdesk"
    files: list[Path] = []
    for pattern in PARTS[part]:
        files.extend(sorted(package.glob(pattern)))
    return [path for path in files if path.name != "text.py" or path.parent.name != "core"]


def marked_texts(source: Path) -> list[tuple[str, str]]:
    """The (context, source) pairs of a file's translate() and QT_TRANSLATE_NOOP() calls with literal texts."""
    found = []
    for node in ast.walk(ast.parse(source.read_text("utf-8"), str(source))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        context, text = node.args[0], node.args[1]
        if name in _MARKERS and isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
            if isinstance(context.value, str) and isinstance(text.value, str):
                found.append((context.value, text.value))
    return found


def lupdate_input(sources: list[Path]) -> str:
    """The texts as lupdate reads them: one QCoreApplication.translate call each, with a number literal for the
    count of a counted one (lupdate skips a call whose third argument is not a string and one with keywords)."""
    lines = []
    for context, text in dict.fromkeys(pair for source in sources for pair in marked_texts(source)):
        count = ", None, 2" if counted(text) else ""
        literal = json.dumps(text, ensure_ascii=False)
        lines.append(f"QCoreApplication.translate({json.dumps(context)}, {literal}{count})")
    return "\n".join(lines) + "\n"


def ts_path(part: str, language: str) -> Path:
    return FOLDER / f"orderdesk_{part}_{language}.ts"


def _tool(name: str) -> str:
    import PySide6

    local = Path(PySide6.__file__).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def counted(source: str) -> bool:
    """A text with a count in it (`%n`, `%Ln`), which the other languages give plural forms."""
    return "%n" in source or "%Ln" in source


# -- reading and writing .ts ----------------------------------------------------------------------------------------
Key = tuple[str, str]


def read_messages(path: Path) -> dict[Key, ET.Element]:
    """(context, source) -> the <message> element of a .ts file."""
    if not path.exists():
        return {}
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def translation_of(message: ET.Element) -> str | list[str] | None:
    if not is_finished(message):
        return None
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return translation.text or ""


def set_translation(message: ET.Element, language: str, value: str | list[str] | None) -> None:
    """Put `value` in (None: unfinished); a text with %n gets the language's plural forms."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.clear()
    source = message.findtext("source") or ""
    if counted(source):
        message.set("numerus", "yes")
        forms = value if isinstance(value, list) else [value or ""] * PLURAL_FORMS[language] if value else []
        forms = list(forms) + [""] * (PLURAL_FORMS[language] - len(forms))
        for form in forms[: PLURAL_FORMS[language]]:
            ET.SubElement(translation, "numerusform").text = form
    else:
        message.attrib.pop("numerus", None)
        translation.text = value if isinstance(value, str) else None
    if value is None or not is_finished(message):
        translation.set("type", "unfinished")


def write_ts(path: Path, tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# -- commands -------------------------------------------------------------------------------------------------------
def update(part: str) -> None:
    """Extract the part's texts into its .ts files, keeping every translation they had."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / f"{part}.py"
        texts.write_text(lupdate_input(part_sources(part)), "utf-8")
        for language in LANGUAGES:
            path = ts_path(part, language)
            before = {key: translation_of(message) for key, message in read_messages(path).items()}
            if not path.exists():
                path.write_text(
                    f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{language}">'
                    "\n</TS>\n",
                    encoding="utf-8",
                )
            done = subprocess.run(
                [_tool("lupdate"), "-locations", "none", "-no-obsolete", str(texts), "-ts", str(path)],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                raise SystemExit(f"lupdate failed on {path.name}: {done.stderr or done.stdout}")
            tree = ET.parse(path)
            tree.getroot().set("language", language)
            for context in tree.getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    key = (name, message.findtext("source") or "")
                    set_translation(message, language, before.get(key))
            write_ts(path, tree)


def missing(part: str, language: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for (context, source), message in read_messages(ts_path(part, language)).items():
        if not is_finished(message):
            plural = counted(source)
            rows.append({"context": context, "source": source, "translation": ["", ""] if plural else ""})
    return rows


def fill(part: str, language: str, rows: list[dict[str, object]]) -> int:
    """Take translations ({context, source, translation}) into the part's file; returns how many were taken."""
    path = ts_path(part, language)
    tree = ET.parse(path)
    wanted = {(str(row["context"]), str(row["source"])): row["translation"] for row in rows}
    taken = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            value = wanted.get(key)
            if value:
                set_translation(message, language, value if isinstance(value, list) else str(value))
                taken += 1
    write_ts(path, tree)
    return taken


def status() -> list[str]:
    lines = []
    for path in sorted(FOLDER.glob("orderdesk_*.ts")):
        messages = read_messages(path).values()
        finished = sum(is_finished(message) for message in messages)
        lines.append(f"{path.name}: {finished}/{len(messages)} translated")
    return lines


def compile_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(FOLDER.glob("orderdesk_*.ts")):
        target = out / source.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        for part in rest or list(PARTS):
            update(part)
        print("\n".join(status()))
    elif command == "missing":
        print(json.dumps(missing(rest[0], rest[1]), ensure_ascii=False, indent=1))
    elif command == "fill":
        rows = json.loads(Path(rest[2]).read_text("utf-8"))
        print(f"{fill(rest[0], rest[1], rows)} translations taken")
        print("\n".join(status()))
    elif command == "status":
        print("\n".join(status()))
    elif command == "compile":
        for path in compile_all(Path(rest[0])):
            print(path)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
