#pragma once
/// storeops market: The market: funnel and metrics, traffic, credit, daily reports, campaigns, promotions, customers, market assumptions.
#include <storeops/market/funnel.hpp>
#include <storeops/market/traffic.hpp>
#include <storeops/market/metrics.hpp>
#include <storeops/market/credit.hpp>
#include <storeops/market/report.hpp>
#include <storeops/market/campaigns.hpp>
#include <storeops/market/promotions.hpp>
#include <storeops/market/customers.hpp>
#include <storeops/market/assumptions.hpp>
