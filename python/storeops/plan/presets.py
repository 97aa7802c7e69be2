"""Seed tables as data: copy one, change it, pass it back (no formula edits needed).

``tmall_2014()`` is the whole seed plan of 000 (Tmall, 2014); the other functions give its
parts on their own.
"""

from __future__ import annotations

from storeops._core import CatalogRules, ReviewRules
from storeops._core import campaigns as _campaigns
from storeops._core import presets as _p

tmall_2014 = _p.tmall_2014
five_person_store = _p.five_person_store
staffing_2014 = _p.staffing_2014
pay_2014 = _p.pay_2014
lifecycle_2014 = _p.lifecycle_2014
investments_2014 = _p.investments_2014
campaigns_2014 = _campaigns.rules
traffic_targets_2014 = _p.traffic_targets_2014
targets_2014 = _p.targets_2014
assessment_2014 = _p.assessment_2014
probation_2014 = _p.probation_2014


def catalog_rules() -> CatalogRules:
    """The catalogue's mix rules (004: 引流款 5-7, 利润款 about 10, 3-5 main items priced
    under ¥100; 002: 30 units on hand for a main item), each with its clause."""
    return CatalogRules()


def review_rules() -> ReviewRules:
    """The item review's thresholds (002: a week of 3,000 UV at 3%, 30 days without a sale;
    001: a 1.5%-4% conversion band, 3-4 pushed items), the rest *assumed*."""
    return ReviewRules()

__all__ = ["assessment_2014", "campaigns_2014", "five_person_store", "catalog_rules", "review_rules", "investments_2014", "lifecycle_2014", "pay_2014", "probation_2014", "staffing_2014", "targets_2014", "tmall_2014", "traffic_targets_2014"]
