"""Store metrics (docs/model.md §2): ratios of counts, exact money ratios in fen.

Every function checks its inputs: counts are finite and >= 0, a part never exceeds its
whole, and a zero denominator raises :class:`storeops.Error` instead of returning NaN.
"""

from __future__ import annotations

from storeops._core import metrics as _m

reply_rate = _m.reply_rate
success_rate = _m.success_rate
satisfaction = _m.satisfaction
conversion_rate = _m.conversion_rate
good_review_rate = _m.good_review_rate
bounce_rate = _m.bounce_rate
visit_depth = _m.visit_depth
ctr = _m.ctr
cpc = _m.cpc
cpm = _m.cpm
roi = _m.roi
breakeven_roi = _m.breakeven_roi
average_order_value = _m.average_order_value
uv_value = _m.uv_value

__all__ = [
    "average_order_value",
    "bounce_rate",
    "breakeven_roi",
    "conversion_rate",
    "cpc",
    "cpm",
    "ctr",
    "good_review_rate",
    "reply_rate",
    "roi",
    "satisfaction",
    "success_rate",
    "uv_value",
    "visit_depth",
]
