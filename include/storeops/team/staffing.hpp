#pragma once
/// Who the store employs: revenue tiers and orders-per-day bands as data, combined into a
/// headcount per department and role (docs/model.md §3; 000 ch.4 and ch.5).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <storeops/core/names.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/core/money.hpp>
#include <storeops/team/erlang.hpp>
#include <storeops/team/roles.hpp>

namespace storeops {

/// How many people of one role.

/// One department's team in a revenue tier, with its monthly cost as the seed writes it.
struct DepartmentStaff {
  Department department = Department::customer_service;
  std::vector<RoleCount> roles;  ///< e.g. customer service at 50,000: cs_lead 1 + cs_agent 2
  Money cost;                    ///< the seed's department cost (部门人员成本), yuan a month
  friend bool operator==(const DepartmentStaff&, const DepartmentStaff&) = default;

  int headcount() const noexcept {
    int n = 0;
    for (const auto& r : roles) n += r.count;
    return n;
  }
};

/// A revenue tier of 000 ch.4: from this monthly revenue on, the store has these teams.
struct RevenueTier {
  Money monthly_revenue;  ///< 营业额: the tier applies from this monthly revenue
  Money budget;           ///< 可用人员成本: the personnel budget the seed gives the tier
  std::vector<DepartmentStaff> departments;
  Money stated_cost;      ///< 总成本 as the seed writes it; zero where it writes none

  /// The sum of the department costs.
  Money department_cost() const {
    Money sum;
    for (const auto& d : departments) sum += d.cost;
    return sum;
  }
  /// The tier's personnel cost: the seed's stated total where it gives one.
  Money personnel_cost() const { return stated_cost.fen() != 0 ? stated_cost : department_cost(); }
  friend bool operator==(const RevenueTier&, const RevenueTier&) = default;
};

/// An orders-per-day band of 000 ch.5: one more person in `department` from
/// low + trigger·(high − low) orders a day on.
struct OrderBand {
  Department department = Department::customer_service;
  double low = 0;   ///< orders a day where the band starts
  double high = 0;  ///< orders a day where it ends
  int add = 1;      ///< people hired when the band is reached
  std::string note; ///< what the seed says the hire is for
  friend bool operator==(const OrderBand&, const OrderBand&) = default;
};

namespace detail::rules {
inline void people_to_add(const int& v, const std::string& path) {
  if (v < 1) fail(path, std::to_string(v), ">= 1 person");
}
}  // namespace detail::rules

/// Every field of an order band, once.
inline constexpr auto order_band_fields = [] {
  namespace r = detail::rules;
  using B = OrderBand;
  return std::make_tuple(
      detail::required_field("department", &B::department, "部门", "The department that hires.",
                             r::any<Department>),
      detail::required_field("low", &B::low, "日订单下限", "Orders a day where the band starts.",
                             r::non_negative),
      detail::required_field("high", &B::high, "日订单上限", "Orders a day where it ends (>= low).",
                             r::non_negative),
      detail::field("add", &B::add, "增加人数", "People hired when the band is reached.",
                    r::people_to_add),
      detail::field("note", &B::note, "说明", "What the seed says the hire is for.",
                    r::any<std::string>));
}();

/// How the tier rule and the band rule combine, department by department.
enum class Combine { max, tiers, bands };
inline constexpr std::array<std::string_view, 3> combine_names = {"max", "tiers", "bands"};

template <>
struct EnumNames<Combine> {
  static constexpr auto& names = combine_names;
  static constexpr std::string_view what = "combine rule", plural = "combine rules";
};
inline Combine combine_from_string(std::string_view s) {
  return from_string<Combine>(s, "Staffing.combine");
}

/// What the bands do past the table's last one (000 ch.5's table ends at 250 orders a day).
/// repeat_last_step: each department keeps hiring its last band's people every last step
/// (the distance between its last two hiring points; with one band, the band's width);
/// erlang: the same, except customer service, which grows by Erlang C on the day's peak-hour
/// chats (StaffingPolicy::erlang()); hold: nobody is added past the table (round two's rule).
enum class BeyondTable { repeat_last_step, erlang, hold };
inline constexpr std::array<std::string_view, 3> beyond_table_names = {"repeat_last_step",
                                                                        "erlang", "hold"};
template <>
struct EnumNames<BeyondTable> {
  static constexpr auto& names = beyond_table_names;
  static constexpr std::string_view what = "beyond-table rule", plural = "beyond-table rules";
};

/// How customer service is sized past the table when beyond_table is erlang: peak-hour chats
/// = orders a day × chats_per_order × peak_share, then erlang::agents_required. Every default
/// is *assumed*: 10 chats an order is the preset funnel's (20% of visitors ask, 2% order), the
/// 12% peak hour is §3's, the rest are the campaign day's sizing.
struct ErlangStaffing {
  double chats_per_order = 10;  ///< 询单: chats a day per order a day
  double peak_share = 0.12;     ///< share of the day's chats in its busiest hour
  double handle_time_s = 180;   ///< seconds of agent work per chat
  int concurrency = 3;          ///< chats one agent keeps at once (旺旺)
  double service_level = 0.8;   ///< share answered within answer_within_s
  double answer_within_s = 30;
  friend bool operator==(const ErlangStaffing&, const ErlangStaffing&) = default;

