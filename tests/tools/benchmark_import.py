"""Benchmark `orders import-file` on a large file (a script, not a test: these machines are too noisy for timed tests).

    python tests/tools/benchmark_import.py [--orders 137000] [--keep DIR]

Writes a file of --orders channel-neutral orders (137,000 make about 50 MB, the size of issue 9's report),
imports it with the real command line in a child process into a fresh SQLite file, and prints the orders
per second and the child's peak memory (RSS). Goal: at least 1,000 orders/s and at most 200 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

NAMES = ["Zoë Åkerlund", "Joaquín Pérez", "Siobhán O'Brien", "Łukasz Nowak", "Ana Araújo", "Kenji Sato", "Noah Müller"]
CITIES = [("Łódź", "PL", "90-926"), ("Kraków", "PL", "31-042"), ("Berlin", "DE", "10115"), ("Porto", "PT", "4000-322")]
PRODUCTS = [("MUG-01", "Mug, blue", "19.95"), ("TEE-M", "T-shirt M", "12.50"), ("CAP-02", "Cap", "9.00")]


def order(number: int, rng: random.Random) -> dict[str, Any]:
    name = rng.choice(NAMES)
    city, country, postcode = rng.choice(CITIES)
    created = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=number)
    lines = [
        {"external_id": f"{number}-{n}", "sku": sku, "name": title, "quantity": rng.randint(1, 4), "unit_price": price}
        for n, (sku, title, price) in enumerate(rng.sample(PRODUCTS, rng.randint(1, 2)), start=1)
    ]
    return {
        "external_id": str(number),
        "reference": f"BENCH-{number}",
        "customer": {"name": name, "email": f"c{number}@example.com"},
        "shipping_address": {"street": f"ul. Długa {number % 300}", "city": city, "country": country},
        "currency": "EUR",
        "shipping_total": "4.95",
        "created_at": created.isoformat(),
        "lines": lines,
    }


def write_file(path: Path, count: int) -> None:
    rng = random.Random(9)
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for number in range(1, count + 1):
            out.write(json.dumps(order(number, rng), ensure_ascii=False, separators=(",", ":")))
            out.write(",\n" if number < count else "\n")
        out.write("]\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=137_000)
    parser.add_argument("--keep", type=Path, help="a folder to keep the file and the database in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="orderdesk-import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source, database = folder / "orders.json", folder / "bench.sqlite3"
    database.unlink(missing_ok=True)
    write_file(source, args.orders)
    command = [sys.executable, "-m", "orderdesk", "--db", str(database), "--user", "bench"]
    subprocess.run([*command, "channels", "add", "bench", "--kind", "manual"], check=True, capture_output=True)
    started = time.perf_counter()
    run = subprocess.run([*command, "orders", "import-file", str(source), "--channel", "bench"], capture_output=True)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    print(run.stdout.decode().strip(), run.stderr.decode().strip()[:500])
    print(f"file: {source.stat().st_size / 1e6:.1f} MB, {args.orders:,} orders")
    print(f"import: {seconds:.1f} s, {args.orders / seconds:,.0f} orders/s, peak RSS {peak_mb:.0f} MB")
    return run.returncode


if __name__ == "__main__":
    raise SystemExit(main())
