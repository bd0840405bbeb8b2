"""`orderdesk sandbox` runs every simulator; `channels add` + `channels test` work against each of them."""

from __future__ import annotations

import io
import re
import shlex
import signal
import subprocess
import sys
import time

import pytest

from orderdesk.cli import main


@pytest.fixture(scope="module")
def sandbox():
    proc = subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "sandbox"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if len([x for x in lines if "channels add" in x]) == 4:
            break
    commands = [line.strip() for line in lines if "channels add" in line]
    assert len(commands) == 4, "".join(lines)
    yield commands
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert "Simulators stopped." in out


def run_printed(command: str, db_url: str, capsys) -> tuple[int, str, str]:
    """Run one printed `printf '...' | orderdesk channels add ...` line through our CLI, in this process."""
    feed, _, cli = command.partition(" | ")
    secrets = shlex.split(feed)[1].encode().decode("unicode_escape").encode("latin-1").decode()
    args = shlex.split(cli)[1:]
    sys.stdin = io.StringIO(secrets)
    try:
        code = main(["--db", db_url, *args])
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def test_each_printed_channel_adds_and_tests_green(sandbox, db_url, keyring_memory, capsys):
    for command in sandbox:
        name = shlex.split(command.partition(" | ")[2])[3]
        code, out, err = run_printed(command, db_url, capsys)
        assert code == 0, err
        code = main(["--db", db_url, "channels", "test", name])
        out, err = capsys.readouterr()
        assert code == 0, f"{name}: {err}"
        assert "Connected" in out or "connected" in out, out


def test_a_wrong_password_fails_with_the_channels_words_and_exit_1(sandbox, db_url, keyring_memory, capsys):
    for command in sandbox:
        wrong = re.sub(r"((?:token|client_secret|password)=)[^\\']+", r"\1wrong-secret", command, count=1)
        name = shlex.split(command.partition(" | ")[2])[3]
        code, _, err = run_printed(wrong, db_url, capsys)
        assert code == 0, err
        code = main(["--db", db_url, "channels", "test", name])
        out, err = capsys.readouterr()
        assert code == 1, f"{name} accepted a wrong secret: {out}"
        assert name in err and "Traceback" not in err
        assert "wrong-secret" not in err
        assert any(word in err.lower() for word in ("credential", "refused", "incorrect", "invalid", "password")), err