  /// Agents the busiest hour needs at this many orders a day.
  int agents(double orders_per_day) const {
    return erlang::agents_required(orders_per_day * chats_per_order * peak_share, handle_time_s,
                                   service_level, answer_within_s, concurrency);
  }
};

/// Every field of the Erlang sizing, once.
inline constexpr auto erlang_staffing_fields = [] {
  namespace r = detail::rules;
  using E = ErlangStaffing;
  using detail::field;
  return std::make_tuple(
      field("chats_per_order", &E::chats_per_order, "每单咨询数",
            "Chats a day per order a day (assumed 10).", r::non_negative),
      field("peak_share", &E::peak_share, "高峰小时占比",
            "Share of the day's chats in the busiest hour (assumed 0.12).", r::rate),
      field("handle_time_s", &E::handle_time_s, "处理时长秒", "Seconds of agent work per chat.",
            r::positive),
      field("concurrency", &E::concurrency, "同时接待数", "Chats one agent keeps at once.",
            r::whole_in<1, 100>),
      field("service_level", &E::service_level, "服务水平",
            "Share of chats answered within answer_within_s, in (0, 1).", r::rate),
      field("answer_within_s", &E::answer_within_s, "应答时限秒", "Seconds to the first answer.",
            r::non_negative));
}();

/// People per department and per role (人员编制). `total()` counts everyone.
class Headcount {
 public:
  Headcount() = default;

  int operator[](Department d) const noexcept { return departments_[index(d)]; }
  int count(Role r) const noexcept { return roles_[index(r)]; }
  int total() const noexcept {
    int n = 0;
    for (int c : departments_) n += c;
    return n;
  }
  const std::array<int, department_count>& departments() const noexcept { return departments_; }
  const std::array<int, role_count>& roles() const noexcept { return roles_; }

  /// Adds people of a role (and so to its department).
  void add(Role r, int n) {
    if (n < 0) detail::fail("Headcount.add", std::to_string(n), ">= 0 people");
    roles_[index(r)] += n;
    departments_[index(department_of(r))] += n;
  }

  friend bool operator==(const Headcount&, const Headcount&) = default;

  friend std::ostream& operator<<(std::ostream& os, const Headcount& h) {
    os << "Headcount(";
    bool first = true;
    for (std::size_t i = 0; i < department_count; ++i) {
      if (h.departments_[i] == 0) continue;
      os << (first ? "" : ", ") << department_names[i] << '=' << h.departments_[i];
      first = false;
    }
    return os << (first ? "" : ", ") << "total=" << h.total() << ')';
  }

