import pytest

import storeops

START = "2014-02-01"


@pytest.fixture(scope="module")
def plan():
    return storeops.presets.tmall_2014()


@pytest.fixture(scope="module")
def report(plan):
    """Seven months of a store with 85% of the planned traffic, 110% conversion and 95% order
    value, as read_daily reads it."""
    raw = storeops.synthetic_daily(plan, start=START, months=7, traffic=0.85, conversion=1.1,
                                   order_value=0.95, seed=5)
    return storeops.read_daily(raw)
