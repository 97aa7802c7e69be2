#pragma once
/// The store's lifecycle (docs/model.md §6; 000 ch.2–4, 002 篇3–4, 001, 004): stages with revenue
/// targets, the dated investment schedule, product roles and the hit-candidate rule.
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <storeops/core/names.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/core/money.hpp>
#include <storeops/team/roles.hpp>
#include <storeops/team/staffing.hpp>

namespace storeops {

enum class Stage {
  setup,     ///< 申请公司和专卖店: company and store application, fees
  launch,    ///< 正式投入运营: decoration, ad trial, first hires; target 30,000 a month
  scale_up,  ///< 全店经销过度: whole-store distribution; target 300,000 a month
  mature,    ///< 成熟阶段: 聚划算 funding; target 500,000 a month 不含聚划算 (read: without
             ///< what the campaign days 618, 双11, 双12 add; the model has no 聚划算 line)
};
inline constexpr std::size_t stage_count = 4;
inline constexpr std::array<std::string_view, stage_count> stage_names = {"setup", "launch",
                                                                          "scale_up", "mature"};
template <>
struct EnumNames<Stage> {
  static constexpr auto& names = stage_names;
  static constexpr std::string_view what = "stage", plural = "stages";
};
inline Stage stage_from_string(std::string_view s) { return from_string<Stage>(s); }


/// One stage of the plan: what completes it, what it spends.
struct StagePlan {
  Stage stage = Stage::setup;
  Money revenue_target;    ///< monthly revenue that completes the stage; 0: time-based
  int min_months = 0;      ///< months the stage takes at least (setup: *assumed* 1)
  Money ad_budget;         ///< promotion budget for the stage (launch: 30,000 ad trial)
  Money software;          ///< software bought on entering the stage (launch: 1,000)
  std::vector<RoleCount> hires;  ///< people the stage plans to hire (000 ch.3)
  /// 不含聚划算: the target is met by revenue less what the month's campaigns added
  /// (MonthRecord::campaign_revenue); the preset's mature stage (000 ch.3).
  bool excludes_campaigns = false;
  std::string notes;
  friend bool operator==(const StagePlan&, const StagePlan&) = default;
};

namespace detail::rules {
inline void hires(const std::vector<RoleCount>& v, const std::string& path) {
  for (const auto& h : v)
    if (h.count < 0) fail(path + "." + std::string(to_string(h.role)), std::to_string(h.count), ">= 0");
}
}  // namespace detail::rules

/// Every field of a stage, once.
inline constexpr auto stage_plan_fields = [] {
  namespace r = detail::rules;
  using S = StagePlan;
  using detail::field;
  return std::make_tuple(
      detail::required_field("stage", &S::stage, "阶段", "setup, launch, scale_up or mature.",
                             r::any<Stage>),
      field("revenue_target", &S::revenue_target, "销售目标",
            "Monthly revenue that completes the stage, yuan; 0: time-based.",
            r::money_non_negative),
      field("min_months", &S::min_months, "最短月数", "Months the stage takes at least.",
            r::whole_from<0>),
      field("ad_budget", &S::ad_budget, "推广预算", "Promotion budget for the stage, yuan.",
            r::money_non_negative),
      field("software", &S::software, "软件费用", "Software bought on entering the stage, yuan.",
            r::money_non_negative),
      field("hires", &S::hires, "计划招聘", "People the stage plans to hire, by role.", r::hires),
      field("excludes_campaigns", &S::excludes_campaigns, "不含活动",
            "Whether the target excludes what the campaign days (618, 双11, 双12) add: "
            "000's 不含聚划算, read on a model without a 聚划算 line (assumed).", r::any<bool>),
      field("notes", &S::notes, "备注", "Free text.", r::any<std::string>));
}();

/// A dated investment (000 ch.4): month 0 is the plan's first month.
struct Investment {
  std::string name;
  Money amount;
  int month = 0;
  bool refundable = false;  ///< a deposit: cash out now, back later, never an expense
  std::string source;
  friend bool operator==(const Investment&, const Investment&) = default;
  /// Checks every field (investment_fields), naming them under `path` ("investments[2]").
  void validate(const std::string& path = "investment") const;
};

namespace detail::rules {
inline void any_text(const std::string&, const std::string&) {}
inline void any_flag(const bool&, const std::string&) {}
}  // namespace detail::rules

/// Every field of an Investment, once: JSON key, member, Chinese label, doc, rule.
inline constexpr auto investment_fields = [] {
  namespace r = detail::rules;
  using I = Investment;
  return std::make_tuple(
      detail::required_field("name", &I::name, "名称", "What the money is for.", r::any_text),
      detail::required_field("amount", &I::amount, "金额", "Yuan, >= 0.", r::money_non_negative),
      detail::required_field("month", &I::month, "月份", "0-based month of the plan it is paid in.",
                             r::whole_from<0>),
      detail::field("refundable", &I::refundable, "可退还",
                    "A deposit: cash out now, back later, never an expense.", r::any_flag),
      detail::field("source", &I::source, "出处", "Where in the seeds it comes from.", r::any_text));
}();

inline void Investment::validate(const std::string& path) const {
  detail::check_fields(investment_fields, *this, path);
}

/// The stages in order and how many consecutive months a revenue target must hold.
class Lifecycle {
 public:
  Lifecycle(std::vector<StagePlan> stages, int confirm_months = 1)
      : stages_(std::move(stages)), confirm_months_(confirm_months) {
    validate();
  }
  const std::vector<StagePlan>& stages() const noexcept { return stages_; }
  int confirm_months() const noexcept { return confirm_months_; }
  friend bool operator==(const Lifecycle&, const Lifecycle&) = default;
  const StagePlan& plan_of(Stage s) const { return stages_[index_of(s)]; }
  std::size_t index_of(Stage s) const {
    for (std::size_t i = 0; i < stages_.size(); ++i)
      if (stages_[i].stage == s) return i;
    throw Error("the lifecycle has no stage " + std::string(to_string(s)));
  }