 private:
  std::array<int, department_count> departments_{};
  std::array<int, role_count> roles_{};
};

/// The staffing rules of a plan: data a user can read, change and hand back.
class StaffingPolicy {
 public:
  StaffingPolicy(std::vector<RevenueTier> tiers, std::vector<OrderBand> bands,
                 double trigger = 0.0, Combine combine = Combine::max,
                 int hiring_lag_months = 1, bool allow_shrink = false,
                 BeyondTable beyond_table = BeyondTable::repeat_last_step,
                 bool stage_floor = true, ErlangStaffing erlang = {})
      : tiers_(std::move(tiers)),
        bands_(std::move(bands)),
        trigger_(trigger),
        combine_(combine),
        hiring_lag_months_(hiring_lag_months),
        allow_shrink_(allow_shrink),
        beyond_table_(beyond_table),
        stage_floor_(stage_floor),
        erlang_(erlang) {
    compile();
  }

  const std::vector<RevenueTier>& tiers() const noexcept { return tiers_; }
  const std::vector<OrderBand>& bands() const noexcept { return bands_; }
  /// Where inside a band [low, high] the hire happens: low + trigger·(high − low), in [0, 1].
  double trigger() const noexcept { return trigger_; }
  Combine combine() const noexcept { return combine_; }
  /// Months between a need appearing and the hire taking effect (*assumed* 1).
  int hiring_lag_months() const noexcept { return hiring_lag_months_; }
  /// Whether headcount may fall when the need falls (default: it does not).
  bool allow_shrink() const noexcept { return allow_shrink_; }
  /// What the bands do past the table's last one (BeyondTable; default repeat_last_step).
  BeyondTable beyond_table() const noexcept { return beyond_table_; }
  /// Whether each stage's planned hires (StagePlan::hires, cumulative) are a floor on its
  /// headcount (000 ch.3; default on). Applied where the stage is known: the simulation.
  bool stage_floor() const noexcept { return stage_floor_; }
  /// Customer service's sizing past the table when beyond_table is erlang.
  const ErlangStaffing& erlang() const noexcept { return erlang_; }

  void set_tiers(std::vector<RevenueTier> t) { swap_in(&StaffingPolicy::tiers_, std::move(t)); }
  void set_bands(std::vector<OrderBand> b) { swap_in(&StaffingPolicy::bands_, std::move(b)); }
  void set_trigger(double t) { swap_in(&StaffingPolicy::trigger_, t); }
  void set_combine(Combine c) { swap_in(&StaffingPolicy::combine_, c); }
  void set_hiring_lag_months(int m) { swap_in(&StaffingPolicy::hiring_lag_months_, m); }
  void set_allow_shrink(bool a) noexcept { allow_shrink_ = a; }
  void set_beyond_table(BeyondTable b) { swap_in(&StaffingPolicy::beyond_table_, b); }
  void set_stage_floor(bool f) noexcept { stage_floor_ = f; }
  void set_erlang(ErlangStaffing e) { swap_in(&StaffingPolicy::erlang_, e); }

  friend bool operator==(const StaffingPolicy&, const StaffingPolicy&) = default;

  /// The team needed at this monthly revenue and this many orders a day; with `floor` (e.g.
  /// a stage's planned staff, Lifecycle::planned_staff) no department has fewer people.
  Headcount headcount(Money monthly_revenue, double orders_per_day,
                      const Headcount* floor = nullptr) const {
    check_inputs(monthly_revenue.fen(), orders_per_day, "monthly_revenue", "orders_per_day");
    std::array<int, department_count> counts{};
    const std::size_t tier =
        department_counts(monthly_revenue.fen(), orders_per_day, counts.data(),
                          floor ? floor->departments().data() : nullptr);
    return compose(tier, counts);
  }

