#pragma once
/// The month as named steps over a block of runs (docs/model.md §8). A block holds the runs it
/// simulates side by side, structure-of-arrays: one contiguous array per figure, one element
/// per run. Each step is a loop over the block: the advertising and traffic, the funnel, the
/// customers, the reviews, the staffing, the pay, the profit and loss, the stage transition.
/// `simulate` runs a block of one run and a Monte Carlo blocks of many, so every rule of the
/// month exists once. A block is built once per thread; running a month allocates nothing.
/// This is the engine's inside: the library compiles it once (src/simulate.cpp,
/// src/monte_carlo.cpp, src/sobol.cpp), and an application calls simulate and monte_carlo.
/// Including it compiles the engine again in the including file (the tests and the benches do,
/// to look into a block); the umbrella header storeops.hpp does not include it.
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <storeops/core/random.hpp>
#include <storeops/market/customers.hpp>
#include <storeops/plan/finance.hpp>
#include <storeops/plan/plan.hpp>
#include <storeops/simulation/draw.hpp>
#include <storeops/simulation/month.hpp>
#include <storeops/simulation/store_state.hpp>
#include <storeops/team/payroll.hpp>

/// How run_month runs each of its named steps: the call itself. A program that wants to time
/// or trace the steps defines it, alike in each of its source files, before it includes
/// storeops (bench/steps.cpp does); the library never does, so the steps cost nothing extra.
#ifndef STOREOPS_STEP
#define STOREOPS_STEP(name, call) call
#endif

namespace storeops {

namespace detail {

/// One run's staffing: its team and needs, as indices into the block's tables of the distinct
/// teams and needs met so far.
struct LaneStaff {
  int employed = 0;  // the team employed (index of the block's teams)
  int applied = -1;  // the need last applied as a target; -1: none yet
  int need = -1;     // the need at `level`
  StaffingPolicy::Level level;
  bool level_known = false;  // `need` is the need at `level`
  Money probation;           // this month's probation pay adjustment (ProbationPolicy)
};

/// A team met in a block: who, how many, and their pay folded (TeamPay).
struct Team {
  Headcount staff;
  int people = 0, agents = 0;  // staff.total(), staff.count(Role::cs_agent)
  TeamPay pay;
};

/// A block of runs of one plan, each with its own draw, all at the same month; the month's
/// figures of every run, one array per figure (index: the run's lane in the block). Every
/// figure's array holds `MaxLanes`, fixed so that a lane's figure lies at a fixed offset from
/// the block (no array's address to load): MonthBlock for a Monte Carlo, RunBlock for one run.
template <std::size_t MaxLanes>
class BasicMonthBlock {
 public:
  /// The most runs the block holds side by side.
  static constexpr std::size_t max_lanes = MaxLanes;

  /// One figure of every lane: an array inside the block (bool flags too, unlike
  /// std::vector<bool>).
  template <class T>
  class Lanes {
   public:
    /// The first `n` lanes set to `value`.
    void fill(std::size_t n, const T& value = T()) { std::fill(data_, data_ + n, value); }
    T& operator[](std::size_t i) noexcept { return data_[i]; }
    const T& operator[](std::size_t i) const noexcept { return data_[i]; }

   private:
    T data_[max_lanes];
  };
  /// The month's figures, by lane. Money is exact; visitor and order counts are expectations.
  struct Figures {
    Lanes<Stage> stage;
    Lanes<bool> open, entered;   // open for business; the first month of a stage
    Lanes<double> season, lift;  // the calendar's traffic and conversion effects
    Lanes<double> campaign;      // the campaigns' own lift of revenue (CalendarEffect::campaign)
    Lanes<double> organic, search, display, affiliate, returning, visitors, inquiries, orders,
        silent_orders, inquiry_orders, orders_per_day;
    Lanes<Money> search_spend, display_spend, affiliate_spend, promotion_spend, inquiry_revenue,
        silent_revenue, revenue, refunds, net_sales, gross_profit, platform_fees, payroll,
        operating_profit, cash_flow, deposits_and_purchases, cumulative_cash;
    Lanes<long> neutral_reviews, negative_reviews;
    Lanes<std::int64_t> credit_points;  // the running total: also the state between months
  };

  /// A block for up to `capacity` (at most max_lanes) runs of `plan` over the months of
  /// `schedule`.
  BasicMonthBlock(const Plan& plan, const Schedule& schedule, std::size_t capacity)
      : plan_(plan), m_(plan.market), schedule_(schedule), capacity_(capacity),
        trial_(first_ad_budget(plan)), trial_month_(trial_.divided_by(m_.ad_trial_months)),
        investment_(plan.initial_investment()),
        promotion_share_(m_.promotion_share, "promotion_share"),
        search_share_(m_.search_share, "search_share"),
        affiliate_commission_(m_.affiliate_commission, "commission"),
        sales_rates_(plan.fees, plan.costs),
        sums_bounded_(plan_within_sum_bound(plan, sales_rates_)),
        plan_refund_(m_.refund_rate.value, "refund_rate"),
        ring_(std::size_t(plan.staffing.hiring_lag_months()) + 1),
        horizon_(schedule.deposits.size()),
        floors_(stage_floors(plan)) {
    if (capacity < 1 || capacity > max_lanes)
      fail("runs in a block", std::to_string(capacity), "in 1.." + std::to_string(max_lanes));
    clear_lanes(capacity);
  }

  std::size_t capacity() const noexcept { return capacity_; }
  std::size_t lanes() const noexcept { return n_; }
  /// Months behind every run of the block (the next month is month() + 1).
  int month() const noexcept { return month_; }
  const Figures& figures() const noexcept { return f_; }
  const Headcount& staff(std::size_t lane) const noexcept { return team(lane).staff; }
  const Team& team(std::size_t lane) const noexcept { return teams_[std::size_t(staff_[lane].employed)]; }
  std::optional<int> payback_month(std::size_t lane) const noexcept {
    return payback_[lane] > 0 ? std::optional<int>(payback_[lane]) : std::nullopt;
  }
  Money cumulative_cash(std::size_t lane) const noexcept { return cumulative_[lane]; }

