"""The simulation (C++ ``storeops/simulation/``): one future, many futures (Monte Carlo, on Dask too), sensitivity, Sobol and sweeps.

The result tables of :func:`sobol` and :func:`sweep` (``storeops.simulation.results``) are
imported when one is first made, so that ``import storeops`` does not import pandas.
"""

from __future__ import annotations

from storeops.simulation import cluster
from storeops.simulation.cluster import (
    CHUNKS_PER_WORKER,
    MIN_CHUNK_RUNS,
    check_client,
    chunk_sizes,
    monte_carlo_on,
    workers_of,
)
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
    "CHUNKS_PER_WORKER",
    "DEFAULT_RUNS",
    "MAIN_COLUMNS",
    "MIN_CHUNK_RUNS",
    "MonteCarlo",
    "POLICY_PATHS",
    "SWEEP_COLUMNS",
    "Simulation",
    "UNCERTAIN_PARTS",
    "check_client",
    "chunk_sizes",
    "cluster",
    "engine",
    "monte_carlo",
    "monte_carlo_on",
    "sensitivity",
    "set_path",
    "simulate",
    "sweep",
    "sweep_paths",
    "sweeps",
    "workers_of",
]