  /// The department counts alone, into `out` (department_count ints in department order);
  /// returns the tier used. The kernel of both the scalar and the batch form: no checks, no
  /// allocation (past the table under erlang, Erlang C's own loop).
  ///
  /// Within the table (docs/model.md §3): the band rule is the first tier's team plus the
  /// bands reached, and a department has the larger of the band rule and its revenue tier's
  /// team. Past the table's last band the band rule keeps growing (beyond_table), so the
  /// larger of the two grows too, whatever the tier.
  std::size_t department_counts(std::int64_t revenue_fen, double orders_per_day, int* out,
                                const int* floor = nullptr) const {
    std::size_t tier = 0;
    while (tier + 1 < tier_fen_.size() && revenue_fen >= tier_fen_[tier + 1]) ++tier;
    const int* tier_row = &tier_counts_[tier * department_count];
    for (std::size_t d = 0; d < department_count; ++d) out[d] = 0;
    if (combine_ != Combine::tiers) {
      for (std::size_t d = 0; d < department_count; ++d) out[d] = tier_counts_[d];  // first tier
      for (std::size_t b = 0; b < band_at_.size(); ++b)
        if (orders_per_day >= band_at_[b]) out[band_department_[b]] += band_add_[b];
      if (orders_per_day >= beyond_from_)
        for (std::size_t d = 0; d < department_count; ++d)
          out[d] += beyond_steps(d, orders_per_day) * beyond_add_[d];
    }
    if (combine_ != Combine::bands)
      for (std::size_t d = 0; d < department_count; ++d) out[d] = std::max(out[d], tier_row[d]);
    if (floor)
      for (std::size_t d = 0; d < department_count; ++d) out[d] = std::max(out[d], floor[d]);
    return tier;
  }

  /// Where a month stands in the staffing rules: its revenue tier, how many hiring points its
  /// orders a day reach (the table's bands, then those past it) and its stage.
  /// department_counts() depends on nothing else, so a run recomposes its need only when the
  /// level changes.
  struct Level {
    std::size_t tier = 0, bands = 0, stage = 0;
    friend bool operator==(Level, Level) = default;
  };
  /// Levels within the table: tier × (bands + 1) × stages; key() numbers them.
  std::size_t table_level_count(std::size_t stages = 1) const noexcept {
    return tier_fen_.size() * (band_at_.size() + 1) * stages;
  }
  /// One number per level within the table, in 0..table_level_count(stages); past the table
  /// (bands above the table's), table_level_count(stages): levels there are not numbered.
  std::size_t key(Level l, std::size_t stages = 1) const noexcept {
    const std::size_t b = band_at_.size();
    if (l.bands > b) return table_level_count(stages);
    return (l.stage * tier_fen_.size() + l.tier) * (b + 1) + l.bands;
  }

  /// The level of a month (what department_counts() reads), searched from `near`, the last
  /// month's: revenue and orders move little from month to month, so this takes a few steps.
  Level level(std::int64_t revenue_fen, double orders_per_day, Level near,
              std::size_t stage = 0) const {
    std::size_t tier = std::min(near.tier, tier_fen_.size() - 1);
    while (tier > 0 && revenue_fen < tier_fen_[tier]) --tier;
    while (tier + 1 < tier_fen_.size() && revenue_fen >= tier_fen_[tier + 1]) ++tier;
    std::size_t bands = std::min(near.bands, sorted_band_at_.size());
    while (bands > 0 && !(orders_per_day >= sorted_band_at_[bands - 1])) --bands;
    while (bands < sorted_band_at_.size() && orders_per_day >= sorted_band_at_[bands]) ++bands;
    // past the table: every department's steps are non-decreasing in orders, so their sum
    // names the point reached (equal sums at two order counts mean equal steps everywhere)
    if (orders_per_day >= beyond_from_) {
      // departments that step alike (the same start and length) counted together: one
      // division a group (the preset's three stepping departments are one group)
      for (std::size_t g = 0; g < beyond_groups_; ++g)
        if (orders_per_day >= beyond_group_start_[g])
          bands += beyond_group_size_[g] *
                   std::size_t(steps_from(orders_per_day, beyond_group_start_[g],
                                          beyond_group_step_[g]));
      if (erlang_department_ < department_count)
        bands += std::size_t(beyond_steps(erlang_department_, orders_per_day));
    }
    return {tier, bands, stage};
  }

