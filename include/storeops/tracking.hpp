#pragma once
/// storeops tracking: a running store's daily reports against its plan — plan against actual
/// and why, the plan calibrated on the reports, and a re-forecast from where the store stands.
#include <storeops/tracking/actuals.hpp>
#include <storeops/tracking/variance.hpp>
#include <storeops/tracking/calibration.hpp>
#include <storeops/tracking/reforecast.hpp>
#include <storeops/tracking/targets.hpp>
