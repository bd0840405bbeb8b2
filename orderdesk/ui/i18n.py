"""The window's language: chosen from --lang, the saved preference or the system; Qt's own translations and ours
(resources/translations/orderdesk_<part>_<lang>.qm) installed; QLocale set so dates, numbers and money follow it."""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from orderdesk import APP_NAME
from orderdesk.core import text
from orderdesk.resources import resource_path

log = logging.getLogger(__name__)

ENGLISH = "en"
# The languages the desk speaks, each named in itself (how a user looks for their own in a list).
LANGUAGES = {"en": "English", "nl": "Nederlands", "de": "Deutsch"}
SYSTEM = ""  # the saved preference for "follow the system"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def supported(language: str | None) -> str | None:
    """The language code we speak for `language` ("nl", "nl_BE", "de-AT", "NL"), or None."""
    if not language:
        return None
    code = language.replace("-", "_").split("_")[0].strip().lower()
    return code if code in LANGUAGES else None


def choose_language(requested: str | None, saved: str | None, system: str | None = None) -> str:
    """--lang wins, then the saved preference, then the system's language where we speak it, else English."""
    for candidate in (requested, saved, system if system is not None else QLocale.system().name()):
        code = supported(candidate)
        if code:
            return code
    return ENGLISH


def _lrelease() -> str | None:
    """PySide6's own lrelease (the wheel carries it), else one on PATH."""
    import PySide6

    for folder in (Path(PySide6.__file__).parent, Path(PySide6.__file__).parent / "Qt" / "libexec"):
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).exists():
                return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(source: Path) -> Path | None:
    """The .qm for a .ts: the one built beside it (wheel, bundle), else compiled once into the user's cache (a
    source checkout), keyed by the .ts's content so an edited .ts is compiled again."""
    built = source.with_suffix(".qm")
    if built.exists() and (not source.exists() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.exists():
        return None
    digest = hashlib.sha1(source.read_bytes()).hexdigest()[:16]
    cached = platformdirs.user_cache_path(APP_NAME) / "translations" / f"{source.stem}-{digest}.qm"
    if cached.exists():
        return cached
    tool = _lrelease()
    if tool is None:
        log.warning("No lrelease found to compile %s; that part of the window stays in English.", source.name)
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(cached)], capture_output=True, text=True)
    if done.returncode != 0 or not cached.exists():
        log.warning("Compiling %s failed: %s", source.name, (done.stderr or done.stdout).strip()[:300])
        return None
    return cached


def translation_files(language: str) -> list[Path]:
    """Our compiled translations for `language`, one per part of the desk."""
    folder = translations_dir()
    stems = {path.stem for path in folder.glob(f"orderdesk_*_{language}.ts")}
    stems |= {path.stem for path in folder.glob(f"orderdesk_*_{language}.qm")}
    files = [compiled_translation(folder / f"{stem}.ts") for stem in sorted(stems)]
    return [path for path in files if path is not None]


def _qt_translation_folders() -> list[Path]:
    return [translations_dir(), Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]


def _qt_translate(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, None, n)


def install(language: str) -> str:
    """Speak `language` from now on (QLocale included); returns the language installed ("en" when ours were missing)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    code = supported(language) or ENGLISH
    QLocale.setDefault(QLocale(code))
    if code == ENGLISH:
        text.install(None)
        log.info("Language: en")
        return ENGLISH
    loaded = 0
    for path in translation_files(code):
        translator = QTranslator()
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded += 1
    for folder in _qt_translation_folders():  # Qt's own buttons and dialogs (OK, Cancel, the file dialog)
        translator = QTranslator()
        if translator.load(f"qtbase_{code}", str(folder)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            break
    if not loaded:
        log.warning("No translation for %s was found; the window stays in English.", code)
        QLocale.setDefault(QLocale(ENGLISH))
        text.install(None)
        return ENGLISH
    text.install(_qt_translate)
    log.info("Language: %s", code)
    return code