  /// Starts one run a draw from `state` (which the caller has checked with check_state), run i
  /// in lane i with `draws[i]`.
  void start(std::span<const Draw> draws, const StoreState& state) {
    if (draws.size() > capacity_)
      fail("runs in a block", std::to_string(draws.size()), "at most " + std::to_string(capacity_));
    n_ = draws.size();
    month_ = state.month;
    const int employed = team_of(state.employed);
    for (std::size_t i = 0; i < n_; ++i) {
      set_draw(i, draws[i]);
      load(i, state, employed);
    }
  }

  /// Runs every lane's next month, as the named steps; an observed month replaces each lane's
  /// traffic, orders and revenue with the reported ones.
  void run_month(const ObservedMonth* observed = nullptr) {
    if (std::size_t(month_) >= horizon_)
      fail("month", std::to_string(month_ + 1), "within the schedule's " + std::to_string(horizon_));
    const int t = month_;
    STOREOPS_STEP("calendar", calendar(t));
    STOREOPS_STEP("advertising and traffic", advertising_and_traffic());
    STOREOPS_STEP("funnel", funnel());
    if (observed) STOREOPS_STEP("observed month", observe(*observed));
    STOREOPS_STEP("customers", customers(t));
    STOREOPS_STEP("reviews", reviews());
    STOREOPS_STEP("staffing", staffing(t));
    STOREOPS_STEP("pay", pay(t));
    STOREOPS_STEP("profit and loss", profit_and_loss(t));
    STOREOPS_STEP("stage transition", stage_transition());
    month_ = t + 1;
  }

  /// Lane `i`'s month just run, as one record.
  MonthRecord record(std::size_t i) const {
    MonthRecord r;
    r.month = month_;
    r.stage = f_.stage[i];
    r.organic = f_.organic[i];
    r.search = f_.search[i];
    r.display = f_.display[i];
    r.affiliate = f_.affiliate[i];
    r.returning = f_.returning[i];
    r.visitors = f_.visitors[i];
    r.inquiries = f_.inquiries[i];
    r.orders = f_.orders[i];
    r.silent_orders = f_.silent_orders[i];
    r.orders_per_day = f_.orders_per_day[i];
    r.revenue = f_.revenue[i];
    r.refunds = f_.refunds[i];
    r.net_sales = f_.net_sales[i];
    r.gross_profit = f_.gross_profit[i];
    r.platform_fees = f_.platform_fees[i];
    r.promotion_spend = f_.promotion_spend[i];
    r.payroll = f_.payroll[i];
    r.operating_profit = f_.operating_profit[i];
    r.cash_flow = f_.cash_flow[i];
    r.cumulative_cash = f_.cumulative_cash[i];
    r.deposits_and_purchases = f_.deposits_and_purchases[i];
    r.inquiry_revenue = f_.inquiry_revenue[i];
    r.silent_revenue = f_.silent_revenue[i];
    r.campaign_revenue = campaign_revenue(i);
    r.search_spend = f_.search_spend[i];
    r.display_spend = f_.display_spend[i];
    r.affiliate_spend = f_.affiliate_spend[i];
    r.staff = staff(i);
    r.neutral_reviews = f_.neutral_reviews[i];
    r.negative_reviews = f_.negative_reviews[i];
    r.credit_points = f_.credit_points[i];
    return r;
  }

  /// Where lane `i` stands after the months run: the start of a simulation that goes on.
  StoreState state(std::size_t i) const {
    StoreState s;
    s.month = month_;
    s.months_open = months_open_[i];
    s.stage = tracker_[i].progress();
    s.last_stage = last_stage_[i];
    s.cumulative_cash = cumulative_[i];
    s.last_revenue = last_revenue_[i];
    s.operating_profit_sum = profit_sum_[i];
    s.payback_month = payback_month(i);
    s.organic = organic_[i];
    s.search_stock = search_stock_[i];
    s.display_stock = display_stock_[i];
    s.paid_before = paid_before_[i];
    s.customers = customers_[i];
    s.traffic_shock = traffic_shock_[i];
    s.credit_points = f_.credit_points[i];
    s.employed = staff(i);
    if (staff_[i].applied >= 0) s.applied = need_table_[std::size_t(staff_[i].applied)];
    const std::size_t lag = ring_ - 1, month = std::size_t(month_);
    for (std::size_t k = month - std::min(lag, month); k < month; ++k)
      s.needs.push_back(need_table_[std::size_t(needs_[i * ring_ + k % ring_])]);
    if (sbg()) s.cohorts.assign(&cohorts_[i * horizon_], &cohorts_[i * horizon_] + month_);
    return s;
  }

 private:
  static Money first_ad_budget(const Plan& plan) {
    for (const auto& st : plan.stages.stages())
      if (st.ad_budget.fen() > 0) return st.ad_budget;
    return Money();
  }
  bool sbg() const noexcept { return !schedule_.retention.empty(); }

