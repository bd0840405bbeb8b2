"""Which adapter class serves which kind of channel.

The adapters are imported here by name, not looked up with importlib: PyInstaller follows import statements only,
and an adapter it cannot see is missing from the bundle (`sync` then fails there with ModuleNotFoundError).
"""

from __future__ import annotations

from typing import Any

from orderdesk.channels.affiliate import AffiliateAdapter
from orderdesk.channels.base import Adapter, ChannelConfig
from orderdesk.channels.cloudsuite import CloudSuiteAdapter
from orderdesk.channels.errors import UnsupportedAction
from orderdesk.channels.magento import MagentoAdapter
from orderdesk.channels.otplatform import OTPlatformAdapter
from orderdesk.core.capabilities import LABELS, ChannelKind

ADAPTERS: dict[ChannelKind, type[Any]] = {
    ChannelKind.AFFILIATE: AffiliateAdapter,
    ChannelKind.CLOUDSUITE: CloudSuiteAdapter,
    ChannelKind.MAGENTO: MagentoAdapter,
    ChannelKind.OTPLATFORM: OTPlatformAdapter,
}


def make_adapter(config: ChannelConfig, **kwargs: Any) -> Adapter:
    """The adapter for a configured channel; a manual channel has none (it never talks to anyone)."""
    kind = ChannelKind(config.kind)
    if kind not in ADAPTERS:
        raise UnsupportedAction(f"{LABELS[kind]} channels have no remote side to talk to.")
    adapter: Adapter = ADAPTERS[kind](config, **kwargs)
    return adapter
