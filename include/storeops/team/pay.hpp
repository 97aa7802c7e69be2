#pragma once
/// What every role is paid (docs/model.md §4; 000 ch.5 and attachment 七): pay rules as data,
/// payslips that explain themselves line by line, and a month's payroll for a whole team.
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <storeops/core/names.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/core/money.hpp>
#include <storeops/team/roles.hpp>

namespace storeops {

/// What a role's commission is a share of.
enum class CommissionBasis {
  none,            ///< no commission
  personal_sales,  ///< 个人业绩提成: the person's own sales (customer-service agents)
  team_sales,      ///< 团队业绩提成: the sum of the team members' personal sales (leads, managers)
  pool,            ///< an equal share of the indirect departments' silent-order pool
};
inline constexpr std::array<std::string_view, 4> commission_basis_names = {
    "none", "personal_sales", "team_sales", "pool"};

template <>
struct EnumNames<CommissionBasis> {
  static constexpr auto& names = commission_basis_names;
  static constexpr std::string_view what = "commission basis", plural = "commission bases";
};
inline CommissionBasis commission_basis_from_string(std::string_view s) {
  return from_string<CommissionBasis>(s);
}

/// One role's pay rules, yuan a month.
struct RolePay {
  Role role = Role::cs_agent;
  Money base;                ///< 底薪 base pay
  Money position_allowance;  ///< 岗位 position allowance (*assumed* 0)
  Money benefits;            ///< 福利 benefits (*assumed* 0)
  Money extra_reward;        ///< 额外奖励 extra reward for the month (*assumed* 0)
  CommissionBasis commission = CommissionBasis::none;
  double commission_rate = 0;  ///< share of the basis (0.002 = 0.2%); unused for the pool
  bool rating_bonus = false;   ///< earns the customer-service rating bonus (attachment 七)
  friend bool operator==(const RolePay&, const RolePay&) = default;
};

/// The customer-service rating bonus and its penalties (000 attachment 七).
struct RatingBonusRule {
  Money bonus = Money::from_whole_yuan(500);         ///< *assumed*: the seed gives no amount
  Money per_neutral = Money::from_whole_yuan(100);   ///< 中评 −100 each
  Money per_negative = Money::from_whole_yuan(300);  ///< 差评 −300 each
  Money per_tenth_up = Money::from_whole_yuan(100);  ///< each full 0.1 rating rise: +100
  Money per_tenth_down = Money::from_whole_yuan(200);  ///< each full 0.1 fall: −200
  friend bool operator==(const RatingBonusRule&, const RatingBonusRule&) = default;
};

/// The KPIs the seeds judge each department by (docs/model.md §4), by department.
inline const std::vector<std::string>& department_kpis(Department d) {
  static const std::array<std::vector<std::string>, department_count> kpis = {{
      {"reply_rate", "success_rate", "satisfaction", "response_time_s", "average_reply_length",
       "personal_sales", "team_sales"},
      {"task_completion"},
      {"ctr", "traffic_cost", "roi", "traffic_reached", "ad_cost_ratio"},
      {},
      {"dsr_shipping", "wrong_shipment_rate", "quality_return_share"},
      {},
  }};
  return kpis[index(d)];
}

/// Whether `kpi` is one of department_kpis(d).
inline bool is_kpi_of(Department d, std::string_view kpi) {
  for (const auto& n : department_kpis(d))
    if (n == kpi) return true;
  return false;
}

/// department_kpis(d) as "a, b, c" ("none" for a department judged on none), for errors.
inline std::string kpi_names(Department d) {
  std::string names;
  for (const auto& n : department_kpis(d)) names += (names.empty() ? "" : ", ") + n;
  return names.empty() ? "none" : names;
}

/// An optional pay multiplier: when a department's KPI is below (or at least) a threshold,
/// multiply its people's commission or bonus by a factor. A rule a user adds as data.
struct KpiMultiplier {
  Department department = Department::customer_service;
  std::string kpi;             ///< one of department_kpis(department)
  bool below = true;           ///< applies when kpi < threshold (else when kpi >= threshold)
  double threshold = 0;
  double factor = 1;           ///< >= 0
  std::string applies_to = "commission";  ///< "commission" or "bonus"
  friend bool operator==(const KpiMultiplier&, const KpiMultiplier&) = default;
};

/// Every field of a role's pay rules, once (the role itself is the key of Pay.roles).
inline constexpr auto role_pay_fields = [] {
  namespace r = detail::rules;
  using P = RolePay;
  using detail::field;
  return std::make_tuple(
      detail::required_field("base", &P::base, "底薪", "Base pay, yuan a month.",
                             r::money_non_negative),
      field("position_allowance", &P::position_allowance, "岗位津贴",
            "Position allowance, yuan a month (*assumed* 0).", r::money_non_negative),
      field("benefits", &P::benefits, "福利", "Benefits, yuan a month (*assumed* 0).",
            r::money_non_negative),
      field("extra_reward", &P::extra_reward, "额外奖励",
            "Extra reward for the month, yuan (*assumed* 0).", r::money_non_negative),
      field("commission", &P::commission, "提成方式",
            "What the commission is on: personal_sales, team_sales, pool or none.",
            r::any<CommissionBasis>),
      field("commission_rate", &P::commission_rate, "提成比例",
            "Share of the basis (0.002 = 0.2%); unused for the pool.", r::rate),
      field("rating_bonus", &P::rating_bonus, "评分奖金",
            "Earns the customer-service rating bonus (000 attachment 七).", r::any<bool>));
}();

/// Every field of the rating bonus rule, once.
inline constexpr auto rating_bonus_fields = [] {
  namespace r = detail::rules;
  using B = RatingBonusRule;
  using detail::field;
  return std::make_tuple(
      field("bonus", &B::bonus, "评分奖金", "The monthly bonus, yuan (*assumed* 500).",
            r::money_non_negative),
      field("per_neutral", &B::per_neutral, "中评扣款", "Taken off for each 中评 (000: 100).",
            r::money_non_negative),
      field("per_negative", &B::per_negative, "差评扣款", "Taken off for each 差评 (000: 300).",
            r::money_non_negative),
      field("per_tenth_up", &B::per_tenth_up, "评分每升0.1",
            "Added for each full 0.1 rise of the store rating (000: 100).", r::money_non_negative),
      field("per_tenth_down", &B::per_tenth_down, "评分每降0.1",
            "Taken off for each full 0.1 fall (000: 200).", r::money_non_negative));
}();

namespace detail::rules {
inline void applies_to(const std::string& v, const std::string& path) {
  if (v != "commission" && v != "bonus") fail(path, "'" + v + "'", "commission or bonus");
}
}  // namespace detail::rules

/// Every field of a KPI multiplier, once.
inline constexpr auto kpi_multiplier_fields = [] {
  namespace r = detail::rules;
  using K = KpiMultiplier;
  using detail::field;
  using detail::required_field;
  return std::make_tuple(
      required_field("department", &K::department, "部门", "The department it applies to.",
                     r::any<Department>),
      required_field("kpi", &K::kpi, "考核指标", "One of the department's KPIs.", r::any<std::string>),
      field("below", &K::below, "低于阈值",
            "Applies when the KPI is below the threshold (false: at or above).", r::any<bool>),
      required_field("threshold", &K::threshold, "阈值", "The KPI's threshold.", r::finite),
      required_field("factor", &K::factor, "系数", "Multiplies the pay it applies to (>= 0).",
                     r::non_negative),
      field("applies_to", &K::applies_to, "作用于", "\"commission\" or \"bonus\".", r::applies_to));
}();

/// One line of a payslip's explanation: the rule, its inputs and the amount.
struct PayLine {
  std::string item;  ///< base, allowance, benefits, reward, commission, bonus, deduction, floor
  std::string rule;  ///< what the rule says, with its inputs
  Money amount;
};

/// One person's pay for a month. total = base + allowance + benefits + extra_reward +
/// commission + bonus + minimum_wage_top_up − deductions.
struct Payslip {
  Role role = Role::cs_agent;
  Money base;
  Money position_allowance;
  Money benefits;
  Money extra_reward;
  Money commission;  ///< sales commission, or the pool share (团队业绩提成) for indirect roles
  Money bonus;       ///< the rating bonus, never negative
  Money deductions;  ///< what a negative bonus takes from base pay
  Money minimum_wage_top_up;
  Money total;
  std::vector<PayLine> lines;

