"""`orderdesk --demo`: every simulator running, one channel of each kind configured against it in a throwaway
database, and new orders arriving every little while — the first thing a new user runs."""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from orderdesk.credentials import MemoryKeyring, use_backend
from orderdesk.sandbox import affiliate_data, cloudsuite
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.sandbox.cloudsuite import CloudSuiteSimulator
from orderdesk.sandbox.fleet import Fleet, start_fleet
from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.services.channels import add_channel
from orderdesk.store.db import open_database

DEMO_USER = "demo"
FOLDER_PREFIX = "orderdesk-demo-"
OWNER_FILE = "owner.pid"  # the process that runs the demo; a folder whose process is gone is removed at the next start
POLL_INTERVAL_S = 15  # the demo pulls often so new orders show up while someone watches
NEW_ORDER_EVERY_S = 20.0


@dataclass
class DemoDesk:
    db_url: str
    folder: Path
    fleet: Fleet
    _stop: threading.Event = field(default_factory=threading.Event)
    _feeder: threading.Thread | None = None

    def stop(self) -> None:
        """Stop the feeder and the simulators and remove the throwaway database."""
        self._stop.set()
        if self._feeder is not None:
            self._feeder.join(timeout=5)
        self.fleet.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def start_feeder(self, every_s: float = NEW_ORDER_EVERY_S, seed: int = 11) -> None:
        rng = random.Random(seed)

        def feed() -> None:
            while not self._stop.wait(every_s):
                place_random_order(self.fleet, rng)

        self._feeder = threading.Thread(target=feed, name="demo-orders", daemon=True)
        self._feeder.start()


def place_random_order(fleet: Fleet, rng: random.Random) -> str:
    """A customer orders somewhere: one new order in one of the simulators; returns the channel kind."""
    kind = rng.choice(["affiliate", "cloudsuite", "magento"])
    simulator = fleet.simulators[kind]
    if isinstance(simulator, AffiliateSimulator):
        person = rng.choice(affiliate_data.CUSTOMERS)
        name, email, phone, street, city, postcode, region, country = person
        picks = rng.sample(affiliate_data.PRODUCTS, k=rng.randint(1, 3))
        simulator.add_order(
            items=[(sku, title, rng.randint(1, 3), price) for sku, title, price in picks],
            customer={"name": name, "email": email, "phone": phone},
            shipping_address={
                "name": name,
                "street": street,
                "city": city,
                "postcode": postcode,
                "region": region,
                "country": country,
            },
            currency=rng.choice(affiliate_data.CURRENCIES),
            commission_rate=rng.choice(affiliate_data.RATES),
        )
    elif isinstance(simulator, CloudSuiteSimulator):
        picks = rng.sample(cloudsuite.PRODUCTS, k=rng.randint(1, 3))
        simulator.add_order(lines=[(key, rng.randint(1, 4)) for key, _title, _price in picks])
    elif isinstance(simulator, MagentoSimulator):
        simulator.add_order(customer=rng.randint(0, 5), kind=rng.choice(["simple", "simple", "configurable"]))
    return kind


def remove_stale_demos(temp: Path | None = None) -> list[Path]:
    """Remove the folders of demos whose process is gone (one that crashed natively cannot clean up after itself)."""
    removed = []
    for folder in Path(temp or tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*"):
        try:
            pid = int((folder / OWNER_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            continue  # not ours to judge: no owner written (yet)
        if pid != os.getpid() and not _running(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill there ends the process instead of probing it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user (or Windows says no): leave it
        return True
    return True


def start_demo(*, feed: bool = True) -> DemoDesk:
    """Simulators, a throwaway database with one channel of each kind, and (optionally) new orders over time.

    Secrets go to an in-memory keyring: the demo must work on a machine with no keyring at all, and its demo
    credentials must never land in the user's real one.
    """
    use_backend(MemoryKeyring())
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    (folder / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    db_url = f"sqlite:///{folder / 'demo.sqlite3'}"
    fleet: Fleet | None = None
    try:
        open_database(db_url)
        fleet = start_fleet()
        for name, config in fleet.configs.items():
            add_channel(
                name,
                config["kind"],
                url=config["url"],
                username=config.get("username", ""),
                options={key: str(value) for key, value in config.get("options", {}).items()},
                secrets=config.get("secrets", {}),
                user=DEMO_USER,
                poll_interval_s=POLL_INTERVAL_S,
            )
    except BaseException:  # a signal's SystemExit too: the folder never outlives a demo that did not start
        if fleet is not None:
            fleet.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    desk = DemoDesk(db_url=db_url, folder=folder, fleet=fleet)
    if feed:
        desk.start_feeder()
    return desk
