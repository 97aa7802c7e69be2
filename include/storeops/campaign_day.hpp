#pragma once
/// The big campaign day (大促备战): hours, rosters, stock.
#include <storeops/campaign_day/hours.hpp>
#include <storeops/campaign_day/policy.hpp>
#include <storeops/campaign_day/roster.hpp>
#include <storeops/campaign_day/stock.hpp>
