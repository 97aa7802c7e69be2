#pragma once
/// The monthly engine (docs/model.md §8): runs a Plan forward month by month — traffic by
/// channel, conversion, revenue, refunds, reviews, staff with hiring lag, payroll from the pay
/// rules, the P&L and cash, stage transitions — once (`simulate`) or over many sampled
/// futures (`monte_carlo`). One month step serves both; it allocates nothing.
#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <storeops/market/credit.hpp>
#include <storeops/market/customers.hpp>
#include <storeops/plan/finance.hpp>
#include <storeops/market/assumptions.hpp>
#include <storeops/team/payroll.hpp>
#include <storeops/plan/plan.hpp>
#include <storeops/core/random.hpp>

namespace storeops {

/// The uncertain inputs of one future, drawn once per run.
struct Draw {
  double organic_start, organic_growth, cpc, cpm, inquiry_rate, inquiry_conversion,
      silent_conversion, average_order_value, refund_rate;

  /// The plan's own values (no sampling).
  static Draw of(const MarketAssumptions& m);
  /// One future's draw, input by input in the order of `uncertain_inputs` (the order of the
  /// random stream: changing it changes every sampled future).
  static Draw sample(const MarketAssumptions& m, Rng& rng);
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

inline Draw Draw::sample(const MarketAssumptions& m, Rng& rng) {
  Draw d{};
  for (const auto& u : uncertain_inputs) d.*(u.draw) = (m.*(u.plan)).sample(rng, u.max);
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
  /// The share of a month's customers still in the base k months later (sBG plans only).
  std::vector<double> retention;
  explicit Schedule(const Plan& plan, int months)
      : deposits(std::size_t(months)), purchases(std::size_t(months)) {
    for (const auto& i : plan.investments)
      if (i.month < months) (i.refundable ? deposits : purchases)[std::size_t(i.month)] += i.amount;
    if (plan.market.follows_sbg())
      retention = sbg_retention(plan.market.retention_alpha, plan.market.retention_beta, months);
  }
};

/// Runs one future and hands each month to `sink(const MonthRecord&)`.
template <class Sink>
void run_plan(const Plan& plan, const Schedule& schedule, const Draw& d, int months, Sink&& sink) {
  const MarketAssumptions& m = plan.market;
  const StaffingPolicy& staffing = plan.staffing;
  StageTracker tracker(plan.stages);
  const auto lag = static_cast<std::size_t>(staffing.hiring_lag_months());
  constexpr std::size_t ring = 128;  // > the largest lag allowed (120)
  std::array<Headcount, ring> needs{};

  Headcount employed, last_need;
  std::optional<Headcount> applied;  // the last target applied to `employed`
  TeamPay team(plan.pay, employed);  // the pay of `employed`, folded
  std::size_t last_tier = 0;
  std::array<int, department_count> last_counts{};
  double organic = 0, search_stock = 0, display_stock = 0, paid_before = 0, customers = 0;
  Money cumulative, last_revenue;
  std::int64_t credit_points = 0;
  int months_open = 0;
  std::size_t stage_index = 0;
  const Money trial = [&] {
    for (const auto& s : plan.stages.stages())
      if (s.ad_budget.fen() > 0) return s.ad_budget;
    return Money();
  }();
  const Money trial_month = trial.divided_by(m.ad_trial_months);
  const Money aov = Money::from_yuan(d.average_order_value, "average_order_value");
  const bool sbg = !schedule.retention.empty();
  std::array<double, 1200> cohorts;  // orders by month (sBG); check_months caps months at 1200

  for (int t = 0; t < months; ++t) {
    MonthRecord r;
    r.month = t + 1;
    r.stage = tracker.stage();
    const bool entered = t == 0 || tracker.index() != stage_index;
    stage_index = tracker.index();
    const bool open = r.stage != Stage::setup;
    const int moy = (m.start_month - 1 + t) % 12;
    double season = m.seasonality[std::size_t(moy)], conversion_lift = 1.0;
    for (const auto& c : m.campaigns)
      if (c.month_of_year == moy + 1) {
        season *= c.traffic_multiplier;
        conversion_lift *= c.conversion_multiplier;
      }

    // promotion budget: the ad trial over its first months open, then a share of revenue
    Money ad;
    if (open)
      ad = months_open < m.ad_trial_months && trial.fen() > 0
               ? trial_month
               : last_revenue.times(m.promotion_share, "promotion_share");
    r.search_spend = ad.times(m.search_share, "search_share");
    r.display_spend = ad - r.search_spend;

    if (open) {
      // adstock and Hill saturation: (K / price) · x^h / (1 + x^h), x = stock / K
      search_stock = r.search_spend.yuan() + m.adstock * search_stock;
      display_stock = r.display_spend.yuan() + m.adstock * display_stock;
      auto hill = [&](double stock, double half) {
        const double x = stock / half;
        const double xh = m.hill_shape == 1.0 ? x : std::pow(x, m.hill_shape);
        return half * xh / (1.0 + xh);
      };
      r.search = hill(search_stock, m.search_half_saturation) / d.cpc;
      r.display = hill(display_stock, m.display_half_saturation) * 1000.0 * m.display_ctr / d.cpm;
      if (months_open == 0) {
        organic = d.organic_start;
      } else {
        organic += d.organic_growth * (organic + m.paid_spillover * paid_before) *
                   (1.0 - organic / m.organic_market_cap);
        organic = std::max(0.0, organic);
      }
      r.organic = organic * season;
      r.search *= season;
      r.display *= season;
      r.affiliate = m.affiliate_share * r.organic;
      r.returning = m.repeat_visits * customers * season;
      paid_before = r.search + r.display;
    }
    r.visitors = r.organic + r.search + r.display + r.affiliate + r.returning;
    const double ic = std::min(1.0, d.inquiry_conversion * conversion_lift);
    const double sc = std::min(1.0, d.silent_conversion * conversion_lift);
    r.inquiries = r.visitors * d.inquiry_rate;
    const double inquiry_orders = r.inquiries * ic;
    r.silent_orders = r.visitors * (1.0 - d.inquiry_rate) * sc;
    r.orders = inquiry_orders + r.silent_orders;
    r.orders_per_day = r.orders / m.days_in_month;
    r.inquiry_revenue = aov.times(inquiry_orders, "orders");
    r.silent_revenue = aov.times(r.silent_orders, "orders");
    r.revenue = r.inquiry_revenue + r.silent_revenue;
    const double conversion = r.visitors > 0 ? r.orders / r.visitors : 0.0;
    r.affiliate_spend =
        aov.times(r.affiliate * conversion, "orders").times(m.affiliate_commission, "commission");
    if (sbg) {  // each month's customers, on the curve from the month they bought
      cohorts[std::size_t(t)] = r.orders;
      customers = 0;
      for (int c = 0; c <= t; ++c)
        customers += cohorts[std::size_t(c)] * schedule.retention[std::size_t(t - c)];
    } else {
      customers = customers * (1.0 - m.customer_churn) + r.orders;
    }

    // reviews: all count for credit (+1 positive, −1 negative); customer service answers for
    // the neutral and negative reviews of the orders it served (000 attachment 七)
    const double reviews = r.orders * m.review_share;
    const double served = inquiry_orders * m.review_share;
    // counts >= 0: round half up without a libm call
    auto whole = [](double x) { return static_cast<long>(x + 0.5); };
    r.neutral_reviews = whole(served * m.neutral_share);
    r.negative_reviews = whole(served * m.negative_share);
    credit_points += whole(reviews * (1.0 - m.neutral_share - m.negative_share)) -
                     whole(reviews * m.negative_share);
    r.credit_points = credit_points;

    // staff: the need of `lag` months ago, never shrinking unless the plan allows it
    // the need: recomposed only when the tier or the bands reached change
    std::array<int, department_count> counts{};
    const std::size_t tier = open ? staffing.department_counts(r.revenue.fen(), r.orders_per_day, counts.data())
                                  : staffing.department_counts(0, 0, counts.data());
    if (t == 0 || tier != last_tier || counts != last_counts) {
      last_need = staffing.compose(tier, counts);
      last_tier = tier;
      last_counts = counts;
    }
    needs[std::size_t(t) % ring] = last_need;
    // applying the same target twice changes nothing, so only a new target is worked out
    const Headcount& target = needs[(std::size_t(t) + ring - std::min(lag, std::size_t(t))) % ring];
    if (open && (!applied || !(target == *applied))) {
      applied = target;
      employed = staffing.next_staff(employed, target);
      if (!(employed == team.staff())) team = TeamPay(plan.pay, employed);
    }
    r.staff = employed;
    r.payroll = employed.total() == 0
                    ? Money()
                    : team.total(employed.count(Role::cs_agent) > 0 ? r.inquiry_revenue : Money(),
                                 r.silent_revenue, r.neutral_reviews, r.negative_reviews,
                                 m.rating_change);

    // the month's P&L and cash
    MonthInputs in;
    in.revenue = r.revenue;
    in.refund_rate = d.refund_rate;
    in.payroll = r.payroll;
    in.annual_fee_due = open && months_open % 12 == 0;
    in.deposits_paid = schedule.deposits[std::size_t(t)];
    in.one_off_purchases = schedule.purchases[std::size_t(t)];
    if (entered) in.one_off_purchases += plan.stages.stages()[stage_index].software;
    r.promotion_spend = r.search_spend + r.display_spend + r.affiliate_spend;
    const MonthStatement s = month_statement_core(plan.fees, plan.costs, in, r.promotion_spend);
    r.refunds = s.refunds;
    r.net_sales = s.net_sales;
    r.gross_profit = s.gross_profit;
    r.platform_fees = s.platform_commission + s.annual_fee;
    r.operating_profit = s.operating_profit;
    r.cash_flow = s.cash_flow;
    r.deposits_and_purchases = s.deposits + s.one_off_purchases;
    cumulative += s.cash_flow;
    r.cumulative_cash = cumulative;

    tracker.record(r.revenue);
    last_revenue = r.revenue;
    if (open) ++months_open;
    sink(r);
  }
}

/// The first 1-based month in which the month's operating profit, summed from the start, has
/// covered the plan's initial investment; empty when it never does within the run.
class PaybackCounter {
 public:
  explicit PaybackCounter(Money investment) : investment_(investment) {}
  void add(const MonthRecord& r) {
    sum_ += r.operating_profit;
    if (!month_ && sum_ >= investment_) month_ = r.month;
  }
  std::optional<int> month() const { return month_; }

