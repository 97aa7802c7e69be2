"""One table per struct: its FIELDS are the plan file's keys, the properties checked when set,
the Chinese labels, and the schema document's rows."""

import json
import pathlib

import pytest

import storeops

SCHEMA_DOC = pathlib.Path(__file__).parents[3] / "docs" / "plan-schema.md"


def plan_json():
    return json.loads(storeops.presets.tmall_2014().to_json())


def tables():
    doc = plan_json()
    pay, staffing = doc["pay"], doc["staffing"]
    return [
        (storeops.RolePay, pay["roles"]["cs_agent"], "pay.roles.<role>"),
        (storeops.RatingBonusRule, pay["rating"], "pay.rating"),
        (storeops.OrderBand, staffing["bands"][0], "staffing.bands[]"),
        (storeops.StagePlan, doc["stages"]["stages"][0], "stages"),
        (storeops.PlatformFees, doc["fees"], "fees"),
        (storeops.CostStructure, doc["costs"], "costs"),
        (storeops.Investment, doc["investments"][0], "investments[]"),
        (storeops.MarketAssumptions, doc["market"], "market"),
    ]


@pytest.mark.parametrize("cls, written, where", tables(), ids=lambda x: getattr(x, "__name__", ""))
def test_the_table_is_the_plan_files_keys_in_order(cls, written, where):
    if isinstance(written, dict):
        assert [f[0] for f in cls.FIELDS] == list(written), where


@pytest.mark.parametrize("cls", [storeops.RolePay, storeops.RatingBonusRule, storeops.KpiMultiplier,
                                 storeops.OrderBand, storeops.StagePlan, storeops.PlatformFees,
                                 storeops.CostStructure, storeops.Investment,
                                 storeops.MarketAssumptions])
def test_every_field_has_a_chinese_label_a_doc_line_and_a_row_in_the_schema(cls):
    doc = SCHEMA_DOC.read_text(encoding="utf-8")
    for name, label_zh, line in cls.FIELDS:
        assert label_zh and not label_zh.isascii(), (cls.__name__, name)
        assert line.endswith((".", ")")), (cls.__name__, name)
        assert name in doc, f"docs/plan-schema.md does not mention {cls.__name__}.{name}"
        assert getattr(cls, name).__doc__.startswith(line)


def test_pay_rules_are_checked_when_made_and_when_set():
    with pytest.raises(storeops.Error, match=r"RolePay.base must be >= 0, got -¥1.00"):
        storeops.RolePay(role="cs_agent", base=-1)
    with pytest.raises(storeops.Error, match=r"RolePay.commission_rate must be a rate in \[0, 1\]"):
        storeops.RolePay(role="cs_agent", base=2000, commission_rate=2)
    pay = storeops.RolePay(role="cs_agent", base=2000)
    pay.commission = "personal_sales"
    pay.commission_rate = 0.002
    assert pay.commission == "personal_sales" and pay.commission_rate == 0.002
    with pytest.raises(storeops.Error, match="unknown commission basis 'tips'"):
        pay.commission = "tips"
    with pytest.raises(storeops.Error, match=r"RatingBonusRule.per_negative must be >= 0"):
        storeops.RatingBonusRule().per_negative = -300
    with pytest.raises(storeops.Error, match=r"KpiMultiplier.applies_to must be commission or bonus"):
        storeops.KpiMultiplier(department="customer_service", kpi="reply_rate", threshold=0.9,
                               factor=0.8, applies_to="salary")


def test_bands_and_stages_are_checked_when_made_and_when_set():
    band = storeops.OrderBand(department="customer_service", low=100, high=200)
    with pytest.raises(storeops.Error, match=r"OrderBand.add must be >= 1 person, got 0"):
        band.add = 0
    band.department = "logistics"
    assert band.department == "logistics"
    stage = storeops.StagePlan(stage="launch", min_months=2, hires={"cs_agent": 2})
    assert stage.hires == {"cs_agent": 2}
    stage.hires = {"cs_agent": 3, "designer": 1}
    assert stage.hires == {"cs_agent": 3, "designer": 1}
    with pytest.raises(storeops.Error, match=r"StagePlan.hires.designer must be >= 0, got -1"):
        stage.hires = {"designer": -1}
    with pytest.raises(storeops.Error, match="unknown role 'boss'"):
        stage.hires = {"boss": 1}
    with pytest.raises(storeops.Error, match=r"StagePlan.min_months must be >= 0, got -1"):
        storeops.StagePlan(stage="launch", min_months=-1)


def test_a_plan_file_is_checked_by_the_same_rules(tmp_path):
    doc = plan_json()
    doc["staffing"]["bands"][0]["add"] = 0
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(storeops.Error, match=r"staffing.bands\[0\].add must be >= 1 person, got 0"):
        storeops.load_plan(str(path))
    doc = plan_json()
    doc["pay"]["roles"]["cs_agent"]["bonus"] = 5
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(storeops.Error, match="pay.roles.cs_agent"):
        storeops.load_plan(str(path))


def test_policy_settings_are_one_table_each_checked_when_set_and_in_the_plan_file():
    doc = plan_json()
    assert [f[0] for f in storeops.StaffingPolicy.FIELDS] == [
        "trigger", "combine", "hiring_lag_months", "allow_shrink", "beyond_table", "stage_floor"]
    assert [f[0] for f in storeops.PayPolicy.FIELDS] == ["pool_rate", "pool_departments",
                                                         "minimum_wage"]
    assert list(doc["staffing"])[2:-1] == [f[0] for f in storeops.StaffingPolicy.FIELDS]
    assert list(doc["staffing"])[-1] == "erlang"
    assert list(doc["pay"])[2:5] == [f[0] for f in storeops.PayPolicy.FIELDS]
    pay = storeops.presets.tmall_2014().pay
    pay.pool_departments = ["logistics", "planning", "promotion", "design"]
    assert pay.pool_departments == ["logistics", "planning", "promotion", "design"]
    with pytest.raises(storeops.Error, match=r"Pay.pool_departments\[1\]: unknown department 'sales'"):
        pay.pool_departments = ["planning", "sales"]
    with pytest.raises(storeops.Error, match="Pay.minimum_wage must be >= 0"):
        pay.minimum_wage = -1
    staffing = storeops.presets.tmall_2014().staffing
    with pytest.raises(storeops.Error, match=r"Staffing.hiring_lag_months must be in 0..120, got 121"):
        staffing.hiring_lag_months = 121
