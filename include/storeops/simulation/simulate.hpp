#pragma once
/// The monthly engine (docs/model.md §8): runs a Plan forward month by month — traffic by
/// channel, conversion, revenue, refunds, reviews, staff with hiring lag, payroll from the pay
/// rules, the P&L and cash, stage transitions — once (`simulate`) or over many sampled
/// futures (`monte_carlo`). One month step serves both; it allocates nothing.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <storeops/market/credit.hpp>
#include <storeops/market/customers.hpp>
#include <storeops/plan/finance.hpp>
#include <storeops/market/assumptions.hpp>
#include <storeops/team/payroll.hpp>
#include <storeops/plan/plan.hpp>
#include <storeops/core/random.hpp>
#include <Eigen/Dense>

namespace storeops {

/// The uncertain inputs of one future, drawn once per run, and where its month-to-month
/// noise comes from.
struct Draw {
  double organic_start, organic_growth, cpc, cpm, inquiry_rate, inquiry_conversion,
      silent_conversion, average_order_value, refund_rate;
  /// A sampled future has noisy months (MarketAssumptions::noisy_months), drawn from the
  /// sub-stream (seed, run, month); the plan's own values have none.
  bool noisy = false;
  std::uint64_t seed = 0, run = 0;
  /// The share of hires who fail probation in this future (ProbationPolicy::failure_rate,
  /// drawn from its own stream so the inputs above draw as before); NaN: the plan's value.
  double probation_failure = NAN;

