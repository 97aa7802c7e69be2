"""Plan sweeps: every combination of a grid of plan fields, each with many sampled futures.

``storeops.sweep(plan, {"market.average_order_value": [80, 100, 120],
"market.promotion_share": [0.05, 0.1]}, runs=10_000)`` runs the six plans under common random
numbers (the same seed for each, so differences come from the plan, not from chance) and
returns one row per combination with the cash, payback and capital figures an owner compares.
"""

from __future__ import annotations

import difflib
import itertools
import math
import pickle
from typing import TYPE_CHECKING, Any, Mapping, Sequence

import numpy as np

from storeops import _core
from storeops._core import Plan, Uncertain

if TYPE_CHECKING:
    import pandas as pd

#: Settings of the policies a sweep can set, besides every field of the market, fees and costs.
POLICY_PATHS = ("staffing.trigger", "staffing.combine", "staffing.hiring_lag_months",
                "staffing.allow_shrink", "pay.pool_rate", "pay.minimum_wage")
#: The parts of an uncertain input a path can address after its name.
UNCERTAIN_PARTS = ("value", "spread", "low", "high")
#: The summary columns of a sweep, after one column per grid key.
SWEEP_COLUMNS = ("cash_p10", "cash_p50", "cash_p90", "payback_share", "payback_p50",
                 "capital_p90")


def sweep_paths(plan: Plan) -> list[str]:
    """Every dotted path a sweep can set on this plan.

    Parameters
    ----------
    plan : Plan
        The plan whose fields are listed (an uncertain field adds its distribution's parts).

    Returns
    -------
    list of str
        Dotted paths such as ``"market.promotion_share"``, as :func:`sweep` takes them.

    Raises
    ------
    TypeError
        ``plan`` not a storeops.Plan (storeops.WrongTypeError).

    Examples
    --------
    >>> import storeops
    >>> "market.promotion_share" in storeops.sweep_paths(storeops.presets.tmall_2014())
    True
    """
    from storeops.simulation.engine import _check_plan

    _check_plan(plan, "sweep_paths")
    paths = []
    for section, cls in (("market", _core.MarketAssumptions), ("fees", _core.PlatformFees),
                         ("costs", _core.CostStructure)):
        for name, _, _ in cls.FIELDS:
            paths.append(f"{section}.{name}")
            if isinstance(getattr(getattr(plan, section), name), Uncertain):
                paths += [f"{section}.{name}.{part}" for part in UNCERTAIN_PARTS]
    return paths + list(POLICY_PATHS)


