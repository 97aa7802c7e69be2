"""Seed tables as data: copy one, change it, pass it back (no formula edits needed)."""

from __future__ import annotations

from ._core import presets as _p

traffic_targets_2014 = _p.traffic_targets_2014

__all__ = ["traffic_targets_2014"]
