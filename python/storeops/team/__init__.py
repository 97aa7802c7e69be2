"""The team (C++ ``storeops/team/``): staffing, Erlang C, pay, and the month's assessment."""

from __future__ import annotations

from storeops.team import assessment
from storeops.team.assessment import (
    AssessmentRules,
    KpiTarget,
    SATISFIED,
    SUMMARY_COLUMNS,
    ScoreBand,
    assess,
    assessment_2014,
    kpis,
    payroll,
    sheet_order,
    to_sheet_excel,
)
from storeops.team import erlang
from storeops.team.erlang import (
    ASSUMED_PEAK_HOUR_SHARE,
    agents_for_daily_inquiries,
    agents_required,
    average_speed_of_answer,
    occupancy,
    peak_hour_arrivals,
    service_level,
    wait_probability,
)
from storeops.team import pay
from storeops.team.pay import (
    AMOUNTS,
    compare,
    department_frame,
    payroll_frame,
    payslip_frame,
    update_role,
)
from storeops.team import staffing
from storeops.team.staffing import (
    bands_frame,
    compare_customer_service,
    headcount_frame,
    tiers_frame,
)

__all__ = [
    "AMOUNTS",
    "ASSUMED_PEAK_HOUR_SHARE",
    "AssessmentRules",
    "KpiTarget",
    "SATISFIED",
    "SUMMARY_COLUMNS",
    "ScoreBand",
    "agents_for_daily_inquiries",
    "agents_required",
    "assess",
    "assessment",
    "assessment_2014",
    "average_speed_of_answer",
    "bands_frame",
    "compare",
    "compare_customer_service",
    "department_frame",
    "erlang",
    "headcount_frame",
    "kpis",
    "occupancy",
    "pay",
    "payroll",
    "payroll_frame",
    "payslip_frame",
    "peak_hour_arrivals",
    "service_level",
    "sheet_order",
    "staffing",
    "tiers_frame",
    "to_sheet_excel",
    "update_role",
    "wait_probability",
]
