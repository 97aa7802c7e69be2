"""The plan as a workbook a store owner edits: written, edited, read back identical."""

import openpyxl
import pytest

import storeops
from storeops.cli import main

pytest.importorskip("openpyxl")


def test_the_workbook_reads_back_to_an_identical_plan(tmp_path):
    for plan in (storeops.presets.tmall_2014(), storeops.presets.five_person_store()):
        path = storeops.save_plan(plan, tmp_path / f"{plan.name}.xlsx")
        assert storeops.load_plan(path) == plan


def test_a_sheet_per_section_a_row_per_field_with_its_chinese_name(tmp_path):
    path = storeops.save_plan(storeops.presets.tmall_2014(), tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    assert {"plan", "market", "staffing", "staffing.tiers", "pay", "stages.stages",
            "investments", "shipping", "market.campaigns"} <= set(book.sheetnames)
    rows = {r[0]: r for r in book["market"].iter_rows(min_row=2, values_only=True)}
    assert rows["start_date"][1:3] == ("开店日期", "2014-02-01")
    assert rows["average_order_value.value"][2] == 100
    shipping = {r[0]: r for r in book["shipping"].iter_rows(min_row=2, values_only=True)}
    assert [c.value for c in book["shipping"][1]] == ["field", "中文", "value", "unit", "allowed",
                                                      "about", "source"]
    assert shipping["cutoff_hour"][1:3] == ("确认订单截止时间", 15)
    assert shipping["cutoff_hour"][3:5] == ("hour of day 时", "0 to 23")  # unit and range
    assert shipping["ship_within_hours"][3:5] == ("hours 小时", "1 to 720")
    assert shipping["cutoff_hour"][6] == "004"
    # every kind of rule says what it allows, from the rule itself
    fees = {r[0]: r for r in book["fees"].iter_rows(min_row=2, values_only=True)}
    assert fees["deposit"][3:5] == ("yuan 元", ">= 0 yuan")
    assert fees["commission_rate"][3:5] == ("share (0.02 = 2%)", "0 to 1")
    staffing = {r[0]: r for r in book["staffing"].iter_rows(min_row=2, values_only=True)}
    assert staffing["hiring_lag_months"][3:5] == ("months 月", "0 to 120")
    assert staffing["allow_shrink"][3] == "true / false"
    assert storeops.StaffingPolicy.ALLOWED["trigger"] == "0 to 1"


def test_an_edit_in_excel_reaches_the_plan_and_a_bad_cell_is_named(tmp_path):
    path = storeops.save_plan(storeops.presets.tmall_2014(), tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["shipping"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "cutoff_hour":
            row[2].value = 14
    book.save(path)
    assert storeops.load_plan(path).shipping.cutoff_hour == 14
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "cutoff_hour":
            row[2].value = 25
            bad_row = row[0].row
    book.save(path)
    with pytest.raises(storeops.Error, match=(
            rf"sheet 'shipping', row {bad_row} \(cutoff_hour\): plan.shipping.cutoff_hour must "
            r"be an hour of the day, 0..23, got 25")):
        storeops.load_plan(path)


def test_the_preset_command_writes_a_workbook(tmp_path, capsys):
    assert main(["preset", str(tmp_path / "plan.xlsx")]) == 0
    assert storeops.load_plan(tmp_path / "plan.xlsx") == storeops.presets.tmall_2014()
    with pytest.raises(storeops.Error, match=r"no sheet 'plan': not a plan workbook"):
        openpyxl.Workbook().save(tmp_path / "other.xlsx")
        storeops.load_plan(tmp_path / "other.xlsx")
