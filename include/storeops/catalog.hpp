#pragma once
/// The catalogue and its stock: items, the mix check, the item report, the review, restocking.
#include <storeops/catalog/catalog.hpp>
#include <storeops/catalog/item_days.hpp>
#include <storeops/catalog/restock.hpp>
#include <storeops/catalog/review.hpp>