  /// The plan's own values (no sampling, no noise).
  static Draw of(const MarketAssumptions& m);
  /// One future's draw, input by input in the order of `uncertain_inputs` (the order of the
  /// random stream: changing it changes every sampled future). With correlations, `factor`
  /// is their Cholesky factor (MarketAssumptions::correlation_factor): nine normal scores
  /// are correlated by it and mapped through each input's own distribution.
  static Draw sample(const MarketAssumptions& m, Rng& rng,
                     const Eigen::Matrix<double, 9, 9>* factor = nullptr);
};

/// An uncertain input: its name, where the plan keeps it, where a draw holds it, and the
/// most it may be (rates are redrawn above 1).
struct UncertainInput {
  std::string_view name;
  Uncertain MarketAssumptions::*plan;
  double Draw::*draw;
  double max;
};

/// The uncertain inputs, once (storeops.UNCERTAIN_INPUTS in Python).
inline constexpr std::array<UncertainInput, 9> uncertain_inputs = {{
    {"organic_start", &MarketAssumptions::organic_start, &Draw::organic_start, INFINITY},
    {"organic_growth", &MarketAssumptions::organic_growth, &Draw::organic_growth, INFINITY},
    {"cpc", &MarketAssumptions::cpc, &Draw::cpc, INFINITY},
    {"cpm", &MarketAssumptions::cpm, &Draw::cpm, INFINITY},
    {"inquiry_rate", &MarketAssumptions::inquiry_rate, &Draw::inquiry_rate, 1.0},
    {"inquiry_conversion", &MarketAssumptions::inquiry_conversion, &Draw::inquiry_conversion, 1.0},
    {"silent_conversion", &MarketAssumptions::silent_conversion, &Draw::silent_conversion, 1.0},
    {"average_order_value", &MarketAssumptions::average_order_value, &Draw::average_order_value,
     INFINITY},
    {"refund_rate", &MarketAssumptions::refund_rate, &Draw::refund_rate, 1.0},
}};

inline Draw Draw::of(const MarketAssumptions& m) {
  Draw d{};
  for (const auto& u : uncertain_inputs) d.*(u.draw) = (m.*(u.plan)).value;
  return d;
}

static_assert([] {
  for (std::size_t i = 0; i < uncertain_inputs.size(); ++i)
    if (uncertain_inputs[i].name != uncertain_input_names[i]) return false;
  return true;
}(), "uncertain_inputs must list uncertain_input_names, in order");

inline Draw Draw::sample(const MarketAssumptions& m, Rng& rng,
                         const Eigen::Matrix<double, 9, 9>* factor) {
  Draw d{};
  if (!factor) {
    for (const auto& u : uncertain_inputs) d.*(u.draw) = (m.*(u.plan)).sample(rng, u.max);
    return d;
  }
  Eigen::Matrix<double, 9, 1> z;
  for (auto& x : z) x = rng.normal();
  const Eigen::Matrix<double, 9, 1> correlated = *factor * z;
  for (std::size_t i = 0; i < uncertain_inputs.size(); ++i) {
    const auto& u = uncertain_inputs[i];
    d.*(u.draw) = (m.*(u.plan)).inverse_cdf(normal_cdf(correlated(Eigen::Index(i))), u.max);
  }
  return d;
}

/// One month of one future. Money is exact; the visitor and order counts are expectations.
struct MonthRecord {
  int month = 0;  ///< 1-based
  Stage stage = Stage::setup;
  double organic = 0, search = 0, display = 0, affiliate = 0, returning = 0;
  double visitors = 0, inquiries = 0, orders = 0, silent_orders = 0, orders_per_day = 0;
  Money revenue, refunds, net_sales, gross_profit, platform_fees, promotion_spend, payroll,
      operating_profit, cash_flow, cumulative_cash;
  /// Deposits paid and one-off purchases (the investment schedule, stage software): what
  /// cash_flow takes off operating_profit. Payback sums operating_profit.
  Money deposits_and_purchases;
  Money inquiry_revenue, silent_revenue, search_spend, display_spend, affiliate_spend;
  Headcount staff;
  long neutral_reviews = 0, negative_reviews = 0;  ///< of inquiry orders: charged to CS pay
  std::int64_t credit_points = 0;
};

/// What every run of a plan shares, worked out once: the investments by month and the
/// customer retention curve.
struct Schedule {
  std::vector<Money> deposits, purchases;  ///< by month
  /// Campaign-day temporary staff by month (CampaignMonth::temporary_staff_cost): paid with
  /// the month's payroll once the store is open.
  std::vector<Money> temporary_staff;
  /// The share of a month's customers still in the base k months later (sBG plans only).
  std::vector<double> retention;
  explicit Schedule(const Plan& plan, int months)
      : deposits(std::size_t(months)), purchases(std::size_t(months)),
        temporary_staff(std::size_t(months)) {
    for (const auto& i : plan.investments)
      if (i.month < months) (i.refundable ? deposits : purchases)[std::size_t(i.month)] += i.amount;
    for (int t = 0; t < months; ++t)
      for (const auto& c : plan.market.campaigns)
        if (c.month_of_year == (plan.market.start_month - 1 + t) % 12 + 1)
          temporary_staff[std::size_t(t)] += c.temporary_staff_cost;
    if (plan.market.follows_sbg())
      retention = sbg_retention(plan.market.retention_alpha, plan.market.retention_beta, months);
  }
};

/// Where a store stands between two months: everything the months after depend on. A
/// simulation can end with one (SimulationResult::state) and another can start from it
/// (SimulationOptions::start): 10 months and then 26 from the state are the 36 months.
struct StoreState {
  int month = 0;        ///< months behind the store (the next month is month + 1)
  int months_open = 0;  ///< of them, months open for business (after setup)
  StageProgress stage;  ///< where the store is in its lifecycle
  std::size_t last_stage = 0;  ///< the stage index of the last month (a change buys software)
  Money cumulative_cash;
  Money last_revenue;          ///< the promotion budget after the trial is a share of it
  Money operating_profit_sum;  ///< summed since month 1: the payback test
  std::optional<int> payback_month;
  double organic = 0;       ///< organic visitors a month, before seasonality
  double search_stock = 0;  ///< adstocked 直通车 yuan
  double display_stock = 0; ///< adstocked 钻展 yuan
  double paid_before = 0;   ///< last month's paid visitors (sales momentum)
  double customers = 0;     ///< the customer base (geometric churn)
  double traffic_shock = 0; ///< last month's log-traffic shock (sampled futures; AR(1))
  std::int64_t credit_points = 0;
  Headcount employed;
  std::optional<Headcount> applied;  ///< the last staffing target applied
  /// The staffing needs of the last months, oldest first (as many as the hiring lag, or all
  /// months when fewer): a need is hired `hiring_lag_months` after it appears.
  std::vector<Headcount> needs;
  /// Orders of every month so far: the cohorts of the sBG customer curve (sBG plans only).
  std::vector<double> cohorts;
  friend bool operator==(const StoreState&, const StoreState&) = default;
};

/// A month's calendar effects: seasonality times the traffic lift of a campaign month (618,
/// 双11, 双12), and the campaign's conversion lift.
struct CalendarEffect {
  double traffic = 1, conversion = 1;
};

/// The calendar effects of month t + 1 (t months after the plan's first month).
inline CalendarEffect calendar_effect(const MarketAssumptions& m, int t) {
  const int moy = (m.start_month - 1 + t) % 12;
  CalendarEffect e{m.seasonality[std::size_t(moy)], 1.0};
  for (const auto& c : m.campaigns)
    if (c.month_of_year == moy + 1) {
      e.traffic *= c.traffic_multiplier;
      e.conversion *= c.conversion_multiplier;
    }
  return e;
}

/// The conversion rate the funnel gives (docs/model.md §2): inquiry and silent conversion
/// lifted by a campaign, each at most 1.
inline double conversion_rate(const Draw& d, double conversion_lift) {
  return d.inquiry_rate * std::min(1.0, d.inquiry_conversion * conversion_lift) +
         (1.0 - d.inquiry_rate) * std::min(1.0, d.silent_conversion * conversion_lift);
}

/// What a store's reports say about one month (跑店数据): it replaces the model's visitors,
/// orders and revenue for that month, so the months after start from what happened.
struct ObservedMonth {
  double visitors = 0;
  double buyers = 0;  ///< 支付买家数: one order each, as the model counts orders
  Money revenue;
};

namespace detail {

/// The figures of one run that an empty store starts from (RunState less its history).
struct RunFigures {
  int month = 0, months_open = 0;
  std::size_t last_stage = 0;
  Money cumulative, last_revenue, profit_sum;
  std::optional<int> payback;
  double organic = 0, search_stock = 0, display_stock = 0, paid_before = 0, customers = 0;
  double traffic_shock = 0;
  bool shocked = false;  // a shock has been drawn (the first one comes from the stationary law)
  std::int64_t credit_points = 0;
  Headcount employed, last_need;
  std::optional<Headcount> applied;
  std::size_t last_tier = 0;
  std::array<int, department_count> last_counts{};
  bool need_known = false;  // last_need is the composition of last_tier and last_counts
  Money probation;  // this month's probation pay adjustment (ProbationPolicy), set by staffing
};

/// The working state of one run: StoreState's figures with fixed-size history, so that a run
/// allocates nothing.
struct RunState : RunFigures {
  static constexpr std::size_t ring = 128;  // > the largest hiring lag allowed (120)
  StageTracker tracker;
  std::array<Headcount, ring> needs{};
  std::array<double, 1200> cohorts;  // orders by month (sBG); months are capped at 1200

