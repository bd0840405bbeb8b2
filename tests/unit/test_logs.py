"""The application log: one rotating file in the user's log folder, its level, and no secret in any line of it."""

from __future__ import annotations

import io
import logging
import logging.handlers
import sys
import threading
import warnings
from pathlib import Path

import pytest

from orderdesk import credentials, logs
from orderdesk.cli import main

KEPT_SECRET = "kept-Secret-4711"  # written to the keyring through OrderDesk
READ_SECRET = "read/Secret 0815&x"  # only read back from the keyring (URL-encoded it looks different)
PATTERN_SECRETS = {
    "Authorization: Basic dXNlcjpodW50ZXIy": "dXNlcjpodW50ZXIy",
    "headers={'Authorization': 'Bearer eyJhbGciOi.J9.sig'}": "eyJhbGciOi.J9.sig",
    "sent Bearer abc.DEF-123_tok to the shop": "abc.DEF-123_tok",
    "GET /orders?token=tok-98765&page=2": "tok-98765",
    "form: username=anna&password=hunter2!": "hunter2!",
    "connect to postgresql://orderdesk:pg-pass-77@db.example:5432/od": "pg-pass-77",
    'answer {"access_token": "at-55555", "expires_in": 3600}': "at-55555",
    "config {'client_secret': 'cs-424242', 'url': 'https://x'}": "cs-424242",
    "X-Api-Key: key-31337": "key-31337",
    "got apikey=ak-1001 back": "ak-1001",
}


@pytest.fixture(autouse=True)
def _no_secrets_of_other_tests():  # type: ignore[no-untyped-def]
    """Secrets registered by earlier tests (short ones like "tok") would mask parts of this test's words."""
    logs.forget_secrets()


@pytest.fixture
def log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = logs.setup(logging.DEBUG, folder=tmp_path / "log")
    assert path is not None
    yield path
    logs.shutdown()


def test_the_log_is_one_rotating_file_in_the_users_log_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    try:
        path = logs.setup()
        logging.getLogger("orderdesk.test").info("hello")
        handlers = [h for h in logging.getLogger().handlers if h.get_name() == "orderdesk"]
    finally:
        logs.shutdown()
    assert path == tmp_path / "state" / "OrderDesk" / "log" / "orderdesk.log"
    assert "orderdesk.test: hello" in path.read_text(encoding="utf-8")
    [handler] = handlers
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (5 * 1024 * 1024, 5)
    assert not any(h.get_name() == "orderdesk" for h in logging.getLogger().handlers), "shutdown takes it down"


def test_verbose_and_quiet_win_over_the_setting_which_wins_over_info(monkeypatch):
    assert logs.level_from() == logging.INFO
    monkeypatch.setenv(logs.ENV_LEVEL, "warning")
    assert logs.level_from() == logging.WARNING
    assert logs.level_from(verbose=1) == logging.DEBUG
    assert logs.level_from(quiet=1) == logging.INFO + 10
    assert logs.level_from(quiet=2) == logging.ERROR
    monkeypatch.setenv(logs.ENV_LEVEL, "chatty")
    assert logs.level_from() == logging.INFO, "a setting that names no level is ignored"


def test_every_kind_of_secret_is_masked_on_every_logger_path(log_file, keyring_memory):
    logs.register_secret("tok")  # a short secret inside a key's name ("token") must not hide the key's value
    credentials.set_secret("db-1", "shop", "token", KEPT_SECRET)
    keyring_memory.set_password(credentials.SERVICE, credentials.entry_name("db-1", "shop", "password"), READ_SECRET)
    assert credentials.get_secret("db-1", "shop", "password") == READ_SECRET

    root, child = logging.getLogger(), logging.getLogger("orderdesk.sync.engine")
    root.warning("root, argument: %s", KEPT_SECRET)
    child.info(f"child, in the text: {READ_SECRET}")
    child.info("child, URL-encoded: https://shop/?q=%s", "read%2FSecret%200815%26x")
    child.debug("child, in a dict argument: %r", {"note": KEPT_SECRET})
    for line in PATTERN_SECRETS:
        child.info(line)
    try:
        raise RuntimeError(f"the shop refused {KEPT_SECRET}")
    except RuntimeError:
        child.exception("child, exception with the secret in its message")
    child.error("child, a stack too", stack_info=True, extra={"note": READ_SECRET})
    child.info("child, a format that does not fit its argument %d", READ_SECRET)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        logging.captureWarnings(False)  # pytest put its own recorder in place; the log's capture goes back on top
        logging.captureWarnings(True)
        warnings.warn(f"a library warns with {KEPT_SECRET}", UserWarning, stacklevel=1)
    worker = threading.Thread(target=lambda: logging.getLogger("orderdesk.demo").info("thread %s", READ_SECRET))
    worker.start()
    worker.join()

    text = log_file.read_text(encoding="utf-8")
    for secret in [KEPT_SECRET, READ_SECRET, "read%2FSecret%200815%26x", *PATTERN_SECRETS.values()]:
        assert secret not in text, f"{secret!r} reached the log"
    for said in ["root, argument: ***", "child, in the text: ***", "RuntimeError: the shop refused ***", "thread ***"]:
        assert said in text
    assert "a library warns with ***" in text
    assert text.count("***") >= len(PATTERN_SECRETS) + 6


def test_a_crash_report_is_masked_too(keyring_memory):
    credentials.set_secret("db-1", "shop", "token", KEPT_SECRET)
    try:
        raise ValueError(f"token={KEPT_SECRET} and Authorization: Bearer {KEPT_SECRET}")
    except ValueError as exc:
        report = logs.format_report(type(exc), exc, exc.__traceback__)
    assert KEPT_SECRET not in report and "ValueError: token=***" in report


def run_cli(db_url: str, *args: str, stdin: str | None = None) -> int:
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        return main(["--db", db_url, "--user", "anna", *args])
    finally:
        sys.stdin = sys.__stdin__


def test_every_operator_action_and_every_refusal_of_the_command_line_is_logged(db_url, keyring_memory, capsys):
    add = ["channels", "add", "aff", "--kind", "affiliate", "--url", "https://aff.example.com", "--secret-stdin"]
    assert run_cli(db_url, *add, stdin="tok-SECRET-123\n") == 0
    assert run_cli(db_url, "orders", "status", "NO-SUCH-ORDER", "processing") == 1
    capsys.readouterr()
    written = logs.log_file().read_text(encoding="utf-8")
    assert "INFO    MainThread orderdesk.actions: anna: channel_add (channel aff (affiliate) added)" in written
    assert "WARNING MainThread orderdesk.cli: Refused: " in written
    assert "tok-SECRET-123" not in written


def test_verbose_logs_debug_lines_and_quiet_only_warnings(db_url, keyring_memory, capsys):
    assert run_cli(db_url, "--verbose", "channels", "list") == 0
    assert "DEBUG   MainThread orderdesk.cli: orderdesk " in capsys.readouterr().err, "--verbose echoes to stderr"
    logs.log_file().unlink()
    add = ["channels", "add", "aff", "--kind", "affiliate", "--url", "https://aff.example.com", "--secret-stdin"]
    assert run_cli(db_url, "--quiet", *add, stdin="tok-SECRET-123\n") == 0
    assert run_cli(db_url, "--quiet", "orders", "status", "NO-SUCH-ORDER", "processing") == 1
    written = logs.log_file().read_text(encoding="utf-8")
    assert "INFO" not in written and "DEBUG" not in written and "WARNING MainThread orderdesk.cli: Refused" in written
    capsys.readouterr()
