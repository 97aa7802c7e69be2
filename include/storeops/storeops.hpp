#pragma once
/// storeops: plan and run an online marketplace store. One header for everything.
#include "credit.hpp"
#include "error.hpp"
#include "funnel.hpp"
#include "metrics.hpp"
#include "money.hpp"
#include "presets.hpp"
#include "report.hpp"
#include "traffic.hpp"
#include "version.hpp"