  /// An empty store again, for the next run of a Monte Carlo. The history is not cleared: a
  /// run writes each month's need and cohort before it reads them, and clearing the 11 KB
  /// ring for every run cost about 80 of the engine's 1,830 instructions a store-month.
  void restart(const Plan& plan) {
    static_cast<RunFigures&>(*this) = RunFigures{};
    tracker = StageTracker(plan.stages);
  }

  explicit RunState(const Plan& plan) : tracker(plan.stages) {}
  RunState(const Plan& plan, const StoreState& s) : tracker(plan.stages, s.stage) {
    const auto lag = static_cast<std::size_t>(plan.staffing.hiring_lag_months());
    if (s.month < 0 || s.month > 1200) fail("state.month", std::to_string(s.month), "in 0..1200");
    if (s.months_open < 0 || s.months_open > s.month)
      fail("state.months_open", std::to_string(s.months_open), "in 0..state.month");
    const auto want = std::min<std::size_t>(lag, std::size_t(s.month));
    if (s.needs.size() != want)
      fail("state.needs", std::to_string(s.needs.size()) + " needs",
           std::to_string(want) + " (the last min(hiring lag, month) months)");
    if (plan.market.follows_sbg() && s.cohorts.size() != std::size_t(s.month))
      fail("state.cohorts", std::to_string(s.cohorts.size()) + " months",
           std::to_string(s.month) + " (every month's orders, for the sBG curve)");
    for (const auto& [value, field] :
         {std::pair{s.organic, "state.organic"}, {s.search_stock, "state.search_stock"},
          {s.display_stock, "state.display_stock"}, {s.paid_before, "state.paid_before"},
          {s.customers, "state.customers"}})
      require_non_negative(value, field);
    for (std::size_t k = 0; k < s.cohorts.size(); ++k)
      require_non_negative(s.cohorts[k], "state.cohorts[" + std::to_string(k) + "]");
    if (s.last_revenue.fen() < 0) fail("state.last_revenue", s.last_revenue.to_string(), ">= 0");
    if (s.payback_month && (*s.payback_month < 1 || *s.payback_month > s.month))
      fail("state.payback_month", std::to_string(*s.payback_month), "in 1..state.month");
    month = s.month;
    months_open = s.months_open;
    last_stage = s.last_stage;
    cumulative = s.cumulative_cash;
    last_revenue = s.last_revenue;
    profit_sum = s.operating_profit_sum;
    payback = s.payback_month;
    organic = s.organic;
    search_stock = s.search_stock;
    display_stock = s.display_stock;
    paid_before = s.paid_before;
    customers = s.customers;
    require_finite(s.traffic_shock, "state.traffic_shock");
    traffic_shock = s.traffic_shock;
    shocked = s.months_open > 0;
    credit_points = s.credit_points;
    employed = s.employed;
    applied = s.applied;
    for (std::size_t k = 0; k < s.needs.size(); ++k)
      needs[(std::size_t(s.month) - s.needs.size() + k) % ring] = s.needs[k];
    for (std::size_t k = 0; k < s.cohorts.size(); ++k) cohorts[k] = s.cohorts[k];
  }

