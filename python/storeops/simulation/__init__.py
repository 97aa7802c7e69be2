"""The simulation (C++ ``storeops/simulation/``): one future, many futures (Monte Carlo, on Dask too), sensitivity, Sobol and sweeps.

The result tables of :func:`sobol` and :func:`sweep` (``storeops.simulation.results``) are
imported when one is first made, so that ``import storeops`` does not import pandas.

The cluster's part (``storeops.simulation.cluster``) is imported when a ``client=`` is given.
"""

from __future__ import annotations

from storeops.simulation import engine
from storeops.simulation.engine import (
    DEFAULT_RUNS,
    MAIN_COLUMNS,
    MonteCarlo,
    Simulation,
    monte_carlo,
    sensitivity,
    simulate,
)
from storeops.simulation import sweeps
from storeops.simulation.sweeps import (
    POLICY_PATHS,
    SWEEP_COLUMNS,
    UNCERTAIN_PARTS,
    set_path,
    sweep,
    sweep_paths,
)

__all__ = [
    "DEFAULT_RUNS",
    "MAIN_COLUMNS",
    "MonteCarlo",
    "POLICY_PATHS",
    "SWEEP_COLUMNS",
    "Simulation",
    "UNCERTAIN_PARTS",
    "engine",
    "monte_carlo",
    "sensitivity",
    "set_path",
    "simulate",
    "sweep",
    "sweep_paths",
    "sweeps",
]