  /// Every lane's figures zero (the arrays are the block's own), and the tables sized.
  void clear_lanes(std::size_t n) {
    for (auto* v : {&f_.stage}) v->fill(n);
    for (auto* v : {&f_.open, &f_.entered, &noisy_, &shocked_, &neutral_, &refund_within_one_})
      v->fill(n);
    for (auto* v : {&f_.season, &f_.lift, &f_.campaign, &f_.organic, &f_.search, &f_.display, &f_.affiliate,
                    &f_.returning, &f_.visitors, &f_.inquiries, &f_.orders, &f_.silent_orders,
                    &f_.inquiry_orders, &f_.orders_per_day, &organic_start_, &organic_growth_,
                    &cpc_, &cpm_, &inquiry_rate_, &inquiry_conversion_, &silent_conversion_,
                    &failure_, &organic_, &search_stock_, &display_stock_,
                    &paid_before_, &customers_, &traffic_shock_})
      v->fill(n);
    for (auto* v : {&f_.search_spend, &f_.display_spend, &f_.affiliate_spend, &f_.promotion_spend,
                    &f_.inquiry_revenue, &f_.silent_revenue, &f_.revenue, &f_.refunds,
                    &f_.net_sales, &f_.gross_profit, &f_.platform_fees, &f_.payroll,
                    &f_.operating_profit, &f_.cash_flow, &f_.deposits_and_purchases,
                    &f_.cumulative_cash, &aov_, &cumulative_, &last_revenue_, &profit_sum_})
      v->fill(n);
    for (auto* v : {&f_.neutral_reviews, &f_.negative_reviews}) v->fill(n);
    f_.credit_points.fill(n);
    for (auto* v : {&months_open_, &payback_}) v->fill(n);
    last_stage_.fill(n);
    refund_rate_.fill(n);
    seed_.fill(n);
    run_.fill(n);
    noise_.resize(n, Rng(0, 0));
    tracker_.resize(n, StageTracker(plan_.stages));
    staff_.fill(n);
    // a table of each: filled as the block meets teams, kept from block to block; when full
    // it starts again (the tables only save work, they never change a result)
    teams_.reserve(team_capacity_);
    moves_.assign(std::bit_ceil(2 * team_capacity_), Move{});  // a power of two
    needs_.resize(n * ring_);
    // one need a level within the table, and room for those past it and a state's history;
    // when full it keeps only the needs the lanes hold (forget_needs): never allocates
    const std::size_t levels = plan_.staffing.table_level_count(stage_levels());
    need_capacity_ = levels + n * (ring_ + 2) + 64;
    need_table_.reserve(need_capacity_);
    spare_needs_.reserve(need_capacity_);
    need_remap_.reserve(need_capacity_);
    need_index_.assign(std::bit_ceil(2 * need_capacity_), -1);  // at most half full
    past_levels_.assign(1024, Move{});
    index_needs();
    level_need_.assign(levels + 1, -1);  // the last: past the table, never kept
    if (sbg()) cohorts_.resize(n * horizon_);
  }

  void set_draw(std::size_t i, const Draw& d) {
    organic_start_[i] = d.organic_start;
    organic_growth_[i] = d.organic_growth;
    cpc_[i] = d.cpc;
    cpm_[i] = d.cpm;
    inquiry_rate_[i] = d.inquiry_rate;
    inquiry_conversion_[i] = d.inquiry_conversion;
    silent_conversion_[i] = d.silent_conversion;
    aov_[i] = Money::from_yuan(d.average_order_value, "average_order_value");
    refund_within_one_[i] = d.refund_rate >= 0.0 && d.refund_rate <= 1.0;  // sum_bound's
    refund_rate_[i] = d.refund_rate == plan_refund_.value()
                          ? plan_refund_
                          : Rate::unprepared(d.refund_rate, "refund_rate");  // a sampled one
    failure_[i] = std::isnan(d.probation_failure) ? plan_.probation.failure_rate.value
                                                  : d.probation_failure;
    neutral_[i] = plan_.probation.neutral(failure_[i]);
    noisy_[i] = d.noisy;
    seed_[i] = d.seed;
    run_[i] = d.run;
  }

  void load(std::size_t i, const StoreState& s, int employed) {
    months_open_[i] = s.months_open;
    tracker_[i] = StageTracker(plan_.stages, s.stage);
    last_stage_[i] = s.last_stage;
    cumulative_[i] = s.cumulative_cash;
    last_revenue_[i] = s.last_revenue;
    profit_sum_[i] = s.operating_profit_sum;
    payback_[i] = s.payback_month.value_or(0);
    organic_[i] = s.organic;
    search_stock_[i] = s.search_stock;
    display_stock_[i] = s.display_stock;
    paid_before_[i] = s.paid_before;
    customers_[i] = s.customers;
    traffic_shock_[i] = s.traffic_shock;
    shocked_[i] = s.months_open > 0;  // a store open before has drawn its first shock
    f_.credit_points[i] = s.credit_points;
    LaneStaff& staff = staff_[i];
    staff.employed = employed;
    staff.applied = s.applied ? intern(*s.applied) : -1;
    staff.level_known = false;
    staff.probation = Money();
    // the needs of the last months, in the ring by month (a run writes a month's need before
    // it reads it, so the rest of the ring needs no clearing)
    for (std::size_t k = 0; k < s.needs.size(); ++k)
      needs_[i * ring_ + (std::size_t(s.month) - s.needs.size() + k) % ring_] = intern(s.needs[k]);
    if (sbg()) std::copy(s.cohorts.begin(), s.cohorts.end(), &cohorts_[i * horizon_]);
  }

  // ---- the steps of a month, each over every lane ----

  /// Where each run is in its lifecycle, and the month's calendar: seasonality and campaign
  /// lifts; a sampled future's campaign lifts are uncertain, each times exp(c·z − c²/2).
  void calendar(int t) {
    const CalendarEffect e = calendar_effect(m_, t);
    const int moy = (m_.start_month() - 1 + t) % 12;
    const double c = m_.campaign_lift_noise;
    for (std::size_t i = 0; i < n_; ++i) {
      f_.stage[i] = tracker_[i].stage();
      f_.entered[i] = t == 0 || tracker_[i].index() != last_stage_[i];
      last_stage_[i] = tracker_[i].index();
      f_.open[i] = f_.stage[i] != Stage::setup;
      f_.season[i] = e.traffic;
      f_.lift[i] = e.conversion;
      f_.campaign[i] = e.campaign;
      if (!noisy_[i] || !f_.open[i]) continue;
      noise_[i] = Rng(seed_[i], run_[i], std::uint64_t(t));  // the month's own stream
      for (const auto& campaign : m_.campaigns)
        if (campaign.month_of_year == moy + 1 && c > 0) {
          const double traffic = std::exp(c * noise_[i].normal() - 0.5 * c * c);
          const double conversion = std::exp(c * noise_[i].normal() - 0.5 * c * c);
          f_.season[i] *= traffic;
          f_.lift[i] *= conversion;
          f_.campaign[i] *= traffic * conversion;
        }
    }
  }