  StoreState snapshot(const Plan& plan) const {
    StoreState s;
    s.month = month;
    s.months_open = months_open;
    s.stage = tracker.progress();
    s.last_stage = last_stage;
    s.cumulative_cash = cumulative;
    s.last_revenue = last_revenue;
    s.operating_profit_sum = profit_sum;
    s.payback_month = payback;
    s.organic = organic;
    s.search_stock = search_stock;
    s.display_stock = display_stock;
    s.paid_before = paid_before;
    s.customers = customers;
    s.traffic_shock = traffic_shock;
    s.credit_points = credit_points;
    s.employed = employed;
    s.applied = applied;
    const auto lag = static_cast<std::size_t>(plan.staffing.hiring_lag_months());
    const auto kept = std::min<std::size_t>(lag, std::size_t(month));
    for (std::size_t k = std::size_t(month) - kept; k < std::size_t(month); ++k)
      s.needs.push_back(needs[k % ring]);
    if (plan.market.follows_sbg()) s.cohorts.assign(cohorts.begin(), cohorts.begin() + month);
    return s;
  }
};

/// One month of one future, as the named steps of the model (docs/model.md §8). Each step
/// reads what the steps before it wrote into the month's record.
class MonthStep {
 public:
  MonthStep(const Plan& plan, const Schedule& schedule, const Draw& d)
      : plan_(plan), m_(plan.market), schedule_(schedule), d_(d),
        trial_(first_ad_budget(plan)), trial_month_(trial_.divided_by(m_.ad_trial_months)),
        aov_(Money::from_yuan(d.average_order_value, "average_order_value")),
        sbg_(!schedule.retention.empty()),
        failure_(std::isnan(d.probation_failure) ? plan.probation.failure_rate.value
                                                 : d.probation_failure),
        probation_neutral_(plan.probation.neutral(failure_)) {}

  /// Runs the month after `s`, fills `r` and moves `s` on by one month; an observed month
  /// replaces the model's traffic, orders and revenue with the reported ones.
  void operator()(RunState& s, TeamPay& team, MonthRecord& r,
                  const ObservedMonth* observed = nullptr) const {
    const int t = s.month;
    r.month = t + 1;
    r.stage = s.tracker.stage();
    const bool entered = t == 0 || s.tracker.index() != s.last_stage;
    s.last_stage = s.tracker.index();
    const bool open = r.stage != Stage::setup;
    CalendarEffect calendar = calendar_effect(m_, t);
    std::optional<Rng> noise;  // this month's own stream, when the future is sampled
    if (d_.noisy && open) {
      noise.emplace(d_.seed, d_.run, std::uint64_t(t));
      campaign_noise(t, *noise, calendar);
    }
    promotion_budget(s, open, r);
    if (open) traffic(s, calendar.traffic, r);
    if (noise) traffic_noise(s, *noise, r);
    r.visitors = r.organic + r.search + r.display + r.affiliate + r.returning;
    double inquiry_orders = funnel(calendar.conversion, r, noise ? &*noise : nullptr);
    if (observed) inquiry_orders = observe(*observed, s, r, inquiry_orders);
    customers(s, t, r);
    reviews(s, inquiry_orders, r);
    if (staffing(s, t, open, r) && !(s.employed == team.staff())) team = TeamPay(plan_.pay, s.employed);
    payroll(s, team, r);
    if (open) r.payroll += schedule_.temporary_staff[std::size_t(t)] + s.probation;
    statement(s, t, open, entered, r);
    s.tracker.record(r.revenue);
    s.last_revenue = r.revenue;
    if (open) ++s.months_open;
    s.month = t + 1;
  }

