#pragma once
/// storeops plan: The plan: its parts, JSON files, presets, lifecycle, money in and out, the plan check.
#include <storeops/plan/plan.hpp>
#include <storeops/plan/plan_json.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/plan/lifecycle.hpp>
#include <storeops/plan/finance.hpp>
#include <storeops/plan/shipping.hpp>
#include <storeops/plan/order_targets.hpp>
#include <storeops/plan/funding.hpp>
#include <storeops/plan/check.hpp>
