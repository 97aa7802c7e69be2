"""Promotion arithmetic on a basket, exact in fen."""

import pytest

import storeops
from storeops import Money, Promotion


def test_basket_exact_to_the_fen():
    price = storeops.price_basket(
        [("A", "59.90", 2), ("B", 99, 1)],
        [Promotion.second_half_price("第2件半价"), Promotion.spend_and_save(200, 30, name="满200减30"),
         Promotion.coupon(69, 40, name="69-40")],
        shipping_fee=10, free_shipping_over=99)
    assert price.list_total == Money("218.80")
    assert [(l.promotion, l.amount) for l in price.lines] == [("第2件半价", Money("29.95")),
                                                              ("69-40", Money(40))]
    assert price.total == Money("148.85")
    assert price.discounts + price.goods_total == price.list_total
    assert price.below_floor and "below the 70% floor" in price.floor_note
    assert not storeops.price_basket([("A", "59.90", 2)], [Promotion.second_half_price()],
                                     big_campaign=True).below_floor
    assert storeops.price_basket([("A", 100, 2)], [Promotion.second_half_price()]).effective_discount == 0.25
    vip = storeops.price_basket([("A", "123.45", 3)],
                                [Promotion.member_discount(0.9), Promotion.spend_and_save(100, 10, repeat=True),
                                 Promotion.follow_shop()])
    assert vip.total == Money("298.32")
    with pytest.raises(storeops.Error, match=r"basket\[0\].list_price must be >= 0"):
        storeops.price_basket([("A", -1, 1)], [])