 private:
  static Money first_ad_budget(const Plan& plan) {
    for (const auto& st : plan.stages.stages())
      if (st.ad_budget.fen() > 0) return st.ad_budget;
    return Money();
  }

  /// A campaign month's lifts are uncertain: each times exp(c·z − c²/2) (mean kept).
  void campaign_noise(int t, Rng& rng, CalendarEffect& calendar) const {
    const int moy = (m_.start_month - 1 + t) % 12;
    const double c = m_.campaign_lift_noise;
    for (const auto& campaign : m_.campaigns)
      if (campaign.month_of_year == moy + 1 && c > 0) {
        calendar.traffic *= std::exp(c * rng.normal() - 0.5 * c * c);
        calendar.conversion *= std::exp(c * rng.normal() - 0.5 * c * c);
      }
  }

  /// Every channel's visitors times exp(x − σ²/2), x the month's AR(1) log-shock: stationary
  /// with sd σ, so the first shock is drawn with sd σ and each later one keeps ρ of the last.
  void traffic_noise(RunState& s, Rng& rng, MonthRecord& r) const {
    const double sigma = m_.monthly_traffic_noise, rho = m_.traffic_noise_autocorrelation;
    if (!(sigma > 0)) return;
    const double z = rng.normal();
    s.traffic_shock = s.shocked ? rho * s.traffic_shock + std::sqrt(1 - rho * rho) * sigma * z
                                : sigma * z;
    s.shocked = true;
    const double k = std::exp(s.traffic_shock - 0.5 * sigma * sigma);
    for (double* v : {&r.organic, &r.search, &r.display, &r.affiliate, &r.returning}) *v *= k;
    s.paid_before = r.search + r.display;
  }

  /// The ad trial over the first months open, then a share of last month's revenue (000 ch.4),
  /// split between 直通车 and 钻展.
  void promotion_budget(const RunState& s, bool open, MonthRecord& r) const {
    Money ad;
    if (open)
      ad = s.months_open < m_.ad_trial_months && trial_.fen() > 0
               ? trial_month_
               : s.last_revenue.times(m_.promotion_share, "promotion_share");
    r.search_spend = ad.times(m_.search_share, "search_share");
    r.display_spend = ad - r.search_spend;
  }

  /// Visitors by channel: paid by adstock and Hill saturation, (K / price) · x^h / (1 + x^h)
  /// with x = stock / K; organic growing logistically with sales momentum; affiliates and
  /// returning customers.
  void traffic(RunState& s, double season, MonthRecord& r) const {
    s.search_stock = r.search_spend.yuan() + m_.adstock * s.search_stock;
    s.display_stock = r.display_spend.yuan() + m_.adstock * s.display_stock;
    auto hill = [&](double stock, double half) {
      const double x = stock / half;
      const double xh = m_.hill_shape == 1.0 ? x : std::pow(x, m_.hill_shape);
      return half * xh / (1.0 + xh);
    };
    r.search = hill(s.search_stock, m_.search_half_saturation) / d_.cpc;
    r.display = hill(s.display_stock, m_.display_half_saturation) * 1000.0 * m_.display_ctr / d_.cpm;
    if (s.months_open == 0) {
      s.organic = d_.organic_start;
    } else {
      s.organic += d_.organic_growth * (s.organic + m_.paid_spillover * s.paid_before) *
                   (1.0 - s.organic / m_.organic_market_cap);
      s.organic = std::max(0.0, s.organic);
    }
    r.organic = s.organic * season;
    r.search *= season;
    r.display *= season;
    r.affiliate = m_.affiliate_share * r.organic;
    r.returning = m_.repeat_visits * s.customers * season;
    s.paid_before = r.search + r.display;
  }