  /// Steps past the table's last band department `d` has reached at this many orders a day
  /// (beyond_table): 0 before its first step.
  int beyond_steps(std::size_t d, double orders_per_day) const {
    if (!(orders_per_day >= beyond_start_[d])) return 0;
    if (erlang_department_ == d)
      return std::max(0, erlang_.agents(orders_per_day) - erlang_base_agents_);
    return steps_from(orders_per_day, beyond_start_[d], beyond_step_[d]);
  }

  /// Steps reached at `orders_per_day` >= `start` by steps of `step` from `start`: the first
  /// at the start itself.
  static int steps_from(double orders_per_day, double start, double step) noexcept {
    return 1 + static_cast<int>((orders_per_day - start) / step);
  }

  /// Headcounts of many (revenue, orders) pairs: row i of `out` (n × 6, row-major) gets
  /// department counts of revenue_yuan[i] and orders_per_day[i].
  void headcount_batch(std::span<const double> revenue_yuan,
                       std::span<const double> orders_per_day, int* out) const {
    if (revenue_yuan.size() != orders_per_day.size())
      throw Error("revenue and orders_per_day must have the same length, got " +
                  std::to_string(revenue_yuan.size()) + " and " +
                  std::to_string(orders_per_day.size()));
    for (std::size_t i = 0; i < revenue_yuan.size(); ++i) {
      const double yuan = revenue_yuan[i], orders = orders_per_day[i];
      if (!(yuan >= 0 && yuan < 9e16) || !(orders >= 0 && std::isfinite(orders))) {
        const auto at = "[" + std::to_string(i) + "]";  // only on the error path
        if (!(yuan >= 0 && yuan < 9e16))
          detail::fail("monthly_revenue" + at, detail::shortest(yuan), "a finite amount >= 0");
        detail::require_non_negative(orders, "orders_per_day" + at);
      }
      department_counts(Money::from_yuan(yuan).fen(), orders, out + i * department_count);
    }
  }

  /// Staff employed month by month for a sequence of monthly needs: a hire takes effect
  /// `hiring_lag_months` after the need; without `allow_shrink` no department shrinks.
  /// Month 0 starts with month 0's need (the launch team is hired before opening).
  std::vector<Headcount> staff_over_time(std::span<const Headcount> needs) const {
    std::vector<Headcount> employed;
    employed.reserve(needs.size());
    for (std::size_t t = 0; t < needs.size(); ++t) {
      const auto lag = static_cast<std::size_t>(hiring_lag_months_);
      const Headcount& target = needs[t >= lag ? t - lag : 0];
      employed.push_back(t == 0 ? target : next_staff(employed.back(), target));
    }
    return employed;
  }

  /// The staff after a month whose target is `target`: the target, except that without
  /// `allow_shrink` a department already larger than its target keeps its people (staff are
  /// hired for a need and not let go when it dips).
  Headcount next_staff(const Headcount& before, const Headcount& target) const {
    if (allow_shrink_) return target;
    Headcount now;
    for (std::size_t r = 0; r < role_count; ++r) {
      const auto role = static_cast<Role>(r);
      const bool keep = before[department_of(role)] > target[department_of(role)];
      now.add(role, keep ? before.count(role) : target.count(role));
    }
    return now;
  }

