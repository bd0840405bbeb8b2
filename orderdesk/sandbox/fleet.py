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
    magento = MagentoSimulator()
    # Increff checks returned units against the forward order, as the real proxy does.
    increff = IncreffSimulator(forward_orders=magento.increff_forward_order)
    affiliate, cloudsuite, otplatform = AffiliateSimulator(), CloudSuiteSimulator(), OTPlatformSimulator()
    order: list[tuple[str, Simulator]] = [
        ("affiliate", affiliate),
        ("cloudsuite", cloudsuite),
        ("increff", increff),
        ("magento", magento),
        ("otplatform", otplatform),
    ]
    fleet = Fleet()
    try:
        for offset, (kind, simulator) in enumerate(order):
            simulator.start(host, port + offset if port else 0)
            fleet.simulators[kind] = simulator
    except OSError:
        fleet.stop()
        raise
    fleet.configs = {
        DEMO_NAMES["affiliate"]: affiliate.demo_config(),
        DEMO_NAMES["cloudsuite"]: cloudsuite.demo_config(),
        DEMO_NAMES["magento"]: magento.demo_config(increff_url=increff.url),
        DEMO_NAMES["otplatform"]: otplatform.demo_config(),
    }
    return fleet
