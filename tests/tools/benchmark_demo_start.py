"""How long `orderdesk --demo` takes to show orders of all four channels, as a new user starts it.

python tests/tools/benchmark_demo_start.py [RUNS]

Starts the real command offscreen in a throwaway folder and reads the demo's database (read-only) until orders of
every channel kind are in; prints each run and the slowest. The goal is under 10 s, also on a busy machine.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

KINDS = 'SELECT count(DISTINCT c.kind) FROM "order" o JOIN channel c ON c.id = o.channel_id'


def one_run(limit_s: float = 60.0) -> float | None:
    folder = tempfile.mkdtemp(prefix="orderdesk-demo-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": folder}
    start = time.monotonic()
    demo = subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "--demo"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while time.monotonic() - start < limit_s:
            for path in glob.glob(f"{folder}/**/*.sqlite3", recursive=True):
                try:
                    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
                        if conn.execute(KINDS).fetchone()[0] == 4:
                            return time.monotonic() - start
                except sqlite3.Error:
                    pass  # the schema is still being made
            time.sleep(0.05)
        return None
    finally:
        demo.terminate()
        demo.wait(15)
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    times = [one_run() for _ in range(runs)]
    for number, seconds in enumerate(times, start=1):
        print(f"run {number}: " + (f"{seconds:.1f} s" if seconds is not None else "not within 60 s"))
    slowest = max((t for t in times if t is not None), default=None)
    print(f"slowest: {slowest:.1f} s (goal: under 10 s)" if slowest is not None else "no run finished")
    return 0 if slowest is not None and slowest < 10 and None not in times else 1


if __name__ == "__main__":
    sys.exit(main())