  /// The team of a tier and department counts from department_counts(): the tier's role mix,
  /// plus base-role hires where a count is above the tier's.
  Headcount compose(std::size_t tier, const std::array<int, department_count>& counts) const {
    Headcount h;
    std::array<int, department_count> placed{};
    if (combine_ != Combine::bands)
      for (const auto& dept : tiers_[tier].departments) {
        const auto d = index(dept.department);
        for (const auto& rc : dept.roles) {
          const int n = std::min(rc.count, counts[d] - placed[d]);
          h.add(rc.role, n);
          placed[d] += n;
        }
      }
    for (std::size_t d = 0; d < department_count; ++d)
      h.add(base_role(static_cast<Department>(d)), counts[d] - placed[d]);
    return h;
  }

 private:
  void check_inputs(std::int64_t revenue_fen, double orders, const std::string& revenue_field,
                    const std::string& orders_field) const {
    if (revenue_fen < 0)
      detail::fail(revenue_field, Money::from_fen(revenue_fen).to_string(), ">= 0");
    detail::require_non_negative(orders, orders_field);
  }

  template <class T>
  void swap_in(T StaffingPolicy::*member, T value) {
    StaffingPolicy next = *this;
    next.*member = std::move(value);
    next.compile();  // validates; *this is untouched when it throws
    *this = std::move(next);
  }

  void compile() {
    detail::require_rate(trigger_, "Staffing.trigger");
    if (hiring_lag_months_ < 0 || hiring_lag_months_ > 120)
      detail::fail("Staffing.hiring_lag_months", std::to_string(hiring_lag_months_),
                   "in 0..120 months");
    if (tiers_.empty()) throw Error("Staffing.tiers needs at least one revenue tier");
    tier_fen_.clear();
    tier_counts_.assign(tiers_.size() * department_count, 0);
    for (std::size_t t = 0; t < tiers_.size(); ++t) {
      const auto& tier = tiers_[t];
      const auto field = "Staffing.tiers[" + std::to_string(t) + "]";
      if (tier.monthly_revenue.fen() < 0)
        detail::fail(field + ".monthly_revenue", tier.monthly_revenue.to_string(), ">= 0");
      if (t > 0 && tier.monthly_revenue <= tiers_[t - 1].monthly_revenue)
        detail::fail(field + ".monthly_revenue", tier.monthly_revenue.to_string(),
                     "above the previous tier's " + tiers_[t - 1].monthly_revenue.to_string());
      if (tier.budget.fen() < 0) detail::fail(field + ".budget", tier.budget.to_string(), ">= 0");
      if (tier.stated_cost.fen() < 0)
        detail::fail(field + ".stated_cost", tier.stated_cost.to_string(), ">= 0");
      std::array<bool, department_count> seen{};
      for (std::size_t k = 0; k < tier.departments.size(); ++k) {
        const auto& dept = tier.departments[k];
        const auto dfield = field + ".departments." + std::string(to_string(dept.department));
        if (seen[index(dept.department)]) throw Error(dfield + " appears twice");
        seen[index(dept.department)] = true;
        if (dept.cost.fen() < 0) detail::fail(dfield + ".cost", dept.cost.to_string(), ">= 0");
        for (const auto& rc : dept.roles) {
          const auto rfield = dfield + ".roles." + std::string(to_string(rc.role));
          if (rc.count < 0) detail::fail(rfield, std::to_string(rc.count), ">= 0 people");
          if (department_of(rc.role) != dept.department)
            throw Error(rfield + ": role " + std::string(to_string(rc.role)) +
                        " belongs to " + std::string(to_string(department_of(rc.role))));
        }
        tier_counts_[t * department_count + index(dept.department)] = dept.headcount();
      }
      tier_fen_.push_back(tier.monthly_revenue.fen());
    }
    band_at_.clear();
    band_department_.clear();
    band_add_.clear();
    for (std::size_t b = 0; b < bands_.size(); ++b) {
      const auto& band = bands_[b];
      const auto field = "Staffing.bands[" + std::to_string(b) + "]";
      detail::check_fields(order_band_fields, band, field);
      if (band.high < band.low)
        detail::fail(field + ".high", detail::shortest(band.high),
                     ">= low (" + detail::shortest(band.low) + ")");
      band_at_.push_back(band.low + trigger_ * (band.high - band.low));
      band_department_.push_back(index(band.department));
      band_add_.push_back(band.add);
    }
    // the bands a month reaches are those whose hiring point is at most its orders a day: the
    // first `bands` of these, sorted (Level)
    sorted_band_at_ = band_at_;
    std::sort(sorted_band_at_.begin(), sorted_band_at_.end());
    compile_beyond();
  }

