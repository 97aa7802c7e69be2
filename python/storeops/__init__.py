"""storeops: plan and run an online marketplace store (Tmall, Taobao).

Money is exact (integer fen, see :class:`Money`); every bad input raises :class:`Error`
(a ``ValueError``) naming the field and the value.
"""

from __future__ import annotations

import typing as _typing

try:
    from storeops import _core
except ImportError as _import_error:  # pragma: no cover - only on a broken install
    raise ImportError(
        "storeops' compiled core (storeops._core) did not import. Rebuild the package with "
        "`pip install .` from the source tree (it needs a C++20 compiler and Eigen: "
        "`make test` installs both)."
    ) from _import_error

from storeops._arguments import guard as _guard

_guard(_core)  # before anything binds a name from _core: wrong arguments get plain words

# The areas, as packages (docs/layout.md); the modules users reach by their short names
# (storeops.erlang, storeops.presets, ...) are bound here as before.
from storeops import catalog, tracking
from storeops.market import campaigns, customers, metrics, promotions
from storeops.outputs import plots
from storeops.plan import finance, lifecycle, presets
from storeops.team import assessment, erlang, pay, staffing
from storeops._core import (
    DEPARTMENTS,
    ROLES,
    STAGES,
    AnnualFeeRefund,
    Assumption,
    Correction,
    CostStructure,
    CreditLevel,
    DailyReport,
    DepartmentStaff,
    Dsr,
    DsrRating,
    Error,
    Finding,
    Funnel,
    Headcount,
    HitCandidateRule,
    HitCheck,
    Investment,
    KpiMultiplier,
    Lifecycle,
    InquiryFunnel,
    Money,
    MoneyOverflowError,
    WrongTypeError,
    MonthStatement,
    OrderBand,
    ErlangStaffing,
    PayLine,
    PayPolicy,
    Payroll,
    Payslip,
    Plan,
    PlatformFees,
    RatingBonusRule,
    RevenueTier,
    RolePay,
    StaffingPolicy,
    StagePlan,
    StageTracker,
    TierCostShare,
    TrafficTarget,
    TrafficTargets,
    check,
    check_staffing,
    credit_level,
    credit_points,
    department_of,
    dsr_over,
    hit_candidate,
    month_statement,
    payback_month,
    sum_money,
)
from storeops._core import (
    MONTE_CARLO_COLUMNS,
    UNCERTAIN_INPUTS,
    CampaignMonth,
    MarketAssumptions,
    StoreState,
    Uncertain,
)
from storeops._core import (
    BasketPrice,
    CampaignDayPlan,
    CampaignRule,
    Eligibility,
    FailedCondition,
    ItemFacts,
    MemberTier,
    Promotion,
    ShopFacts,
    member_tier,
    plan_campaign_day,
    price_basket,
    sbg_retention,
)
from storeops.market.daily_report import daily_report_frame, traffic_target
from storeops.simulation.engine import DEFAULT_BLOCK_SIZE, DEFAULT_RUNS, MonteCarlo, Simulation, monte_carlo, sensitivity, simulate, sobol
from storeops.simulation.sweeps import sweep, sweep_paths
from storeops._core import CatalogFinding, CatalogRules, Item, ReviewRules, RoleCountRule
from storeops.team.assessment import AssessmentRules, KpiTarget, ScoreBand, assess, kpis, payroll
from storeops.readers.chats import read_chats
from storeops._core import PersonAssessment, ProbationPolicy
from storeops._core import department_kpis
from storeops.readers.catalog import read_catalog
from storeops.readers.items import read_items
from storeops.catalog.items import (
    Catalog,
    example_items,
    restock,
    review_items,
    apply_stock_take,
    stock_take,
    synthetic_items,
)
from storeops._core import CampaignDayPolicy, CampaignStockLine, Roster, Shift, roster_solver_available
from storeops.campaign_day.readiness import (
    ASSUMED_CAMPAIGN_HOURLY_SHARE,
    CampaignDay,
    RosterTimeLimitWarning,
    campaign_day,
    campaign_hours,
    campaign_stock,
    roster,
    roster_frame,
)
from storeops._core import (
    DayFigures,
    RevenueVariance,
    ShippingRules,
    Funding,
    OrderTarget,
    PlanTargets,
    check_order_targets,
    catch_up,
    plan_for_days,
    split_revenue_variance,
)
from storeops.readers.daily import DAILY_COLUMN_NAMES, MissingDaysWarning, read_daily
from storeops.tracking.plan_vs_actual import (
    PlanVsActual,
    calibrate,
    example_daily_report,
    fitted_inputs,
    reforecast,
    synthetic_daily,
    track,
)
from storeops.tracking.shipping import late_shipments
from storeops.readers.orders import ORDER_COLUMN_NAMES, read_orders
from storeops.plan.workbook import load_plan, save_plan