  /// The ad budget — the trial over the first months open, then a share of last month's
  /// revenue (000 ch.4), split between 直通车 and 钻展 — and the visitors it and the rest of
  /// the market bring: paid by adstock and Hill saturation, (K / price) · x^h / (1 + x^h) with
  /// x = stock / K; organic growing logistically with sales momentum; affiliates and returning
  /// customers. A sampled future's traffic has an AR(1) log-shock each month.
  void advertising_and_traffic() {
    for (std::size_t i = 0; i < n_; ++i) {
      const bool open = f_.open[i];
      Money ad;
      if (open)
        ad = months_open_[i] < m_.ad_trial_months && trial_.fen() > 0
                 ? trial_month_
                 : promotion_share_.of(last_revenue_[i]);
      f_.search_spend[i] = search_share_.of(ad);
      f_.display_spend[i] = ad - f_.search_spend[i];
      if (open) {
        traffic(i);
      } else {
        f_.organic[i] = f_.search[i] = f_.display[i] = f_.affiliate[i] = f_.returning[i] = 0;
      }
      if (noisy_[i] && open) traffic_noise(i);
      f_.visitors[i] = f_.organic[i] + f_.search[i] + f_.display[i] + f_.affiliate[i] + f_.returning[i];
    }
  }

  void traffic(std::size_t i) {
    const double season = f_.season[i];
    search_stock_[i] = f_.search_spend[i].yuan() + m_.adstock * search_stock_[i];
    display_stock_[i] = f_.display_spend[i].yuan() + m_.adstock * display_stock_[i];
    auto hill = [&](double stock, double half) {
      const double x = stock / half;
      const double xh = m_.hill_shape == 1.0 ? x : std::pow(x, m_.hill_shape);
      return half * xh / (1.0 + xh);
    };
    double search = hill(search_stock_[i], m_.search_half_saturation) / cpc_[i];
    double display =
        hill(display_stock_[i], m_.display_half_saturation) * 1000.0 * m_.display_ctr / cpm_[i];
    double& organic = organic_[i];
    if (months_open_[i] == 0) {
      organic = organic_start_[i];
    } else {
      organic += organic_growth_[i] * (organic + m_.paid_spillover * paid_before_[i]) *
                 (1.0 - organic / m_.organic_market_cap);
      organic = std::max(0.0, organic);
    }
    f_.organic[i] = organic * season;
    f_.search[i] = search * season;
    f_.display[i] = display * season;
    f_.affiliate[i] = m_.affiliate_share * f_.organic[i];
    f_.returning[i] = m_.repeat_visits * customers_[i] * season;
    paid_before_[i] = f_.search[i] + f_.display[i];
  }

  /// Every channel's visitors times exp(x − σ²/2), x the month's AR(1) log-shock: stationary
  /// with sd σ, so the first shock is drawn with sd σ and each later one keeps ρ of the last.
  void traffic_noise(std::size_t i) {
    const double sigma = m_.monthly_traffic_noise, rho = m_.traffic_noise_autocorrelation;
    if (!(sigma > 0)) return;
    const double z = noise_[i].normal();
    traffic_shock_[i] = shocked_[i]
                            ? rho * traffic_shock_[i] + std::sqrt(1 - rho * rho) * sigma * z
                            : sigma * z;
    shocked_[i] = true;
    const double k = std::exp(traffic_shock_[i] - 0.5 * sigma * sigma);
    for (auto* v : {&f_.organic, &f_.search, &f_.display, &f_.affiliate, &f_.returning}) (*v)[i] *= k;
    paid_before_[i] = f_.search[i] + f_.display[i];
  }

  /// Inquiries, inquiry and silent orders (Poisson counts around their expectations in a
  /// sampled future's noisy month), revenue at the order value, affiliate commission.
  void funnel() {
    const double days = m_.days_in_month;
    for (std::size_t i = 0; i < n_; ++i) {
      const double ir = inquiry_rate_[i], lift = f_.lift[i], visitors = f_.visitors[i];
      const double ic = std::min(1.0, inquiry_conversion_[i] * lift);
      const double sc = std::min(1.0, silent_conversion_[i] * lift);
      f_.inquiries[i] = visitors * ir;
      double inquiry_orders = f_.inquiries[i] * ic;
      double silent = visitors * (1.0 - ir) * sc;
      if (noisy_[i] && f_.open[i]) {
        inquiry_orders = double(noise_[i].poisson(inquiry_orders));
        silent = double(noise_[i].poisson(silent));
      }
      f_.inquiry_orders[i] = inquiry_orders;
      f_.silent_orders[i] = silent;
      const double orders = inquiry_orders + silent;
      f_.orders[i] = orders;
      f_.orders_per_day[i] = orders / days;
      const Money aov = aov_[i];
      f_.inquiry_revenue[i] = aov.times(inquiry_orders, "orders");
      f_.silent_revenue[i] = aov.times(silent, "orders");
      f_.revenue[i] = f_.inquiry_revenue[i] + f_.silent_revenue[i];
      const double conversion = visitors > 0 ? orders / visitors : 0.0;
      f_.affiliate_spend[i] =
          affiliate_commission_.of(aov.times(f_.affiliate[i] * conversion, "orders"));
    }
  }

