"""Member tiers, cohort retention and re-activation of silent customers."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import storeops


def test_customers():
    assert storeops.member_tier(999).name == "normal"
    assert storeops.member_tier(1_000).name == "senior"
    assert storeops.member_tier(3_000).name == "vip"
    assert storeops.member_tier(3_000).price_share == 0.8    # 001: VIP 8折
    assert storeops.member_tier(10_000).name == "lifetime"
    assert storeops.member_tier(10_000).price_share == 0.7   # 004: 终生本店7折
    s = storeops.sbg_retention(1.0, 1.0, 3)
    assert np.allclose(s, [1, 0.5, 1 / 3, 0.25])
    table = pd.DataFrame({"id": ["a", "b", "c"],
                          "last_purchase": [dt.date(2014, 5, 11), dt.date(2014, 5, 12), dt.date(2013, 12, 1)]})
    plan = storeops.customers.reactivation_plan(table, dt.date(2014, 11, 11))
    assert list(plan["id"]) == ["a", "c"]
    assert plan["reminder"][0] == dt.date(2014, 11, 4)
    assert (plan["offer_from"][0], plan["offer_to"][0]) == (dt.date(2014, 11, 9), dt.date(2014, 11, 10))
    with pytest.raises(storeops.Error, match="last purchase after the promotion date"):
        storeops.customers.reactivation_plan([("d", dt.date(2015, 1, 1))], dt.date(2014, 11, 11))
