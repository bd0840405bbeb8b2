"""Which adapter class serves which kind of channel."""

from __future__ import annotations

import importlib
from typing import Any

from orderdesk.channels.base import Adapter, ChannelConfig
from orderdesk.channels.errors import UnsupportedAction
from orderdesk.core.capabilities import LABELS, ChannelKind

_ADAPTERS = {
    ChannelKind.AFFILIATE: ("orderdesk.channels.affiliate", "AffiliateAdapter"),
    ChannelKind.CLOUDSUITE: ("orderdesk.channels.cloudsuite", "CloudSuiteAdapter"),
    ChannelKind.MAGENTO: ("orderdesk.channels.magento", "MagentoAdapter"),
    ChannelKind.OTPLATFORM: ("orderdesk.channels.otplatform", "OTPlatformAdapter"),
}


def make_adapter(config: ChannelConfig, **kwargs: Any) -> Adapter:
    """The adapter for a configured channel; a manual channel has none (it never talks to anyone)."""
    kind = ChannelKind(config.kind)
    if kind not in _ADAPTERS:
        raise UnsupportedAction(f"{LABELS[kind]} channels have no remote side to talk to.")
    module_name, class_name = _ADAPTERS[kind]
    adapter_class = getattr(importlib.import_module(module_name), class_name)
    adapter: Adapter = adapter_class(config, **kwargs)
    return adapter
