"""storeops.assess: the month's assessment sheet from KPIs, by rules that are data."""

import math

import pandas as pd
import pytest

import storeops
from storeops.team.assessment import AssessmentRules, KpiTarget, ScoreBand, to_sheet_excel


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
    assert wang["response_time_s target"] == 30 and wang["response_time_s weight"] == 0.1
    assert wang["satisfaction weight"] == 0.35  # 000 ch.5: 考评的最重要指标
    assert wang["total_score"] == 100 and wang["band"] == "优秀" and wang["factor"] == 1.2 and wang["passed"]
    # 小李: response 30/60 -> 50, reply length 6/12 -> 50, reply rate 0.76/0.95 -> 80,
    # success 0.2/0.4 -> 50; satisfaction missing: left out, the other weights scaled to 1
    expected = (0.1 * 50 + 0.1 * 50 + 0.2 * 80 + 0.25 * 50) / 0.65
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
    assert storeops.presets.tmall_2014().assessment == rules  # data in the plan
    bad = AssessmentRules([KpiTarget("design", "ctr", 0.01, 1.0)], [ScoreBand(0, 1)])
    with pytest.raises(storeops.Error) as e:
        bad.check()
    assert str(e.value) == ("assessment.targets[0].kpi must be a KPI of design (task_completion), "
                            "got 'ctr'")
    bad = AssessmentRules([KpiTarget("design", "task_completion", 1.0, 0.8)], [ScoreBand(0, 1)])
    with pytest.raises(storeops.Error) as e:
        bad.check()
    assert str(e.value) == "assessment.targets: the weights of design sum to 0.8, not 1"
    with pytest.raises(storeops.Error) as e:
        KpiTarget("design", "task_completion", 1.0, -1.0)
    assert str(e.value) == "KpiTarget.weight must be a finite number >= 0, got -1"
    bad = AssessmentRules([], [ScoreBand(50, 1), ScoreBand(60, 1)])
    with pytest.raises(storeops.Error) as e:
        bad.check()
    assert str(e.value) == ("assessment.bands[1].min_score must be below the band before it "
                            "(50; bands run down), got 60")
    plan = storeops.presets.tmall_2014()
    with pytest.raises(storeops.Error, match="the weights of design sum to 0.8"):
        plan.assessment = AssessmentRules([KpiTarget("design", "task_completion", 1.0, 0.8)],
                                          [ScoreBand(0, 1)])
    with pytest.raises(storeops.Error, match="the person '无名' has no role"):
        storeops.assess(storeops.presets.tmall_2014(), 3, {"无名": {"reply_rate": 0.9}})


