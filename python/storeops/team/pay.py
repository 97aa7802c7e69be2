"""Payslips and payrolls as DataFrames, and reforms compared side by side.

A reform changes a rule, not a formula::

    plan = storeops.presets.tmall_2014()
    reform = storeops.presets.tmall_2014()
    reform.pay.update_role("cs_agent", commission_rate=0.003)
    team = plan.staffing.headcount(60_000, 160)
    figures = dict(customer_service_sales=400_000, silent_sales=100_000, store_revenue=600_000)
    storeops.pay.compare(plan.pay.payroll(team, **figures), reform.pay.payroll(team, **figures))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storeops._core import Payroll, PayPolicy, Payslip, RolePay

if TYPE_CHECKING:
    import pandas as pd

#: Payslip columns, in yuan (floats rounded to the fen).
AMOUNTS = (
    "base",
    "position_allowance",
    "benefits",
    "extra_reward",
    "commission",
    "bonus",
    "deductions",
    "minimum_wage_top_up",
    "total",
)


def payslip_frame(slip: Payslip) -> pd.DataFrame:
    """A payslip's explanation as a table: item, rule, amount (yuan)."""
    import pandas as pd

    rows = [{"item": line.item, "rule": line.rule, "amount": line.amount.yuan} for line in slip.lines]
    rows.append({"item": "total", "rule": "total", "amount": slip.total.yuan})
    return pd.DataFrame(rows, columns=["item", "rule", "amount"])


def payroll_frame(payroll: Payroll, *, labels: str = "en") -> pd.DataFrame:
    """One row per person: person (the name on the assessment sheet the payroll followed, else
    the person's number), role, department, then every amount in yuan.
    ``labels="zh"`` names the columns as a Chinese payroll sheet does (底薪, 提成, 奖金, ...)."""
    import pandas as pd

    from storeops.core.labels import rename

    rows = []
    for person, slip in zip(payroll.names, payroll.payslips):  # names from the sheet, else 1, 2
        row: dict[str, Any] = {"person": person, "role": slip.role, "department": slip.department}
        for name in AMOUNTS:
            row[name] = getattr(slip, name).yuan
        rows.append(row)
    return rename(pd.DataFrame(rows, columns=["person", "role", "department", *AMOUNTS]), labels)


def department_frame(payroll: Payroll) -> pd.DataFrame:
    """Pay per department, with each department's share of the payroll."""
    import pandas as pd

    total = payroll.total
    rows = [
        {"department": d, "pay": m.yuan, "share": m / total if total.fen else 0.0}
        for d, m in payroll.by_department.items()
    ]
    return pd.DataFrame(rows, columns=["department", "pay", "share"])


def compare(before: Payroll, after: Payroll, *, labels: tuple[str, str] = ("before", "after")) -> pd.DataFrame:
    """Two payrolls of the same team side by side: each person's total under both, and the
    difference; a last row sums them."""
    import pandas as pd

    if len(before) != len(after):
        raise ValueError(
            f"the payrolls have {len(before)} and {len(after)} people; compare the same team"
        )
    a, b = labels
    rows = []
    for person, (x, y) in enumerate(zip(before.payslips, after.payslips), start=1):
        if x.role != y.role:
            raise ValueError(f"person {person} is {x.role} in one payroll and {y.role} in the other")
        rows.append({"person": person, "role": x.role, a: x.total.yuan, b: y.total.yuan,
                     "difference": (y.total - x.total).yuan})
    rows.append({"person": "all", "role": "", a: before.total.yuan, b: after.total.yuan,
                 "difference": (after.total - before.total).yuan})
    return pd.DataFrame(rows, columns=["person", "role", a, b, "difference"])


def update_role(policy: PayPolicy, role: str, **changes: Any) -> RolePay:
    """Change some fields of one role's pay rule (base, commission_rate, ...) and return the
    new rule. Unknown fields raise ValueError naming the valid ones."""
    fields = ("base", "position_allowance", "benefits", "extra_reward", "commission",
              "commission_rate", "rating_bonus")
    unknown = sorted(set(changes) - set(fields))
    if unknown:
        raise ValueError(f"unknown RolePay field(s) {unknown}; valid: {', '.join(fields)}")
    old = policy.role(role)
    values = {name: getattr(old, name) for name in fields}
    values.update(changes)
    rule = RolePay(role=role, **values)
    policy.set_role(rule)
    return rule


def _payslip_to_frame(self: Payslip) -> pd.DataFrame:
    return payslip_frame(self)


def _payroll_to_frame(self: Payroll, *, labels: str = "en") -> pd.DataFrame:
    return payroll_frame(self, labels=labels)


def _payroll_plot(self: Payroll, ax: Any = None, *, labels: str = "en") -> Any:
    """Pay by department, a bar each, in yuan (``labels="zh"``: in Chinese)."""
    from storeops.core.labels import check_labels, name_of
    from storeops.outputs.plots import axes, finish, text, yuan_axis

    check_labels(labels)
    ax = axes(ax)
    frame = department_frame(self)
    ax.bar([name_of(d, labels) for d in frame["department"]], frame["pay"], color="#4c72b0")
    yuan_axis(ax)
    ax.set_title(text("payroll", labels, total=self.total))
    ax.tick_params(axis="x", labelrotation=20)
    return finish(ax, labels)


def _update_role(self: PayPolicy, role: str, **changes: Any) -> RolePay:
    return update_role(self, role, **changes)


setattr(Payslip, "to_frame", _payslip_to_frame)  # a Python method on a compiled class
setattr(Payroll, "to_frame", _payroll_to_frame)  # a Python method on a compiled class
setattr(Payroll, "plot", _payroll_plot)  # a Python method on a compiled class
setattr(PayPolicy, "update_role", _update_role)  # a Python method on a compiled class

__all__ = ["AMOUNTS", "compare", "department_frame", "payroll_frame", "payslip_frame", "update_role"]

