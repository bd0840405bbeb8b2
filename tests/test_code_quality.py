"""The layering of ARCHITECTURE.md and the lint rules, checked with every test run."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_imports_follow_the_layers():
    tool = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = _run(tool, "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing():
    result = _run(sys.executable, "-m", "ruff", "check", "orderdesk", "tests", "main.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_ruff_formatted():
    result = _run(sys.executable, "-m", "ruff", "format", "--check", "orderdesk", "tests", "main.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_types_check_strictly_below_the_ui():
    result = _run(sys.executable, "-m", "mypy", "orderdesk")
    assert result.returncode == 0, result.stdout + result.stderr