def test_the_sheet_prints_one_tab_per_department_in_chinese(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    sheet = storeops.assess(storeops.presets.tmall_2014(), 8, people())
    path = sheet.to_excel(tmp_path / "考核表.xlsx")  # the sheet's own to_excel: tabs
    assert path == to_sheet_excel(sheet, tmp_path / "考核表.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["客服", "财务", "物流"]
    headers = [c.value for c in book["客服"][1]]
    assert headers[:5] == ["员工", "岗位", "月份", "试用期", "满意度"]  # the weightiest KPI first
    assert "平均响应时间(秒)目标" in headers and "总分" in headers and "绩效系数" in headers
    assert "DSR发货速度" not in headers


def test_a_folder_of_records_gives_the_sheet_and_the_command_prints_it(tmp_path, capsys):
    from storeops.cli import main
    from storeops.reviews import assess_records, synthetic_records

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


def test_a_kpi_of_another_department_is_refused_by_name():
    frame = people()
    frame.loc["老张", "ctr"] = 0.02
    with pytest.raises(storeops.Error) as e:
        storeops.assess(storeops.presets.tmall_2014(), 8, frame)
    assert str(e.value).startswith("assess: '老张' (logistics_staff) has ctr = 0.02, but ctr is not "
                                   "a KPI of logistics")


def test_the_plan_file_carries_the_rules_and_assess_uses_them():
    plan = storeops.presets.tmall_2014()
    rules = plan.assessment
    rules.pass_score = 90.0
    plan.assessment = rules
    back = storeops.Plan.from_json(plan.to_json())
    assert back.assessment.pass_score == 90.0 and back.assessment == plan.assessment
    sheet = storeops.assess(back, 8, people())
    assert sheet.loc["老张", "total_score"] == pytest.approx(85.0) and not sheet.loc["老张", "passed"]


def test_payroll_follows_the_sheet_line_by_line():
    plan = storeops.presets.five_person_store()
    frame = people().drop(index="小李")
    frame.loc["小王", "probation"] = True
    frame["probation"] = frame["probation"].fillna(False).astype(bool)
    probation = plan.probation
    probation.pay_share = 0.8
    plan.probation = probation
    sheet = storeops.assess(plan, 8, frame)
    assert sheet.loc["小王", "factor"] == 1.2 and sheet.loc["小王", "probation"]
    month = dict(customer_service_sales=100_000, silent_sales=50_000)
    paid = storeops.payroll(plan, sheet=sheet, **month)
    plain = plan.pay.payroll(storeops.Headcount({"cs_agent": 1, "logistics_staff": 1,
                                                 "finance_clerk": 1}), **month)
    assert storeops.assessment.sheet_order(sheet) == ["小王", "老张", "小赵"]
    wang, plain_wang = paid.payslips[0], plain.payslips[0]
    # commission and the rating bonus × 1.2; base ¥2,000 at 80% for 15 of 30 days: −¥200
    assert wang.commission == storeops.Money(240) and wang.bonus == storeops.Money(600)
    assert wang.base == storeops.Money(1_800)
    assert wang.total == plain_wang.total + storeops.Money(40 + 100 - 200)
    rules = [line.rule for line in wang.lines]
    assert ("assessment (考核) 小王: total 100.0 优秀 (satisfaction 0.97 / 0.95, success_rate 0.5 / "
            "0.4, reply_rate 1 / 0.95, response_time_s 20 / 30, average_reply_length 15 / 12): "
            "commission x 1.2") in rules
    assert "probation (试用期) 15 days at 80% of base, passed" in rules
    # 老张 (良好, factor 1) keeps his pay; 小赵 has no KPI: paid as without a sheet
    assert paid.payslips[1].total == plain.payslips[1].total
    assert paid.payslips[2].total == plain.payslips[2].total
    assert paid.total == plain.total + storeops.Money(-60)


def test_payroll_refuses_a_sheet_that_is_not_the_team():
    plan = storeops.presets.five_person_store()
    sheet = storeops.assess(plan, 8, people())
    with pytest.raises(storeops.Error) as e:
        storeops.payroll(plan, storeops.Headcount({"cs_agent": 1, "logistics_staff": 1,
                                                   "finance_clerk": 1}), sheet=sheet)
    assert str(e.value) == "payroll: the sheet has 2 cs_agent but the team has 1"
    with pytest.raises(storeops.Error, match="give the team"):
        storeops.payroll(plan)


def test_the_payroll_names_the_people_of_the_sheet_and_the_sheet_prints_short(tmp_path):
    from storeops.reviews import assess_records, synthetic_records

    plan = storeops.presets.five_person_store()
    folder = synthetic_records(tmp_path / "records", month="2014-09", seed=3)
    sheet = assess_records(folder, month="2014-09", plan=plan)
    pay = storeops.payroll(plan, sheet=sheet, store_revenue=storeops.Money(100_000))
    frame = pay.to_frame()
    assert set(frame["person"]) == set(sheet.index)  # names, not 1, 2, 3
    assert pay.names == list(frame["person"])
    text = repr(sheet)
    assert "total_score" in text and "response_time_s score" not in text
    assert f"{len(sheet.columns)} columns" in text
    assert list(sheet.summary().columns) == ["role", "department", "total_score", "band",
                                             "factor", "passed", "missing"]
    unnamed = plan.pay.payroll(plan.staffing.headcount(100_000, 50)).to_frame()
    assert unnamed["person"].tolist()[:2] == ["1", "2"]


def test_the_customer_service_lead_is_also_assessed_on_personal_and_team_sales():
    """000 ch.3: 客服主管...KPI初步定为个人销售绩效, 和团队销售绩效两方面. The lead's sheet adds the
    two (the share of each sales target met) to the department's KPIs, scaled to its weights."""
    plan = storeops.presets.tmall_2014()
    kpis = {"reply_rate": 0.95, "success_rate": 0.4, "satisfaction": 0.95,
            "response_time_s": 30.0, "average_reply_length": 12.0}
    sheet = storeops.assess(plan, 9, {
        "组长": {"role": "cs_lead", **kpis, "personal_sales": 0.5, "team_sales": 1.0},
        "小王": {"role": "cs_agent", **kpis}})
    lead, agent = sheet.loc["组长"], sheet.loc["小王"]
    assert lead["personal_sales weight"] == 0.25 and lead["team_sales target"] == 1.0
    # the department's five at 100 (weights 1) and the lead's sales at 50 and 100 (0.25 each)
    assert lead["total_score"] == pytest.approx((1.0 * 100 + 0.25 * 50 + 0.25 * 100) / 1.5)
    assert agent["total_score"] == 100
    assert math.isnan(agent["personal_sales weight"])  # not on an agent's sheet
    # a lead without sales figures is scored on the rest, and says what is missing
    bare = storeops.assess(plan, 9, {"组长": {"role": "cs_lead", **kpis}}).loc["组长"]
    assert bare["total_score"] == 100 and bare["missing"] == ["personal_sales", "team_sales"]
    with pytest.raises(storeops.Error,
                       match=r"assessment.targets\[0\].role must be a role of customer_service, "
                             r"got 'designer'"):
        AssessmentRules([KpiTarget("customer_service", "team_sales", 1.0, 0.2, role="designer")],
                        [ScoreBand(0, 1)]).check()