  /// Past the table, department by department: where its steps start, how long they are and
  /// how many each adds (its last band's), from its last two hiring points.
  void compile_beyond() {
    detail::check_fields(erlang_staffing_fields, erlang_, "Staffing.erlang");
    if (!(erlang_.service_level > 0.0 && erlang_.service_level < 1.0))
      detail::fail("Staffing.erlang.service_level", detail::shortest(erlang_.service_level),
                   "in (0, 1)");
    constexpr double never = std::numeric_limits<double>::infinity();
    beyond_start_.fill(never);
    beyond_step_.fill(0.0);
    beyond_add_.fill(0);
    beyond_from_ = never;
    beyond_groups_ = 0;
    erlang_department_ = department_count;
    erlang_base_agents_ = 0;
    if (beyond_table_ == BeyondTable::hold || combine_ == Combine::tiers) return;
    for (std::size_t d = 0; d < department_count; ++d) {
      double last = -1, before = -1, width = 0;
      int add = 0;
      for (std::size_t b = 0; b < bands_.size(); ++b) {
        if (band_department_[b] != d || band_at_[b] < last) continue;
        before = last;
        last = band_at_[b];
        add = band_add_[b];
        width = bands_[b].high - bands_[b].low;
      }
      if (add == 0) continue;  // no band: the department follows its tiers alone
      const double step = before >= 0 ? last - before : width;
      if (!(step > 0)) continue;  // two bands at one point, or a band of no width: no step
      beyond_step_[d] = step;
      beyond_add_[d] = add;
      beyond_start_[d] = last + step;
      if (beyond_table_ == BeyondTable::erlang &&
          static_cast<Department>(d) == Department::customer_service) {
        // customer service grows by the agents the chats need above those at its last band
        erlang_department_ = d;
        erlang_base_agents_ = erlang_.agents(last);
        beyond_start_[d] = last;
        beyond_add_[d] = 1;
      }
      beyond_from_ = std::min(beyond_from_, beyond_start_[d]);
    }
    group_beyond();
  }

  /// The departments stepping past the table by order count (all but Erlang C's), grouped by
  /// where their steps start and how long they are: level() sums a group's steps at once.
  void group_beyond() {
    beyond_groups_ = 0;
    for (std::size_t d = 0; d < department_count; ++d) {
      if (d == erlang_department_ || beyond_start_[d] == std::numeric_limits<double>::infinity())
        continue;
      std::size_t g = 0;
      while (g < beyond_groups_ && !(beyond_group_start_[g] == beyond_start_[d] &&
                                     beyond_group_step_[g] == beyond_step_[d]))
        ++g;
      if (g == beyond_groups_) {
        beyond_group_start_[g] = beyond_start_[d];
        beyond_group_step_[g] = beyond_step_[d];
        beyond_group_size_[g] = 0;
        ++beyond_groups_;
      }
      ++beyond_group_size_[g];
    }
  }

