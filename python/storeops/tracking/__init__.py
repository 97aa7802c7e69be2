"""Running the store against its plan (C++ ``storeops/tracking/``): plan against actual, calibration, re-forecast, late shipments."""

from __future__ import annotations

from storeops.tracking import plan_vs_actual
from storeops.tracking.plan_vs_actual import (
    EXAMPLE_REPORT,
    PlanVsActual,
    TRACK_COLUMNS,
    calibrate,
    example_daily_report,
    fitted_inputs,
    reforecast,
    synthetic_daily,
    track,
)
from storeops.tracking import shipping
from storeops.tracking.shipping import (
    late_shipments,
)

__all__ = [
    "EXAMPLE_REPORT",
    "PlanVsActual",
    "TRACK_COLUMNS",
    "calibrate",
    "example_daily_report",
    "fitted_inputs",
    "late_shipments",
    "plan_vs_actual",
    "reforecast",
    "shipping",
    "synthetic_daily",
    "track",
]
