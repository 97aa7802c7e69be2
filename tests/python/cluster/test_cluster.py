"""monte_carlo and sweep on a Dask cluster: two local worker processes, and results identical
to the local ones for the same seed."""

import numpy as np
import pandas as pd
import pytest

import storeops

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.filterwarnings("ignore")  # Dask's own start-up notices


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_monte_carlo_on_the_cluster_is_the_local_result(client):
    plan = storeops.presets.tmall_2014()
    local = storeops.monte_carlo(plan, 2_500, months=24, seed=9, threads=1)
    remote = storeops.monte_carlo(plan, 2_500, months=24, seed=9, threads=1, client=client,
                                  chunk_runs=700)  # 700, 700, 700, 400
    for column in storeops.MONTE_CARLO_COLUMNS:
        assert np.array_equal(getattr(remote, column), getattr(local, column)), column
    assert np.array_equal(remote.stage, local.stage)
    assert np.array_equal(remote.payback_months, local.payback_months, equal_nan=True)
    auto = storeops.monte_carlo(plan, 2_500, months=24, seed=9, client=client)
    assert np.array_equal(auto.cumulative_cash, local.cumulative_cash)
    # the chunks keep only the columns asked for, and join to the local result's
    cash = storeops.monte_carlo(plan, 2_500, months=24, seed=9, client=client, chunk_runs=1_000,
                                columns=["cumulative_cash"])
    assert cash.columns == ["cumulative_cash"]
    assert np.array_equal(cash.cumulative_cash, local.cumulative_cash)
    with pytest.raises(ValueError, match="unknown column 'cash' in columns"):  # checked first
        storeops.monte_carlo(plan, 100, client=client, columns=["cash"])


def test_a_sweep_on_the_cluster_is_the_local_sweep(client):
    plan = storeops.presets.tmall_2014()
    grid = {"market.average_order_value": [90, 110], "staffing.trigger": [0.0, 0.5]}
    local = storeops.sweep(plan, grid, runs=300, months=24, seed=4)
    remote = storeops.sweep(plan, grid, runs=300, months=24, seed=4, client=client)
    pd.testing.assert_frame_equal(pd.DataFrame(remote), pd.DataFrame(local))


def test_chunk_sizes_cover_the_runs():
    from storeops.simulation.cluster import chunk_sizes

    assert chunk_sizes(2_500, 2, 700) == [700, 700, 700, 400]
    assert sum(chunk_sizes(100_000, 16)) == 100_000
    assert chunk_sizes(100_000, 16)[0] == 1_563  # about four chunks per worker
    with pytest.raises(storeops.Error, match="chunk_runs must be a whole number >= 1, got 0"):
        chunk_sizes(10, 1, 0)
