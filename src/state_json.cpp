// JSON reading and writing of a StoreState, with the same path-naming reader as plans.
#include <storeops/simulation/state_json.hpp>

#include "json_node.hpp"

namespace storeops {
namespace {

using detail::json;
using detail::Node;
constexpr const char* schema_id = "storeops.state/1";

json headcount(const Headcount& h) {
  json j = json::object();
  for (std::size_t r = 0; r < role_count; ++r)
    if (const int n = h.count(static_cast<Role>(r)); n > 0) j[std::string(role_names[r])] = n;
  return j;
}

Headcount read_headcount(const Node& n) {
  Headcount h;
  for (const auto& [key, value] : n.entries()) {
    const std::string& name = key;  // clang 14 cannot capture a structured binding
    const int count = value.integer();
    if (count < 0) value.fail("expected a count >= 0, got " + std::to_string(count));
    h.add(value.build([&] { return from_string<Role>(name); }), count);
  }
  return h;
}

json write_state(const StoreState& s) {
  json needs = json::array();
  for (const auto& h : s.needs) needs.push_back(headcount(h));
  json out = {{"schema", schema_id},
              {"month", s.month},
              {"months_open", s.months_open},
              {"stage",
               {{"index", s.stage.index},
                {"months", s.stage.months},
                {"streak", s.stage.streak},
                {"final_met", s.stage.final_met}}},
              {"last_stage", s.last_stage},
              {"cumulative_cash", detail::money(s.cumulative_cash)},
              {"last_revenue", detail::money(s.last_revenue)},
              {"operating_profit_sum", detail::money(s.operating_profit_sum)},
              {"payback_month", s.payback_month ? json(*s.payback_month) : json(nullptr)},
              {"organic", s.organic},
              {"search_stock", s.search_stock},
              {"display_stock", s.display_stock},
              {"paid_before", s.paid_before},
              {"traffic_shock", s.traffic_shock},
              {"customers", s.customers},
              {"credit_points", s.credit_points},
              {"employed", headcount(s.employed)},
              {"applied", s.applied ? headcount(*s.applied) : json(nullptr)},
              {"needs", needs},
              {"cohorts", s.cohorts}};
  return out;
}

StoreState read_state(const Node& n) {
  n.object({"schema", "month", "months_open", "stage", "last_stage", "cumulative_cash",
            "last_revenue", "operating_profit_sum", "payback_month", "organic", "search_stock",
            "display_stock", "paid_before", "traffic_shock", "customers", "credit_points", "employed", "applied",
            "needs", "cohorts"});
  if (n["schema"].string() != schema_id)
    n["schema"].fail("expected \"" + std::string(schema_id) + "\", got " + n["schema"].string());
  StoreState s;
  s.month = n["month"].integer();
  s.months_open = n["months_open"].integer();
  const auto stage = n["stage"];
  stage.object({"index", "months", "streak", "final_met"});
  const int index = stage["index"].integer();
  if (index < 0) stage["index"].fail("expected a stage index >= 0, got " + std::to_string(index));
  s.stage = {std::size_t(index), stage["months"].integer(), stage["streak"].integer(),
             stage["final_met"].boolean()};
  const int last = n["last_stage"].integer();
  if (last < 0) n["last_stage"].fail("expected a stage index >= 0, got " + std::to_string(last));
  s.last_stage = std::size_t(last);
  s.cumulative_cash = n["cumulative_cash"].money();
  s.last_revenue = n["last_revenue"].money();
  s.operating_profit_sum = n["operating_profit_sum"].money();
  if (!n["payback_month"].is_null()) s.payback_month = n["payback_month"].integer();
  s.organic = n["organic"].number();
  s.search_stock = n["search_stock"].number();
  s.display_stock = n["display_stock"].number();
  s.paid_before = n["paid_before"].number();
  if (n.has("traffic_shock")) s.traffic_shock = n["traffic_shock"].number();
  s.customers = n["customers"].number();
  s.credit_points = n["credit_points"].integer64();
  s.employed = read_headcount(n["employed"]);
  if (!n["applied"].is_null()) s.applied = read_headcount(n["applied"]);
  for (const auto& h : n["needs"].array()) s.needs.push_back(read_headcount(h));
  for (const auto& c : n["cohorts"].array()) s.cohorts.push_back(c.number());
  return s;
}

}  // namespace

std::string state_to_json(const StoreState& state, int indent) {
  return write_state(state).dump(indent);
}

StoreState state_from_json(std::string_view text) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    throw Error(std::string("state: malformed JSON: ") + detail::printable(e.what()));
  }
  return read_state(Node(doc, "state"));
}

}  // namespace storeops
