"""storeops.assess: the month's assessment sheet from KPIs, by rules that are data."""

import math

import pandas as pd
import pytest

import storeops
from storeops.assessment import AssessmentRules, KpiTarget, ScoreBand, to_sheet_excel


def people():
    return pd.DataFrame({
        "role": ["cs_agent", "cs_agent", "logistics_staff", "finance_clerk"],
        "response_time_s": [20.0, 60.0, None, None], "average_reply_length": [15.0, 6.0, None, None],
        "reply_rate": [1.0, 0.76, None, None], "success_rate": [0.5, 0.2, None, None],
        "satisfaction": [0.97, math.nan, None, None],
        "dsr_shipping": [None, None, 4.9, None], "wrong_shipment_rate": [None, None, 0.01, None],
        "quality_return_share": [None, None, 0.2, None]},
        index=pd.Index(["小王", "小李", "老张", "小赵"], name="person"))


def test_the_sheet_scores_each_kpi_against_its_target_and_weight():
    plan = storeops.presets.five_person_store()
    sheet = storeops.assess(plan, 8, people())
    wang, li, zhang = sheet.loc["小王"], sheet.loc["小李"], sheet.loc["老张"]
    assert wang["department"] == "customer_service" and wang["month"] == 8
    assert wang["response_time_s target"] == 30 and wang["response_time_s weight"] == 0.3
    assert wang["total_score"] == 100 and wang["band"] == "优秀" and wang["factor"] == 1.2 and wang["passed"]
    # 小李: response 30/60 -> 50, reply length 6/12 -> 50, reply rate 0.76/0.95 -> 80,
    # success 0.2/0.4 -> 50; satisfaction missing: left out, the other weights scaled to 1
    expected = (0.3 * 50 + 0.3 * 50 + 0.15 * 80 + 0.15 * 50) / 0.9
    assert li["total_score"] == pytest.approx(expected)
    assert li["missing"] == ["satisfaction"]
    assert li["band"] == "不合格" and li["factor"] == 0.5 and not li["passed"]
    # 老张: DSR 4.9 >= 4.8 -> 100, wrong 0.005/0.01 -> 50, quality 0.2 <= 0.3 -> 100
    assert zhang["total_score"] == pytest.approx(0.4 * 100 + 0.3 * 50 + 0.3 * 100)
    assert zhang["band"] == "良好"
    assert math.isnan(sheet.loc["小赵", "total_score"])  # finance is assessed on no KPI


def test_rules_are_data_and_checked():
    rules = storeops.presets.assessment_2014()
    assert AssessmentRules.from_json(rules.to_json()) == rules
    bad = AssessmentRules([KpiTarget("design", "ctr", 0.01, 1.0)], [ScoreBand(0, 1)])
    with pytest.raises(storeops.Error, match="'ctr' is not a KPI of design"):
        bad.check()
    bad = AssessmentRules([KpiTarget("design", "task_completion", 1.0, 0.8)], [ScoreBand(0, 1)])
    with pytest.raises(storeops.Error, match="the weights of design sum to 0.8, not 1"):
        bad.check()
    bad = AssessmentRules([KpiTarget("design", "task_completion", 1.0, -1.0)], [ScoreBand(0, 1)])
    with pytest.raises(storeops.Error, match=r"targets\[0\].weight must be >= 0, got -1.0"):
        bad.check()
    with pytest.raises(storeops.Error, match="the person '无名' has no role"):
        storeops.assess(storeops.presets.tmall_2014(), 3, {"无名": {"reply_rate": 0.9}})


def test_the_sheet_prints_one_tab_per_department_in_chinese(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    sheet = storeops.assess(storeops.presets.tmall_2014(), 8, people())
    path = to_sheet_excel(sheet, tmp_path / "考核表.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["客服", "财务", "物流"]
    headers = [c.value for c in book["客服"][1]]
    assert headers[:4] == ["员工", "岗位", "月份", "平均响应时间(秒)"]
    assert "平均响应时间(秒)目标" in headers and "总分" in headers and "绩效系数" in headers
    assert "DSR发货速度" not in headers


def test_a_folder_of_records_gives_the_sheet_and_the_command_prints_it(tmp_path, capsys):
    from storeops.assessment import assess_records, synthetic_records
    from storeops.cli import main

    folder = synthetic_records(tmp_path / "records", month="2014-09", seed=3)
    sheet = assess_records(folder, month="2014-09", plan=storeops.presets.five_person_store())
    assert sheet.index.tolist() == ["小王", "小李", "老张", "陈经理", "小赵"]
    assert (sheet["month"] == 8).all()  # September 2014 is plan month 8 from February
    chats = storeops.read_chats(folder / "chats.csv")
    direct = storeops.kpis("customer_service", chats=chats, by="agent")
    assert sheet.loc["小王", "response_time_s"] == direct.loc["小王", "response_time_s"]
    assert sheet.loc["陈经理", "passed"] is None
    assert sheet.loc["小王", "passed"] == (sheet.loc["小王", "total_score"] >= 60)
    assert main(["assess", str(folder), "--month", "2014-09", "--out", str(tmp_path / "s.xlsx")]) == 0
    assert "小王" in capsys.readouterr().out and (tmp_path / "s.xlsx").exists()
    assert main(["assess", str(folder), "--month", "2014-10"]) == 2
    assert "chats.csv row 1: time '2014-09-" in capsys.readouterr().err