  /// The explanation, one line per rule, as a store manager would read it aloud.
  std::string explanation() const {
    std::string out;
    for (const auto& l : lines) out += l.rule + ": " + l.amount.to_string() + "\n";
    return out + "total: " + total.to_string() + "\n";
  }
  friend std::ostream& operator<<(std::ostream& os, const Payslip& p) {
    return os << "Payslip(" << to_string(p.role) << ", total=" << p.total << ")";
  }
};

/// What a payslip is computed from.
struct PayInputs {
  Money personal_sales;
  Money team_sales;
  Money pool_share;
  long neutral_reviews = 0;
  long negative_reviews = 0;
  double rating_change = 0;  ///< this month's store rating − last month's (4.6 − 4.7 = −0.1)
  std::map<std::string, double> kpis;  ///< the department's KPI values, for multipliers
  /// From the month's assessment sheet (考核表): the pay factor on commission and bonus, and
  /// why (the total score, its band, the KPIs behind it). An empty note and 1: no sheet.
  double assessment_factor = 1.0;
  std::string assessment_note;
  /// The share of base pay paid this month: a probation (试用期) pays
  /// 1 − (1 − ProbationPolicy::pay_share) × days / 30; with the reason.
  double base_share = 1.0;
  std::string base_note;
};

namespace detail {
inline std::string rate_text(double rate) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g%%", rate * 100.0);
  return buf;
}
/// Whole tenths in a rating change, counted with a tolerance: 4.6 − 4.7 is −0.0999… in
/// binary floating point and still a full step down.
inline long rating_tenths(double change) {
  const double tenths = std::floor(std::fabs(change) * 10.0 + 1e-6);
  return change < 0 ? -static_cast<long>(tenths) : static_cast<long>(tenths);
}
}  // namespace detail

