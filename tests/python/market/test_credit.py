import pickle

import pytest

import storeops
from storeops import CreditLevel, credit_level

BOUNDARIES = [
    (-10, "none", 0), (0, "none", 0), (3, "none", 0), (4, "heart", 1), (10, "heart", 1),
    (11, "heart", 2), (41, "heart", 3), (91, "heart", 4), (151, "heart", 5),
    (250, "heart", 5), (251, "diamond", 1), (501, "diamond", 2), (1001, "diamond", 3),
    (2001, "diamond", 4), (5001, "diamond", 5), (10000, "diamond", 5), (10001, "crown", 1),
    (20001, "crown", 2), (50001, "crown", 3), (100001, "crown", 4), (200001, "crown", 5),
    (500000, "crown", 5), (500001, "gold_crown", 1), (1000001, "gold_crown", 2),
    (2000001, "gold_crown", 3), (5000001, "gold_crown", 4), (10000000, "gold_crown", 4),
    (10000001, "gold_crown", 5),
]


@pytest.mark.parametrize(("points", "tier", "count"), BOUNDARIES)
def test_every_level_boundary(points, tier, count):
    level = credit_level(points)
    assert (level.tier, level.count) == (tier, count)


def test_levels_order_print_and_pickle():
    assert str(credit_level(1001)) == "3 diamonds"
    assert credit_level(300) > credit_level(200)
    assert CreditLevel("diamond", 3).lower_bound_points == 1001
    assert CreditLevel().lower_bound_points is None
    assert pickle.loads(pickle.dumps(credit_level(1001))) == CreditLevel("diamond", 3)
    assert storeops.credit_points(positive=12, neutral=3, negative=2) == 10


def test_bad_levels():
    with pytest.raises(storeops.Error, match="unknown credit tier .star.; valid credit tiers: none, heart, diamond, crown, gold_crown"):
        CreditLevel("star", 1)
    with pytest.raises(storeops.Error, match=r"CreditLevel.count must be in 1..5, got 6"):
        CreditLevel("heart", 6)
    with pytest.raises(storeops.Error, match="positive must be a count >= 0, got -1"):
        storeops.credit_points(positive=-1, neutral=0, negative=0)


@pytest.mark.parametrize(
    ("points", "monthly", "daily"),
    [(0, 10_000, 300), (150, 10_000, 300), (151, 15_000, 500), (250, 15_000, 500),
     (251, 30_000, 1_000), (1000, 30_000, 1_000), (1001, 45_000, 1_500),
     (5000, 45_000, 1_500), (5001, 60_000, 2_000), (10_000_001, 60_000, 2_000)],
)
def test_traffic_targets_by_credit_level_004(points, monthly, daily):
    t = storeops.traffic_target(points)
    assert (t.monthly_visitors, t.daily_visitors) == (monthly, daily)


def test_traffic_targets_are_data_a_user_can_change():
    table = storeops.presets.traffic_targets_2014()
    rows = list(table.rows)
    rows[-1] = storeops.TrafficTarget(from_level=rows[-1].from_level, monthly_visitors=90_000,
                                      daily_visitors=3_000)
    mine = storeops.TrafficTargets(rows)
    assert storeops.traffic_target(6000, mine).monthly_visitors == 90_000
    assert list(table.to_frame()["monthly_visitors"]) == [10_000, 15_000, 30_000, 45_000, 60_000]
    with pytest.raises(storeops.Error, match="above the previous row's level"):
        storeops.TrafficTargets([rows[0], rows[0]])