  /// The month as reported: visitors by channel scaled to the reported total (the plan's mix
  /// kept; all organic when the plan has none), the traffic levels the next month grows from
  /// scaled alike, buyers split between inquiry and silent orders as the plan splits them, and
  /// the reported revenue (exact) split the same way.
  void observe(const ObservedMonth& o) {
    for (std::size_t i = 0; i < n_; ++i) {
      if (f_.visitors[i] > 0) {
        const double k = o.visitors / f_.visitors[i];
        for (auto* v : {&f_.organic, &f_.search, &f_.display, &f_.affiliate, &f_.returning})
          (*v)[i] *= k;
        organic_[i] *= k;
        paid_before_[i] *= k;
      } else {
        f_.organic[i] = o.visitors;
      }
      const double ir = inquiry_rate_[i];
      const double inquiry_share =
          f_.orders[i] > 0
              ? f_.inquiry_orders[i] / f_.orders[i]
              : ir * inquiry_conversion_[i] /
                    std::max(conversion_rate(ir, inquiry_conversion_[i], silent_conversion_[i], 1.0),
                             1e-300);
      f_.visitors[i] = o.visitors;
      f_.inquiries[i] = o.visitors * ir;
      f_.orders[i] = o.buyers;
      f_.silent_orders[i] = o.buyers * (1.0 - inquiry_share);
      f_.orders_per_day[i] = f_.orders[i] / m_.days_in_month;
      f_.revenue[i] = o.revenue;
      f_.inquiry_revenue[i] = o.revenue.times(inquiry_share, "inquiry_share");
      f_.silent_revenue[i] = o.revenue - f_.inquiry_revenue[i];
      f_.affiliate_spend[i] =
          f_.visitors[i] > 0 ? affiliate_commission_.of(
                                   o.revenue.times(f_.affiliate[i] / f_.visitors[i], "affiliate share"))
                             : Money();
      f_.inquiry_orders[i] = o.buyers * inquiry_share;
    }
  }

  /// The customer base: geometric churn, or each month's buyers on the sBG curve.
  void customers(int t) {
    if (!sbg()) {
      const double keep = 1.0 - m_.customer_churn;
      for (std::size_t i = 0; i < n_; ++i) customers_[i] = customers_[i] * keep + f_.orders[i];
      return;
    }
    const std::vector<double>& retention = schedule_.retention;
    for (std::size_t i = 0; i < n_; ++i) {
      double* cohorts = &cohorts_[i * horizon_];
      cohorts[t] = f_.orders[i];
      double sum = 0;
      for (int c = 0; c <= t; ++c) sum += cohorts[c] * retention[std::size_t(t - c)];
      customers_[i] = sum;
    }
  }

  /// Reviews: all count for credit (+1 positive, −1 negative); customer service answers for
  /// the neutral and negative reviews of the orders it served (000 attachment 七).
  void reviews() {
    auto whole = [](double x) { return static_cast<long>(x + 0.5); };  // counts >= 0, no libm
    const double share = m_.review_share, neutral = m_.neutral_share, negative = m_.negative_share;
    for (std::size_t i = 0; i < n_; ++i) {
      const double all = f_.orders[i] * share;
      const double served = f_.inquiry_orders[i] * share;
      f_.neutral_reviews[i] = whole(served * neutral);
      f_.negative_reviews[i] = whole(served * negative);
      f_.credit_points[i] += whole(all * (1.0 - neutral - negative)) - whole(all * negative);
    }
  }

  /// The index of `need` in the table of distinct needs (added when new), found through the
  /// table's hash index: past the staffing table a run meets a new level every step, and a
  /// search through the table would cost each of them its length.
  int intern(const Headcount& need) {
    const std::size_t mask = need_index_.size() - 1;
    std::size_t k = hash_of(need) & mask;
    for (; need_index_[k] >= 0; k = (k + 1) & mask)
      if (need_table_[std::size_t(need_index_[k])] == need) return need_index_[k];
    if (need_table_.size() == need_capacity_) {
      forget_needs();  // renumbers the table and rebuilds its index: find the free slot again
      for (k = hash_of(need) & mask; need_index_[k] >= 0;) k = (k + 1) & mask;
    }
    need_table_.push_back(need);
    need_index_[k] = int(need_table_.size() - 1);
    return need_index_[k];
  }

  /// A team's hash for need_index_ (FNV-1a over its role counts: a department's count is
  /// their sum).
  static std::size_t hash_of(const Headcount& h) noexcept {
    std::uint64_t x = 0xcbf29ce484222325ull;
    for (std::size_t r = 0; r < role_count; ++r)
      x = (x ^ std::uint32_t(h.count(static_cast<Role>(r)))) * 0x100000001b3ull;
    return std::size_t(x ^ (x >> 29));
  }

  /// need_index_ for the needs now in need_table_.
  void index_needs() {
    std::fill(need_index_.begin(), need_index_.end(), -1);
    const std::size_t mask = need_index_.size() - 1;
    for (std::size_t id = 0; id < need_table_.size(); ++id) {
      std::size_t k = hash_of(need_table_[id]) & mask;
      while (need_index_[k] >= 0) k = (k + 1) & mask;
      need_index_[k] = int(id);
    }
  }

  /// Empties the table of needs when full (runs that grow past the staffing table meet a new
  /// need at each step): keeps those the lanes hold, renumbered, and forgets the levels' needs
  /// and the memo of moves, which name needs by number. Into tables reserved beforehand.
  void forget_needs() {
    need_remap_.assign(need_table_.size(), -1);
    spare_needs_.clear();
    auto keep = [&](int& id) {
      if (id < 0 || std::size_t(id) >= need_remap_.size()) return;  // none, or an unwritten slot
      int& to = need_remap_[std::size_t(id)];
      if (to < 0) {
        to = int(spare_needs_.size());
        spare_needs_.push_back(need_table_[std::size_t(id)]);
      }
      id = to;
    };
    for (std::size_t i = 0; i < n_; ++i) {
      keep(staff_[i].need);
      keep(staff_[i].applied);
      for (std::size_t k = 0; k < ring_; ++k) keep(needs_[i * ring_ + k]);
    }
    need_table_.swap(spare_needs_);
    index_needs();
    std::fill(level_need_.begin(), level_need_.end(), -1);
    std::fill(past_levels_.begin(), past_levels_.end(), Move{});
    past_used_ = 0;
    std::fill(moves_.begin(), moves_.end(), Move{});
    moves_used_ = 0;
  }