  /// Inquiries, inquiry and silent orders, revenue at the order value, affiliate commission.
  /// Returns the inquiry orders (customer service answers for their reviews).
  /// The month as reported: visitors by channel scaled to the reported total (the plan's mix
  /// kept; all organic when the plan has none), the traffic levels the next month grows from
  /// scaled alike, buyers split between inquiry and silent orders as the plan splits them, and
  /// the reported revenue (exact) split the same way. Returns the inquiry orders.
  double observe(const ObservedMonth& o, RunState& s, MonthRecord& r, double inquiry_orders) const {
    if (r.visitors > 0) {
      const double k = o.visitors / r.visitors;
      for (double* v : {&r.organic, &r.search, &r.display, &r.affiliate, &r.returning}) *v *= k;
      s.organic *= k;
      s.paid_before *= k;
    } else {
      r.organic = o.visitors;
    }
    const double inquiry_share =
        r.orders > 0 ? inquiry_orders / r.orders
                     : d_.inquiry_rate * d_.inquiry_conversion /
                           std::max(conversion_rate(d_, 1.0), 1e-300);
    r.visitors = o.visitors;
    r.inquiries = o.visitors * d_.inquiry_rate;
    r.orders = o.buyers;
    r.silent_orders = o.buyers * (1.0 - inquiry_share);
    r.orders_per_day = r.orders / m_.days_in_month;
    r.revenue = o.revenue;
    r.inquiry_revenue = o.revenue.times(inquiry_share, "inquiry_share");
    r.silent_revenue = o.revenue - r.inquiry_revenue;
    r.affiliate_spend = r.visitors > 0 ? o.revenue.times(r.affiliate / r.visitors, "affiliate share")
                                                 .times(m_.affiliate_commission, "commission")
                                       : Money();
    return o.buyers * inquiry_share;
  }

  /// With a month's noise stream the orders are Poisson counts around their expectations.
  double funnel(double conversion_lift, MonthRecord& r, Rng* noise = nullptr) const {
    const double ic = std::min(1.0, d_.inquiry_conversion * conversion_lift);
    const double sc = std::min(1.0, d_.silent_conversion * conversion_lift);
    r.inquiries = r.visitors * d_.inquiry_rate;
    double inquiry_orders = r.inquiries * ic;
    r.silent_orders = r.visitors * (1.0 - d_.inquiry_rate) * sc;
    if (noise) {
      inquiry_orders = double(noise->poisson(inquiry_orders));
      r.silent_orders = double(noise->poisson(r.silent_orders));
    }
    r.orders = inquiry_orders + r.silent_orders;
    r.orders_per_day = r.orders / m_.days_in_month;
    r.inquiry_revenue = aov_.times(inquiry_orders, "orders");
    r.silent_revenue = aov_.times(r.silent_orders, "orders");
    r.revenue = r.inquiry_revenue + r.silent_revenue;
    const double conversion = r.visitors > 0 ? r.orders / r.visitors : 0.0;
    r.affiliate_spend =
        aov_.times(r.affiliate * conversion, "orders").times(m_.affiliate_commission, "commission");
    return inquiry_orders;
  }

  /// The customer base: geometric churn, or each month's buyers on the sBG curve.
  void customers(RunState& s, int t, const MonthRecord& r) const {
    if (sbg_) {
      s.cohorts[std::size_t(t)] = r.orders;
      s.customers = 0;
      for (int c = 0; c <= t; ++c)
        s.customers += s.cohorts[std::size_t(c)] * schedule_.retention[std::size_t(t - c)];
    } else {
      s.customers = s.customers * (1.0 - m_.customer_churn) + r.orders;
    }
  }

  /// Reviews: all count for credit (+1 positive, −1 negative); customer service answers for
  /// the neutral and negative reviews of the orders it served (000 attachment 七).
  void reviews(RunState& s, double inquiry_orders, MonthRecord& r) const {
    const double all = r.orders * m_.review_share;
    const double served = inquiry_orders * m_.review_share;
    auto whole = [](double x) { return static_cast<long>(x + 0.5); };  // counts >= 0, no libm
    r.neutral_reviews = whole(served * m_.neutral_share);
    r.negative_reviews = whole(served * m_.negative_share);
    s.credit_points += whole(all * (1.0 - m_.neutral_share - m_.negative_share)) -
                       whole(all * m_.negative_share);
    r.credit_points = s.credit_points;
  }

