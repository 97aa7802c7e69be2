# Type stubs of the compiled core, storeops._core (hand-written, checked by the tests).
import datetime
import os
from decimal import Decimal
from typing import Any, Iterable, Iterator, Mapping, SupportsIndex, Union, overload

import numpy as np
import numpy.typing as npt

_Yuan = Union[Money, int, float, str, Decimal]

__version__: str

class Error(ValueError): ...
class MoneyOverflowError(Error, OverflowError): ...

class Money:
    def __init__(self, yuan: _Yuan = 0) -> None: ...
    @staticmethod
    def from_yuan(yuan: _Yuan) -> Money: ...
    @staticmethod
    def from_fen(fen: SupportsIndex) -> Money: ...
    @property
    def fen(self) -> int: ...
    @property
    def yuan(self) -> float: ...
    @property
    def decimal(self) -> Decimal: ...
    def __add__(self, other: _Yuan) -> Money: ...
    def __radd__(self, other: _Yuan) -> Money: ...
    def __sub__(self, other: _Yuan) -> Money: ...
    def __rsub__(self, other: _Yuan) -> Money: ...
    def __neg__(self) -> Money: ...
    def __pos__(self) -> Money: ...
    def __abs__(self) -> Money: ...
    def __bool__(self) -> bool: ...
    def __mul__(self, factor: int | float) -> Money: ...
    def __rmul__(self, factor: int | float) -> Money: ...
    @overload
    def __truediv__(self, other: Money) -> float: ...
    @overload
    def __truediv__(self, other: int | float) -> Money: ...
    def __lt__(self, other: Money | int | float) -> bool: ...
    def __le__(self, other: Money | int | float) -> bool: ...
    def __gt__(self, other: Money | int | float) -> bool: ...
    def __ge__(self, other: Money | int | float) -> bool: ...
    def __hash__(self) -> int: ...
    def __format__(self, spec: str) -> str: ...

def sum_money(amounts: Iterable[_Yuan]) -> Money: ...

class Funnel:
    def __init__(
        self, *, visitors: float, conversion_rate: float, average_order_value: _Yuan
    ) -> None: ...
    @property
    def visitors(self) -> float: ...
    @property
    def conversion_rate(self) -> float: ...
    @property
    def average_order_value(self) -> Money: ...
    @property
    def orders(self) -> float: ...
    @property
    def revenue(self) -> Money: ...
    @property
    def uv_value(self) -> Money: ...

class InquiryFunnel:
    def __init__(
        self,
        *,
        visitors: float,
        inquiry_rate: float,
        inquiry_conversion: float,
        silent_conversion: float,
        average_order_value: _Yuan,
    ) -> None: ...
    @property
    def visitors(self) -> float: ...
    @property
    def inquiry_rate(self) -> float: ...
    @property
    def inquiry_conversion(self) -> float: ...
    @property
    def silent_conversion(self) -> float: ...
    @property
    def average_order_value(self) -> Money: ...
    @property
    def inquiries(self) -> float: ...
    @property
    def inquiry_orders(self) -> float: ...
    @property
    def silent_orders(self) -> float: ...
    @property
    def orders(self) -> float: ...
    @property
    def conversion_rate(self) -> float: ...
    @property
    def revenue(self) -> Money: ...
    @property
    def silent_revenue(self) -> Money: ...
    @property
    def inquiry_revenue(self) -> Money: ...
    def funnel(self) -> Funnel: ...