  /// Stages the staffing levels tell apart: the lifecycle's when its hires are a floor.
  std::size_t stage_levels() const noexcept { return floors_.empty() ? 1 : floors_.size(); }

  /// Each stage's floor (StaffingPolicy::stage_floor): the hires of it and the stages before,
  /// by department; none when the plan keeps no floor.
  static std::vector<std::array<int, department_count>> stage_floors(const Plan& plan) {
    std::vector<std::array<int, department_count>> floors;
    if (!plan.staffing.stage_floor()) return floors;
    for (std::size_t k = 0; k < plan.stages.stages().size(); ++k)
      floors.push_back(plan.stages.planned_staff(k).departments());
    return floors;
  }

  /// The need at a level, composed the first time the block meets a level within the table.
  int need_at(StaffingPolicy::Level level, std::int64_t revenue_fen, double orders_per_day) {
    const StaffingPolicy& policy = plan_.staffing;
    const std::size_t key = policy.key(level, stage_levels());
    const bool kept = key + 1 < level_need_.size();
    if (kept && level_need_[key] >= 0) return level_need_[key];
    // past the table: a level is (tier, the steps its orders reach, stage), and its need
    // depends on nothing else, so it too is remembered (by hash, in a table of fixed size)
    const std::uint64_t past = (std::uint64_t(level.tier) << 48) ^ (std::uint64_t(level.stage) << 40) ^
                               std::uint64_t(level.bands);
    if (!kept) {
      const Move& met = past_levels_[slot_of(past_levels_, past)];
      if (met.key == past) return met.to;
    }
    std::array<int, department_count> counts{};
    const int* floor = floors_.empty() ? nullptr : floors_[level.stage].data();
    const std::size_t tier = policy.department_counts(revenue_fen, orders_per_day, counts.data(), floor);
    const int id = intern(policy.compose(tier, counts));  // may renumber the levels' needs
    if (kept)
      level_need_[key] = id;
    else
      remember_past_level(past, id);
    return id;
  }

  /// Remembers the need of a level past the table (past_levels_; emptied when half full, so
  /// that its probes stay short).
  void remember_past_level(std::uint64_t past, int id) {
    if (2 * (past_used_ + 1) > past_levels_.size()) {
      std::fill(past_levels_.begin(), past_levels_.end(), Move{});
      past_used_ = 0;
    }
    past_levels_[slot_of(past_levels_, past)] = {past, id};
    ++past_used_;
  }

  /// The slot of `key` in an open-addressing memo of Moves (a power of two slots): where it is,
  /// or the empty slot where it goes.
  static std::size_t slot_of(const auto& memo, std::uint64_t key) noexcept {
    const std::size_t mask = memo.size() - 1;
    std::size_t k = (key * 0x9E3779B97F4A7C15ull) >> 40 & mask;
    while (memo[k].key != Move::none && memo[k].key != key) k = (k + 1) & mask;
    return k;
  }

  /// Staff: the need of `lag` months ago (docs/model.md §3), looked up again only when the
  /// month's staffing level (tier, bands reached) changes; a target is applied only when it
  /// differs from the last, and the pay is refolded only when the staff change. A hire month
  /// pays its probation adjustment.
  void staffing(int t) {
    const StaffingPolicy& policy = plan_.staffing;
    const std::size_t lag = ring_ - 1, now = std::size_t(t);
    const std::size_t write = now % ring_, read = (now - std::min(lag, now)) % ring_;
    for (std::size_t i = 0; i < n_; ++i) {
      LaneStaff& s = staff_[i];
      const bool open = f_.open[i];
      const std::int64_t revenue = open ? f_.revenue[i].fen() : 0;
      const double orders_per_day = open ? f_.orders_per_day[i] : 0.0;
      const std::size_t stage = floors_.empty() ? 0 : tracker_[i].index();
      const StaffingPolicy::Level level = policy.level(revenue, orders_per_day, s.level, stage);
      if (!s.level_known || !(level == s.level)) {
        s.need = need_at(level, revenue, orders_per_day);
        s.level = level;
        s.level_known = true;
      }
      int* ring = &needs_[i * ring_];
      ring[write] = s.need;
      const int target = ring[read];
      s.probation = Money();
      if (!open || s.applied == target) continue;
      s.applied = target;
      if (neutral_[i]) {
        s.employed = next_team(s.employed, target);
        continue;
      }
      const Headcount before = teams_[std::size_t(s.employed)].staff;
      s.employed = next_team(s.employed, target);
      s.probation = plan_.probation.hire_month_cost(
          plan_.pay, before, teams_[std::size_t(s.employed)].staff, failure_[i]);
    }
  }

  /// The index of the team `staff` (added when new).
  int team_of(const Headcount& staff) {
    for (std::size_t k = 0; k < teams_.size(); ++k)
      if (teams_[k].staff == staff) return int(k);
    if (teams_.size() == team_capacity_) forget_teams();
    teams_.push_back(Team{staff, staff.total(), staff.count(Role::cs_agent),
                          TeamPay(plan_.pay, staff, m_.rating_change)});
    return int(teams_.size() - 1);
  }

