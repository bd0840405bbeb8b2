"""A simulator keeps the faults it was built with, and reset() clears them in place (tests share one server)."""

import pytest

from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.sandbox.cloudsuite import CloudSuiteSimulator
from orderdesk.sandbox.increff import IncreffSimulator
from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.sandbox.otplatform import OTPlatformSimulator
from orderdesk.sandbox.server import Faults


@pytest.mark.parametrize(
    "make", [AffiliateSimulator, CloudSuiteSimulator, MagentoSimulator, IncreffSimulator, OTPlatformSimulator]
)
def test_built_faults_stay_and_reset_clears_them(make):
    simulator = make(faults=Faults(latency_s=0.2, throttle_next=3))
    assert (simulator.faults.latency_s, simulator.faults.throttle_next) == (0.2, 3)
    simulator.faults.error_rate = 0.5
    simulator.reset()
    assert (simulator.faults.latency_s, simulator.faults.throttle_next, simulator.faults.error_rate) == (0, 0, 0)
    assert simulator.tokens._faults is simulator.faults  # token expiry still follows the live faults