class metrics:
    @staticmethod
    def reply_rate(replied: float, received: float) -> float: ...
    @staticmethod
    def success_rate(paid: float, presale_received: float) -> float: ...
    @staticmethod
    def satisfaction(positive_reviews: float, customers: float) -> float: ...
    @staticmethod
    def conversion_rate(buyers: float, visitors: float) -> float: ...
    @staticmethod
    def good_review_rate(positive: float, neutral: float, negative: float) -> float: ...
    @staticmethod
    def bounce_rate(single_page_visits: float, visits: float) -> float: ...
    @staticmethod
    def visit_depth(page_views: float, visitors: float) -> float: ...
    @staticmethod
    def ctr(clicks: float, impressions: float) -> float: ...
    @staticmethod
    def cpc(spend: _Yuan, clicks: float) -> Money: ...
    @staticmethod
    def cpm(spend: _Yuan, impressions: float) -> Money: ...
    @staticmethod
    def roi(attributed_revenue: _Yuan, spend: _Yuan) -> float: ...
    @staticmethod
    def breakeven_roi(contribution_margin: float) -> float: ...
    @staticmethod
    def average_order_value(revenue: _Yuan, buyers: float) -> Money: ...
    @staticmethod
    def uv_value(revenue: _Yuan, visitors: float) -> Money: ...