# The store folder and its reviews, the top of the package, load on first use: importing them
# costs as much as the rest of the Python layer, and a notebook that only simulates never needs
# them (PEP 562). Type checkers read the imports below.
_ON_FIRST_USE = {
    "Store": "storeops.readers.store", "open_store": "storeops.readers.store",
    "ReviewData": "storeops.reviews.week", "WeekReview": "storeops.reviews.week",
    "forecast_history": "storeops.reviews.week", "week_review": "storeops.reviews.week",
    "MonthReview": "storeops.reviews.month", "month_review": "storeops.reviews.month",
    "example_store": "storeops.reviews.example",
    "Proposal": "storeops.reviews.proposal", "propose": "storeops.reviews.proposal",
    "decide": "storeops.reviews.proposal",
    "Desk": "storeops.reviews.desk", "today": "storeops.reviews.desk",
    "ReturnsReport": "storeops.reviews.returns", "returns_report": "storeops.reviews.returns",
    "Portfolio": "storeops.reviews.portfolio", "portfolio": "storeops.reviews.portfolio",
    "example_portfolio": "storeops.reviews.example",
}
if _typing.TYPE_CHECKING:
    from storeops.readers.store import Store, open_store
    from storeops.reviews.example import example_store
    from storeops.reviews.month import MonthReview, month_review
    from storeops.reviews.desk import Desk, today
    from storeops.reviews.returns import ReturnsReport, returns_report
    from storeops.reviews.portfolio import Portfolio, portfolio
    from storeops.reviews.example import example_portfolio
    from storeops.reviews.proposal import Proposal, decide, propose
    from storeops.reviews.week import ReviewData, WeekReview, forecast_history, week_review

__version__: str = _core.__version__

