"""storeops.sobol: Sobol indices by Saltelli's scheme, checked against SALib."""

import numpy as np
import pytest

import storeops


@pytest.fixture(scope="module")
def indices():
    return storeops.sobol(storeops.presets.tmall_2014(), runs=1024, seed=7, threads=2)


def test_one_row_per_uncertain_input_with_the_pinned_columns(indices):
    # inputs the preset fixes explain nothing by construction: left out, and named
    assert indices.attrs["fixed"] == ["organic_start", "inquiry_rate"]
    assert list(indices.index) == [n for n in storeops.UNCERTAIN_INPUTS
                                   if n not in indices.attrs["fixed"]]
    assert list(indices.columns) == ["S1", "S1_conf", "ST", "ST_conf"]
    # the rest between 0 and 1 give or take noise
    assert (indices["ST"] >= 0).all() and (indices["ST"] <= 1.05).all()
    top = indices["ST"].sort_values(ascending=False).index[:3]
    assert set(top) <= {"organic_growth", "inquiry_conversion", "average_order_value",
                        "silent_conversion"}


def test_the_indices_agree_with_salib_on_the_same_model_outputs(indices):
    salib = pytest.importorskip("SALib.analyze.sobol")
    y = indices.attrs["outputs"]  # N x 11: f(A), f(AB_1..9), f(B): SALib's row order
    problem = {"num_vars": 9, "names": list(storeops.UNCERTAIN_INPUTS), "bounds": [[0, 1]] * 9}
    with np.errstate(all="ignore"), _quiet():
        every = salib.analyze(problem, y.reshape(-1), calc_second_order=False, seed=1)
    kept = [list(storeops.UNCERTAIN_INPUTS).index(n) for n in indices.index]
    theirs = {k: np.asarray(every[k])[kept] for k in ("S1", "S1_conf", "ST", "ST_conf")}
    for ours, their, conf in (("S1", theirs["S1"], "S1_conf"), ("ST", theirs["ST"], "ST_conf")):
        gap = np.abs(indices[ours].to_numpy() - their)
        width = np.maximum(indices[conf].to_numpy(), theirs[conf]) + 1e-12
        assert (gap <= width).all(), (ours, gap, width)
    # the point estimates use the same formulas on the same outputs
    assert np.allclose(indices["S1"], theirs["S1"], atol=1e-9)
    assert np.allclose(indices["ST"], theirs["ST"], atol=1e-9)


def _quiet():
    import contextlib
    import warnings

    @contextlib.contextmanager
    def ignore():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SALib warns about the inputs that do not vary
            yield

    return ignore()


def test_same_seed_same_indices_and_bad_input_is_named():
    plan = storeops.presets.tmall_2014()
    a = storeops.sobol(plan, runs=128, seed=2, output="payback_month", threads=1)
    b = storeops.sobol(plan, runs=128, seed=2, output="payback_month", threads=2)
    assert a.equals(b)
    with pytest.raises(storeops.Error, match="output must be one of cumulative_cash, revenue, "
                                             "payback_month, got 'profit'"):
        storeops.sobol(plan, runs=64, output="profit")


def test_the_indices_draw_as_bars(indices):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = indices.plot()
    assert len(ax.patches) == 14  # S1 and ST for the seven inputs that vary
    plt.close("all")