class CreditLevel:
    def __init__(self, tier: str = "none", count: int = 0) -> None: ...
    @property
    def tier(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def rank(self) -> int: ...
    @property
    def lower_bound_points(self) -> int | None: ...
    @staticmethod
    def from_rank(rank: int) -> CreditLevel: ...
    def __lt__(self, other: CreditLevel) -> bool: ...
    def __le__(self, other: CreditLevel) -> bool: ...
    def __gt__(self, other: CreditLevel) -> bool: ...
    def __ge__(self, other: CreditLevel) -> bool: ...
    def __hash__(self) -> int: ...

def credit_level(points: int) -> CreditLevel: ...
def credit_points(positive: int, neutral: int, negative: int) -> int: ...

class TrafficTarget:
    def __init__(
        self, *, from_level: CreditLevel, monthly_visitors: int, daily_visitors: int
    ) -> None: ...
    @property
    def from_level(self) -> CreditLevel: ...
    @property
    def monthly_visitors(self) -> int: ...
    @property
    def daily_visitors(self) -> int: ...

class TrafficTargets:
    def __init__(self, rows: list[TrafficTarget]) -> None: ...
    @property
    def rows(self) -> list[TrafficTarget]: ...
    def for_level(self, level: CreditLevel) -> TrafficTarget: ...
    def for_points(self, points: int) -> TrafficTarget: ...

class presets:
    @staticmethod
    def traffic_targets_2014() -> TrafficTargets: ...
    @staticmethod
    def staffing_2014() -> StaffingPolicy: ...
    @staticmethod
    def tmall_2014() -> Plan: ...
    @staticmethod
    def pay_2014() -> PayPolicy: ...
    @staticmethod
    def lifecycle_2014() -> Lifecycle: ...
    @staticmethod
    def investments_2014() -> list[Investment]: ...

class Dsr:
    def __init__(
        self, *, described: float = 5.0, service: float = 5.0, shipping: float = 5.0
    ) -> None: ...
    @property
    def described(self) -> float: ...
    @property
    def service(self) -> float: ...
    @property
    def shipping(self) -> float: ...

class DsrRating:
    def __init__(
        self, *, day: datetime.date, described: int, service: int, shipping: int
    ) -> None: ...
    @property
    def day(self) -> datetime.date: ...
    @property
    def described(self) -> int: ...
    @property
    def service(self) -> int: ...
    @property
    def shipping(self) -> int: ...

def dsr_over(
    ratings: list[DsrRating], as_of: datetime.date, window_days: int = 180
) -> Dsr: ...

class DailyReport:
    @staticmethod
    def from_counts(
        *,
        date: datetime.date,
        page_views: float,
        visitors: float,
        buyers: float,
        units: float,
        sales: _Yuan,
        dsr: Dsr = ...,
        home_page_visits: float,
        home_page_single_page_visits: float,
    ) -> DailyReport: ...
    @property
    def date(self) -> datetime.date: ...
    @property
    def page_views(self) -> float: ...
    @property
    def visitors(self) -> float: ...
    @property
    def sales(self) -> Money: ...
    @property
    def units(self) -> float: ...
    @property
    def buyers(self) -> float: ...
    @property
    def conversion_rate(self) -> float: ...
    @property
    def average_order_value(self) -> Money: ...
    @property
    def dsr(self) -> Dsr: ...
    @property
    def visit_depth(self) -> float: ...
    @property
    def home_page_bounce_rate(self) -> float: ...

DEPARTMENTS: tuple[str, ...]
ROLES: tuple[str, ...]

def department_of(role: str) -> str: ...

class Headcount(Mapping[str, int]):
    def __getitem__(self, department: str) -> int: ...
    def __iter__(self) -> Iterator[str]: ...
    def __len__(self) -> int: ...
    def to_dict(self) -> dict[str, int]: ...
    @property
    def total(self) -> int: ...
    @property
    def roles(self) -> dict[str, int]: ...

class DepartmentStaff:
    def __init__(self, *, department: str, roles: dict[str, int], cost: _Yuan) -> None: ...
    @property
    def department(self) -> str: ...
    @property
    def roles(self) -> dict[str, int]: ...
    @property
    def cost(self) -> Money: ...
    @property
    def headcount(self) -> int: ...

class RevenueTier:
    def __init__(
        self,
        *,
        monthly_revenue: _Yuan,
        budget: _Yuan,
        departments: list[DepartmentStaff],
        stated_cost: _Yuan = 0,
    ) -> None: ...
    @property
    def monthly_revenue(self) -> Money: ...
    @property
    def budget(self) -> Money: ...
    @property
    def departments(self) -> list[DepartmentStaff]: ...
    @property
    def stated_cost(self) -> Money: ...
    @property
    def department_cost(self) -> Money: ...
    @property
    def personnel_cost(self) -> Money: ...

class OrderBand:
    def __init__(
        self, *, department: str, low: float, high: float, add: int = 1, note: str = ""
    ) -> None: ...
    @property
    def department(self) -> str: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...
    @property
    def add(self) -> int: ...
    @property
    def note(self) -> str: ...

class TierCostShare:
    @property
    def monthly_revenue(self) -> Money: ...
    @property
    def budget(self) -> Money: ...
    @property
    def department_cost(self) -> Money: ...
    @property
    def personnel_cost(self) -> Money: ...
    @property
    def share(self) -> float: ...

class StaffingPolicy:
    def __init__(
        self,
        *,
        tiers: list[RevenueTier],
        bands: list[OrderBand],
        trigger: float = 0.0,
        combine: str = "max",
        hiring_lag_months: int = 1,
        allow_shrink: bool = False,
    ) -> None: ...
    tiers: list[RevenueTier]
    bands: list[OrderBand]
    trigger: float
    combine: str
    hiring_lag_months: int
    allow_shrink: bool
    def headcount(self, monthly_revenue: _Yuan, orders_per_day: float) -> Headcount: ...
    def headcount_batch(
        self, monthly_revenue: npt.ArrayLike, orders_per_day: npt.ArrayLike
    ) -> npt.NDArray[np.int32]: ...
    def staff_over_time(self, needs: list[Headcount]) -> list[Headcount]: ...
    def tier_cost_shares(self) -> list[TierCostShare]: ...
    def to_frame(self) -> Any: ...

class Assumption:
    @property
    def field(self) -> str: ...
    @property
    def note(self) -> str: ...

class Correction:
    @property
    def field(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def source(self) -> str: ...

class Plan:
    name: str
    market: MarketAssumptions
    staffing: StaffingPolicy
    pay: PayPolicy
    fees: PlatformFees
    costs: CostStructure
    stages: Lifecycle
    investments: list[Investment]
    traffic_targets: TrafficTargets
    @property
    def assumptions(self) -> list[Assumption]: ...
    @property
    def corrections(self) -> list[Correction]: ...
    @property
    def initial_investment(self) -> Money: ...
    def to_json(self, indent: int = 2) -> str: ...
    @staticmethod
    def from_json(text: str) -> Plan: ...
    def save(self, path: str | os.PathLike[str]) -> None: ...
    def validate(self) -> None: ...

def load_plan(path: str | os.PathLike[str]) -> Plan: ...

class Finding:
    @property
    def severity(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def source(self) -> str: ...

def check(plan: Plan) -> list[Finding]: ...
def check_staffing(
    staffing: StaffingPolicy, rule_low: float = 0.06, rule_high: float = 0.07
) -> list[Finding]: ...

_Num = Union[float, npt.ArrayLike]

class erlang:
    @staticmethod
    def agents_required(
        arrivals_per_hour: _Num,
        handle_time_s: _Num,
        service_level: _Num = 0.8,
        answer_within_s: _Num = 30.0,
        concurrency: _Num = 1,
        max_occupancy: _Num = 1.0,
        shrinkage: _Num = 0.0,
    ) -> Any: ...
    @staticmethod
    def service_level(
        agents: _Num,
        arrivals_per_hour: _Num,
        handle_time_s: _Num,
        answer_within_s: _Num,
        concurrency: _Num = 1,
    ) -> Any: ...
    @staticmethod
    def wait_probability(
        agents: _Num, arrivals_per_hour: _Num, handle_time_s: _Num, concurrency: _Num = 1
    ) -> Any: ...
    @staticmethod
    def average_speed_of_answer(
        agents: _Num, arrivals_per_hour: _Num, handle_time_s: _Num, concurrency: _Num = 1
    ) -> Any: ...
    @staticmethod
    def occupancy(
        agents: _Num, arrivals_per_hour: _Num, handle_time_s: _Num, concurrency: _Num = 1
    ) -> Any: ...
    @staticmethod
    def peak_hour_arrivals(daily_inquiries: _Num, peak_hour_share: _Num = 0.12) -> Any: ...
    @staticmethod
    def agents_for_daily_inquiries(
        daily_inquiries: _Num,
        handle_time_s: _Num,
        service_level: _Num = 0.8,
        answer_within_s: _Num = 30.0,
        concurrency: _Num = 1,
        max_occupancy: _Num = 1.0,
        shrinkage: _Num = 0.0,
        peak_hour_share: _Num = 0.12,
    ) -> Any: ...

class RolePay:
    def __init__(
        self,
        *,
        role: str,
        base: _Yuan,
        position_allowance: _Yuan = 0,
        benefits: _Yuan = 0,
        extra_reward: _Yuan = 0,
        commission: str = "none",
        commission_rate: float = 0.0,
        rating_bonus: bool = False,
    ) -> None: ...
    @property
    def role(self) -> str: ...
    @property
    def base(self) -> Money: ...
    @property
    def position_allowance(self) -> Money: ...
    @property
    def benefits(self) -> Money: ...
    @property
    def extra_reward(self) -> Money: ...
    @property
    def commission(self) -> str: ...
    @property
    def commission_rate(self) -> float: ...
    @property
    def rating_bonus(self) -> bool: ...

class RatingBonusRule:
    def __init__(
        self,
        *,
        bonus: _Yuan = 500,
        per_neutral: _Yuan = 100,
        per_negative: _Yuan = 300,
        per_tenth_up: _Yuan = 100,
        per_tenth_down: _Yuan = 200,
    ) -> None: ...
    @property
    def bonus(self) -> Money: ...
    @property
    def per_neutral(self) -> Money: ...
    @property
    def per_negative(self) -> Money: ...
    @property
    def per_tenth_up(self) -> Money: ...
    @property
    def per_tenth_down(self) -> Money: ...

class KpiMultiplier:
    def __init__(
        self,
        *,
        department: str,
        kpi: str,
        threshold: float,
        factor: float,
        below: bool = True,
        applies_to: str = "commission",
    ) -> None: ...
    @property
    def department(self) -> str: ...
    @property
    def kpi(self) -> str: ...
    @property
    def threshold(self) -> float: ...
    @property
    def factor(self) -> float: ...
    @property
    def below(self) -> bool: ...
    @property
    def applies_to(self) -> str: ...

class PayLine:
    @property
    def item(self) -> str: ...
    @property
    def rule(self) -> str: ...
    @property
    def amount(self) -> Money: ...

class Payslip:
    @property
    def role(self) -> str: ...
    @property
    def department(self) -> str: ...
    @property
    def base(self) -> Money: ...
    @property
    def position_allowance(self) -> Money: ...
    @property
    def benefits(self) -> Money: ...
    @property
    def extra_reward(self) -> Money: ...
    @property
    def commission(self) -> Money: ...
    @property
    def bonus(self) -> Money: ...
    @property
    def deductions(self) -> Money: ...
    @property
    def minimum_wage_top_up(self) -> Money: ...
    @property
    def total(self) -> Money: ...
    @property
    def lines(self) -> list[PayLine]: ...
    def explanation(self) -> str: ...
    def to_frame(self) -> Any: ...

class Payroll:
    @property
    def payslips(self) -> list[Payslip]: ...
    @property
    def by_department(self) -> dict[str, Money]: ...
    @property
    def total(self) -> Money: ...
    @property
    def pool(self) -> Money: ...
    @property
    def pool_paid(self) -> Money: ...
    @property
    def store_revenue(self) -> Money: ...
    @property
    def payroll_to_revenue(self) -> float: ...
    def __len__(self) -> int: ...
    def to_frame(self) -> Any: ...

class PayPolicy:
    def __init__(
        self,
        *,
        roles: list[RolePay],
        rating: RatingBonusRule = ...,
        pool_rate: float = 0.01,
        pool_departments: list[str] = ...,
        minimum_wage: _Yuan = 0,
        kpi_multipliers: list[KpiMultiplier] = ...,
    ) -> None: ...
    def role(self, role: str) -> RolePay: ...
    def set_role(self, rule: RolePay) -> None: ...
    def update_role(self, role: str, **changes: Any) -> RolePay: ...
    @property
    def roles(self) -> list[RolePay]: ...
    rating: RatingBonusRule
    pool_rate: float
    pool_departments: list[str]
    minimum_wage: Money
    kpi_multipliers: list[KpiMultiplier]
    def payslip(
        self,
        role: str,
        personal_sales: _Yuan = 0,
        team_sales: _Yuan = 0,
        pool_share: _Yuan = 0,
        neutral_reviews: int = 0,
        negative_reviews: int = 0,
        rating_change: float = 0.0,
        kpis: dict[str, float] | None = None,
    ) -> Payslip: ...
    def payroll(
        self,
        headcount: Headcount,
        *,
        customer_service_sales: _Yuan = 0,
        agent_sales: list[_Yuan] | None = None,
        silent_sales: _Yuan = 0,
        store_revenue: _Yuan = 0,
        neutral_reviews: list[int] | None = None,
        negative_reviews: list[int] | None = None,
        rating_change: float = 0.0,
        kpis: dict[str, dict[str, float]] | None = None,
    ) -> Payroll: ...

STAGES: tuple[str, ...]

class AnnualFeeRefund:
    def __init__(self, *, yearly_sales: _Yuan, share: float) -> None: ...
    @property
    def yearly_sales(self) -> Money: ...
    @property
    def share(self) -> float: ...

class PlatformFees:
    def __init__(
        self,
        *,
        deposit: _Yuan,
        annual_fee: _Yuan,
        commission_rate: float,
        annual_fee_refunds: list[AnnualFeeRefund] = ...,
    ) -> None: ...
    @staticmethod
    def tmall(all_registered_marks: bool = False) -> PlatformFees: ...
    @property
    def deposit(self) -> Money: ...
    @property
    def annual_fee(self) -> Money: ...
    @property
    def commission_rate(self) -> float: ...
    @property
    def annual_fee_refunds(self) -> list[AnnualFeeRefund]: ...
    def annual_fee_refund(self, yearly_sales: _Yuan) -> Money: ...

class CostStructure:
    def __init__(
        self,
        *,
        gross_margin: float,
        promotion: float,
        personnel: float,
        commission: float,
        shipping_packaging: float,
        tax: float,
        other: float,
    ) -> None: ...
    @staticmethod
    def tmall_2014() -> CostStructure: ...
    @property
    def gross_margin(self) -> float: ...
    @property
    def promotion(self) -> float: ...
    @property
    def personnel(self) -> float: ...
    @property
    def commission(self) -> float: ...
    @property
    def shipping_packaging(self) -> float: ...
    @property
    def tax(self) -> float: ...
    @property
    def other(self) -> float: ...
    @property
    def net_margin(self) -> float: ...
    @property
    def contribution_margin(self) -> float: ...

def payback_month(initial_investment: _Yuan, monthly_cash_flows: Iterable[_Yuan]) -> int | None: ...

class MonthStatement:
    revenue: Money
    refunds: Money
    net_sales: Money
    cost_of_goods: Money
    gross_profit: Money
    platform_commission: Money
    annual_fee: Money
    promotion_spend: Money
    promotion_by_channel: dict[str, Money]
    payroll: Money
    shipping_packaging: Money
    tax: Money
    other: Money
    operating_profit: Money
    deposits: Money
    one_off_purchases: Money
    cash_flow: Money

def month_statement(
    fees: PlatformFees,
    costs: CostStructure,
    *,
    revenue: _Yuan,
    refund_rate: float = 0.0,
    promotion: dict[str, _Yuan] | None = None,
    payroll: _Yuan = 0,
    annual_fee_due: bool = False,
    annual_fee_refund: _Yuan = 0,
    deposits_paid: _Yuan = 0,
    deposits_returned: _Yuan = 0,
    one_off_purchases: _Yuan = 0,
) -> MonthStatement: ...

class StagePlan:
    def __init__(
        self,
        *,
        stage: str,
        revenue_target: _Yuan = 0,
        min_months: int = 0,
        ad_budget: _Yuan = 0,
        software: _Yuan = 0,
        hires: dict[str, int] = ...,
        notes: str = "",
    ) -> None: ...
    @property
    def stage(self) -> str: ...
    @property
    def revenue_target(self) -> Money: ...
    @property
    def min_months(self) -> int: ...
    @property
    def ad_budget(self) -> Money: ...
    @property
    def software(self) -> Money: ...
    @property
    def hires(self) -> dict[str, int]: ...
    @property
    def notes(self) -> str: ...

class Lifecycle:
    def __init__(self, stages: list[StagePlan], confirm_months: int = 1) -> None: ...
    @property
    def stages(self) -> list[StagePlan]: ...
    @property
    def confirm_months(self) -> int: ...
    def plan_of(self, stage: str) -> StagePlan: ...

class StageTracker:
    def __init__(self, lifecycle: Lifecycle) -> None: ...
    @property
    def stage(self) -> str: ...
    @property
    def final_target_met(self) -> bool: ...
    def record(self, revenue: _Yuan) -> bool: ...

class Investment:
    def __init__(
        self, *, name: str, amount: _Yuan, month: int, refundable: bool = False, source: str = ""
    ) -> None: ...
    @property
    def name(self) -> str: ...
    @property
    def amount(self) -> Money: ...
    @property
    def month(self) -> int: ...
    @property
    def refundable(self) -> bool: ...
    @property
    def source(self) -> str: ...

class HitCandidateRule:
    def __init__(
        self,
        *,
        min_weekly_visitors: float = 3000.0,
        min_conversion_rate: float = 0.03,
        bounce_below_store_average: bool = True,
    ) -> None: ...
    @property
    def min_weekly_visitors(self) -> float: ...
    @property
    def min_conversion_rate(self) -> float: ...
    @property
    def bounce_below_store_average(self) -> bool: ...

class HitCheck:
    @property
    def item(self) -> str: ...
    @property
    def candidate(self) -> bool: ...
    @property
    def conversion_rate(self) -> float: ...
    @property
    def failed(self) -> list[str]: ...

def hit_candidate(
    *,
    item: str,
    visitors: float,
    buyers: float,
    bounce_rate: float,
    store_bounce_rate: float,
    rule: HitCandidateRule = ...,
) -> HitCheck: ...

UNCERTAIN_INPUTS: tuple[str, ...]
MONTE_CARLO_COLUMNS: tuple[str, ...]

class Uncertain:
    def __init__(
        self,
        value: float,
        *,
        distribution: str = "fixed",
        spread: float = 0.0,
        low: float = 0.0,
        high: float = 0.0,
    ) -> None: ...
    @staticmethod
    def fixed(value: float) -> Uncertain: ...
    @staticmethod
    def lognormal(median: float, spread: float) -> Uncertain: ...
    @staticmethod
    def normal(mean: float, sd: float, low: float, high: float) -> Uncertain: ...
    @staticmethod
    def uniform(low: float, high: float) -> Uncertain: ...
    @staticmethod
    def triangular(low: float, mode: float, high: float) -> Uncertain: ...
    @property
    def value(self) -> float: ...
    @property
    def distribution(self) -> str: ...
    @property
    def spread(self) -> float: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...
    def quantile(self, q: float) -> float: ...

class CampaignMonth:
    def __init__(
        self,
        *,
        month_of_year: int,
        name: str = "",
        traffic_multiplier: float = 1.0,
        conversion_multiplier: float = 1.0,
    ) -> None: ...
    @property
    def month_of_year(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def traffic_multiplier(self) -> float: ...
    @property
    def conversion_multiplier(self) -> float: ...

class MarketAssumptions:
    def __init__(self) -> None: ...
    start_month: int
    days_in_month: float
    organic_start: Uncertain
    organic_growth: Uncertain
    organic_market_cap: float
    paid_spillover: float
    cpc: Uncertain
    search_half_saturation: float
    cpm: Uncertain
    display_ctr: float
    display_half_saturation: float
    adstock: float
    hill_shape: float
    search_share: float
    affiliate_share: float
    affiliate_commission: float
    repeat_visits: float
    customer_churn: float
    inquiry_rate: Uncertain
    inquiry_conversion: Uncertain
    silent_conversion: Uncertain
    average_order_value: Uncertain
    refund_rate: Uncertain
    review_share: float
    neutral_share: float
    negative_share: float
    rating_change: float
    ad_trial_months: int
    promotion_share: float
    seasonality: list[float]
    campaigns: list[CampaignMonth]
    def validate(self) -> None: ...

class SimulationResult:
    @property
    def payback_month(self) -> int | None: ...
    @property
    def stage_start(self) -> dict[str, int | None]: ...
    def columns(self) -> dict[str, Any]: ...
    def staff(self, month: int) -> Headcount: ...
    def month_figures(self, month: int) -> dict[str, Any]: ...
    def __len__(self) -> int: ...

class MonteCarloResult:
    visitors: npt.NDArray[np.float64]
    orders: npt.NDArray[np.float64]
    orders_per_day: npt.NDArray[np.float64]
    revenue: npt.NDArray[np.float64]
    headcount: npt.NDArray[np.float64]
    payroll: npt.NDArray[np.float64]
    promotion_spend: npt.NDArray[np.float64]
    platform_fees: npt.NDArray[np.float64]
    gross_profit: npt.NDArray[np.float64]
    operating_profit: npt.NDArray[np.float64]
    cash_flow: npt.NDArray[np.float64]
    cumulative_cash: npt.NDArray[np.float64]
    stage: npt.NDArray[np.int8]
    payback_months: npt.NDArray[np.float64]
    def quantiles(self, column: str, q: list[float] = ...) -> npt.NDArray[np.float64]: ...
    def stage_probability(self) -> npt.NDArray[np.float64]: ...

class Swing:
    input: str
    low_value: float
    high_value: float
    low_result: float
    high_result: float

def _simulate(plan: Plan, months: int = 36, seed: int | None = None) -> SimulationResult: ...
def _monte_carlo(
    plan: Plan,
    runs: int,
    months: int = 36,
    seed: int = 0,
    threads: int = 0,
    progress: Any = None,
    first_run: int = 0,
) -> MonteCarloResult: ...
def _sensitivity(plan: Plan, months: int = 36, metric: str = "cumulative_cash") -> list[Swing]: ...

class ShopFacts:
    def __init__(
        self, *, credit_points: int = 0, good_review_rate: float = 1.0, consumer_protection: bool = False
    ) -> None: ...
    credit_points: int
    good_review_rate: float
    consumer_protection: bool

class ItemFacts:
    def __init__(self, **facts: Any) -> None: ...
    sales: int
    reviews: int
    quantity: int
    price: Money
    recorded_price: Money
    market_average_price: Money
    free_shipping: bool

class FailedCondition:
    condition: str
    required: str
    actual: str

class Eligibility:
    campaign: str
    eligible: bool
    failed: list[FailedCondition]
    def __bool__(self) -> bool: ...

class CampaignRule:
    name: str
    min_level: CreditLevel | None
    max_level: CreditLevel | None
    consumer_protection: bool
    min_good_review_rate: float | None
    min_sales: int | None
    min_reviews: int | None
    min_quantity: int | None
    max_quantity: int | None
    min_quantity_times_price: Money | None
    free_shipping: bool
    min_price_share: float | None
    max_price_share: float | None
    price_at_most_market_average: bool
    source: str

class campaigns:
    @staticmethod
    def rules() -> list[CampaignRule]: ...
    @staticmethod
    def check(name: str, shop: ShopFacts | dict[str, Any], item: ItemFacts | dict[str, Any]) -> Eligibility: ...

class PromotionKind:
    spend_and_save: PromotionKind
    second_half_price: PromotionKind
    coupon: PromotionKind
    member_discount: PromotionKind
    follow_shop: PromotionKind

class Promotion:
    @staticmethod
    def spend_and_save(threshold: _Yuan, discount: _Yuan, repeat: bool = False, name: str = "") -> Promotion: ...
    @staticmethod
    def coupon(threshold: _Yuan, discount: _Yuan, name: str = "") -> Promotion: ...
    @staticmethod
    def second_half_price(name: str = "") -> Promotion: ...
    @staticmethod
    def member_discount(price_share: float, name: str = "") -> Promotion: ...
    @staticmethod
    def follow_shop(discount: _Yuan = 5, name: str = "") -> Promotion: ...
    kind: PromotionKind
    name: str
    threshold: Money
    discount: Money
    rate: float
    repeat: bool

class DiscountLine:
    promotion: str
    amount: Money

class BasketPrice:
    list_total: Money
    discounts: Money
    goods_total: Money
    shipping: Money
    total: Money
    lines: list[DiscountLine]
    effective_discount: float
    below_floor: bool
    floor_note: str

def price_basket(
    basket: Iterable[tuple[str, _Yuan, int]],
    promotions: list[Promotion],
    *,
    shipping_fee: _Yuan = 0,
    free_shipping_over: _Yuan = 0,
    floor: float = 0.7,
    big_campaign: bool = False,
) -> BasketPrice: ...

class MemberTier:
    def __init__(self, *, name: str, from_spend: _Yuan, price_share: float) -> None: ...
    name: str
    from_spend: Money
    price_share: float

def member_tier(spend: _Yuan, tiers: list[MemberTier] | None = None) -> MemberTier: ...
def sbg_retention(alpha: float, beta: float, periods: int) -> npt.NDArray[np.float64]: ...
def _reactivation_plan(
    customers: list[tuple[str, datetime.date]],
    promotion: datetime.date,
    months: int,
    reminder: int,
    offer_from: int,
    offer_to: int,
) -> list[tuple[str, datetime.date, datetime.date, datetime.date, datetime.date]]: ...

class CampaignDayPlan:
    visitors: float
    conversion_rate: float
    orders: float
    revenue: Money
    stock_units: int
    prepacked_boxes: int
    peak_hour_inquiries: float
    agents: int

def plan_campaign_day(
    *,
    normal_visitors: float,
    normal_conversion: float,
    average_order_value: _Yuan,
    traffic_multiplier: float,
    conversion_multiplier: float = 1.0,
    units_per_order: float = 1.0,
    safety_stock: float = 0.2,
    prepacked_share: float = ...,
    inquiry_rate: float = 0.2,
    peak_hour_share: float = 0.12,
    handle_time_s: float = 180.0,
    concurrency: int = 3,
    service_level: float = 0.8,
    answer_within_s: float = 30.0,
) -> CampaignDayPlan: ...
