"""A keyring that cannot keep secrets is said so, in seconds and in plain words: a Secret Service that never answers
(it failed to start) no longer hangs for two minutes and ends in a D-Bus traceback, and keyring's null backend,
which silently keeps nothing, is no keyring rather than "1 secret kept"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orderdesk.credentials import HOW_TO_GET_ONE

HERE = Path(__file__).parent


def _add_channel(db_path: Path, env: dict[str, str], prefix: list[str] = ()) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "orderdesk",
        "--db",
        str(db_path),
        "channels",
        "add",
        "aff",
        "--kind",
        "affiliate",
        "--url",
        "https://aff.example.com",
        "--secret-stdin",
    ]
    return subprocess.run(
        [*prefix, *command], input="tok-123\n", capture_output=True, text=True, env=env, timeout=60, check=False
    )


@pytest.mark.slow
def test_a_secret_service_that_never_answers_is_given_up_in_seconds_with_the_plain_message(tmp_path):
    if shutil.which("dbus-run-session") is None:
        pytest.skip("needs dbus-run-session (D-Bus), as CI has it")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    silent = ["dbus-run-session", "--", sys.executable, str(HERE / "silent_secret_service.py"), "--"]

    started = time.monotonic()
    result = _add_channel(tmp_path / "desk.sqlite3", env, silent)
    took = time.monotonic() - started

    assert result.returncode == 1, result.stderr
    ours = "\n".join(line for line in result.stderr.splitlines() if not line.startswith("dbus-daemon["))
    assert took < 30, f"took {took:.0f} s"
    assert ours.strip().startswith(HOW_TO_GET_ONE) and "did not answer within" in ours
    assert len(ours.strip().splitlines()) == 1
    assert "Traceback" not in ours and "DBus" not in ours
    assert "kept" not in result.stdout


def test_the_null_keyring_counts_as_no_keyring(tmp_path):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}

    result = _add_channel(tmp_path / "desk.sqlite3", env)

    assert result.returncode == 1
    assert HOW_TO_GET_ONE in result.stderr and "Traceback" not in result.stderr
    assert "secret(s) kept" not in result.stdout
