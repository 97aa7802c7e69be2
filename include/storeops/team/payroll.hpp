#pragma once
/// A month's payroll for a whole team: one payslip per person from a headcount and the
/// month's figures, department totals, and the payroll-to-revenue ratio (docs/model.md §4).
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <storeops/core/money.hpp>
#include <storeops/core/rate.hpp>
#include <storeops/team/pay.hpp>
#include <storeops/team/staffing.hpp>

namespace storeops {

/// One person's result on the month's assessment sheet, as payroll uses it.
struct PersonAssessment {
  Role role = Role::cs_agent;  ///< checked against the person's role in payroll order
  double factor = 1.0;         ///< on commission and bonus
  std::string note;            ///< the score, band and KPIs behind it
  double base_share = 1.0;     ///< below 1 while on probation
  std::string base_note;
  std::string name;            ///< the person's name on the sheet (empty: unnamed)
};

/// The month's figures payroll is computed from.
struct PayrollInputs {
  /// Sales made through customer service, split evenly (to the fen) over the cs_agents.
  Money customer_service_sales;
  /// Or each cs_agent's own sales, one per agent (then customer_service_sales stays 0).
  std::vector<Money> agent_sales;
  /// The whole store's silent-order revenue (静默下单): the indirect departments' pool base.
  Money silent_sales;
  /// The store's revenue, for the payroll-to-revenue ratio (0: no ratio).
  Money store_revenue;
  /// Neutral and negative reviews per customer-service person, in payroll order (agents,
  /// then leads, then managers); empty means none.
  std::vector<long> neutral_reviews;
  std::vector<long> negative_reviews;
  double rating_change = 0;  ///< the store rating's change from last month
  std::map<Department, std::map<std::string, double>> kpis;  ///< KPI values per department
  /// Each person's line of the month's assessment sheet, in payroll order (roles in the order
  /// of role_names, as Payroll::people): the pay factor and share of base it sets
  /// (PayInputs::assessment_factor, base_share). Empty: no sheet.
  std::vector<PersonAssessment> assessments;
};

struct PayrollEntry {
  int person = 0;  ///< 1-based, in payroll order
  Payslip slip;
  std::string name;  ///< from the assessment sheet, when payroll followed one
};

struct Payroll {
  std::vector<PayrollEntry> people;
  std::array<Money, department_count> by_department{};
  Money total;
  Money pool;       ///< pool_rate × silent-order revenue
  Money pool_paid;  ///< what the pool members received (== pool unless nobody is in it)
  Money store_revenue;
  /// total / store revenue; 0 when no revenue was given.
  double payroll_to_revenue() const {
    return store_revenue.fen() > 0 ? ratio(total, store_revenue) : 0.0;
  }
};

/// `amount` split over `n` people to the fen: the first (amount mod n) get one fen more, so
/// the shares add up to the amount exactly.
inline Money even_share(Money amount, int n, int i) {
  const std::int64_t base = amount.fen() / n;
  const std::int64_t extra = amount.fen() % n;
  return Money::from_fen(base + (i < extra ? 1 : 0));
}

inline Payroll payroll(const PayPolicy& pay, const Headcount& staff, const PayrollInputs& in) {
  const int agents = staff.count(Role::cs_agent);
  int cs_people = 0;
  int pool_members = 0;
  for (std::size_t r = 0; r < role_count; ++r) {
    const auto role = static_cast<Role>(r);
    if (department_of(role) == Department::customer_service) cs_people += staff.count(role);
    if (pay.role(role).commission == CommissionBasis::pool) pool_members += staff.count(role);
  }
  if (in.customer_service_sales.fen() < 0)
    detail::fail("customer_service_sales", in.customer_service_sales.to_string(), ">= 0");
  if (in.silent_sales.fen() < 0)
    detail::fail("silent_sales", in.silent_sales.to_string(), ">= 0");
  if (in.store_revenue.fen() < 0)
    detail::fail("store_revenue", in.store_revenue.to_string(), ">= 0");
  if (!in.agent_sales.empty()) {
    if (in.agent_sales.size() != static_cast<std::size_t>(agents))
      throw Error("agent_sales has " + std::to_string(in.agent_sales.size()) +
                  " entries but the team has " + std::to_string(agents) + " cs_agents");
    if (in.customer_service_sales.fen() != 0)
      throw Error("give customer_service_sales or agent_sales, not both");
  } else if (agents == 0 && in.customer_service_sales.fen() != 0) {
    throw Error("customer_service_sales is " + in.customer_service_sales.to_string() +
                " but the team has no cs_agent to credit it to");
  }
  for (const auto* list : {&in.neutral_reviews, &in.negative_reviews})
    if (!list->empty() && list->size() != static_cast<std::size_t>(cs_people))
      throw Error(std::string(list == &in.neutral_reviews ? "neutral_reviews" : "negative_reviews") +
                  " has " + std::to_string(list->size()) + " entries but the team has " +
                  std::to_string(cs_people) + " customer-service people");

  if (!in.assessments.empty() && in.assessments.size() != std::size_t(staff.total()))
    throw Error("assessments has " + std::to_string(in.assessments.size()) +
                " entries but the team has " + std::to_string(staff.total()) + " people");

  std::vector<Money> sales(static_cast<std::size_t>(agents));
  Money team_sales;
  for (int i = 0; i < agents; ++i) {
    sales[std::size_t(i)] = in.agent_sales.empty() ? even_share(in.customer_service_sales, agents, i)
                                                   : in.agent_sales[std::size_t(i)];
    team_sales += sales[std::size_t(i)];
  }

  Payroll out;
  out.store_revenue = in.store_revenue;
  out.pool = in.silent_sales.times(pay.pool_rate(), "pool_rate");
  int person = 0, agent = 0, cs_index = 0, pool_index = 0;
  for (std::size_t r = 0; r < role_count; ++r) {
    const auto role = static_cast<Role>(r);
    const RolePay& rule = pay.role(role);
    for (int k = 0; k < staff.count(role); ++k) {
      PayInputs pi;
      if (rule.commission == CommissionBasis::personal_sales)
        pi.personal_sales = role == Role::cs_agent ? sales[std::size_t(agent++)] : Money();
      if (rule.commission == CommissionBasis::team_sales) pi.team_sales = team_sales;
      if (rule.commission == CommissionBasis::pool) {
        pi.pool_share = even_share(out.pool, pool_members, pool_index++);
        out.pool_paid += pi.pool_share;
      }
      if (rule.rating_bonus) {
        pi.rating_change = in.rating_change;
        if (!in.neutral_reviews.empty()) pi.neutral_reviews = in.neutral_reviews[std::size_t(cs_index)];
        if (!in.negative_reviews.empty()) pi.negative_reviews = in.negative_reviews[std::size_t(cs_index)];
      }
      if (department_of(role) == Department::customer_service) ++cs_index;
      if (auto it = in.kpis.find(department_of(role)); it != in.kpis.end()) pi.kpis = it->second;
      if (!in.assessments.empty()) {
        const PersonAssessment& a = in.assessments[std::size_t(person)];
        if (a.role != role)
          throw Error("assessments[" + std::to_string(person) + "].role: " +
                      std::string(to_string(a.role)) + ", but person " +
                      std::to_string(person + 1) + " of the payroll is a " +
                      std::string(to_string(role)) + " (payroll order: roles as in ROLES)");
        pi.assessment_factor = a.factor;
        pi.assessment_note = a.note;
        pi.base_share = a.base_share;
        pi.base_note = a.base_note;
      }
      Payslip slip = pay.payslip(role, pi);
      out.by_department[index(department_of(role))] += slip.total;
      out.total += slip.total;
      std::string name = in.assessments.empty() ? "" : in.assessments[std::size_t(person)].name;
      out.people.push_back({++person, std::move(slip), std::move(name)});
    }
  }
  return out;
}

/// payroll_total() person by person: the general form, for any pay rules.
inline Money payroll_total_per_person(const PayPolicy& pay, const Headcount& staff, Money cs_sales,
                                      Money silent_sales, long neutral_reviews,
                                      long negative_reviews, double rating_change) {
  const int agents = staff.count(Role::cs_agent);
  int cs_people = 0, pool_members = 0;
  for (std::size_t r = 0; r < role_count; ++r) {
    const auto role = static_cast<Role>(r);
    if (department_of(role) == Department::customer_service) cs_people += staff.count(role);
    if (pay.role(role).commission == CommissionBasis::pool) pool_members += staff.count(role);
  }
  const Money pool = silent_sales.times(pay.pool_rate(), "pool_rate");
  const Money team_sales = agents > 0 ? cs_sales : Money();
  Money total;
  int agent = 0, cs_index = 0, pool_index = 0;
  for (std::size_t r = 0; r < role_count; ++r) {
    const auto role = static_cast<Role>(r);
    const RolePay& rule = pay.role(role);
    PayInputs pi;  // reused: no map is built per person
    Money last_total, last_sales, last_share;
    long last_neutral = 0, last_negative = 0;
    for (int k = 0; k < staff.count(role); ++k) {
      if (rule.commission == CommissionBasis::personal_sales && role == Role::cs_agent)
        pi.personal_sales = even_share(cs_sales, agents, agent++);
      if (rule.commission == CommissionBasis::team_sales) pi.team_sales = team_sales;
      if (rule.commission == CommissionBasis::pool)
        pi.pool_share = even_share(pool, pool_members, pool_index++);
      if (rule.rating_bonus) {
        pi.rating_change = rating_change;
        pi.neutral_reviews = neutral_reviews / cs_people + (cs_index < neutral_reviews % cs_people);
        pi.negative_reviews = negative_reviews / cs_people + (cs_index < negative_reviews % cs_people);
      }
      if (department_of(role) == Department::customer_service) ++cs_index;
      // colleagues in one role mostly have the same inputs: pay them without recomputing
      const bool same = k > 0 && pi.personal_sales == last_sales && pi.pool_share == last_share &&
                        pi.neutral_reviews == last_neutral && pi.negative_reviews == last_negative;
      if (!same) {
        last_total = pay.payslip_total(role, pi);
        last_sales = pi.personal_sales;
        last_share = pi.pool_share;
        last_neutral = pi.neutral_reviews;
        last_negative = pi.negative_reviews;
      }
      total += last_total;
    }
  }
  return total;
}

/// The pay of one fixed team, folded once: what does not depend on the month's figures
/// (fixed pay, who earns which commission, pool and rating-bonus head counts) is summed when
/// the team forms, so a month's total is a handful of multiplications. The simulation keeps
/// one per team and rebuilds it only when the team changes.
///
/// Folding by role is exact where no rule pays person by person: no minimum wage (no floor per
/// person), no KPI multipliers, every customer-service role earning the rating bonus and
/// personal sales credited only to agents. Then a person's total is fixed pay + commission +
/// (bonus − deductions), bonus − deductions is the rating result whatever its sign, and sums of
/// even shares and of dealt-out reviews can be taken whole. Elsewhere total() pays person by
/// person (payroll_total_per_person).
class TeamPay {
 public:
  /// The team's pay folded; with `rating_change` (the plan's, the same every month) the rating
  /// bonus is folded too, so a month with that change adds no work for it.
  TeamPay(const PayPolicy& pay, const Headcount& staff, double rating_change = NAN)
      : pay_(&pay), staff_(staff) {
    by_roles_ = pay.minimum_wage().fen() == 0 && pay.kpi_multipliers().empty();
    for (std::size_t r = 0; r < role_count && by_roles_; ++r) {
      const auto role = static_cast<Role>(r);
      const RolePay& rule = pay.role(role);
      const int n = staff.count(role);
      if (department_of(role) == Department::customer_service && !rule.rating_bonus)
        by_roles_ = false;
      if (rule.commission == CommissionBasis::personal_sales && role != Role::cs_agent && n > 0)
        by_roles_ = false;
      if (n == 0 || !by_roles_) continue;
      fixed_ += (rule.base + rule.position_allowance + rule.benefits + rule.extra_reward) * n;
      if (rule.rating_bonus) bonus_people_ += n;
      if (rule.commission == CommissionBasis::pool) pool_ = true;
      if (rule.commission == CommissionBasis::personal_sales) {
        personal_ = true;
        personal_rate_ = Rate::memo(rule.commission_rate, "commission_rate");
      }
      if (rule.commission == CommissionBasis::team_sales)
        team_[team_roles_++] = {Rate::memo(rule.commission_rate, "commission_rate"), n};
    }
    agents_ = staff.count(Role::cs_agent);
    if (pool_) pool_rate_ = Rate::memo(pay.pool_rate(), "pool_rate");
    if (by_roles_ && !std::isnan(rating_change)) {
      folded_change_ = rating_change;
      fixed_and_bonus_ = fixed_ + bonus(rating_change);
    }
  }

