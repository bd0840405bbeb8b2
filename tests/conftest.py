"""Test-wide set-up: offscreen Qt, data and settings folders in tmp, and no silent skips in CI."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# In CI the property tests draw the same examples every run, so a submission cannot fail on a case no one changed;
# on a developer's machine they explore new ones each time (and what they find becomes a regular test).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

# .ci/run sets this: there, a test that needs a real component (the OS keyring, a database server)
# must fail rather than skip, so a missing install step cannot hide behind a green run.
REQUIRE_REAL = os.environ.get("ORDERDESK_REQUIRE_REAL") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_REAL and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"skipped in CI, where every real component must be present: {reason}"


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the user's real data, config and database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log folder
    monkeypatch.delenv("ORDERDESK_LOG_LEVEL", raising=False)
    monkeypatch.delenv("ORDERDESK_DB", raising=False)


@pytest.fixture
def keyring_memory():  # type: ignore[no-untyped-def]
    """The in-memory keyring double, restored afterwards."""
    from orderdesk.credentials import MemoryKeyring, use_backend

    ring = MemoryKeyring()
    previous = use_backend(ring)
    yield ring
    use_backend(previous)


@pytest.fixture
def db_url(tmp_path):  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'orderdesk.sqlite3'}"


@pytest.fixture
def db(db_url, keyring_memory):  # type: ignore[no-untyped-def]
    """A real SQLite file with the current schema, and the in-memory keyring."""
    from orderdesk.store.db import open_database

    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window layout and remembered choices go to a tmp folder, never the user's real settings."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


@pytest.fixture
def cli(db_url, keyring_memory, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    """The command line, run in this process on the test's database: cli(*args, stdin=...) -> (code, out, err)."""
    import io

    from orderdesk.cli import main

    def run(*args, stdin=None):  # type: ignore[no-untyped-def]
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", db_url, "--user", "anna", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(autouse=True, scope="session")
def _english_from_the_start():  # type: ignore[no-untyped-def]
    """The window chooses English where the system's language is not one it speaks (a test box's C locale): the
    tests start from there too, so a date reads 12/7/26 and not what the C locale makes of it."""
    from orderdesk.ui import i18n

    i18n.install(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def _english_after_each_test():  # type: ignore[no-untyped-def]
    """A test that switches the language switches it back, so the next one reads the English it expects."""
    yield
    from orderdesk.core import text

    if text._translator is not text._untranslated:
        from orderdesk.ui import i18n

        i18n.install(i18n.ENGLISH)
