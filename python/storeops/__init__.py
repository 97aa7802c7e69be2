"""storeops: plan and run an online marketplace store (Tmall, Taobao).

Money is exact (integer fen, see :class:`Money`); every bad input raises :class:`Error`
(a ``ValueError``) naming the field and the value.
"""

from __future__ import annotations

try:
    from . import _core
except ImportError as _import_error:  # pragma: no cover - only on a broken install
    raise ImportError(
        "storeops' compiled core (storeops._core) did not import. Rebuild the package with "
        "`pip install .` from the source tree (it needs a C++20 compiler and Eigen: "
        "`make test` installs both)."
    ) from _import_error

from ._arguments import guard as _guard

_guard(_core)  # before anything binds a name from _core: wrong arguments get plain words

from . import (
    plots,
    assessment,
    campaign_readiness,
    catalog,
    campaigns,
    customers,
    erlang,
    finance,
    labels,
    lifecycle,
    metrics,
    pay,
    presets,
    promotions,
    staffing,
    tracking,
)
from ._core import (
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
from ._core import (
    MONTE_CARLO_COLUMNS,
    UNCERTAIN_INPUTS,
    CampaignMonth,
    MarketAssumptions,
    StoreState,
    Uncertain,
)
from ._core import (
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
from .report import daily_report_frame, traffic_target
from .simulation import DEFAULT_BLOCK_SIZE, DEFAULT_RUNS, MonteCarlo, Simulation, monte_carlo, sensitivity, simulate, sobol
from .sweep import sweep, sweep_paths
from ._core import CatalogFinding, CatalogRules, Item, ReviewRules, RoleCountRule
from .assessment import AssessmentRules, KpiTarget, ScoreBand, assess, kpis, payroll, read_chats
from ._core import PersonAssessment, ProbationPolicy
from ._core import department_kpis
from .catalog import (
    Catalog,
    example_items,
    read_catalog,
    read_items,
    restock,
    review_items,
    apply_stock_take,
    stock_take,
    synthetic_items,
)
from ._core import CampaignDayPolicy, CampaignStockLine, Roster, Shift, roster_solver_available
from .campaign_readiness import (
    ASSUMED_CAMPAIGN_HOURLY_SHARE,
    CampaignDay,
    RosterTimeLimitWarning,
    campaign_day,
    campaign_hours,
    campaign_stock,
    roster,
    roster_frame,
)
from ._core import (
    DayFigures,
    RevenueVariance,
    ShippingRules,
    catch_up,
    plan_for_days,
    split_revenue_variance,
)
from .tracking import (
    DAILY_COLUMN_NAMES,
    MissingDaysWarning,
    PlanVsActual,
    calibrate,
    example_daily_report,
    fitted_inputs,
    read_daily,
    reforecast,
    synthetic_daily,
    track,
)
from .orders import ORDER_COLUMN_NAMES, late_shipments, read_orders
from .plan_workbook import load_plan, save_plan
from .review import (
    MonthReview,
    ReviewData,
    WeekReview,
    forecast_history,
    month_review,
    week_review,
)
from .store import Store, open_store
from .store_example import example_store

__version__: str = _core.__version__

__all__ = [
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


def _guard_keywords() -> None:
    """The package's own Python functions name the nearest keyword for one they do not take."""
    import types as _types

    from ._arguments import keywords

    for _name in __all__:
        _member = globals().get(_name)
        if (isinstance(_member, _types.FunctionType) and _member.__module__.startswith("storeops.")
                and not hasattr(_member, "__wrapped__")):  # the core's own are guarded already
            globals()[_name] = keywords(_member)


_guard_keywords()