  /// The month's payroll total: the same fen as payroll_total_per_person().
  [[gnu::always_inline]] Money total(Money cs_sales, Money silent_sales, long neutral_reviews,
                                     long negative_reviews, double rating_change) const {
    if (!by_roles_) [[unlikely]]
      return payroll_total_per_person(*pay_, staff_, cs_sales, silent_sales, neutral_reviews,
                                      negative_reviews, rating_change);
    Money total = rating_change == folded_change_ ? fixed_and_bonus_ : fixed_ + bonus(rating_change);
    if (agents_ > 0) {
      if (personal_) {  // the agents' even shares: (q + 1) for the first `extra`, q after
        if (agents_ == 1) {
          total += personal_rate_.of(cs_sales);
        } else {
          const std::int64_t q = cs_sales.fen() / agents_, extra = cs_sales.fen() % agents_;
          if (extra > 0) total += personal_rate_.of(Money::from_fen(q + 1)) * extra;
          total += personal_rate_.of(Money::from_fen(q)) * (agents_ - extra);
        }
      }
      for (std::size_t i = 0; i < team_roles_; ++i)
        total += team_[i].rate.of(cs_sales) * team_[i].people;
    }
    if (pool_) total += pool_rate_.of(silent_sales);
    if (bonus_people_ > 0) {
      // each person's bonus less their neutral and negative reviews; the reviews of all
      // customer-service people add up to the month's totals
      const RatingBonusRule& rt = pay_->rating();
      total -= rt.per_neutral * neutral_reviews + rt.per_negative * negative_reviews;
    }
    return total;
  }