def set_path(plan: Plan, path: str, value: Any, valid: Sequence[str]) -> None:
    """Sets one field of ``plan`` by its dotted path, checked as the field checks it."""
    if path not in valid:
        near = difflib.get_close_matches(path, valid, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise _core.Error(f"sweep: unknown path {path!r}{hint} (storeops.sweep_paths(plan) lists "
                          "them all)")
    parts = path.split(".")
    section = getattr(plan, parts[0])
    try:
        if len(parts) == 3:  # a part of an uncertain input: the others kept
            u = getattr(section, parts[1])
            spec = {p: getattr(u, p) for p in UNCERTAIN_PARTS}
            spec[parts[2]] = value
            setattr(section, parts[1], Uncertain(spec.pop("value"), distribution=u.distribution,
                                                 **spec))
        else:  # a number on an uncertain input moves its central value, keeps its spread
            setattr(section, parts[1], value)
    except (ValueError, TypeError) as err:
        raise type(err)(f"sweep: {path} = {value!r}: {err}") from None
    plan.validate()


def _combinations(plan: Plan, grid: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    if not isinstance(grid, Mapping) or not grid:
        raise _core.Error("sweep: grid must map field paths to lists of values, e.g. "
                          "{'market.average_order_value': [80, 100, 120]}")
    valid = sweep_paths(plan)
    for path, values in grid.items():
        if isinstance(values, (str, bytes)) or not isinstance(values, Sequence) or not values:
            raise _core.Error(f"sweep: grid[{path!r}] must be a non-empty list of values, got "
                              f"{values!r}")
        set_path(pickle.loads(pickle.dumps(plan)), path, values[0], valid)  # the path is known
    keys = list(grid)
    return [dict(zip(keys, combo)) for combo in itertools.product(*(grid[k] for k in keys))]


def _plan_with(plan: Plan, values: Mapping[str, Any]) -> Plan:
    out: Plan = pickle.loads(pickle.dumps(plan))
    valid = sweep_paths(out)
    for path, value in values.items():
        set_path(out, path, value, valid)
    return out


def _summary(plan: Plan, values: Mapping[str, Any], runs: int, months: int, seed: int,
             threads: int) -> dict[str, Any]:
    """One combination's figures (runs locally: on a worker when the sweep has a client)."""
    from storeops.simulation.engine import monte_carlo

    # the figures below read the cash alone: the other columns are not written (less memory
    # and about a third less time, the same cash)
    mc = monte_carlo(_plan_with(plan, values), runs, months=months, seed=seed, threads=threads,
                     columns=["cumulative_cash"])
    cash = np.asarray(mc.cumulative_cash)[:, -1]
    p10, p50, p90 = (float(x) for x in np.quantile(cash, [0.1, 0.5, 0.9]))
    half = float(np.median(np.nan_to_num(mc.payback_months, nan=math.inf)))  # never: +inf
    return {**values, "cash_p10": p10, "cash_p50": p50, "cash_p90": p90,
            "payback_share": mc.payback_share,
            "payback_p50": float(half) if math.isfinite(half) else math.nan,
            "capital_p90": mc.capital_required(0.9).yuan}


def sweep(plan: Plan, grid: Mapping[str, Sequence[Any]], *, runs: int, months: int = 36,
          seed: int = 0, client: Any = None, threads: int = 0) -> pd.DataFrame:
    """Every combination of a grid of plan fields, each simulated over ``runs`` futures.

    Parameters
    ----------
    plan : Plan
        The plan to vary (not changed).
    grid : dict
        Dotted field paths to lists of values: ``"market.average_order_value"``,
        ``"market.promotion_share"``, ``"staffing.trigger"``, ... (``sweep_paths(plan)`` lists
        them). A number for an uncertain input sets its central value and keeps its
        distribution; ``"market.average_order_value.spread"`` addresses the spread.
    runs, months, seed, threads
        As for :func:`storeops.monte_carlo`. Every combination uses the same seed (common random
        numbers), so differences between rows come from the plan, not from chance.
    client : dask.distributed.Client, optional
        Runs the combinations on the cluster's workers; the table is identical to the local one.

    Returns
    -------
    pandas.DataFrame
        One row per combination: a column per grid key with its value, then ``cash_p10``,
        ``cash_p50``, ``cash_p90`` (cumulative cash at the last month, yuan),
        ``payback_share``, ``payback_p50`` (the month by which half the futures have paid back;
        NaN if fewer do) and ``capital_p90`` (:meth:`MonteCarlo.capital_required` at 0.9,
        yuan). ``.plot()`` draws a heat map of two keys.

    Raises
    ------
    storeops.Error
        An unknown path (naming the nearest valid ones), or a value the field refuses (naming
        the path and the value).

    Examples
    --------
    >>> import storeops
    >>> plan = storeops.presets.tmall_2014()
    >>> grid = {"market.promotion_share": [0.05, 0.1]}
    >>> table = storeops.sweep(plan, grid, runs=50, seed=1, threads=1)
    >>> len(table), "cash_p50" in table.columns
    (2, True)
    """
    from storeops.simulation.results import SweepResult
    from storeops.simulation.engine import _check_plan, _check_seed

    _check_plan(plan, "sweep")
    _check_seed(seed)
    combos = _combinations(plan, grid)
    for values in combos:  # every value checked before anything runs
        _plan_with(plan, values)
    if client is None:
        rows = [_summary(plan, values, runs, months, seed, threads) for values in combos]
    else:
        from storeops.simulation import cluster

        client = cluster.check_client(client, "sweep")
        plan_future = client.scatter(plan, broadcast=True)
        futures = [client.submit(_summary, plan_future, values, runs, months, seed, threads,
                                 pure=False) for values in combos]
        rows = client.gather(futures)
    frame = SweepResult.from_records(rows, columns=[*grid, *SWEEP_COLUMNS])
    frame.attrs["keys"] = list(grid)
    return frame


__all__ = ["POLICY_PATHS", "SWEEP_COLUMNS", "UNCERTAIN_PARTS", "set_path", "sweep", "sweep_paths"]
