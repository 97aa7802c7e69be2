"""Seed tables as data: copy one, change it, pass it back (no formula edits needed).

``tmall_2014()`` is the whole seed plan of 000 (Tmall, 2014); the other functions give its
parts on their own.
"""

from __future__ import annotations

from ._core import campaigns as _campaigns
from ._core import presets as _p

tmall_2014 = _p.tmall_2014
staffing_2014 = _p.staffing_2014
pay_2014 = _p.pay_2014
lifecycle_2014 = _p.lifecycle_2014
investments_2014 = _p.investments_2014
campaigns_2014 = _campaigns.rules
traffic_targets_2014 = _p.traffic_targets_2014

__all__ = ["campaigns_2014", "investments_2014", "lifecycle_2014", "pay_2014", "staffing_2014", "tmall_2014", "traffic_targets_2014"]