/// The pay rules of a plan, as data.
class PayPolicy {
 public:
  /// The pool's share of silent-order revenue when a plan does not say (000 ch.5: 整店静默下单1%).
  static constexpr double default_pool_rate = 0.01;
  /// The departments that share the pool when a plan does not say (000 ch.5: 策划部与推广部,设计部,仓储部).
  static std::vector<Department> default_pool_departments() {
    return {Department::planning, Department::promotion, Department::design, Department::logistics};
  }

  PayPolicy(std::vector<RolePay> roles, RatingBonusRule rating = {},
            double pool_rate = default_pool_rate,
            std::vector<Department> pool_departments = default_pool_departments(),
            Money minimum_wage = Money(), std::vector<KpiMultiplier> kpi_multipliers = {})
      : rating_(rating),
        pool_rate_(pool_rate),
        pool_departments_(std::move(pool_departments)),
        minimum_wage_(minimum_wage),
        kpi_multipliers_(std::move(kpi_multipliers)) {
    std::array<bool, role_count> seen{};
    for (const auto& r : roles) {
      if (seen[index(r.role)])
        throw Error("Pay.roles: role " + std::string(to_string(r.role)) + " appears twice");
      seen[index(r.role)] = true;
      roles_[index(r.role)] = r;
    }
    for (std::size_t i = 0; i < role_count; ++i)
      if (!seen[i])
        throw Error("Pay.roles: no pay rule for role " + std::string(role_names[i]) +
                    "; every role needs one");
    validate();
  }

  const RolePay& role(Role r) const noexcept { return roles_[index(r)]; }
  std::vector<RolePay> roles() const { return {roles_.begin(), roles_.end()}; }
  const RatingBonusRule& rating() const noexcept { return rating_; }
  /// Share of the whole store's silent-order revenue paid into the indirect pool (1%).
  double pool_rate() const noexcept { return pool_rate_; }
  const std::vector<Department>& pool_departments() const noexcept { return pool_departments_; }
  /// The monthly floor on a payslip's total; zero means none (*assumed*; a plan check warns).
  Money minimum_wage() const noexcept { return minimum_wage_; }
  const std::vector<KpiMultiplier>& kpi_multipliers() const noexcept { return kpi_multipliers_; }

  void set_role(const RolePay& r) { update([&](PayPolicy& p) { p.roles_[index(r.role)] = r; }); }
  void set_rating(const RatingBonusRule& r) { update([&](PayPolicy& p) { p.rating_ = r; }); }
  void set_pool_rate(double v) { update([&](PayPolicy& p) { p.pool_rate_ = v; }); }
  void set_pool_departments(std::vector<Department> d) {
    update([&](PayPolicy& p) { p.pool_departments_ = std::move(d); });
  }
  void set_minimum_wage(Money m) { update([&](PayPolicy& p) { p.minimum_wage_ = m; }); }
  void set_kpi_multipliers(std::vector<KpiMultiplier> k) {
    update([&](PayPolicy& p) { p.kpi_multipliers_ = std::move(k); });
  }

  friend bool operator==(const PayPolicy&, const PayPolicy&) = default;