  /// The staff planned by the stage at `index` and the stages before it (000 ch.3: launch
  /// hires 2 customer service and a designer, scale-up 1 more agent, a promoter, 2 warehouse
  /// staff and a designer): the floor on the stage's headcount (StaffingPolicy::stage_floor).
  Headcount planned_staff(std::size_t index) const {
    if (index >= stages_.size())
      detail::fail("stage index", std::to_string(index), "below " + std::to_string(stages_.size()));
    Headcount h;
    for (std::size_t i = 0; i <= index; ++i)
      for (const auto& r : stages_[i].hires) h.add(r.role, r.count);
    return h;
  }

  void validate() const {
    if (stages_.empty()) throw Error("Lifecycle.stages needs at least one stage");
    if (confirm_months_ < 1)
      detail::fail("Lifecycle.confirm_months", std::to_string(confirm_months_), ">= 1");
    for (std::size_t i = 0; i < stages_.size(); ++i) {
      const auto& s = stages_[i];
      const auto f = "Lifecycle.stages[" + std::to_string(i) + "]";
      if (i > 0 && static_cast<int>(s.stage) <= static_cast<int>(stages_[i - 1].stage))
        detail::fail(f + ".stage", "'" + std::string(to_string(s.stage)) + "'",
                     "after the previous stage");
      detail::check_fields(stage_plan_fields, s, f);
      if (s.revenue_target.fen() == 0 && s.min_months == 0 && i + 1 < stages_.size())
        throw Error(f + ": a stage needs a revenue target or a minimum number of months");
    }
  }

 private:
  std::vector<StagePlan> stages_;
  int confirm_months_;
};

/// Follows a store through its stages month by month: a stage advances when its minimum
/// months are over and its revenue target has held for `confirm_months` in a row.
/// Where a store is in its lifecycle: the stage, months in it, the run of months meeting its
/// target, and whether the last stage's target has been met.
struct StageProgress {
  std::size_t index = 0;
  int months = 0;
  int streak = 0;
  bool final_met = false;
  friend bool operator==(const StageProgress&, const StageProgress&) = default;
};

class StageTracker {
 public:
  explicit StageTracker(const Lifecycle& lifecycle) : lifecycle_(&lifecycle) {}
  /// A tracker that resumes from `progress` (checked against the lifecycle).
  StageTracker(const Lifecycle& lifecycle, const StageProgress& progress) : lifecycle_(&lifecycle) {
    if (progress.index >= lifecycle.stages().size())
      detail::fail("state.stage.index", std::to_string(progress.index),
                   "below the number of stages (" + std::to_string(lifecycle.stages().size()) + ")");
    if (progress.months < 0) detail::fail("state.stage.months", std::to_string(progress.months), ">= 0");
    if (progress.streak < 0 || progress.streak > progress.months)
      detail::fail("state.stage.streak", std::to_string(progress.streak), "in 0..months in the stage");
    index_ = progress.index;
    months_ = progress.months;
    streak_ = progress.streak;
    final_met_ = progress.final_met;
  }
  StageProgress progress() const noexcept { return {index_, months_, streak_, final_met_}; }

