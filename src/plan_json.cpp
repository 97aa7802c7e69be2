// JSON reading and writing of a Plan. Reading walks the document with a path, so every error
// says where it is; unknown keys are errors too, so a typo never silently falls back to a
// default.
#include <optional>
#include <storeops/plan/plan_json.hpp>
#include <storeops/plan/presets.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json_node.hpp"

namespace storeops {
namespace {

using detail::json;
using detail::Node;
using detail::keyed;
using detail::money;
constexpr const char* schema_id = "storeops.plan/1";

// ---- writing ----------------------------------------------------------------------------

json role_counts(const std::vector<RoleCount>& roles) {
  json j = json::object();
  for (const auto& r : roles) j[std::string(to_string(r.role))] = r.count;
  return j;
}

json uncertain(const Uncertain& u) {
  if (!u.varies()) return u.value;
  json j = {{"value", u.value},
            {"distribution", std::string(distribution_names[std::size_t(u.distribution)])}};
  if (u.distribution == Distribution::lognormal || u.distribution == Distribution::normal)
    j["spread"] = u.spread;
  if (u.distribution != Distribution::lognormal) {
    j["low"] = u.low;
    j["high"] = u.high;
  }
  return j;
}

json value_json(double v) { return v; }
json value_json(bool v) { return v; }
json value_json(const std::string& v) { return v; }
json value_json(Money v) { return money(v); }
json value_json(const std::vector<AnnualFeeRefund>& refunds) {
  json out = json::array();
  for (const auto& r : refunds) out.push_back({{"yearly_sales", money(r.yearly_sales)}, {"share", r.share}});
  return out;
}
json value_json(int v) { return v; }
json value_json(const Date& d) { return to_string(d); }
template <class E>
  requires requires { EnumNames<E>::names; }
json value_json(E v) {
  return std::string(to_string(v));
}
json value_json(const std::vector<RoleCount>& roles) { return role_counts(roles); }
json value_json(const std::vector<Correlation>& correlations) {
  json out = json::array();
  for (const auto& c : correlations) out.push_back({{"a", c.a}, {"b", c.b}, {"rho", c.rho}});
  return out;
}
json value_json(const Uncertain& u) { return uncertain(u); }
template <class Table, class Struct>
json write_fields(const Table& table, const Struct& value);

template <std::size_t N>
json value_json(const std::array<double, N>& values) {
  json out = json::array();
  for (double v : values) out.push_back(v);
  return out;
}
json value_json(const std::vector<Shift>& shifts) {
  json out = json::array();
  for (const auto& s : shifts) out.push_back(write_fields(shift_fields, s));
  return out;
}
json value_json(const std::vector<OrderTarget>& targets) {
  json out = json::array();
  for (const auto& t : targets) out.push_back(write_fields(order_target_fields, t));
  return out;
}
json value_json(const std::vector<KpiTarget>& targets) {
  json out = json::array();
  for (const auto& t : targets) out.push_back(write_fields(kpi_target_fields, t));
  return out;
}
json value_json(const std::vector<ScoreBand>& bands) {
  json out = json::array();
  for (const auto& b : bands) out.push_back(write_fields(score_band_fields, b));
  return out;
}
json value_json(const std::vector<CampaignMonth>& campaigns) {
  json out = json::array();
  for (const auto& c : campaigns) out.push_back(write_fields(campaign_month_fields, c));
  return out;
}

json value_json(const std::vector<Department>& departments) {
  json out = json::array();
  for (auto d : departments) out.push_back(std::string(to_string(d)));
  return out;
}

/// Adds one key per setting of the table, in the table's order.
template <class Table, class Class>
void write_settings(json& out, const Table& table, const Class& value) {
  detail::for_each_field(table, [&](const auto& s) { out[std::string(s.name)] = value_json(s.get(value)); });
}

/// An object with one key per field of the table, in the table's order.
template <class Table, class Struct>
json write_fields(const Table& table, const Struct& value) {
  json out = json::object();
  detail::for_each_field(table, [&](const auto& f) {
    out[std::string(f.name)] = value_json(value.*(f.member));
  });
  return out;
}

json write_staffing(const StaffingPolicy& s) {
  json tiers = json::array();
  for (const auto& t : s.tiers()) {
    json depts = json::object();
    for (const auto& d : t.departments)
      depts[std::string(to_string(d.department))] = {{"roles", role_counts(d.roles)},
                                                     {"cost", money(d.cost)}};
    tiers.push_back({{"monthly_revenue", money(t.monthly_revenue)},
                     {"budget", money(t.budget)},
                     {"stated_cost", money(t.stated_cost)},
                     {"departments", depts}});
  }
  json bands = json::array();
  for (const auto& b : s.bands()) bands.push_back(write_fields(order_band_fields, b));
  json out = {{"tiers", tiers}, {"bands", bands}};
  write_settings(out, staffing_settings, s);
  out["erlang"] = write_fields(erlang_staffing_fields, s.erlang());
  return out;
}

json write_pay(const PayPolicy& p) {
  json roles = json::object();
  for (const auto& r : p.roles()) roles[std::string(to_string(r.role))] = write_fields(role_pay_fields, r);
  json kpis = json::array();
  for (const auto& k : p.kpi_multipliers()) kpis.push_back(write_fields(kpi_multiplier_fields, k));
  json out = {{"roles", roles}, {"rating", write_fields(rating_bonus_fields, p.rating())}};
  write_settings(out, pay_settings, p);
  out["kpi_multipliers"] = kpis;
  return out;
}

json write_plan(const Plan& p) {
  json stages = json::array();
  for (const auto& s : p.stages.stages()) stages.push_back(write_fields(stage_plan_fields, s));
  json investments = json::array();
  for (const auto& i : p.investments) investments.push_back(write_fields(investment_fields, i));
  json targets = json::array();
  for (const auto& t : p.traffic_targets.rows())
    targets.push_back({{"from_level",
                        {{"tier", std::string(to_string(t.from.tier()))}, {"count", t.from.count()}}},
                       {"monthly_visitors", t.monthly_visitors},
                       {"daily_visitors", t.daily_visitors}});
  json assumptions = json::array();
  for (const auto& a : p.assumptions) assumptions.push_back({{"field", a.field}, {"note", a.note}});
  json corrections = json::array();
  for (const auto& c : p.corrections)
    corrections.push_back({{"field", c.field}, {"note", c.note}, {"source", c.source}});
  return {{"schema", schema_id},
          {"name", p.name},
          {"staffing", write_staffing(p.staffing)},
          {"pay", write_pay(p.pay)},
          {"fees", write_fields(platform_fee_fields, p.fees)},
          {"costs", write_fields(cost_fields, p.costs)},
          {"stages", {{"confirm_months", p.stages.confirm_months()}, {"stages", stages}}},
          {"investments", investments},
          {"traffic_targets", targets},
          {"market", write_fields(market_fields, p.market)},
          {"assumptions", assumptions},
          {"corrections", corrections},
          {"campaign_day", write_fields(campaign_day_fields, p.campaign_day)},
          {"assessment", write_fields(assessment_fields, p.assessment)},
          {"probation", write_fields(probation_fields, p.probation)},
          {"shipping", write_fields(shipping_fields, p.shipping)},
          {"targets", write_fields(plan_target_fields, p.targets)},
          {"funding", write_fields(funding_fields, p.funding)}};
}

// ---- reading ----------------------------------------------------------------------------

std::vector<RoleCount> read_roles(const Node& n) {
  std::vector<RoleCount> out;
  for (const auto& [key, value] : n.entries()) {
    const std::string& name = key;  // clang 14 cannot capture a structured binding
    out.push_back({value.build([&] { return role_from_string(name); }), value.integer()});
  }
  return out;
}

TrafficTargets read_targets(const Node& n) {
  std::vector<TrafficTarget> rows;
  for (const auto& r : n.array()) {
    r.object({"from_level", "monthly_visitors", "daily_visitors"});
    const auto l = r["from_level"];
    l.object({"tier", "count"});
    const auto level = l.build(
        [&] { return CreditLevel(credit_tier_from_string(l["tier"].string()), l["count"].integer()); });
    rows.push_back({level, r["monthly_visitors"].integer64(), r["daily_visitors"].integer64()});
  }
  return n.build([&] { return TrafficTargets(std::move(rows)); });
}

Uncertain read_uncertain(const Node& n) {
  Uncertain u;
  if (!n.has("value")) {  // a plain number is a fixed value
    u.value = n.number();
    return u;
  }
  n.object({"value", "distribution", "spread", "low", "high"});
  u.value = n["value"].number();
  u.distribution = n.has("distribution")
                       ? keyed<Distribution>(n["distribution"], distribution_from_string)
                       : Distribution::fixed;
  u.spread = n.has("spread") ? n["spread"].number() : 0.0;
  u.low = n.has("low") ? n["low"].number() : 0.0;
  u.high = n.has("high") ? n["high"].number() : 0.0;
  return u;
}

void read_value(const Node& n, double& v) { v = n.number(); }
void read_value(const Node& n, bool& v) { v = n.boolean(); }
void read_value(const Node& n, std::string& v) { v = n.string(); }
void read_value(const Node& n, Money& v) { v = n.money(); }
void read_value(const Node& n, std::vector<AnnualFeeRefund>& refunds) {
  refunds.clear();
  for (const auto& r : n.array()) {
    r.object({"yearly_sales", "share"});
    refunds.push_back({r["yearly_sales"].money(), r["share"].number()});
  }
}
void read_value(const Node& n, int& v) { v = n.integer(); }
void read_value(const Node& n, Date& v) {
  v = n.build([&] { return parse_date(n.string(), n.path()); });
}
template <class E>
  requires requires { EnumNames<E>::names; }
void read_value(const Node& n, E& v) {
  v = keyed<E>(n, [](std::string_view s) { return from_string<E>(s); });
}
void read_value(const Node& n, std::vector<RoleCount>& v) { v = read_roles(n); }
void read_value(const Node& n, std::vector<Department>& departments) {
  departments.clear();
  for (const auto& d : n.array()) departments.push_back(keyed<Department>(d, department_from_string));
}
void read_value(const Node& n, std::vector<Correlation>& correlations) {
  correlations.clear();
  for (const auto& c : n.array()) {
    c.object({"a", "b", "rho"});
    correlations.push_back({c["a"].string(), c["b"].string(), c["rho"].number()});
  }
}
void read_value(const Node& n, Uncertain& v) { v = read_uncertain(n); }
template <std::size_t N>
void read_value(const Node& n, std::array<double, N>& values) {
  const auto items = n.array();
  if (items.size() != N)
    n.fail(N == 12 ? std::string("expected 12 numbers, January to December")
                   : "expected " + std::to_string(N) + " numbers");
  for (std::size_t i = 0; i < N; ++i) values[i] = items[i].number();
}
template <class Struct, class Table>
Struct read_fields(const Node& n, const Table& table);

void read_value(const Node& n, std::vector<Shift>& shifts) {
  shifts.clear();
  for (const auto& s : n.array()) shifts.push_back(read_fields<Shift>(s, shift_fields));
}
void read_value(const Node& n, std::vector<OrderTarget>& targets) {
  targets.clear();
  for (const auto& t : n.array()) {
    // Before round four a target was dated; a date cannot be counted from the opening here
    // (the plan's start date may come later in the file), so the reader names what to write.
    if (t.has("from"))
      t["from"].fail("a target is counted from the store's opening now: write \"month\" (1: "
                     "the month it opens) and \"day\" instead of a date");
    targets.push_back(read_fields<OrderTarget>(t, order_target_fields));
  }
}
void read_value(const Node& n, std::vector<KpiTarget>& targets) {
  targets.clear();
  for (const auto& t : n.array()) targets.push_back(read_fields<KpiTarget>(t, kpi_target_fields));
}
void read_value(const Node& n, std::vector<ScoreBand>& bands) {
  bands.clear();
  for (const auto& b : n.array()) bands.push_back(read_fields<ScoreBand>(b, score_band_fields));
}
void read_value(const Node& n, std::vector<CampaignMonth>& campaigns) {
  campaigns.clear();
  for (const auto& c : n.array()) campaigns.push_back(read_fields<CampaignMonth>(c, campaign_month_fields));
}

/// The keys of a table, for Node::object.
template <class Table>
std::vector<const char*> keys_of(const Table& table, std::vector<const char*> more = {}) {
  detail::for_each_field(table, [&](const auto& f) { more.push_back(f.name.data()); });
  return more;
}

/// The value of a setting the object gives (checked by its rule, named by the file's path), or
/// none.
template <class Setting>
auto read_setting(const Node& n, const Setting& s) {
  std::optional<typename Setting::value_type> out;
  if (n.has(s.name.data())) {
    const Node field = n[s.name.data()];
    typename Setting::value_type v{};
    read_value(field, v);
    s.check(v, field.path());
    out = std::move(v);
  }
  return out;
}

/// Applies every setting the object gives to `value`, each through the class's setter.
template <class Table, class Class>
void read_settings(const Node& n, const Table& table, Class& value) {
  detail::for_each_field(table, [&](const auto& s) {
    if (auto v = read_setting(n, s)) n[s.name.data()].build([&] { s.set(value, *v); return 0; });
  });
}

/// Reads an object whose keys are the table's fields, every one optional (a missing key
/// keeps the struct's default); an unknown key is an error listing the valid ones.
template <class Struct, class Table>
Struct read_fields(const Node& n, const Table& table) {
  std::vector<const char*> keys;
  detail::for_each_field(table, [&](const auto& f) { keys.push_back(f.name.data()); });
  n.object(keys);
  Struct value;
  detail::for_each_field(table, [&](const auto& f) {
    if (f.required || n.has(f.name.data())) {
      const Node field = n[f.name.data()];
      read_value(field, value.*(f.member));
      f.check(value.*(f.member), field.path());  // the setter's rule, named by the file's path
    }
  });
  if constexpr (requires { value.validate(); }) n.build([&] { value.validate(); return 0; });
  return value;
}

/// The market section. A file from before plans had a calendar gives `start_month` (1-12)
/// instead of `start_date`: it keeps working, its plan starting on that month of 2014 (the
/// seeds' year); a file that gives both must give the same month.
MarketAssumptions read_market(const Node& n) {
  if (!n.has("start_month")) return read_fields<MarketAssumptions>(n, market_fields);
  const Node month = n["start_month"];
  const int m = month.integer();
  if (m < 1 || m > 12) detail::fail(month.path(), std::to_string(m), "in 1..12");
  detail::json rest = n.raw();
  rest.erase("start_month");
  MarketAssumptions market = read_fields<MarketAssumptions>(Node(rest, n.path()), market_fields);
  if (!n.has("start_date"))
    market.start_date = std::chrono::year(2014) / std::chrono::month(unsigned(m)) / 1;
  else if (market.start_month() != m)
    month.fail(std::to_string(m) + " disagrees with start_date " + to_string(market.start_date) +
               " (start_month is the older form of start_date: keep start_date alone)");
  return market;
}

StaffingPolicy read_staffing(const Node& n) {
  n.object(keys_of(staffing_settings, {"tiers", "bands", "erlang"}));
  std::vector<RevenueTier> tiers;
  for (const auto& t : n["tiers"].array()) {
    t.object({"monthly_revenue", "budget", "stated_cost", "departments"});
    RevenueTier tier{t["monthly_revenue"].money(), t["budget"].money(), {},
                     t.has("stated_cost") ? t["stated_cost"].money() : Money()};
    for (const auto& [key, d] : t["departments"].entries()) {
      const std::string& name = key;  // clang 14 cannot capture a structured binding
      d.object({"roles", "cost"});
      tier.departments.push_back({d.build([&] { return department_from_string(name); }),
                                  read_roles(d["roles"]), d["cost"].money()});
    }
    tiers.push_back(std::move(tier));
  }
  std::vector<OrderBand> bands;
  for (const auto& b : n["bands"].array()) bands.push_back(read_fields<OrderBand>(b, order_band_fields));
  StaffingPolicy policy = n.build([&] { return StaffingPolicy(std::move(tiers), std::move(bands)); });
  read_settings(n, staffing_settings, policy);
  if (n.has("erlang")) {
    const auto erlang = read_fields<ErlangStaffing>(n["erlang"], erlang_staffing_fields);
    n["erlang"].build([&] { policy.set_erlang(erlang); });
  }
  return policy;
}

PayPolicy read_pay(const Node& n) {
  n.object(keys_of(pay_settings, {"roles", "rating", "kpi_multipliers"}));
  std::vector<RolePay> roles;
  for (const auto& [key, r] : n["roles"].entries()) {
    const std::string& name = key;  // clang 14 cannot capture a structured binding
    RolePay pay = read_fields<RolePay>(r, role_pay_fields);
    pay.role = r.build([&] { return role_from_string(name); });
    roles.push_back(pay);
  }
  // A plan file written before the roles of 000's organisation chart existed lacks them: they
  // take the seed plan's assumed pay (CHANGELOG 0.2.0). Every other role must be in the file.
  const PayPolicy seed = presets::pay_2014();
  for (Role added : {Role::operations_director, Role::store_manager, Role::copywriter,
                     Role::finance_clerk})
    if (std::none_of(roles.begin(), roles.end(), [&](const RolePay& p) { return p.role == added; }))
      roles.push_back(seed.role(added));
  const RatingBonusRule rating =
      n.has("rating") ? read_fields<RatingBonusRule>(n["rating"], rating_bonus_fields) : RatingBonusRule{};
  std::vector<KpiMultiplier> kpis;
  if (n.has("kpi_multipliers"))
    for (const auto& k : n["kpi_multipliers"].array())
      kpis.push_back(read_fields<KpiMultiplier>(k, kpi_multiplier_fields));
  // the settings go to the constructor, which checks them with the roles together (a role
  // paid from the pool must be in a pool department)
  const double pool_rate =
      read_setting(n, std::get<0>(pay_settings)).value_or(PayPolicy::default_pool_rate);
  std::vector<Department> pool = read_setting(n, std::get<1>(pay_settings))
                                     .value_or(PayPolicy::default_pool_departments());
  const Money minimum_wage = read_setting(n, std::get<2>(pay_settings)).value_or(Money());
  return n.build([&] {
    return PayPolicy(std::move(roles), rating, pool_rate, std::move(pool), minimum_wage,
                     std::move(kpis));
  });
}


Lifecycle read_stages(const Node& n) {
  n.object({"confirm_months", "stages"});
  std::vector<StagePlan> stages;
  for (const auto& s : n["stages"].array()) stages.push_back(read_fields<StagePlan>(s, stage_plan_fields));
  return n.build([&] {
    return Lifecycle(std::move(stages), n.has("confirm_months") ? n["confirm_months"].integer() : 1);
  });
}

Plan read_plan(const Node& n) {
  n.object({"schema", "name", "staffing", "pay", "fees", "costs", "stages", "investments",
            "traffic_targets", "market", "assumptions", "corrections", "campaign_day",
            "assessment", "probation", "shipping", "targets", "funding"});
  if (n["schema"].string() != schema_id)
    n["schema"].fail("expected \"" + std::string(schema_id) + "\", got " + n["schema"].string());
  std::vector<Investment> investments;
  for (const auto& i : n["investments"].array())
    investments.push_back(read_fields<Investment>(i, investment_fields));
  std::vector<Assumption> assumptions;
  if (n.has("assumptions"))
    for (const auto& a : n["assumptions"].array()) {
      a.object({"field", "note"});
      assumptions.push_back({a["field"].string(), a["note"].string()});
    }
  std::vector<Correction> corrections;
  if (n.has("corrections"))
    for (const auto& c : n["corrections"].array()) {
      c.object({"field", "note", "source"});
      corrections.push_back({c["field"].string(), c["note"].string(),
                             c.has("source") ? c["source"].string() : ""});
    }
  Plan plan{n.has("name") ? n["name"].string() : "",
            read_staffing(n["staffing"]),
            read_pay(n["pay"]),
            read_fields<PlatformFees>(n["fees"], platform_fee_fields),
            read_fields<CostStructure>(n["costs"], cost_fields),
            read_stages(n["stages"]),
            std::move(investments),
            read_targets(n["traffic_targets"]),
            n.has("market") ? read_market(n["market"]) : MarketAssumptions{},
            std::move(assumptions),
            std::move(corrections),
            n.has("campaign_day")
                ? read_fields<CampaignDayPolicy>(n["campaign_day"], campaign_day_fields)
                : CampaignDayPolicy{},
            // a plan file older than these sections: the seeds' assessment, no probation
            n.has("assessment") ? read_fields<AssessmentRules>(n["assessment"], assessment_fields)
                                : assessment_2014(),
            n.has("probation") ? read_fields<ProbationPolicy>(n["probation"], probation_fields)
                               : ProbationPolicy{},
            // older files: the seed's rule (004)
            n.has("shipping") ? read_fields<ShippingRules>(n["shipping"], shipping_fields)
                              : ShippingRules{},
            // older files: no targets
            n.has("targets") ? read_fields<PlanTargets>(n["targets"], plan_target_fields)
                             : PlanTargets{},
            // older files: the capital and reserve the proposal assumes
            n.has("funding") ? read_fields<Funding>(n["funding"], funding_fields) : Funding{}};
  n.build([&] { plan.validate(); return 0; });
  return plan;
}

}  // namespace

std::string plan_to_json(const Plan& plan, int indent) { return write_plan(plan).dump(indent); }

Plan plan_from_json(std::string_view text) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {  // parse errors, and numbers beyond a double (fuzzing)
    throw Error(std::string("plan: malformed JSON: ") + detail::printable(e.what()));  // names line and column
  }
  return read_plan(Node(doc, "plan"));
}

