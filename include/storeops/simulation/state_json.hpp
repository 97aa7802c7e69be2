#pragma once
/// A StoreState as JSON (schema "storeops.state/1"): where a store stands between two months,
/// saved so that a simulation can go on from it later (a re-forecast from the actual months).
/// Money is yuan; headcounts are {role: count}. Errors name the path of the bad field.
#include <string>
#include <string_view>

#include <storeops/simulation/simulate.hpp>

namespace storeops {

/// The state as JSON text (indent < 0: one line).
std::string state_to_json(const StoreState& state, int indent = 2);
/// A state from JSON text; it is checked against a plan when a simulation starts from it.
StoreState state_from_json(std::string_view text);

}  // namespace storeops
