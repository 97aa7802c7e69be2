"""Running Monte Carlo chunks on a Dask cluster (``client=`` of :func:`storeops.monte_carlo`
and :func:`storeops.sweep`).

Runs are split by ``first_run``: chunk k runs futures ``first_run .. first_run + n - 1`` of
the same seed, exactly the futures a single local run numbers so, and the chunks concatenate
(:meth:`storeops.MonteCarlo.concat`) to the local result, array for array. Dask is optional:
``pip install 'storeops[dask]'``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Callable

from storeops import _core

if TYPE_CHECKING:
    from collections.abc import Sequence

    from storeops._core import Plan, StoreState
    from storeops.simulation.engine import MonteCarlo

#: Chunks per worker when the chunk size is not given: a few, so that a slow worker does not
#: hold the rest back, and not so many that scheduling costs more than the work.
CHUNKS_PER_WORKER = 4
#: The smallest chunk chosen automatically: below it a task costs more to ship than to run.
MIN_CHUNK_RUNS = 1_000


def check_client(client: object, function: str) -> Any:
    """The client, or an error saying what to install or what was passed instead."""
    try:
        from distributed import Client
    except ImportError:
        raise _core.Error(f"{function}(client=...) needs Dask: pip install 'storeops[dask]' "
                          "(or pip install 'dask[distributed]')") from None
    if not isinstance(client, Client):
        raise _core.WrongTypeError(f"{function}(): client must be a dask.distributed.Client, got "
                                   f"{type(client).__name__}")
    return client


def workers_of(client: Any) -> int:
    """How many workers the cluster has now (at least 1)."""
    return max(1, len(client.scheduler_info().get("workers", {})))


def chunk_sizes(runs: int, workers: int, chunk_runs: int | None = None) -> list[int]:
    """Runs per chunk, in order, adding up to ``runs``."""
    if chunk_runs is None:
        chunk_runs = max(MIN_CHUNK_RUNS, math.ceil(runs / (CHUNKS_PER_WORKER * workers)))
    elif not isinstance(chunk_runs, int) or isinstance(chunk_runs, bool) or chunk_runs < 1:
        raise _core.Error(f"chunk_runs must be a whole number >= 1, got {chunk_runs!r}")
    sizes = [chunk_runs] * (runs // chunk_runs)
    if runs % chunk_runs:
        sizes.append(runs % chunk_runs)
    return sizes


def _run_chunk(run: Callable[..., MonteCarlo], plan: Plan, runs: int, months: int, seed: int,
               threads: int, first_run: int, start: StoreState | None, block_size: int,
               columns: Sequence[str] | None = None) -> MonteCarlo:
    # on a worker: a plain local Monte Carlo of this chunk's futures
    return run(plan, runs, months=months, seed=seed, threads=threads, first_run=first_run,
               start=start, block_size=block_size, columns=columns)


def monte_carlo_on(client: Any, plan: Plan, runs: int, *, run: Callable[..., MonteCarlo],
                   join: Callable[[list[MonteCarlo]], MonteCarlo], months: int, seed: int,
                   threads: int, first_run: int, start: StoreState | None,
                   chunk_runs: int | None = None, block_size: int = 128,
                   columns: Sequence[str] | None = None) -> MonteCarlo:
    """The Monte Carlo of ``runs`` futures, run in chunks on the cluster and joined.

    ``run`` is the local Monte Carlo each worker runs on its chunk (:func:`storeops.monte_carlo`)
    and ``join`` what puts the chunks together (:meth:`storeops.MonteCarlo.concat`): passed in,
    so that this module, which the engine calls, does not import the engine back."""
    if not isinstance(runs, int) or isinstance(runs, bool) or runs < 1:
        raise _core.Error(f"runs must be a whole number >= 1, got {runs!r}")
    sizes = chunk_sizes(runs, workers_of(client), chunk_runs)
    plan_future = client.scatter(plan, broadcast=True)
    futures, at = [], first_run
    for n in sizes:
        futures.append(client.submit(_run_chunk, run, plan_future, n, months, seed, threads, at,
                                     start, block_size, columns, pure=False))
        at += n
    return join(client.gather(futures))


__all__ = ["CHUNKS_PER_WORKER", "MIN_CHUNK_RUNS", "check_client", "chunk_sizes", "monte_carlo_on",
           "workers_of"]
