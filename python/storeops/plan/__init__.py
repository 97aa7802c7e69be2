"""The plan (C++ ``storeops/plan/``): presets, the plan workbook, the P&L and payback, the item lifecycle."""

from __future__ import annotations

from storeops.plan import finance
from storeops.plan.finance import (
    PNL_LINES,
    payback_month,
    pnl,
    statement_frame,
)
from storeops.plan import lifecycle
from storeops.plan.lifecycle import (
    hit_candidates,
)
from storeops.plan import presets
from storeops.plan.presets import (
    assessment_2014,
    campaigns_2014,
    catalog_rules,
    five_person_store,
    investments_2014,
    lifecycle_2014,
    pay_2014,
    probation_2014,
    review_rules,
    staffing_2014,
    targets_2014,
    tmall_2014,
    traffic_targets_2014,
)
from storeops.plan import workbook
from storeops.plan.workbook import (
    load_plan,
    load_workbook_plan,
    save_plan,
)

__all__ = [
    "PNL_LINES",
    "assessment_2014",
    "campaigns_2014",
    "catalog_rules",
    "finance",
    "five_person_store",
    "hit_candidates",
    "investments_2014",
    "lifecycle",
    "lifecycle_2014",
    "load_plan",
    "load_workbook_plan",
    "pay_2014",
    "payback_month",
    "pnl",
    "presets",
    "probation_2014",
    "review_rules",
    "save_plan",
    "staffing_2014",
    "statement_frame",
    "targets_2014",
    "tmall_2014",
    "traffic_targets_2014",
    "workbook",
]
