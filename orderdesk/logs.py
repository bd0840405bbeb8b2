"""The application's log: one rotating file in the user's log folder, every line masked of secrets first.

Set up once per process by the command line (`setup`). Every module logs through the standard `logging` module
(`logging.getLogger(__name__)`); the redaction filter sits on the root logger and on each of its handlers, so a line
from any logger, with any arguments, exception or stack, is masked before it is written anywhere. No Qt here.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from urllib.parse import quote

from orderdesk.channels.redaction import MASK

LOG_FILE = "orderdesk.log"
NATIVE_CRASH_FILE = "native-crashes.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5
ENV_LEVEL = "ORDERDESK_LOG_LEVEL"  # the setting: DEBUG, INFO, WARNING or ERROR
DEFAULT_LEVEL = logging.INFO
FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
MIN_SECRET_LENGTH = 3

log = logging.getLogger(__name__)

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_native_crash_stream: IO[str] | None = None
_faulthandler_was_on = False

_KEYS = r"[\w.-]*(?:password|passwd|passphrase|secret|token|signature|api[_-]?key|sessionid|session_id|cookie)"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # An Authorization header in any spelling: "Authorization: Basic xxx", 'authorization': 'Bearer xxx', ...
    (
        re.compile(
            r"(?i)(\b(?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?)(?:(?:basic|bearer|token|digest)\s+)?"
            r"[^\s\"',;}]+"
        ),
        rf"\1{MASK}",
    ),
    (re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=-]+"), rf"\1{MASK}"),
    # A user and password inside a URL: scheme://user:secret@host
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s/:@]*:)[^\s/@]+@"), rf"\1{MASK}@"),
    # key=value pairs (query strings, form bodies, repr of keyword arguments)
    (re.compile(rf"(?i)(\b{_KEYS}=)(?:\"[^\"]*\"|'[^']*'|[^&\s\"',;)]+)"), rf"\1{MASK}"),
    # "key": "value" and 'key': 'value' (JSON, dict reprs)
    (re.compile(rf"(?i)([\"']{_KEYS}[\"']\s*:\s*)\"(?:[^\"\\]|\\.)*\""), rf'\1"{MASK}"'),
    (re.compile(rf"(?i)([\"']{_KEYS}[\"']\s*:\s*)'(?:[^'\\]|\\.)*'"), rf"\1'{MASK}'"),
    # header lines and YAML-ish "key: value"
    (re.compile(rf"(?i)(^|[\s,{{(])({_KEYS}\s*:\s*)(?![\"'])[^\s,;}})]+"), rf"\1\2{MASK}"),
]


def register_secret(*values: str | None) -> None:
    """Values that must never reach a log line (secrets from the keyring, typed passwords); masked wherever seen."""
    with _secrets_lock:
        for value in values:
            if value and len(value) >= MIN_SECRET_LENGTH:
                _secrets.add(value)


def forget_secrets() -> None:
    """Forget every registered secret (a test starts from none; the application never needs it)."""
    with _secrets_lock:
        _secrets.clear()


def register_secrets(values: Iterable[str | None]) -> None:
    register_secret(*values)


def redact(text: str) -> str:
    """The text with every registered secret and every secret-looking field masked."""
    if not text:
        return text
    # Patterns first: a short registered secret that happens to sit inside a key ("tok" in "token") must not
    # break the pattern that masks that key's value.
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
        encoded = quote(secret, safe="")
        if encoded != secret and encoded in text:
            text = text.replace(encoded, MASK)
    return text


class RedactionFilter(logging.Filter):
    """Masks the message, its arguments, the exception and the stack of every record that passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_orderdesk_redacted", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not hide the line, nor leak its arguments
            message = f"{record.msg!r} (arguments left out: they did not fit the message)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._orderdesk_redacted = True
        return True


def log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("OrderDesk", "OrderDesk"))


def log_file() -> Path:
    return log_folder() / LOG_FILE


def level_from(verbose: int = 0, quiet: int = 0, setting: str | None = None) -> int:
    """--verbose (DEBUG) and --quiet (WARNING, twice: ERROR) win over the setting ($ORDERDESK_LOG_LEVEL), then INFO."""
    if verbose:
        return logging.DEBUG
    if quiet:
        return logging.WARNING if quiet == 1 else logging.ERROR
    named = (setting if setting is not None else os.environ.get(ENV_LEVEL, "")).strip().upper()
    level = logging.getLevelName(named) if named else DEFAULT_LEVEL
    return level if isinstance(level, int) else DEFAULT_LEVEL


class _Formatter(logging.Formatter):
    """A formatter that never re-renders an exception the filter already masked."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        return redact(super().formatException(ei))


def setup(level: int = DEFAULT_LEVEL, *, folder: Path | None = None, console: bool = False) -> Path | None:
    """Log to the rotating file (and, with `console`, to stderr as well); returns the file, or None when the folder
    cannot be written (then warnings and worse go to stderr: a missing log never stops OrderDesk)."""
    root = logging.getLogger()
    shutdown()
    root.setLevel(level)
    redaction = RedactionFilter()
    root.addFilter(redaction)
    formatter = _Formatter(FORMAT)
    folder = folder or log_folder()
    file = folder / LOG_FILE
    path: Path | None = file
    handlers: list[logging.Handler] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        )
    except OSError:
        path = None
    if console or path is None:
        stream = logging.StreamHandler()
        stream.setLevel(level if console else max(level, logging.WARNING))
        handlers.append(stream)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redaction)
        handler.set_name("orderdesk")
        root.addHandler(handler)
    logging.captureWarnings(True)
    return path


def shutdown() -> None:
    """Take down what `setup` installed (the tests set up the log more than once in one process)."""
    global _native_crash_stream
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == "orderdesk":
            root.removeHandler(handler)
            handler.close()
    for existing in list(root.filters):
        if isinstance(existing, RedactionFilter):
            root.removeFilter(existing)
    logging.captureWarnings(False)
    if _native_crash_stream is not None:
        faulthandler.disable()
        _native_crash_stream.close()
        _native_crash_stream = None
        if _faulthandler_was_on and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)


def log_native_crashes(folder: Path | None = None) -> Path | None:
    """A native crash (a segfault in Qt) writes every thread's Python stack to a file in the log folder."""
    global _native_crash_stream, _faulthandler_was_on
    folder = folder or log_folder()
    path = folder / NATIVE_CRASH_FILE
    if _native_crash_stream is not None:
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _native_crash_stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 (open as long as the process runs)
    except OSError:
        log.warning("Native crashes cannot be recorded: %s cannot be written.", path)
        return None
    _faulthandler_was_on = faulthandler.is_enabled()
    faulthandler.enable(_native_crash_stream, all_threads=True)
    return path


def format_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """A crash report as it may be saved, copied or sent: the traceback, secrets masked."""
    return redact("".join(traceback.format_exception(kind, value, tb)))