  bool in_pool(Role r) const noexcept {
    for (auto d : pool_departments_)
      if (d == department_of(r)) return true;
    return false;
  }

  /// One person's payslip for the month, exact in fen, with its explanation.
  Payslip payslip(Role r, const PayInputs& in) const {
    check_inputs(r, in);
    return compute(r, in, true);
  }

  /// The same, with the arguments of the Python API (docs/model.md §4):
  /// payslip(Role::cs_agent, Money::from_yuan(300'000)).
  Payslip payslip(Role r, Money personal_sales = {}, Money team_sales = {}, Money pool_share = {},
                  long neutral_reviews = 0, long negative_reviews = 0,
                  double rating_change = 0.0) const {
    PayInputs in;
    in.personal_sales = personal_sales;
    in.team_sales = team_sales;
    in.pool_share = pool_share;
    in.neutral_reviews = neutral_reviews;
    in.negative_reviews = negative_reviews;
    in.rating_change = rating_change;
    return payslip(r, in);
  }

  /// The same payslip without the explanation and without checks: the allocation-free form
  /// that payroll_total() and the simulation use. Inputs must be valid.
  Money payslip_total(Role r, const PayInputs& in) const { return compute(r, in, false).total; }

 private:
  template <class F>
  void update(F change) {
    PayPolicy next = *this;
    change(next);
    next.validate();  // *this is untouched when the change is rejected
    *this = std::move(next);
  }

  void validate() const {
    for (const auto& r : roles_) {
      const auto f = "Pay.roles." + std::string(to_string(r.role));
      detail::check_fields(role_pay_fields, r, f);
      if (r.rating_bonus && department_of(r.role) != Department::customer_service)
        throw Error(f + ".rating_bonus: the rating bonus is for customer service roles only");
      if (r.commission == CommissionBasis::pool && !in_pool(r.role))
        throw Error(f + ".commission: pool, but department " +
                    std::string(to_string(department_of(r.role))) + " is not in the pool");
    }
    detail::check_fields(rating_bonus_fields, rating_, "Pay.rating");
    detail::require_rate(pool_rate_, "Pay.pool_rate");
    if (minimum_wage_.fen() < 0)
      detail::fail("Pay.minimum_wage", minimum_wage_.to_string(), ">= 0");
    for (std::size_t i = 0; i < kpi_multipliers_.size(); ++i) {
      const auto& k = kpi_multipliers_[i];
      const auto f = "Pay.kpi_multipliers[" + std::to_string(i) + "]";
      if (!is_kpi_of(k.department, k.kpi))
        throw Error(f + ".kpi: '" + k.kpi + "' is not a KPI of " +
                    std::string(to_string(k.department)) + " (valid: " + kpi_names(k.department) +
                    ")");
      detail::check_fields(kpi_multiplier_fields, k, f);
    }
  }

  void check_inputs(Role r, const PayInputs& in) const {
    const RolePay& rule = roles_[index(r)];
    auto money = [](Money m, const char* field) {
      if (m.fen() < 0) detail::fail(field, m.to_string(), ">= 0");
    };
    money(in.personal_sales, "personal_sales");
    money(in.team_sales, "team_sales");
    money(in.pool_share, "pool_share");
    if (in.neutral_reviews < 0)
      detail::fail("neutral_reviews", std::to_string(in.neutral_reviews), "a count >= 0");
    if (in.negative_reviews < 0)
      detail::fail("negative_reviews", std::to_string(in.negative_reviews), "a count >= 0");
    detail::require_finite(in.rating_change, "rating_change");
    detail::require_non_negative(in.assessment_factor, "assessment_factor");
    detail::require_rate(in.base_share, "base_share");
    if (std::fabs(in.rating_change) > 4.0 + 1e-9)
      detail::fail("rating_change", detail::shortest(in.rating_change),
                   "within [-4, 4] (ratings run from 1 to 5)");
    // An input the role's rules do not use is a mistake, not something to drop quietly.
    auto unused = [&](bool given, const char* field, const char* why) {
      if (given)
        throw Error(std::string(field) + " does not apply to " + std::string(to_string(r)) +
                    ": " + why);
    };
    unused(in.personal_sales.fen() != 0 && rule.commission != CommissionBasis::personal_sales,
           "personal_sales", "its commission is not on personal sales");
    unused(in.team_sales.fen() != 0 && rule.commission != CommissionBasis::team_sales,
           "team_sales", "its commission is not on team sales");
    unused(in.pool_share.fen() != 0 && rule.commission != CommissionBasis::pool, "pool_share",
           "it is not paid from the silent-order pool");
    const bool reviews = in.neutral_reviews != 0 || in.negative_reviews != 0 ||
                         detail::rating_tenths(in.rating_change) != 0;
    unused(reviews && !rule.rating_bonus, "reviews and rating_change",
           "it earns no rating bonus");
    for (const auto& [name, value] : in.kpis) {
      detail::require_finite(value, "kpis." + name);
      if (!is_kpi_of(department_of(r), name))
        throw Error("kpis." + name + " is not a KPI of " +
                    std::string(to_string(department_of(r))));
    }
  }

