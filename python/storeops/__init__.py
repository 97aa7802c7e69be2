"""storeops: plan and run an online marketplace store (Tmall, Taobao).

Money is exact (integer fen, see :class:`Money`); every bad input raises :class:`Error`
(a ``ValueError``) naming the field and the value.
"""

from __future__ import annotations

try:
    from . import _core
except ImportError as err:  # pragma: no cover - only on a broken install
    raise ImportError(
        "storeops' compiled core (storeops._core) did not import. Rebuild the package with "
        "`pip install .` from the source tree (it needs a C++20 compiler and Eigen: "
        "`make test` installs both)."
    ) from err

from . import erlang, metrics, pay, presets, staffing
from ._core import (
    DEPARTMENTS,
    ROLES,
    CreditLevel,
    DailyReport,
    DepartmentStaff,
    Dsr,
    DsrRating,
    Error,
    Finding,
    Funnel,
    Headcount,
    KpiMultiplier,
    InquiryFunnel,
    Money,
    MoneyOverflowError,
    OrderBand,
    PayLine,
    PayPolicy,
    Payroll,
    Payslip,
    Plan,
    RatingBonusRule,
    RevenueTier,
    RolePay,
    StaffingPolicy,
    TierCostShare,
    TrafficTarget,
    TrafficTargets,
    check,
    check_staffing,
    credit_level,
    credit_points,
    department_of,
    dsr_over,
    sum_money,
)
from .report import daily_report_frame, traffic_target

__version__: str = _core.__version__

__all__ = [
    "DEPARTMENTS",
    "ROLES",
    "CreditLevel",
    "DailyReport",
    "DepartmentStaff",
    "Dsr",
    "DsrRating",
    "Error",
    "Finding",
    "Funnel",
    "Headcount",
    "KpiMultiplier",
    "InquiryFunnel",
    "Money",
    "MoneyOverflowError",
    "OrderBand",
    "PayLine",
    "PayPolicy",
    "Payroll",
    "Payslip",
    "Plan",
    "RatingBonusRule",
    "RevenueTier",
    "RolePay",
    "StaffingPolicy",
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
    "metrics",
    "pay",
    "presets",
    "staffing",
    "sum_money",
    "traffic_target",
]
