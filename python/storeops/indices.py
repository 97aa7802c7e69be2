"""The table storeops.sobol returns: a DataFrame whose ``plot()`` draws the indices as bars.

Its own module, imported when :func:`storeops.sobol` first runs, so that ``import storeops``
does not import pandas.
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
        from . import plots

        return plots.plot_sobol(self, ax=ax, labels=labels)


__all__ = ["SobolIndices"]