  const Headcount& staff() const noexcept { return staff_; }

 private:
  /// The rating bonus of everyone who earns it: bonus ± the rating's steps, each person.
  Money bonus(double rating_change) const {
    if (bonus_people_ == 0) return Money();
    const RatingBonusRule& rt = pay_->rating();
    const long tenths = detail::rating_tenths(rating_change);
    const Money step = tenths >= 0 ? rt.per_tenth_up * tenths : -(rt.per_tenth_down * (-tenths));
    return (rt.bonus + step) * bonus_people_;
  }

  struct TeamCommission {
    Rate rate;
    long people;
  };
  const PayPolicy* pay_;
  Headcount staff_;
  bool by_roles_ = true, pool_ = false, personal_ = false;
  Money fixed_, fixed_and_bonus_;
  double folded_change_ = NAN;  // the rating change folded into fixed_and_bonus_ (NaN: none)
  long agents_ = 0, bonus_people_ = 0;
  Rate personal_rate_, pool_rate_;
  std::array<TeamCommission, role_count> team_{};
  std::size_t team_roles_ = 0;
};

/// A month's payroll total without payslips: no allocation, the same fen as summing the
/// payslips of payroll() when its figures are these — customer-service sales split evenly over
/// the agents, and the month's neutral and negative reviews dealt out one by one over the
/// customer-service people in payroll order.
inline Money payroll_total(const PayPolicy& pay, const Headcount& staff, Money cs_sales,
                           Money silent_sales, long neutral_reviews, long negative_reviews,
                           double rating_change) {
  return TeamPay(pay, staff).total(cs_sales, silent_sales, neutral_reviews, negative_reviews,
                                   rating_change);
}

/// The review lists that payroll_total() deals out, for payroll() to explain the same month.
inline std::vector<long> deal_reviews(long reviews, int people) {
  std::vector<long> out(static_cast<std::size_t>(people));
  for (int i = 0; i < people; ++i) out[std::size_t(i)] = reviews / people + (i < reviews % people);
  return out;
}

}  // namespace storeops
