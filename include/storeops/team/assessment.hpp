#pragma once
/// The monthly assessment (月度考核表, seed 000 ch.3 and ch.5, and 002) as data in the plan
/// (Plan::assessment): each department's KPIs with a target and a weight, the score bands
/// that set the pay factor on commission and bonus, and the score that passes a probation
/// (试用期). The seeds name the KPIs and their order; the numbers are *assumed*.
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include <storeops/core/error.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/format.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/team/pay.hpp>
#include <storeops/team/roles.hpp>

namespace storeops {

/// One KPI on a department's sheet: its target, its weight in the total score, and whether
/// more is better (a response time: less is better).
struct KpiTarget {
  Department department = Department::customer_service;
  std::string kpi;  ///< one of department_kpis(department)
  double target = 1;
  double weight = 0;
  bool higher_is_better = true;
  std::string source = "*assumed*";  ///< the seed clause it comes from
  /// The one role of the department it applies to (a lead's own KPIs); empty: every role.
  std::string role;
  friend bool operator==(const KpiTarget&, const KpiTarget&) = default;

  /// Whether the KPI is on the sheet of a person in `r`.
  bool applies_to(Role r) const { return role.empty() || role == to_string(r); }
};

/// From `min_score` up (to the next band), the pay factor on commission and bonus.
struct ScoreBand {
  double min_score = 0;
  double factor = 1;
  std::string label;  ///< 优秀, 良好, 合格, 不合格
  friend bool operator==(const ScoreBand&, const ScoreBand&) = default;
};

/// Every field of a KPI target, once.
inline constexpr auto kpi_target_fields = [] {
  namespace r = detail::rules;
  using K = KpiTarget;
  using detail::field;
  using detail::required_field;
  return std::make_tuple(
      required_field("department", &K::department, "部门", "The department assessed on it.",
                     r::any<Department>),
      required_field("kpi", &K::kpi, "考核指标", "One of the department's KPIs.", r::any<std::string>),
      required_field("target", &K::target, "目标", "The KPI's target (> 0): a score of 100.",
                     r::positive),
      required_field("weight", &K::weight, "权重",
                     "Its share of the department's total score (>= 0; the weights of a "
                     "department's KPIs for every role sum to 1).",
                     r::non_negative),
      field("higher_is_better", &K::higher_is_better, "越高越好",
            "More is better (false for a response time or a cost).", r::any<bool>),
      field("source", &K::source, "出处", "The seed clause, or *assumed*.", r::any<std::string>),
      field("role", &K::role, "岗位",
            "The one role it applies to, on top of the department's KPIs (a lead's sales); "
            "empty: every role.",
            r::any<std::string>));
}();

/// Every field of a score band, once.
inline constexpr auto score_band_fields = [] {
  namespace r = detail::rules;
  using B = ScoreBand;
  return std::make_tuple(
      detail::required_field("min_score", &B::min_score, "最低分",
                             "The band starts at this total score (0-100).", r::non_negative),
      detail::required_field("factor", &B::factor, "绩效系数",
                             "Multiplies commission and bonus (>= 0).", r::non_negative),
      detail::field("label", &B::label, "等级", "The band's name (优秀).", r::any<std::string>));
}();

/// The monthly assessment rules. check() holds what no single field can: a KPI that belongs
/// to its department, weights that sum to 1, bands from the highest down to 0.
struct AssessmentRules {
  std::vector<KpiTarget> targets;
  std::vector<ScoreBand> bands;
  double pass_score = 60;  ///< a probation passes at this total score (*assumed* 60)
  friend bool operator==(const AssessmentRules&, const AssessmentRules&) = default;

  /// The score of one KPI value: 100 at or beyond the target, less in proportion short of
  /// it; NaN without a value (a KPI whose records are missing is never scored 0).
  static double score(double value, const KpiTarget& t) noexcept {
    if (std::isnan(value)) return NAN;
    if (t.higher_is_better) return 100.0 * std::fmin(1.0, value / t.target);
    return value <= t.target ? 100.0 : 100.0 * t.target / value;
  }

