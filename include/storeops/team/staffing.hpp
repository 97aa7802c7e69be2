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
                 int hiring_lag_months = 1, bool allow_shrink = false)
      : tiers_(std::move(tiers)),
        bands_(std::move(bands)),
        trigger_(trigger),
        combine_(combine),
        hiring_lag_months_(hiring_lag_months),
        allow_shrink_(allow_shrink) {
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

  void set_tiers(std::vector<RevenueTier> t) { swap_in(&StaffingPolicy::tiers_, std::move(t)); }
  void set_bands(std::vector<OrderBand> b) { swap_in(&StaffingPolicy::bands_, std::move(b)); }
  void set_trigger(double t) { swap_in(&StaffingPolicy::trigger_, t); }
  void set_combine(Combine c) { combine_ = c; }
  void set_hiring_lag_months(int m) { swap_in(&StaffingPolicy::hiring_lag_months_, m); }
  void set_allow_shrink(bool a) noexcept { allow_shrink_ = a; }

  friend bool operator==(const StaffingPolicy&, const StaffingPolicy&) = default;

  /// The team needed at this monthly revenue and this many orders a day.
  Headcount headcount(Money monthly_revenue, double orders_per_day) const {
    check_inputs(monthly_revenue.fen(), orders_per_day, "monthly_revenue", "orders_per_day");
    std::array<int, department_count> counts{};
    const std::size_t tier = department_counts(monthly_revenue.fen(), orders_per_day, counts.data());
    return compose(tier, counts);
  }

  /// The department counts alone, into `out` (6 ints in department order); returns the tier
  /// used. The kernel of both the scalar and the batch form: no checks, no allocation.
  std::size_t department_counts(std::int64_t revenue_fen, double orders_per_day,
                                int* out) const noexcept {
    std::size_t tier = 0;
    while (tier + 1 < tier_fen_.size() && revenue_fen >= tier_fen_[tier + 1]) ++tier;
    const int* tier_row = &tier_counts_[tier * department_count];
    for (std::size_t d = 0; d < department_count; ++d) out[d] = 0;
    if (combine_ != Combine::tiers) {
      for (std::size_t d = 0; d < department_count; ++d) out[d] = tier_counts_[d];  // first tier
      for (std::size_t b = 0; b < band_at_.size(); ++b)
        if (orders_per_day >= band_at_[b]) out[band_department_[b]] += band_add_[b];
    }
    if (combine_ != Combine::bands)
      for (std::size_t d = 0; d < department_count; ++d) out[d] = std::max(out[d], tier_row[d]);
    return tier;
  }

  /// Where a month stands in the staffing rules: its revenue tier and how many of the bands'
  /// hiring points its orders a day reach. department_counts() depends on nothing else, so a
  /// run recomposes its need only when the level changes.
  struct Level {
    std::size_t tier = 0, bands = 0;
    friend bool operator==(Level, Level) = default;
    /// One number per level, in 0..level_count(): tier × (bands + 1) + bands reached.
    std::size_t key(std::size_t band_count) const noexcept { return tier * (band_count + 1) + bands; }
  };
  std::size_t level_count() const noexcept { return tier_fen_.size() * (band_at_.size() + 1); }

  /// The level of a month (what department_counts() reads), searched from `near`, the last
  /// month's: revenue and orders move little from month to month, so this takes a few steps.
  Level level(std::int64_t revenue_fen, double orders_per_day, Level near) const noexcept {
    std::size_t tier = std::min(near.tier, tier_fen_.size() - 1);
    while (tier > 0 && revenue_fen < tier_fen_[tier]) --tier;
    while (tier + 1 < tier_fen_.size() && revenue_fen >= tier_fen_[tier + 1]) ++tier;
    std::size_t bands = std::min(near.bands, sorted_band_at_.size());
    while (bands > 0 && !(orders_per_day >= sorted_band_at_[bands - 1])) --bands;
    while (bands < sorted_band_at_.size() && orders_per_day >= sorted_band_at_[bands]) ++bands;
    return {tier, bands};
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
  }

  std::vector<RevenueTier> tiers_;
  std::vector<OrderBand> bands_;
  double trigger_;
  Combine combine_;
  int hiring_lag_months_;
  bool allow_shrink_;
  // compiled from the data above for the kernel
  std::vector<std::int64_t> tier_fen_;
  std::vector<int> tier_counts_;  // tiers × departments
  std::vector<double> band_at_;   // orders a day where each band hires
  std::vector<double> sorted_band_at_;  // the same, in increasing order
  std::vector<std::size_t> band_department_;
  std::vector<int> band_add_;
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
              +[](S& p, const bool& v) { p.set_allow_shrink(v); }, r::any<bool>));
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