  /// The team after a month whose staffing target is need `target` (StaffingPolicy::next_staff),
  /// remembered by (team, target): runs of a block hire along the same few paths.
  int next_team(int from, int target) {
    const std::uint64_t key = (std::uint64_t(std::uint32_t(from)) << 32) | std::uint32_t(target);
    const std::size_t k = slot_of(moves_, key);
    if (moves_[k].key == key) return moves_[k].to;
    const std::size_t generation = generation_;
    const int to = team_of(plan_.staffing.next_staff(teams_[std::size_t(from)].staff,
                                                     need_table_[std::size_t(target)]));
    // remembered unless the tables started again meanwhile, or the memo is half full (its
    // probes stay short; what is not remembered is worked out again)
    if (generation == generation_ && 2 * (moves_used_ + 1) <= moves_.size()) {
      moves_[k] = {key, to};
      ++moves_used_;
    }
    return to;
  }

  /// Empties the team tables when full: every lane's team is kept, the memo of moves cleared.
  void forget_teams() {
    std::vector<Team> kept;  // only on this rare path: a block met more teams than the table holds
    for (std::size_t i = 0; i < n_; ++i) {
      const Team& t = teams_[std::size_t(staff_[i].employed)];
      staff_[i].employed = int(kept.size());
      kept.push_back(t);
    }
    teams_ = std::move(kept);
    teams_.reserve(team_capacity_);
    std::fill(moves_.begin(), moves_.end(), Move{});
    moves_used_ = 0;
    ++generation_;
  }

  /// The payslips of the month's staff, summed (folded by TeamPay), and once open the
  /// campaign days' temporary staff and the probation adjustment.
  void pay(int t) {
    const Money temporary = schedule_.temporary_staff[std::size_t(t)];
    for (std::size_t i = 0; i < n_; ++i) {
      const LaneStaff& s = staff_[i];
      const Team& team = teams_[std::size_t(s.employed)];
      Money payroll;
      if (team.people != 0)
        payroll = team.pay.total(team.agents > 0 ? f_.inquiry_revenue[i] : Money(),
                               f_.silent_revenue[i], f_.neutral_reviews[i], f_.negative_reviews[i],
                               m_.rating_change);
      if (f_.open[i]) payroll += temporary + s.probation;
      f_.payroll[i] = payroll;
    }
  }

  /// The month's P&L and cash (docs/model.md §5), and the payback test. A lane whose month
  /// is within sum_bound sums its lines unchecked (one range check instead of one a sum);
  /// any other takes Money's checked sums, which name the overflow. The fen are the same.
  void profit_and_loss(int t) {
    const Money deposits = schedule_.deposits[std::size_t(t)];
    const Money purchases = schedule_.purchases[std::size_t(t)];
    const SalesRates rates = sales_rates_;  // a local copy: the loop's stores cannot touch it
    const Money annual_fee = plan_.fees.annual_fee;
    const auto& stages = plan_.stages.stages();
    const bool month_bounded =
        sums_bounded_ && within_sum_bound(deposits) && within_sum_bound(purchases);
    for (std::size_t i = 0; i < n_; ++i) {
      // revenue and the spends are >= 0 (a negative one reads as too large), the payroll
      // either way
      const std::uint64_t largest =
          std::uint64_t(f_.revenue[i].fen()) | std::uint64_t(f_.search_spend[i].fen()) |
          std::uint64_t(f_.display_spend[i].fen()) | std::uint64_t(f_.affiliate_spend[i].fen()) |
          (std::uint64_t(f_.payroll[i].fen()) + sum_bound);
      if (month_bounded && refund_within_one_[i] && largest < 2 * sum_bound) [[likely]]
        lane_profit_and_loss<detail::UncheckedFen>(i, t, rates, deposits, purchases, annual_fee,
                                                   stages);
      else
        lane_profit_and_loss<Money>(i, t, rates, deposits, purchases, annual_fee, stages);
    }
  }

  /// A month's revenue and spends below 2 × this (2^59 fen), its payroll, fee, deposits,
  /// purchases and software within ± this, bound every sum of its P&L: its lines are shares of
  /// revenue at rates in [0, 1], so none exceeds the revenue, and the cash flow sums 13 terms
  /// below 2^59 each, below 2^63.
  static constexpr std::uint64_t sum_bound = std::uint64_t(1) << 58;
  static bool within_sum_bound(Money m) noexcept { return std::uint64_t(m.fen()) + sum_bound < 2 * sum_bound; }

  /// Whether the plan's side of the bound holds: every sales rate in [0, 1], the annual fee
  /// and each stage's software within sum_bound (a lane's refund rate is checked by set_draw).
  static bool plan_within_sum_bound(const Plan& plan, const SalesRates& rates) {
    bool ok = within_sum_bound(plan.fees.annual_fee);
    for (const Rate* r : {&rates.goods, &rates.commission, &rates.shipping, &rates.tax, &rates.other})
      ok = ok && r->value() >= 0.0 && r->value() <= 1.0;
    for (const auto& st : plan.stages.stages()) ok = ok && within_sum_bound(st.software);
    return ok;
  }