  std::vector<RevenueTier> tiers_;
  std::vector<OrderBand> bands_;
  double trigger_;
  Combine combine_;
  int hiring_lag_months_;
  bool allow_shrink_;
  BeyondTable beyond_table_;
  bool stage_floor_;
  ErlangStaffing erlang_;
  // compiled from the data above for the kernel
  std::vector<std::int64_t> tier_fen_;
  std::vector<int> tier_counts_;  // tiers × departments
  std::vector<double> band_at_;   // orders a day where each band hires
  std::vector<double> sorted_band_at_;  // the same, in increasing order
  std::vector<std::size_t> band_department_;
  std::vector<int> band_add_;
  std::array<double, department_count> beyond_start_{};  // orders a day of the first step past
  std::array<double, department_count> beyond_step_{};   // the table, and each step's length
  std::array<int, department_count> beyond_add_{};       // people a step adds
  // the same, by group of departments stepping alike (group_beyond)
  std::array<double, department_count> beyond_group_start_{}, beyond_group_step_{};
  std::array<std::size_t, department_count> beyond_group_size_{};
  std::size_t beyond_groups_ = 0;
  double beyond_from_ = 0;         // the first department's first step past the table
  std::size_t erlang_department_ = department_count;  // customer service under erlang, or none
  int erlang_base_agents_ = 0;     // Erlang C's agents at customer service's last band
};

/// The settings of a staffing policy, once (its tiers and bands are tables of their own).
inline constexpr auto staffing_settings = [] {
  namespace r = detail::rules;
  using S = StaffingPolicy;
  using detail::setting;
  return std::make_tuple(
      setting("trigger", "触发点",
              "Where inside an orders-a-day band the hire happens (0: at its low end).",
              +[](const S& p) { return p.trigger(); }, +[](S& p, const double& v) { p.set_trigger(v); },
              r::rate),
      setting("combine", "合并方式",
              "How tiers and bands combine: max (department by department), tiers or bands.",
              +[](const S& p) { return p.combine(); }, +[](S& p, const Combine& v) { p.set_combine(v); },
              r::any<Combine>),
      setting("hiring_lag_months", "招聘滞后月数", "Months from a need to the hire (0..120).",
              +[](const S& p) { return p.hiring_lag_months(); },
              +[](S& p, const int& v) { p.set_hiring_lag_months(v); }, r::whole_in<0, 120>),
      setting("allow_shrink", "允许减员", "Whether headcount may fall when the need falls.",
              +[](const S& p) { return p.allow_shrink(); },
              +[](S& p, const bool& v) { p.set_allow_shrink(v); }, r::any<bool>),
      setting("beyond_table", "超出表格",
              "Past the table's last band: repeat_last_step (default, *assumed*: the seed's "
              "table ends at 250 orders a day), erlang (customer service by Erlang C) or hold "
              "(nobody added).",
              +[](const S& p) { return p.beyond_table(); },
              +[](S& p, const BeyondTable& v) { p.set_beyond_table(v); }, r::any<BeyondTable>),
      setting("stage_floor", "阶段招聘下限",
              "Whether each stage's planned hires are a floor on its headcount (000 ch.3).",
              +[](const S& p) { return p.stage_floor(); },
              +[](S& p, const bool& v) { p.set_stage_floor(v); }, r::any<bool>));
}();

/// One tier's personnel cost next to its revenue (000 ch.4 against its 6–7% rule).
struct TierCostShare {
  Money monthly_revenue;
  Money budget;           ///< 可用人员成本
  Money department_cost;  ///< the sum of the department costs as written
  Money personnel_cost;   ///< the seed's stated total (总成本), else the department sum
  double share = 0;       ///< personnel_cost / monthly_revenue
};

inline std::vector<TierCostShare> tier_cost_shares(const StaffingPolicy& policy) {
  std::vector<TierCostShare> out;
  for (const auto& tier : policy.tiers()) {
    const Money cost = tier.personnel_cost();
    const double share = tier.monthly_revenue.fen() > 0 ? ratio(cost, tier.monthly_revenue) : 0.0;
    out.push_back({tier.monthly_revenue, tier.budget, tier.department_cost(), cost, share});
  }
  return out;
}

}  // namespace storeops