__all__ = [
    "Desk",
    "today",
    "ReturnsReport",
    "returns_report",
    "Portfolio",
    "portfolio",
    "example_portfolio",
    "Proposal",
    "decide",
    "propose",
    "ORDER_COLUMN_NAMES",
    "MonthReview",
    "ReviewData",
    "Store",
    "month_review",
    "WeekReview",
    "example_store",
    "forecast_history",
    "late_shipments",
    "open_store",
    "read_orders",
    "week_review",
    "AssessmentRules",
    "PersonAssessment",
    "ProbationPolicy",
    "payroll",
    "KpiTarget",
    "ScoreBand",
    "assess",
    "assessment",
    "department_kpis",
    "kpis",
    "read_chats",
    "Catalog",
    "CatalogFinding",
    "CatalogRules",
    "Item",
    "ReviewRules",
    "RoleCountRule",
    "catalog",
    "example_items",
    "read_catalog",
    "read_items",
    "restock",
    "review_items",
    "apply_stock_take",
    "stock_take",
    "synthetic_items",
    "ASSUMED_CAMPAIGN_HOURLY_SHARE",
    "CampaignDay",
    "CampaignDayPolicy",
    "CampaignStockLine",
    "Roster",
    "RosterTimeLimitWarning",
    "Shift",
    "campaign_day",
    "campaign_hours",
    "campaign_stock",
    "roster",
    "roster_frame",
    "roster_solver_available",
    "DAILY_COLUMN_NAMES",
    "MissingDaysWarning",
    "PlanVsActual",
    "RevenueVariance",
    "DayFigures",
    "ShippingRules",
    "Funding",
    "OrderTarget",
    "PlanTargets",
    "check_order_targets",
    "catch_up",
    "plan_for_days",
    "calibrate",
    "example_daily_report",
    "fitted_inputs",
    "read_daily",
    "reforecast",
    "split_revenue_variance",
    "synthetic_daily",
    "track",
    "tracking",
    "BasketPrice",
    "CampaignDayPlan",
    "CampaignRule",
    "Eligibility",
    "FailedCondition",
    "ItemFacts",
    "MemberTier",
    "Promotion",
    "ShopFacts",
    "member_tier",
    "plan_campaign_day",
    "price_basket",
    "sbg_retention",
    "campaigns",
    "customers",
    "plots",
    "promotions",
    "DEFAULT_BLOCK_SIZE",
    "DEFAULT_RUNS",
    "MONTE_CARLO_COLUMNS",
    "UNCERTAIN_INPUTS",
    "CampaignMonth",
    "MarketAssumptions",
    "MonteCarlo",
    "Simulation",
    "StoreState",
    "Uncertain",
    "monte_carlo",
    "sensitivity",
    "simulate",
    "sobol",
    "sweep",
    "sweep_paths",
    "DEPARTMENTS",
    "ROLES",
    "STAGES",
    "AnnualFeeRefund",
    "Assumption",
    "Correction",
    "CostStructure",
    "CreditLevel",
    "DailyReport",
    "DepartmentStaff",
    "Dsr",
    "DsrRating",
    "Error",
    "Finding",
    "Funnel",
    "Headcount",
    "HitCandidateRule",
    "HitCheck",
    "Investment",
    "KpiMultiplier",
    "Lifecycle",
    "InquiryFunnel",
    "Money",
    "MoneyOverflowError",
    "WrongTypeError",
    "MonthStatement",
    "OrderBand",
    "ErlangStaffing",
    "PayLine",
    "PayPolicy",
    "Payroll",
    "Payslip",
    "Plan",
    "PlatformFees",
    "RatingBonusRule",
    "RevenueTier",
    "RolePay",
    "StaffingPolicy",
    "StagePlan",
    "StageTracker",
    "TierCostShare",
    "TrafficTarget",
    "TrafficTargets",
    "__version__",
    "check",
    "check_staffing",
    "credit_level",
    "credit_points",
    "daily_report_frame",
    "department_of",
    "dsr_over",
    "erlang",
    "finance",
    "hit_candidate",
    "lifecycle",
    "load_plan",
    "save_plan",
    "metrics",
    "month_statement",
    "pay",
    "payback_month",
    "presets",
    "staffing",
    "sum_money",
    "traffic_target",
]


def __getattr__(name: str) -> _typing.Any:
    """A name of the store folder or its reviews, imported on first use (then bound here)."""
    import importlib
    import types

    from storeops._arguments import keywords

    home = _ON_FIRST_USE.get(name)
    if home is None:
        raise AttributeError(f"module 'storeops' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    if isinstance(value, types.FunctionType):
        value = keywords(value)  # as _guard_keywords does for the others
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_ON_FIRST_USE))


def _guard_keywords() -> None:
    """The package's own Python functions name the nearest keyword for one they do not take."""
    import types as _types

    from storeops._arguments import keywords

    for _name in __all__:
        _member = globals().get(_name)
        if (isinstance(_member, _types.FunctionType) and _member.__module__.startswith("storeops.")
                and not hasattr(_member, "__wrapped__")):  # the core's own are guarded already
            globals()[_name] = keywords(_member)


_guard_keywords()