  /// One lane's P&L, its sums in `Amount`: Money (each checked) or detail::UncheckedFen
  /// (bounded beforehand by profit_and_loss). The months' running totals are always checked.
  template <class Amount>
  [[gnu::always_inline]] void lane_profit_and_loss(std::size_t i, int t, const SalesRates& rates,
                                                   Money deposits, Money purchases,
                                                   Money annual_fee, const auto& stages) {
    using detail::as_money;
    const Amount promotion =
        Amount(f_.search_spend[i]) + Amount(f_.display_spend[i]) + Amount(f_.affiliate_spend[i]);
    const auto lines = sales_lines<Amount>(rates, f_.revenue[i], refund_rate_[i]);
    const Amount fee(f_.open[i] && months_open_[i] % 12 == 0 ? annual_fee : Money());
    const Amount bought =
        f_.entered[i] ? Amount(purchases) + Amount(stages[last_stage_[i]].software)
                      : Amount(purchases);
    const Amount operating = lines.operating_profit(fee, promotion, Amount(f_.payroll[i]));
    const Amount cash = operating - Amount(deposits) - bought;
    const Money cumulative = cumulative_[i] + as_money(cash);
    const Money profit_sum = profit_sum_[i] + as_money(operating);
    f_.promotion_spend[i] = as_money(promotion);
    f_.refunds[i] = as_money(lines.refunds);
    f_.net_sales[i] = as_money(lines.net_sales);
    f_.gross_profit[i] = as_money(lines.gross_profit);
    f_.platform_fees[i] = as_money(lines.platform_commission + fee);
    f_.operating_profit[i] = as_money(operating);
    f_.deposits_and_purchases[i] = as_money(Amount(deposits) + bought);
    f_.cash_flow[i] = as_money(cash);
    f_.cumulative_cash[i] = cumulative_[i] = cumulative;
    profit_sum_[i] = profit_sum;
    if (payback_[i] == 0 && profit_sum >= investment_) payback_[i] = t + 1;
  }

  /// The stage transition: each run's revenue against its stage's target, less what the
  /// month's campaigns added where the target excludes them (成熟阶段, 000 ch.3). Only such a
  /// stage reads the campaigns' revenue, so only its lanes work it out.
  void stage_transition() {
    for (std::size_t i = 0; i < n_; ++i) {
      StageTracker& tracker = tracker_[i];
      tracker.record(f_.revenue[i],
                     tracker.excludes_campaigns() ? campaign_revenue(i) : Money());
      last_revenue_[i] = f_.revenue[i];
      if (f_.open[i]) ++months_open_[i];
    }
  }

  /// What lane `i`'s campaigns added to its revenue this month: the revenue less the revenue
  /// over their lift, to the fen (MonthRecord::campaign_revenue).
  Money campaign_revenue(std::size_t i) const {
    const double lift = f_.campaign[i];
    return lift == 1.0 ? Money() : f_.revenue[i] - f_.revenue[i].times(1.0 / lift, "campaign lift");
  }

  const Plan& plan_;
  const MarketAssumptions& m_;
  const Schedule& schedule_;
  std::size_t capacity_, n_ = 0;
  int month_ = 0;
  const Money trial_, trial_month_, investment_;
  const Rate promotion_share_, search_share_, affiliate_commission_;  // the plan's, prepared
  const SalesRates sales_rates_;
  const bool sums_bounded_;  // the plan's side of sum_bound holds
  const Rate plan_refund_;
  const std::size_t ring_;     // slots of the needs ring: the hiring lag + 1
  const std::size_t horizon_;  // months of the schedule (cohort slots per lane)
  // each stage's floor of people by department (stage_floors); empty: no floor
  const std::vector<std::array<int, department_count>> floors_;
  Figures f_;
  // each lane's draw
  Lanes<double> organic_start_, organic_growth_, cpc_, cpm_, inquiry_rate_, inquiry_conversion_,
      silent_conversion_, failure_;
  Lanes<Rate> refund_rate_;
  Lanes<bool> refund_within_one_;  // the lane's refund rate in [0, 1] (sum_bound)
  Lanes<Money> aov_;
  Lanes<bool> noisy_, neutral_;  // noisy months; probation costs nothing extra
  Lanes<std::uint64_t> seed_, run_;
  // each lane's state between months
  Lanes<double> organic_, search_stock_, display_stock_, paid_before_, customers_, traffic_shock_;
  Lanes<bool> shocked_;  // a shock has been drawn (the first comes from the stationary law)
  Lanes<Money> cumulative_, last_revenue_, profit_sum_;
  Lanes<int> months_open_, payback_;  // payback month, 0: not yet
  Lanes<std::size_t> last_stage_;
  std::vector<StageTracker> tracker_;
  Lanes<LaneStaff> staff_;
  // teams a block remembers: runs of a block hire along a few paths, a block of one run fewer
  const std::size_t team_capacity_ = std::min<std::size_t>(1024, 64 + 8 * capacity_);
  struct Move {
    static constexpr std::uint64_t none = ~std::uint64_t(0);
    std::uint64_t key = none;  // (team from, need target)
    int to = 0;
  };
  std::vector<Team> teams_;  // the distinct teams met (LaneStaff::employed index them)
  std::vector<Move> moves_;  // next_team's memo: open addressing, a power of two slots
  std::size_t moves_used_ = 0, generation_ = 0;  // generation_: times the tables started again
  std::vector<Rng> noise_;      // the month's noise stream of each lane
  std::vector<int> needs_;      // lane i's ring of needs at [i * ring_, (i + 1) * ring_)
  std::vector<Headcount> need_table_;  // the distinct needs met (needs_ index it)
  std::vector<Headcount> spare_needs_;  // forget_needs' room, reserved as need_table_
  std::vector<int> need_remap_;         // forget_needs' old number → new
  std::size_t need_capacity_ = 0;
  std::vector<int> need_index_;  // need_table_'s hash index: open addressing, -1 empty slots
  // the needs of levels past the table met so far, by (tier, stage, bands): open addressing
  // (a Move's key and `to`, the need), cleared when half full or when the needs renumber
  std::vector<Move> past_levels_;
  std::size_t past_used_ = 0;
  std::vector<int> level_need_;        // the need at each staffing level; -1: not met yet
  std::vector<double> cohorts_;  // lane i's orders by month at [i * horizon_, ...) (sBG)
};

/// The block of a Monte Carlo: 128 runs side by side (about 70 KB: make it on the heap).
using MonthBlock = BasicMonthBlock<128>;
/// The block of one run (`simulate`): small enough for the stack.
using RunBlock = BasicMonthBlock<1>;

}  // namespace detail

}  // namespace storeops
