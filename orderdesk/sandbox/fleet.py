"""Every channel's simulator at once, for the demo mode and `orderdesk sandbox`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.sandbox.cloudsuite import CloudSuiteSimulator
from orderdesk.sandbox.increff import IncreffSimulator
from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.sandbox.otplatform import OTPlatformSimulator
from orderdesk.sandbox.server import Simulator

# The channel names the demo desk uses, one per kind.
DEMO_NAMES = {"affiliate": "Affiliates", "cloudsuite": "Webshop", "magento": "Magento", "otplatform": "OT Platform"}


@dataclass
class Fleet:
    simulators: dict[str, Simulator] = field(default_factory=dict)  # kind -> running simulator
    configs: dict[str, dict[str, Any]] = field(default_factory=dict)  # channel name -> demo configuration

    def stop(self) -> None:
        for simulator in self.simulators.values():
            simulator.stop()
        self.simulators.clear()


def start_fleet(host: str = "127.0.0.1", port: int = 0) -> Fleet:
    """Start every simulator (on consecutive ports from `port`, or ephemeral ones when 0)."""
    fleet = Fleet()

    def start(kind: str, simulator: Simulator, offset: int) -> Simulator:
        simulator.start(host, port + offset if port else 0)
        fleet.simulators[kind] = simulator
        return simulator

    try:
        start("affiliate", AffiliateSimulator(), 0)
        start("cloudsuite", CloudSuiteSimulator(), 1)
        increff = start("increff", IncreffSimulator(), 2)
        magento = start("magento", MagentoSimulator(), 3)
        start("otplatform", OTPlatformSimulator(), 4)
    except OSError:
        fleet.stop()
        raise
    for kind, name in DEMO_NAMES.items():
        simulator = fleet.simulators[kind]
        if isinstance(simulator, MagentoSimulator):
            fleet.configs[name] = simulator.demo_config(increff_url=increff.url)
        else:
            fleet.configs[name] = simulator.demo_config()  # type: ignore[attr-defined]
    assert magento is fleet.simulators["magento"]
    return fleet