 private:
  Money investment_, sum_;
  std::optional<int> month_;
};

/// Options of one simulation.
struct SimulationOptions {
  int months = 36;
  std::optional<std::uint64_t> seed;  ///< none: the plan's values; a seed: one sampled future
};

struct SimulationResult {
  std::vector<MonthRecord> months;
  std::optional<int> payback_month;
  /// The first 1-based month spent in each stage (empty if never reached).
  std::array<std::optional<int>, stage_count> stage_start{};
};

inline void check_months(int months) {
  if (months < 1 || months > 1200) detail::fail("months", std::to_string(months), "in 1..1200");
}

/// Runs the plan forward `options.months` months.
inline SimulationResult simulate(const Plan& plan, const SimulationOptions& options = {}) {
  check_months(options.months);
  plan.validate();
  Draw d = Draw::of(plan.market);
  if (options.seed) {
    Rng rng(*options.seed, 0);
    d = Draw::sample(plan.market, rng);
  }
  const Schedule schedule(plan, options.months);
  SimulationResult out;
  out.months.reserve(std::size_t(options.months));
  PaybackCounter payback(plan.initial_investment());
  run_plan(plan, schedule, d, options.months, [&](const MonthRecord& r) {
    out.months.push_back(r);
    payback.add(r);
    auto& start = out.stage_start[static_cast<std::size_t>(r.stage)];
    if (!start) start = r.month;
  });
  out.payback_month = payback.month();
  return out;
}

}  // namespace storeops
