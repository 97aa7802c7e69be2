"""Each error behaves like the best of its neighbours (issue: what a new user trips over)."""

import pytest

import storeops


def test_a_misspelt_field_names_the_nearest_one():
    plan = storeops.presets.tmall_2014()
    with pytest.raises(AttributeError, match=r"MarketAssumptions has no field "
                                             r"'averge_order_value'; did you mean "
                                             r"'average_order_value'\?"):
        plan.market.averge_order_value = 1
    with pytest.raises(AttributeError, match=r"did you mean 'cutoff_hour'\?"):
        plan.shipping.cutof_hour = 14
    plan.market.average_order_value = 120  # a real field still sets
    assert plan.market.average_order_value.value == 120


def test_a_misspelt_keyword_names_the_nearest_one():
    plan = storeops.presets.tmall_2014()
    with pytest.raises(storeops.WrongTypeError, match=r"simulate\(\) takes no keyword 'month'; "
                                                      r"did you mean 'months'\?"):
        storeops.simulate(plan, month=12)
    with pytest.raises(TypeError, match=r"did you mean 'runs'\?"):
        storeops.week_review("nowhere", run=5)


def test_money_as_a_chinese_keyboard_types_it():
    assert storeops.Money("￥1,234.5") == storeops.Money("1234.50")
    assert storeops.Money("1,234.50元") == storeops.Money("1234.50")


def test_a_confidence_given_as_a_percentage_says_so():
    mc = storeops.monte_carlo(storeops.presets.tmall_2014(), 200)
    with pytest.raises(storeops.Error, match=r"got 90 \(did you mean 0.9\?\)"):
        mc.capital_required(90)


def test_a_plan_file_saved_as_gbk_is_named(tmp_path):
    plan = storeops.presets.tmall_2014()
    plan.name = "我的店"
    path = tmp_path / "plan.json"
    path.write_bytes(plan.to_json().encode("gbk"))
    with pytest.raises(storeops.Error, match=(
            rf"cannot read a plan from '{path}': it is not UTF-8 text \(byte \d+; saved as GBK "
            r"by a Chinese editor\?\): save it as UTF-8")):
        storeops.load_plan(path)
