"""Tables that know their picture: the DataFrames :func:`storeops.sobol` and
:func:`storeops.sweep` return, whose ``plot()`` draws what they hold.

Their own module, imported when one is first made, so that ``import storeops`` does not import
pandas.
"""

from __future__ import annotations

from typing import Any

import pandas as pd


class SobolIndices(pd.DataFrame):
    """Sobol indices by input (:func:`storeops.sobol`): ``S1``, ``S1_conf``, ``ST``,
    ``ST_conf``. ``plot()`` draws first-order and total indices as bars with their intervals."""

    @property
    def _constructor(self) -> type:
        return SobolIndices

    def plot(self, ax: Any = None, *, labels: str = "en") -> Any:  # type: ignore[override]
        """First-order and total indices as bars with their 95% intervals, the inputs that
        matter most at the top (``labels="zh"``: the inputs in Chinese)."""
        from storeops.outputs import plots

        return plots.plot_sobol(self, ax=ax, labels=labels)


class SweepResult(pd.DataFrame):
    """A plan sweep (:func:`storeops.sweep`): one row per combination of the grid's values.
    ``plot()`` draws a heat map of one summary column over two grid keys."""

    _metadata = ["attrs"]

    @property
    def _constructor(self) -> type:
        return SweepResult

    def plot(self, x: str | None = None, y: str | None = None, *,  # type: ignore[override]
             value: str = "cash_p50", ax: Any = None, labels: str = "en") -> Any:
        """A heat map of ``value`` (default the median cash at the last month) with grid key
        ``x`` across and ``y`` down (default the first two keys; other keys must have one
        value)."""
        from storeops.outputs import plots

        return plots.plot_sweep(self, x=x, y=y, value=value, ax=ax, labels=labels)


__all__ = ["SobolIndices", "SweepResult"]