std::string assessment_to_json(const AssessmentRules& rules, int indent) {
  return write_fields(assessment_fields, rules).dump(indent);
}

AssessmentRules assessment_from_json(std::string_view text) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    throw Error(std::string("assessment: malformed JSON: ") + detail::printable(e.what()));
  }
  return read_fields<AssessmentRules>(Node(doc, "assessment"), assessment_fields);
}

void save_plan(const Plan& plan, const std::string& path) {
  // a file load_plan would refuse is not written: the same checks, before anything is touched
  try {
    plan.validate();
  } catch (const Error& e) {
    throw Error("not saving the plan to '" + path + "': " + e.what());
  }
  std::ofstream out(path);
  if (!out) throw Error("cannot write the plan to '" + path + "': " + std::strerror(errno));
  out << plan_to_json(plan) << '\n';
  if (!out) throw Error("writing the plan to '" + path + "' failed");
}

Plan load_plan(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw Error("cannot read a plan from '" + path + "': no such file");
  if (std::filesystem::is_directory(path, ec))
    throw Error("cannot read a plan from '" + path + "': it is a folder, not a file");
  std::ifstream in(path);
  if (!in)
    throw Error("cannot read a plan from '" + path + "': " + std::strerror(errno) +
                " (check the file's permissions)");
  std::ostringstream text;
  text << in.rdbuf();
  if (const auto bad = detail::invalid_utf8_at(text.str()))
    throw Error("cannot read a plan from '" + path + "': it is not UTF-8 text (byte " +
                std::to_string(*bad) + "; saved as GBK by a Chinese editor?): save it as UTF-8");
  try {
    return plan_from_json(text.str());
  } catch (const Error& e) {
    throw Error(path + ": " + e.what());  // which file, then where in it
  }
}

}  // namespace storeops
