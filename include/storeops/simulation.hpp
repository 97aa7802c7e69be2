#pragma once
/// storeops simulation: The monthly engine and Monte Carlo.
#include <storeops/simulation/draw.hpp>
#include <storeops/simulation/store_state.hpp>
#include <storeops/simulation/month.hpp>
#include <storeops/simulation/simulate.hpp>
#include <storeops/simulation/monte_carlo.hpp>
#include <storeops/simulation/state_json.hpp>
#include <storeops/simulation/sobol.hpp>