  /// Staff: the need of `lag` months ago (docs/model.md §3), recomposed only when the tier or
  /// the bands reached change; a target is applied only when it differs from the last.
  /// Returns whether a new target was applied.
  bool staffing(RunState& s, int t, bool open, MonthRecord& r) const {
    const StaffingPolicy& policy = plan_.staffing;
    std::array<int, department_count> counts{};
    const std::size_t tier = open ? policy.department_counts(r.revenue.fen(), r.orders_per_day, counts.data())
                                  : policy.department_counts(0, 0, counts.data());
    if (!s.need_known || tier != s.last_tier || counts != s.last_counts) {
      s.last_need = policy.compose(tier, counts);
      s.last_tier = tier;
      s.last_counts = counts;
      s.need_known = true;
    }
    constexpr std::size_t ring = RunState::ring;
    const auto lag = static_cast<std::size_t>(policy.hiring_lag_months());
    s.needs[std::size_t(t) % ring] = s.last_need;
    const Headcount& target = s.needs[(std::size_t(t) + ring - std::min(lag, std::size_t(t))) % ring];
    const bool applies = open && (!s.applied || !(target == *s.applied));
    s.probation = Money();
    if (applies) {
      s.applied = target;
      const Headcount before = s.employed;
      s.employed = policy.next_staff(s.employed, target);
      if (!probation_neutral_)
        s.probation = plan_.probation.hire_month_cost(plan_.pay, before, s.employed, failure_);
    }
    r.staff = s.employed;
    return applies;
  }

  /// The payslips of the month's staff, summed (folded by TeamPay).
  void payroll(const RunState& s, const TeamPay& team, MonthRecord& r) const {
    r.payroll = s.employed.total() == 0
                    ? Money()
                    : team.total(s.employed.count(Role::cs_agent) > 0 ? r.inquiry_revenue : Money(),
                                 r.silent_revenue, r.neutral_reviews, r.negative_reviews,
                                 m_.rating_change);
  }

  /// The month's P&L and cash (docs/model.md §5), and the payback test.
  void statement(RunState& s, int t, bool open, bool entered, MonthRecord& r) const {
    MonthInputs in;
    in.revenue = r.revenue;
    in.refund_rate = d_.refund_rate;
    in.payroll = r.payroll;
    in.annual_fee_due = open && s.months_open % 12 == 0;
    in.deposits_paid = schedule_.deposits[std::size_t(t)];
    in.one_off_purchases = schedule_.purchases[std::size_t(t)];
    if (entered) in.one_off_purchases += plan_.stages.stages()[s.last_stage].software;
    r.promotion_spend = r.search_spend + r.display_spend + r.affiliate_spend;
    const MonthStatement st = month_statement_core(plan_.fees, plan_.costs, in, r.promotion_spend);
    r.refunds = st.refunds;
    r.net_sales = st.net_sales;
    r.gross_profit = st.gross_profit;
    r.platform_fees = st.platform_commission + st.annual_fee;
    r.operating_profit = st.operating_profit;
    r.cash_flow = st.cash_flow;
    r.deposits_and_purchases = st.deposits + st.one_off_purchases;
    s.cumulative += st.cash_flow;
    r.cumulative_cash = s.cumulative;
    s.profit_sum += r.operating_profit;
    if (!s.payback && s.profit_sum >= investment_) s.payback = r.month;
  }