  std::size_t index() const noexcept { return index_; }
  Stage stage() const noexcept { return lifecycle_->stages()[index_].stage; }
  /// Whether the current stage's target leaves out what campaigns add (record reads its
  /// `campaign` argument only then).
  bool excludes_campaigns() const noexcept { return lifecycle_->stages()[index_].excludes_campaigns; }
  /// Whether the last stage's own target has been met (it has no next stage).
  bool final_target_met() const noexcept { return final_met_; }

  /// Records one month's revenue in the current stage, `campaign` of it added by the month's
  /// campaigns; returns true when the store moves to the next stage from the following month.
  bool record(Money revenue, Money campaign = Money()) {
    const auto& stages = lifecycle_->stages();
    const auto& s = stages[index_];
    ++months_;
    const Money counted = s.excludes_campaigns ? revenue - campaign : revenue;
    const bool met = s.revenue_target.fen() == 0 || counted >= s.revenue_target;
    streak_ = met ? streak_ + 1 : 0;
    const int needed = s.revenue_target.fen() == 0 ? 0 : lifecycle_->confirm_months();
    if (months_ < s.min_months || streak_ < needed || streak_ == 0) return false;
    if (index_ + 1 == stages.size()) {
      final_met_ = final_met_ || s.revenue_target.fen() > 0;
      return false;
    }
    ++index_;
    months_ = 0;
    streak_ = 0;
    return true;
  }

 private:
  const Lifecycle* lifecycle_;
  std::size_t index_ = 0;
  int months_ = 0;
  int streak_ = 0;
  bool final_met_ = false;
};

/// Product roles (004, 002): 引流款 traffic driver, 利润款 profit, 活动款 campaign, 形象款 image.
enum class ProductRole { traffic_driver, profit, campaign, image };
inline constexpr std::array<std::string_view, 4> product_role_names = {"traffic_driver", "profit",
                                                                       "campaign", "image"};
template <>
struct EnumNames<ProductRole> {
  static constexpr auto& names = product_role_names;
  static constexpr std::string_view what = "product role", plural = "product roles";
};
/// Product lifecycle (002 篇4): 新生期 new, 成长期 growth, 爆款期 hit, 稳定期 stable, 衰退期 decline.
enum class ProductStage { new_item, growth, hit, stable, decline };
inline constexpr std::array<std::string_view, 5> product_stage_names = {"new", "growth", "hit",
                                                                        "stable", "decline"};
template <>
struct EnumNames<ProductStage> {
  static constexpr auto& names = product_stage_names;
  static constexpr std::string_view what = "product stage", plural = "product stages";
};

/// The hit-candidate rule of 002 篇4: over about a week, UV >= 3,000, CR >= 3% and bounce
/// below the store average. Thresholds are data.
struct HitCandidateRule {
  double min_weekly_visitors = 3'000;
  double min_conversion_rate = 0.03;
  bool bounce_below_store_average = true;
};

/// One item's week (data from 生意参谋 / 量子恒道).
struct ItemWeek {
  std::string item;
  double visitors = 0;  ///< UV over the week
  double buyers = 0;
  double bounce_rate = 0;
};

struct HitCheck {
  std::string item;
  bool candidate = false;
  double conversion_rate = 0;
  std::vector<std::string> failed;  ///< each failed condition: rule, required, actual
};

inline HitCheck hit_candidate(const ItemWeek& w, double store_bounce_rate,
                              const HitCandidateRule& rule = {}) {
  detail::require_non_negative(w.visitors, "visitors");
  detail::require_non_negative(w.buyers, "buyers");
  detail::require_rate(w.bounce_rate, "bounce_rate");
  detail::require_rate(store_bounce_rate, "store_bounce_rate");
  if (w.buyers > w.visitors)
    throw Error("item '" + w.item + "': buyers (" + detail::shortest(w.buyers) +
                ") cannot exceed visitors (" + detail::shortest(w.visitors) + ")");
  HitCheck c;
  c.item = w.item;
  c.conversion_rate = w.visitors > 0 ? w.buyers / w.visitors : 0.0;
  if (w.visitors < rule.min_weekly_visitors)
    c.failed.push_back("weekly visitors: required >= " + detail::shortest(rule.min_weekly_visitors) +
                       ", actual " + detail::shortest(w.visitors));
  if (c.conversion_rate < rule.min_conversion_rate)
    c.failed.push_back("conversion rate: required >= " +
                       detail::shortest(rule.min_conversion_rate) + ", actual " +
                       detail::shortest(c.conversion_rate));
  if (rule.bounce_below_store_average && !(w.bounce_rate < store_bounce_rate))
    c.failed.push_back("bounce rate: required < store average " +
                       detail::shortest(store_bounce_rate) + ", actual " +
                       detail::shortest(w.bounce_rate));
  c.candidate = c.failed.empty();
  return c;
}

}  // namespace storeops
