// Stages, the investment schedule and the hit-candidate rule.
#include "fields.hpp"

namespace storeops::python {

void register_lifecycle(py::module_& m) {
  py::list stages;
  for (auto n : stage_names) stages.append(std::string(n));
  m.attr("STAGES") = py::tuple(stages);

  auto stage_plan = py::class_<StagePlan>(m, "StagePlan", R"doc(
One stage of the plan (000 ch.3): its monthly ``revenue_target`` (0: the stage ends after
``min_months``), its ad budget and software, the people it plans to hire (a floor on its
headcount while ``plan.staffing.stage_floor`` is on), whether the target excludes what campaign
months add (``excludes_campaigns``, the mature stage's 不含聚划算), and notes.

Examples
--------
>>> launch = storeops.presets.tmall_2014().stages.plan_of("launch")
>>> str(launch.revenue_target), launch.hires
('¥30,000.00', {'cs_agent': 2, 'designer': 1})
)doc")
      .def(py::init([](const std::string& stage, const py::object& target, int min_months,
                       const py::object& ad_budget, const py::object& software,
                       const py::dict& hires, std::string notes, bool excludes_campaigns) {
             StagePlan p{stage_from_string(stage), money_from(target, "revenue_target"), min_months,
                         money_from(ad_budget, "ad_budget"), money_from(software, "software"), {},
                         excludes_campaigns, std::move(notes)};
             assign(p.hires, hires, "StagePlan.hires");
             return checked(stage_plan_fields, p, "StagePlan");
           }),
           py::kw_only(), py::arg("stage"), py::arg("revenue_target") = 0,
           py::arg("min_months") = 0, py::arg("ad_budget") = 0, py::arg("software") = 0,
           py::arg("hires") = py::dict(), py::arg("notes") = "",
           py::arg("excludes_campaigns") = false)
      .def("__repr__", [](const StagePlan& p) {
        return "StagePlan(stage='" + std::string(to_string(p.stage)) +
               "', revenue_target=" + p.revenue_target.to_string() + ")";
      });
  bind_fields(stage_plan, stage_plan_fields, "StagePlan");  // each field checked when set

  py::class_<Lifecycle>(m, "Lifecycle",
                        R"doc(
The stages in order; a revenue target must hold `confirm_months` in a row.

Raises
------
storeops.Error
    No stage, stages out of their order, or ``confirm_months`` below one.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> stages = storeops.presets.tmall_2014().stages
>>> [s.stage for s in stages.stages]
['setup', 'launch', 'scale_up', 'mature']
>>> stages.confirm_months
1
)doc")
      .def(py::init<std::vector<StagePlan>, int>(), py::arg("stages"), py::arg("confirm_months") = 1)
      .def_property_readonly("stages", &Lifecycle::stages)
      .def_property_readonly("confirm_months", &Lifecycle::confirm_months)
      .def("plan_of", [](const Lifecycle& l, Stage s) { return l.plan_of(s); },
           py::arg("stage"))
      .def("planned_staff", [](const Lifecycle& l, Stage s) { return l.planned_staff(l.index_of(s)); },
           py::arg("stage"),
           "The staff the stage and the stages before it plan to hire (000 ch.3): the floor on "
           "the stage's headcount while plan.staffing.stage_floor is on.")
      .def("__eq__", [](const Lifecycle& a, const Lifecycle& b) { return a == b; });

  py::class_<StageTracker>(m, "StageTracker", R"doc(
Follows a store through the stages month by month: ``record(revenue)`` returns True when the
store moves to the next stage from the following month.

Raises
------
storeops.Error
    ``record`` of revenue below ¥0, or campaign revenue above the month's.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> tracker = storeops.StageTracker(storeops.presets.tmall_2014().stages)
>>> tracker.stage
'setup'
>>> tracker.record(0)
True
>>> tracker.stage
'launch'
)doc")
      .def(py::init<const Lifecycle&>(), py::arg("lifecycle"), py::keep_alive<1, 2>())
      .def_property_readonly("stage", &StageTracker::stage)
      .def_property_readonly("final_target_met", &StageTracker::final_target_met)
      .def("record", [](StageTracker& t, const py::object& revenue, const py::object& campaign) {
        const Money month = amount_from(revenue, "revenue"), from_campaigns = amount_from(campaign, "campaign_revenue");
        if (from_campaigns > month)
          detail::fail("campaign_revenue", from_campaigns.to_string(), "at most the month's revenue (" + month.to_string() + ")");
        return t.record(month, from_campaigns);
      }, py::arg("revenue"), py::arg("campaign_revenue") = 0,
         "Records a month's revenue (``campaign_revenue`` of it from campaigns); True when the "
         "store moves on.");

  auto investment = py::class_<Investment>(m, "Investment",
                         R"doc(
A dated investment (000 ch.4); month 0 is the plan's first month.

Examples
--------
>>> deposit = storeops.presets.tmall_2014().investments[0]
>>> deposit
Investment('Tmall deposit (天猫押金)', ¥160,000.00, month 0)
>>> deposit.refundable
True
)doc")
      .def(py::init([](std::string name, const py::object& amount, int month, bool refundable,
                       std::string source) {
             Investment i{std::move(name), money_from(amount, "investment.amount"), month,
                          refundable, std::move(source)};
             i.validate();
             return i;
           }),
           py::kw_only(), py::arg("name"), py::arg("amount"), py::arg("month"),
           py::arg("refundable") = false, py::arg("source") = "")
      .def("__repr__", [](const Investment& i) {
        return "Investment('" + i.name + "', " + i.amount.to_string() + ", month " +
               std::to_string(i.month) + ")";
      });
  bind_fields(investment, investment_fields, "investment");  // each field checked when set

  py::class_<HitCandidateRule>(m, "HitCandidateRule",
                               R"doc(
002 篇4: weekly UV >= 3,000, CR >= 3%, bounce below the store's.

Raises
------
storeops.Error
    ``min_weekly_visitors`` below zero or ``min_conversion_rate`` outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> rule = storeops.HitCandidateRule(min_weekly_visitors=1_500)
>>> storeops.hit_candidate(item="560001787", visitors=2_000, buyers=80,
...     bounce_rate=0.5, store_bounce_rate=0.6, rule=rule).candidate
True
)doc")
      .def(py::init([](double uv, double cr, bool bounce) {
             return HitCandidateRule{detail::require_non_negative(uv, "HitCandidateRule.min_weekly_visitors"),
                                     detail::require_rate(cr, "HitCandidateRule.min_conversion_rate"), bounce};
           }),
           py::kw_only(), py::arg("min_weekly_visitors") = 3000.0,
           py::arg("min_conversion_rate") = 0.03, py::arg("bounce_below_store_average") = true)
      .def_readonly("min_weekly_visitors", &HitCandidateRule::min_weekly_visitors)
      .def_readonly("min_conversion_rate", &HitCandidateRule::min_conversion_rate)
      .def_readonly("bounce_below_store_average", &HitCandidateRule::bounce_below_store_average);

  py::class_<HitCheck>(m, "HitCheck", "Whether an item is a hit candidate, and every failed condition."
      "\n"
      "\n"
      "Examples\n"
      "--------\n"
      ">>> check = storeops.hit_candidate(item=\"560001787\", visitors=2_000, buyers=80,\n"
      "...     bounce_rate=0.5, store_bounce_rate=0.6)\n"
      ">>> check.candidate, check.conversion_rate\n"
      "(False, 0.04)\n"
      ">>> check.failed\n"
      "['weekly visitors: required >= 3000, actual 2000']\n")
      .def_readonly("item", &HitCheck::item)
      .def_readonly("candidate", &HitCheck::candidate)
      .def_readonly("conversion_rate", &HitCheck::conversion_rate)
      .def_readonly("failed", &HitCheck::failed);

  m.def(
      "hit_candidate",
      [](const std::string& item, double visitors, double buyers, double bounce_rate,
         double store_bounce_rate, const HitCandidateRule& rule) {
        return hit_candidate({item, visitors, buyers, bounce_rate}, store_bounce_rate, rule);
      },
      py::kw_only(), py::arg("item"), py::arg("visitors"), py::arg("buyers"),
      py::arg("bounce_rate"), py::arg("store_bounce_rate"), py::arg("rule") = HitCandidateRule{},
      R"doc(
Checks one item's week against the hit-candidate rule (002 篇4).

Parameters
----------
item : str
    The item's id.
visitors, buyers : float
    The item's visitors and buyers over the week.
bounce_rate : float
    The item page's bounce rate.
store_bounce_rate : float
    The store's average bounce rate.
rule : HitCandidateRule
    The thresholds (default the seed's).

Returns
-------
HitCheck
    Whether the item is a candidate, its conversion and each condition it fails.

Raises
------
storeops.Error
    Visitors or buyers below zero, more buyers than visitors, or a bounce rate
    outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.hit_candidate(item="560001787", visitors=4_000, buyers=160,
...     bounce_rate=0.5, store_bounce_rate=0.6).candidate
True
)doc");
}

}  // namespace storeops::python