  const Plan& plan_;
  const MarketAssumptions& m_;
  const Schedule& schedule_;
  const Draw& d_;
  const Money trial_, trial_month_, aov_;
  const bool sbg_;
  const double failure_;  // the share of hires who fail probation, in this future
  const bool probation_neutral_;
  const Money investment_ = plan_.initial_investment();
};

}  // namespace detail

/// Months that happened, by month from the start of a run: a month with a value replaces the
/// model's traffic, orders and revenue with what was reported (ObservedMonth).
using ObservedMonths = std::span<const std::optional<ObservedMonth>>;

/// Runs one future for `months` months after `s` and hands each month to
/// `sink(const MonthRecord&)`; `s` ends at the last month.
template <class Sink>
void run_plan(const Plan& plan, const Schedule& schedule, const Draw& d, int months,
              detail::RunState& s, Sink&& sink, ObservedMonths observed = {}) {
  const detail::MonthStep step(plan, schedule, d);
  TeamPay team(plan.pay, s.employed);  // the pay of the staff, folded; rebuilt when they change
  for (int k = 0; k < months; ++k) {
    MonthRecord r;
    const auto at = static_cast<std::size_t>(k);
    step(s, team, r, at < observed.size() && observed[at] ? &*observed[at] : nullptr);
    sink(r);
  }
}

/// The same from an empty store.
template <class Sink>
void run_plan(const Plan& plan, const Schedule& schedule, const Draw& d, int months, Sink&& sink) {
  detail::RunState s(plan);
  run_plan(plan, schedule, d, months, s, sink);
}

/// Options of one simulation.
struct SimulationOptions {
  int months = 36;
  std::optional<std::uint64_t> seed = std::nullopt;  ///< none: the plan's values; a seed: one future
  /// Where to start: none, an empty store before month 1; a state, the months after it (the
  /// same seed draws the same future, so 10 months and 26 more from the state are 36).
  std::optional<StoreState> start = std::nullopt;
  /// Months that happened (a running store's reports), from the first month run: each one
  /// given replaces the model's visitors, orders and revenue of that month.
  std::vector<std::optional<ObservedMonth>> observed = {};
};

struct SimulationResult {
  std::vector<MonthRecord> months;
  /// The first month (1-based, counted from the store's month 1) whose operating profit,
  /// summed from month 1, covers the plan's investment; empty when not within the months run.
  std::optional<int> payback_month;
  /// The first 1-based month spent in each stage (empty if never reached in these months).
  std::array<std::optional<int>, stage_count> stage_start{};
  /// Where the store stands after the last month: the start of a simulation that goes on.
  StoreState state;
};

inline void check_months(int months) {
  if (months < 1 || months > 1200) detail::fail("months", std::to_string(months), "in 1..1200");
}

/// Checks that `months` more months after `start` stay within the 1,200 a run may have.
inline void check_months(int months, const std::optional<StoreState>& start) {
  check_months(months);
  const int before = start ? start->month : 0;
  if (before + months > 1200)
    detail::fail("months", std::to_string(months),
                 "at most " + std::to_string(1200 - before) + " after a state at month " +
                     std::to_string(before) + " (1,200 months in all)");
}

/// The stream of a run's probation draw: far from the month streams (0..1199).
inline constexpr std::uint64_t probation_stream = 0x7072'6f62;  // "prob"

/// The draw of run `run` under `seed` (the plan's own values without a seed).
inline Draw draw_of(const Plan& plan, std::optional<std::uint64_t> seed, std::uint64_t run = 0,
                    const Eigen::Matrix<double, 9, 9>* factor = nullptr) {
  if (!seed) return Draw::of(plan.market);
  Rng rng(*seed, run);
  Draw d = Draw::sample(plan.market, rng, factor);
  Rng probation(*seed, run, probation_stream);
  d.probation_failure = plan.probation.failure_rate.sample(probation, 1.0);
  d.noisy = plan.market.noisy_months();
  d.seed = *seed;
  d.run = run;
  return d;
}

/// The Cholesky factor of the plan's correlations, when it has any (for draw_of).
inline std::optional<Eigen::Matrix<double, 9, 9>> correlation_factor_of(const Plan& plan) {
  if (plan.market.correlations.empty()) return std::nullopt;
  return plan.market.correlation_factor();
}

/// Runs the plan forward `options.months` months (from `options.start` when given).
inline SimulationResult simulate(const Plan& plan, const SimulationOptions& options = {}) {
  check_months(options.months, options.start);
  plan.validate();
  const auto factor = correlation_factor_of(plan);
  const Draw d = draw_of(plan, options.seed, 0, factor ? &*factor : nullptr);
  detail::RunState s = options.start ? detail::RunState(plan, *options.start) : detail::RunState(plan);
  const Schedule schedule(plan, s.month + options.months);
  SimulationResult out;
  out.months.reserve(std::size_t(options.months));
  run_plan(plan, schedule, d, options.months, s, [&](const MonthRecord& r) {
    out.months.push_back(r);
    auto& start = out.stage_start[static_cast<std::size_t>(r.stage)];
    if (!start) start = r.month;
  }, options.observed);
  out.payback_month = s.payback;
  out.state = s.snapshot(plan);
  return out;
}

}  // namespace storeops