  /// The one implementation of a payslip. With `explain` false no line (no string) is made.
  Payslip compute(Role r, const PayInputs& in, bool explain) const {
    const RolePay& rule = roles_[index(r)];
    Payslip p;
    p.role = r;
    p.base = in.base_share == 1.0 ? rule.base : rule.base.times(in.base_share, "base_share");
    p.position_allowance = rule.position_allowance;
    p.benefits = rule.benefits;
    p.extra_reward = rule.extra_reward;
    if (explain) {
      p.lines.push_back({"base", "base pay (底薪) of " + std::string(to_string(r)), rule.base});
      if (in.base_share != 1.0)
        p.lines.push_back({"base", in.base_note.empty() ? "share of base pay " +
                                                              detail::shortest(in.base_share)
                                                        : in.base_note,
                           p.base - rule.base});
      if (rule.position_allowance.fen() != 0)
        p.lines.push_back({"allowance", "position allowance (岗位)", rule.position_allowance});
      if (rule.benefits.fen() != 0) p.lines.push_back({"benefits", "benefits (福利)", rule.benefits});
      if (rule.extra_reward.fen() != 0)
        p.lines.push_back({"reward", "extra reward (额外奖励)", rule.extra_reward});
    }
    add_commission(p, rule, in, explain);
    if (rule.rating_bonus) add_rating_bonus(p, in, explain);
    Money total = p.base + p.position_allowance + p.benefits + p.extra_reward + p.commission +
                  p.bonus - p.deductions;
    if (minimum_wage_.fen() > 0 && total < minimum_wage_) {
      p.minimum_wage_top_up = minimum_wage_ - total;
      if (explain)
        p.lines.push_back({"floor", "top-up to the minimum wage " + minimum_wage_.to_string(),
                           p.minimum_wage_top_up});
      total = minimum_wage_;
    }
    p.total = total;
    return p;
  }

  /// The product of the matching KPI multipliers for this role and target, with its lines.
  double kpi_factor(Payslip& p, const PayInputs& in, const char* target, bool explain) const {
    double factor = 1.0;
    if (in.kpis.empty()) return factor;
    for (const auto& k : kpi_multipliers_) {
      if (k.department != department_of(p.role) || k.applies_to != target) continue;
      const auto it = in.kpis.find(k.kpi);
      if (it == in.kpis.end()) continue;
      const bool hit = k.below ? it->second < k.threshold : it->second >= k.threshold;
      if (!hit) continue;
      factor *= k.factor;
      if (explain)
        p.lines.push_back({"kpi", "KPI " + k.kpi + " " + detail::shortest(it->second) +
                                      (k.below ? " < " : " >= ") + detail::shortest(k.threshold) +
                                      ": " + target + " x " + detail::shortest(k.factor),
                           Money()});
    }
    return factor;
  }

  void add_commission(Payslip& p, const RolePay& rule, const PayInputs& in, bool explain) const {
    switch (rule.commission) {
      case CommissionBasis::none: return;
      case CommissionBasis::pool:
        p.commission = in.pool_share;
        if (explain)
          p.lines.push_back({"commission",
                             "team commission (团队业绩提成): an equal share of " +
                                 detail::rate_text(pool_rate_) + " of the silent-order revenue",
                             in.pool_share});
        break;
      case CommissionBasis::personal_sales:
      case CommissionBasis::team_sales: {
        const bool personal = rule.commission == CommissionBasis::personal_sales;
        const Money basis = personal ? in.personal_sales : in.team_sales;
        p.commission = basis.times(rule.commission_rate, "commission_rate");
        if (explain)
          p.lines.push_back({"commission",
                             std::string(personal ? "commission: " : "team commission: ") +
                                 detail::rate_text(rule.commission_rate) + " of " +
                                 (personal ? "personal" : "team") + " sales " + basis.to_string(),
                             p.commission});
        break;
      }
    }
    const double f = kpi_factor(p, in, "commission", explain);
    if (f != 1.0) {
      const Money adjusted = p.commission.times(f, "kpi factor");
      if (explain) p.lines.push_back({"commission", "commission after KPI multipliers", adjusted});
      p.commission = adjusted;
    }
    if (in.assessment_factor != 1.0 || !in.assessment_note.empty()) {
      const Money adjusted = p.commission.times(in.assessment_factor, "assessment_factor");
      if (explain)
        p.lines.push_back({"assessment", assessment_text(in, "commission"), adjusted - p.commission});
      p.commission = adjusted;
    }
  }

