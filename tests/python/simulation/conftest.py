"""Fixtures the simulation tests share: the seed plan and its 36-month simulation."""

import pytest

import storeops
from storeops import presets


@pytest.fixture(scope="module")
def plan():
    return presets.tmall_2014()


@pytest.fixture(scope="module")
def sim(plan):
    return storeops.simulate(plan, months=36)