  /// The band a total score falls in; nullptr for NaN (nothing scored) or when there are no
  /// bands.
  const ScoreBand* band_of(double total) const noexcept {
    if (std::isnan(total)) return nullptr;
    for (const auto& b : bands)
      if (total >= b.min_score) return &b;
    return nullptr;
  }
};

namespace detail::rules {
inline void kpi_targets(const std::vector<KpiTarget>& ts, const std::string& path) {
  std::array<double, department_count> sums{};
  std::array<bool, department_count> seen{};
  for (std::size_t i = 0; i < ts.size(); ++i) {
    const auto where = path + "[" + std::to_string(i) + "]";
    check_fields(kpi_target_fields, ts[i], where);
    if (!is_kpi_of(ts[i].department, ts[i].kpi))
      fail(where + ".kpi", "'" + ts[i].kpi + "'",
           "a KPI of " + std::string(to_string(ts[i].department)) + " (" +
               kpi_names(ts[i].department) + ")");
    if (!ts[i].role.empty()) {
      const Role r = role_from_string(ts[i].role);  // an unknown name lists the roles
      if (department_of(r) != ts[i].department)
        fail(where + ".role", "'" + ts[i].role + "'",
             "a role of " + std::string(to_string(ts[i].department)));
      continue;  // a role's own KPIs come on top: its score is scaled to its weights' sum
    }
    sums[index(ts[i].department)] += ts[i].weight;
    seen[index(ts[i].department)] = true;
  }
  for (std::size_t d = 0; d < department_count; ++d)
    if (seen[d] && std::abs(sums[d] - 1.0) > 1e-9)
      throw Error(path + ": the weights of " +
                  std::string(to_string(static_cast<Department>(d))) + " sum to " +
                  shortest(sums[d]) + ", not 1");
}
inline void score_bands(const std::vector<ScoreBand>& bs, const std::string& path) {
  for (std::size_t i = 0; i < bs.size(); ++i) {
    const auto where = path + "[" + std::to_string(i) + "]";
    check_fields(score_band_fields, bs[i], where);
    if (bs[i].min_score > 100) fail(where + ".min_score", shortest(bs[i].min_score), "in 0..100");
    if (i > 0 && !(bs[i].min_score < bs[i - 1].min_score))
      fail(where + ".min_score", shortest(bs[i].min_score),
           "below the band before it (" + shortest(bs[i - 1].min_score) + "; bands run down)");
  }
  if (!bs.empty() && bs.back().min_score != 0)
    fail(path, "a lowest band from " + shortest(bs.back().min_score),
         "a last band from 0, so that every score has a band");
}
inline void score_0_100(const double& v, const std::string& path) {
  if (!(v >= 0 && v <= 100)) fail(path, shortest(v), "in 0..100");
}
}  // namespace detail::rules

/// Every field of the assessment rules, once.
inline constexpr auto assessment_fields = [] {
  namespace r = detail::rules;
  using A = AssessmentRules;
  return std::make_tuple(
      detail::field("targets", &A::targets, "考核指标",
                    "Each department's KPIs with target and weight.", r::kpi_targets),
      detail::field("bands", &A::bands, "等级",
                    "Score bands from the highest down to 0, with their pay factor.",
                    r::score_bands),
      detail::field("pass_score", &A::pass_score, "试用期合格分",
                    "The total score that passes a probation (*assumed* 60).", r::score_0_100));
}();

/// The assessment of seed 000 (ch.3 and ch.5) and 002: the KPIs are the seeds'; targets,
/// bands and the pass score are *assumed*. Customer service's weights follow 000 ch.5:
/// satisfaction is "考评的最重要指标" (the most important), so it weighs most, then the
/// performance KPIs of ch.5 (success and reply rate); the early-period KPIs of ch.3 (response
/// time, reply length) stay but weigh least. The numbers of the weights are *assumed*.
inline AssessmentRules assessment_2014() {
  const auto c = Department::customer_service, p = Department::promotion,
             lg = Department::logistics, d = Department::design;
  AssessmentRules a;
  a.targets = {
      {c, "satisfaction", 0.95, 0.35, true,
       "000 ch.5: 客户满意度 = 客户好评/客户人数, 考评的最重要指标 (target assumed)", ""},
      {c, "success_rate", 0.4, 0.25, true,
       "000 ch.5: 成交率 = 售前成功人数/售前接待人数, 付款判定规则 (target assumed)", ""},
      {c, "reply_rate", 0.95, 0.2, true,
       "000 ch.5: 回复率 = 回复过的客户数/总接待客户数 (target assumed)", ""},
      {c, "response_time_s", 30, 0.1, false, "000 ch.3: 前期 KPI 响应时间 (target assumed)", ""},
      {c, "average_reply_length", 12, 0.1, true,
       "000 ch.3: 前期 KPI 平均回复字数 (target assumed)", ""},
      // 000 ch.3: 客服主管...KPI初步定为个人销售绩效, 和团队销售绩效两方面 (the lead and the
      // supervisor, on top of the department's KPIs; the share of the sales target met)
      {c, "personal_sales", 1.0, 0.25, true, "000 ch.3: 客服主管 个人销售绩效 (weight assumed)",
       "cs_lead"},
      {c, "team_sales", 1.0, 0.25, true, "000 ch.3: 客服主管 团队销售绩效 (weight assumed)",
       "cs_lead"},
      {c, "personal_sales", 1.0, 0.25, true, "000 ch.3: 客服主管 个人销售绩效 (weight assumed)",
       "cs_manager"},
      {c, "team_sales", 1.0, 0.25, true, "000 ch.3: 客服主管 团队销售绩效 (weight assumed)",
       "cs_manager"},
      {d, "task_completion", 1.0, 1.0, true, "000 ch.3: 美工...从任务完成度入手", ""},
      {p, "ctr", 0.01, 0.2, true, "000 ch.3: 推广的KPI 点击率 (target assumed)", ""},
      {p, "traffic_cost", 1.0, 0.2, false, "000 ch.3: 推广的KPI 流量成本 (target assumed)", ""},
      {p, "roi", 3.0, 0.2, true, "000 ch.3: 推广的KPI ROI (target assumed)", ""},
      {p, "traffic_reached", 1.0, 0.2, true, "000 ch.3: 推广部主管的KPI为流量达成 (target assumed: the visitor target)", ""},
      {p, "ad_cost_ratio", 0.1, 0.2, false, "000 ch.3: 推广部主管的KPI...广告费用支出比例 (target assumed: ch.4's 10%)", ""},
      {lg, "dsr_shipping", 4.8, 0.4, true, "000 ch.3: 店铺dsr发货速度 (target assumed)", ""},
      {lg, "wrong_shipment_rate", 0.005, 0.3, false, "000 ch.3: 包裹发错率 (target assumed)", ""},
      {lg, "quality_return_share", 0.3, 0.3, false,
       "000 ch.3: 质量问题退货占比 (target assumed)", ""},
  };
  a.bands = {{90, 1.2, "优秀"}, {75, 1.0, "良好"}, {60, 0.8, "合格"}, {0, 0.5, "不合格"}};
  return a;
}

}  // namespace storeops
