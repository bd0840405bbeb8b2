"""A PostgreSQL URL on an install without psycopg2 (no `orderdesk[postgresql]`) is refused in one plain sentence."""

from __future__ import annotations

import subprocess
import sys

# The `orderdesk` command, in a Python where psycopg2 cannot be imported (as on a plain `pip install orderdesk`).
WITHOUT_PSYCOPG2 = "import sys; sys.modules['psycopg2'] = None; from orderdesk.cli import main; sys.exit(main())"


def run_without_driver(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_PSYCOPG2, *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_a_postgresql_url_without_the_driver_says_what_to_install_and_exits_1() -> None:
    result = run_without_driver("--db", "postgresql://desk:s3cret@127.0.0.1:5432/orders", "orders", "list")

    assert result.returncode == 1
    assert result.stderr.strip() == (
        "A PostgreSQL database needs the psycopg2 driver, which is not installed: install orderdesk[postgresql] "
        "(pip install 'orderdesk[postgresql]')."
    )
    assert "Traceback" not in result.stderr and "s3cret" not in result.stderr


def test_a_sqlite_file_needs_no_postgresql_driver(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_without_driver("--db", str(tmp_path / "orders.sqlite3"), "orders", "list")

    assert result.returncode == 0, result.stderr
