import pytest

import storeops
from storeops import Money, campaigns

SHOP = {"credit_points": 251, "good_review_rate": 0.98, "consumer_protection": True}
ITEM = {"sales": 10, "reviews": 5, "quantity": 100, "price": 100, "recorded_price": 200,
        "market_average_price": 100, "free_shipping": True}


def edited(base, **changes):
    return dict(base, **changes)


@pytest.mark.parametrize("name", ["超优汇", "爱购"])
@pytest.mark.parametrize(
    ("shop", "item", "eligible"),
    [
        (SHOP, ITEM, True),
        (edited(SHOP, credit_points=250), ITEM, False),
        (edited(SHOP, consumer_protection=False), ITEM, False),
        (SHOP, edited(ITEM, sales=9), False),
        (SHOP, edited(ITEM, reviews=4), False),
        (SHOP, edited(ITEM, quantity=99), False),
        (SHOP, edited(ITEM, free_shipping=False), False),
    ],
)
def test_chaoyouhui_and_aigou(name, shop, item, eligible):
    assert campaigns.check(name, shop, item).eligible is eligible


@pytest.mark.parametrize(
    ("shop", "item", "eligible"),
    [
        (SHOP, ITEM, True),                                        # 50% of the recorded price
        (SHOP, edited(ITEM, recorded_price="199.99"), False),       # just over 50%
        (SHOP, edited(ITEM, recorded_price=1000), True),           # 10%
        (SHOP, edited(ITEM, recorded_price="1000.01"), False),     # under 10%
        (edited(SHOP, good_review_rate=0.9799), ITEM, False),
    ],
)
def test_duchangtuan(shop, item, eligible):
    assert campaigns.check("独畅团", shop, item).eligible is eligible


@pytest.mark.parametrize(
    ("points", "item", "eligible"),
    [(1001, {}, True), (1000, {}, False), (1001, {"sales": 49}, False),
     (1001, {"quantity": 199}, False), (1001, {"price": "100.01"}, False),
     (1001, {"reviews": 4}, False)],
)
def test_taojinbi(points, item, eligible):
    base = edited(ITEM, sales=50, quantity=200)
    assert campaigns.check("淘金币", edited(SHOP, credit_points=points), edited(base, **item)).eligible is eligible


@pytest.mark.parametrize(
    ("points", "quantity", "eligible"),
    [(41, 50, True), (40, 50, False), (10_000, 50, True), (10_001, 50, False),
     (41, 49, False), (41, 300, True), (41, 301, False)],
)
def test_tiantiantejia(points, quantity, eligible):
    shop = edited(SHOP, credit_points=points)
    assert campaigns.check("天天特价", shop, edited(ITEM, quantity=quantity)).eligible is eligible


@pytest.mark.parametrize(("points", "quantity", "eligible"),
                         [(251, 800, True), (251, 799, False), (250, 800, False)])
def test_fuyoushiyong(points, quantity, eligible):
    shop = edited(SHOP, credit_points=points)
    assert campaigns.check("付邮试用", shop, edited(ITEM, quantity=quantity)).eligible is eligible


def test_every_failed_condition_and_bad_input():
    e = campaigns.check("超优汇", {"credit_points": 0}, {})
    assert not e.eligible and len(e.failed) == 6
    assert (e.failed[0].condition, e.failed[0].required, e.failed[0].actual) == (
        "shop credit level", ">= 1 diamond", "none (0 points)")
    table = campaigns.check_all(SHOP, ITEM)
    assert list(table["campaign"]) == list(campaigns.NAMES)
    with pytest.raises(storeops.Error, match="unknown campaign 'x'; campaigns: 超优汇"):
        campaigns.check("x", SHOP, ITEM)
    with pytest.raises(storeops.Error, match="item: unknown fact 'colour'"):
        campaigns.check("超优汇", SHOP, edited(ITEM, colour="red"))
    with pytest.raises(storeops.Error, match="item.sales must be a count >= 0"):
        campaigns.check("超优汇", SHOP, edited(ITEM, sales=-1))


def test_campaign_day_plan():
    p = storeops.plan_campaign_day(normal_visitors=2_000, normal_conversion=0.02,
                                   average_order_value=100, traffic_multiplier=5,
                                   conversion_multiplier=1.5)
    assert p.revenue == Money(30_000)
    assert (p.stock_units, p.prepacked_boxes) == (360, 100)
    assert p.agents == storeops.erlang.agents_required(240, 180, concurrency=3)
    with pytest.raises(storeops.Error, match="normal_conversion x conversion_multiplier"):
        storeops.plan_campaign_day(normal_visitors=1, normal_conversion=0.5, average_order_value=1,
                                   traffic_multiplier=1, conversion_multiplier=3)
