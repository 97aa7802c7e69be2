#pragma once
/// storeops: plan and run an online marketplace store. One header for everything; each area
/// has its own umbrella (core, market, team, plan, simulation, tracking, campaign_day, catalog).
#include <storeops/campaign_day.hpp>
#include <storeops/catalog.hpp>
#include <storeops/core.hpp>
#include <storeops/market.hpp>
#include <storeops/plan.hpp>
#include <storeops/simulation.hpp>
#include <storeops/team.hpp>
#include <storeops/tracking.hpp>
#include <storeops/version.hpp>