  /// The line of the assessment sheet behind a factor: 考核 82.5 良好 (...): commission x 1.
  static std::string assessment_text(const PayInputs& in, const char* target) {
    return "assessment (考核)" + (in.assessment_note.empty() ? "" : " " + in.assessment_note) +
           ": " + target + " x " + detail::shortest(in.assessment_factor);
  }

  void add_rating_bonus(Payslip& p, const PayInputs& in, bool explain) const {
    const double f = kpi_factor(p, in, "bonus", explain);
    const Money bonus = rating_.bonus.times(f, "kpi factor");
    Money result = bonus;
    if (explain) p.lines.push_back({"bonus", "rating bonus (attachment 七)", bonus});
    if (in.assessment_factor != 1.0 || !in.assessment_note.empty()) {
      result = bonus.times(in.assessment_factor, "assessment_factor");
      if (explain) p.lines.push_back({"assessment", assessment_text(in, "bonus"), result - bonus});
    }
    if (in.neutral_reviews > 0) {
      const Money penalty = rating_.per_neutral * in.neutral_reviews;
      if (explain)
        p.lines.push_back({"bonus", std::to_string(in.neutral_reviews) + " neutral review(s) x -" +
                                        rating_.per_neutral.to_string(), -penalty});
      result -= penalty;
    }
    if (in.negative_reviews > 0) {
      const Money penalty = rating_.per_negative * in.negative_reviews;
      if (explain)
        p.lines.push_back({"bonus", std::to_string(in.negative_reviews) +
                                        " negative review(s) x -" + rating_.per_negative.to_string(),
                           -penalty});
      result -= penalty;
    }
    const long tenths = detail::rating_tenths(in.rating_change);
    if (tenths > 0) {
      const Money up = rating_.per_tenth_up * tenths;
      if (explain)
        p.lines.push_back({"bonus", "rating up " + std::to_string(tenths) + " full tenth(s) x +" +
                                        rating_.per_tenth_up.to_string(), up});
      result += up;
    } else if (tenths < 0) {
      const Money down = rating_.per_tenth_down * (-tenths);
      if (explain)
        p.lines.push_back({"bonus", "rating down " + std::to_string(-tenths) +
                                        " full tenth(s) x -" + rating_.per_tenth_down.to_string(),
                           -down});
      result -= down;
    }
    if (result.fen() >= 0) {
      p.bonus = result;
    } else {
      p.deductions = -result;
      if (explain)
        p.lines.push_back({"deduction",
                           "penalties exceed the bonus: bonus 0, the rest deducted from base pay",
                           -p.deductions});
    }
  }

  std::array<RolePay, role_count> roles_{};
  RatingBonusRule rating_;
  double pool_rate_;
  std::vector<Department> pool_departments_;
  Money minimum_wage_;
  std::vector<KpiMultiplier> kpi_multipliers_;
};

/// The settings of a pay policy, once (its roles, rating rule and KPI multipliers are tables of
/// their own).
inline constexpr auto pay_settings = [] {
  namespace r = detail::rules;
  using P = PayPolicy;
  using detail::setting;
  return std::make_tuple(
      setting("pool_rate", "奖金池比例", "Share of silent-order revenue paid into the pool (000: 1%).",
              +[](const P& p) { return p.pool_rate(); },
              +[](P& p, const double& v) { p.set_pool_rate(v); }, r::rate),
      setting("pool_departments", "奖金池部门", "The departments whose members share the pool.",
              +[](const P& p) { return p.pool_departments(); },
              +[](P& p, const std::vector<Department>& v) { p.set_pool_departments(v); },
              r::any<std::vector<Department>>),
      setting("minimum_wage", "最低工资", "A floor on each payslip, yuan (0: none).",
              +[](const P& p) { return p.minimum_wage(); },
              +[](P& p, const Money& v) { p.set_minimum_wage(v); }, r::money_non_negative));
}();

}  // namespace storeops
