"""Monte Carlo throughput: store-months a second on 1 and 2 threads, against an exact peer
(bench/exact_peer.py: the same month computed the same way, to the fen, as a Numba loop per
run with storeops' own random stream; checked here to equal storeops' cumulative cash on every
one of the 20,000 x 36 store-months, with smooth months and with the preset's noisy ones),
and against a
straightforward NumPy implementation of the same month step (vectorised over runs, one
Python iteration per month) measured in the same run. storeops is timed writing all twelve
columns of its result, and writing only cumulative cash by month, the one array the
baselines return.

A second baseline is the same month step as a Numba-compiled loop per run (``numba`` from
PyPI; ``make bench`` installs it), equal to the NumPy version's cash to the fen.

Run with ``make bench``. The NumPy version follows the same traffic, conversion, staffing
and P&L rules but pays people in floats and without per-person rounding, so its figures are
close to, not equal to, storeops' exact ones; it is a speed baseline.
"""

from __future__ import annotations


import numpy as np

import storeops
from timing import best_of
from storeops import DEPARTMENTS
import exact_peer


def baseline_inputs(plan: storeops.Plan, runs: int, seed: int) -> dict:
    """What both baselines start from: each run's draws and the plan's tables as arrays."""
    m = plan.market
    rng = np.random.default_rng(seed)

    def draw(u, cap=np.inf):
        if u.distribution == "fixed":
            return np.full(runs, u.value)
        if u.distribution == "lognormal":
            return np.minimum(u.value * np.exp(u.spread * rng.standard_normal(runs)), cap)
        return np.clip(u.value + u.spread * rng.standard_normal(runs), u.low, u.high)

    x = {"organic0": draw(m.organic_start), "growth": draw(m.organic_growth),
         "cpc": draw(m.cpc), "cpm": draw(m.cpm), "ir": draw(m.inquiry_rate, 1),
         "ic": draw(m.inquiry_conversion, 1), "sc": draw(m.silent_conversion, 1),
         "aov": draw(m.average_order_value), "refund": draw(m.refund_rate, 1)}
    tiers = plan.staffing.tiers
    x["thresholds"] = np.array([t.monthly_revenue.yuan for t in tiers])
    table = np.zeros((len(tiers), len(DEPARTMENTS)))
    for i, t in enumerate(tiers):
        for d in t.departments:
            table[i, DEPARTMENTS.index(d.department)] = d.headcount
    x["table"] = table
    base_pay = {d: plan.pay.role(r).base.yuan for d, r in
                zip(DEPARTMENTS, ("cs_agent", "designer", "promoter", "merchandiser",
                                  "logistics_staff", "planner", "store_manager", "finance_clerk"))}
    x["base_vec"] = np.array([base_pay[d] for d in DEPARTMENTS])
    x["targets"] = np.array([s.revenue_target.yuan for s in plan.stages.stages])
    x["trial"] = plan.stages.plan_of("launch").ad_budget.yuan
    # the calendar: seasonality times campaign traffic lift, and the conversion lift, by month
    season = np.empty(12)
    lift = np.empty(12)
    for moy in range(12):
        season[moy], lift[moy] = m.seasonality[moy], 1.0
        for c in m.campaigns:
            if c.month_of_year == moy + 1:
                season[moy] *= c.traffic_multiplier
                lift[moy] *= c.conversion_multiplier
    x["season"], x["lift"] = season, lift
    costs, fees = plan.costs, plan.fees
    x["scalars"] = np.array([
        m.start_month, m.ad_trial_months, m.promotion_share, m.search_share, m.adstock,
        m.search_half_saturation, m.display_half_saturation, m.display_ctr, m.paid_spillover,
        m.organic_market_cap, m.affiliate_share, m.repeat_visits, m.customer_churn,
        costs.gross_margin, fees.commission_rate + costs.shipping_packaging + costs.tax + costs.other])
    return x


def numpy_monte_carlo(plan: storeops.Plan, runs: int, months: int, seed: int) -> np.ndarray:
    x = baseline_inputs(plan, runs, seed)
    (start_month, ad_trial_months, promotion_share, search_share, adstock, search_half,
     display_half, display_ctr, paid_spillover, market_cap, affiliate_share, repeat_visits,
     churn, gm, cost_rate) = x["scalars"]
    organic0, growth, cpc, cpm = x["organic0"], x["growth"], x["cpc"], x["cpm"]
    ir, ic, sc, aov, refund = x["ir"], x["ic"], x["sc"], x["aov"], x["refund"]
    thresholds, table, base_vec, targets = x["thresholds"], x["table"], x["base_vec"], x["targets"]
    trial = x["trial"]

    organic = np.zeros(runs)
    search_stock = np.zeros(runs)
    display_stock = np.zeros(runs)
    customers = np.zeros(runs)
    last_revenue = np.zeros(runs)
    paid_before = np.zeros(runs)
    staff = np.zeros((runs, len(DEPARTMENTS)))
    stage = np.zeros(runs, dtype=int)
    months_open = np.zeros(runs, dtype=int)
    cash = np.zeros(runs)
    out = np.zeros((runs, months))
    for t in range(months):
        open_ = stage > 0
        moy = (int(start_month) - 1 + t) % 12
        season, lift = x["season"][moy], x["lift"][moy]
        ad = np.where(months_open < ad_trial_months, trial / ad_trial_months,
                      promotion_share * last_revenue) * open_
        search_stock = ad * search_share + adstock * search_stock
        display_stock = ad * (1 - search_share) + adstock * display_stock
        search = search_stock / (1 + search_stock / search_half) / cpc
        display = (display_stock / (1 + display_stock / display_half)
                   * 1000 * display_ctr / cpm)
        organic = np.where(months_open == 0, organic0,
                           np.maximum(0, organic + growth * (organic + paid_spillover * paid_before)
                                      * (1 - organic / market_cap))) * open_
        visitors = (organic + search + display) * season
        visitors = visitors + affiliate_share * organic * season + repeat_visits * customers * season
        paid_before = (search + display) * season
        orders = visitors * (ir * np.minimum(1, ic * lift) + (1 - ir) * np.minimum(1, sc * lift))
        revenue = np.round(orders * aov, 2)
        customers = customers * (1 - churn) + orders
        tier = np.maximum(np.searchsorted(thresholds, revenue, side="right") - 1, 0)
        need = table[tier]
        staff = np.where(open_[:, None], np.maximum(staff, need), 0)
        payroll = staff @ base_vec + 0.002 * revenue * 0.6 + 0.01 * revenue * 0.4
        net = revenue * (1 - refund)
        profit = (net * gm - net * cost_rate - ad - payroll)
        cash += profit
        out[:, t] = cash
        met = revenue >= targets[np.minimum(stage, len(targets) - 1)]
        stage = np.where((stage == 0) | (met & (stage < len(targets) - 1)), stage + 1, stage)
        months_open += open_
        last_revenue = revenue
    return out


def numba_monte_carlo(plan: storeops.Plan, runs: int, months: int, seed: int) -> np.ndarray:
    """The same month step as a Numba-compiled loop per run: what a performance-minded
    notebook user writes. Its cash equals numpy_monte_carlo's to the fen (checked in main)."""
    x = baseline_inputs(plan, runs, seed)
    return _numba_kernel()(x["organic0"], x["growth"], x["cpc"], x["cpm"], x["ir"], x["ic"],
                           x["sc"], x["aov"], x["refund"], x["thresholds"], x["table"],
                           x["base_vec"], x["targets"], float(x["trial"]), x["season"], x["lift"],
                           x["scalars"], months)


_KERNEL = None


def _numba_kernel():
    global _KERNEL
    if _KERNEL is not None:
        return _KERNEL
    import numba

    @numba.njit(cache=False, fastmath=False)
    def kernel(organic0, growth, cpc, cpm, ir, ic, sc, aov, refund, thresholds, table, base_vec,
               targets, trial, season_by_moy, lift_by_moy, scalars, months):
        (start_month, ad_trial_months, promotion_share, search_share, adstock, search_half,
         display_half, display_ctr, paid_spillover, market_cap, affiliate_share, repeat_visits,
         churn, gm, cost_rate) = (scalars[0], scalars[1], scalars[2], scalars[3], scalars[4],
                                  scalars[5], scalars[6], scalars[7], scalars[8], scalars[9],
                                  scalars[10], scalars[11], scalars[12], scalars[13], scalars[14])
        runs = organic0.shape[0]
        departments = base_vec.shape[0]
        n_targets = targets.shape[0]
        out = np.zeros((runs, months))
        staff = np.zeros(departments)
        for r in range(runs):
            organic = search_stock = display_stock = customers = 0.0
            last_revenue = paid_before = cash = 0.0
            stage = 0
            months_open = 0
            staff[:] = 0.0
            for t in range(months):
                open_ = 1.0 if stage > 0 else 0.0
                moy = (int(start_month) - 1 + t) % 12
                season = season_by_moy[moy]
                lift = lift_by_moy[moy]
                ad = (trial / ad_trial_months if months_open < ad_trial_months
                      else promotion_share * last_revenue) * open_
                search_stock = ad * search_share + adstock * search_stock
                display_stock = ad * (1 - search_share) + adstock * display_stock
                search = search_stock / (1 + search_stock / search_half) / cpc[r]
                display = (display_stock / (1 + display_stock / display_half)
                           * 1000 * display_ctr / cpm[r])
                if months_open == 0:
                    organic = organic0[r] * open_
                else:
                    organic = max(0.0, organic + growth[r] * (organic + paid_spillover * paid_before)
                                  * (1 - organic / market_cap)) * open_
                visitors = (organic + search + display) * season
                visitors = (visitors + affiliate_share * organic * season
                            + repeat_visits * customers * season)
                paid_before = (search + display) * season
                orders = visitors * (ir[r] * min(1.0, ic[r] * lift)
                                     + (1 - ir[r]) * min(1.0, sc[r] * lift))
                revenue = np.round(orders * aov[r], 2)
                customers = customers * (1 - churn) + orders
                tier = max(np.searchsorted(thresholds, revenue, side="right") - 1, 0)
                payroll = 0.0
                for d in range(departments):
                    staff[d] = max(staff[d], table[tier, d]) if open_ > 0 else 0.0
                    payroll += staff[d] * base_vec[d]
                payroll = payroll + 0.002 * revenue * 0.6 + 0.01 * revenue * 0.4
                net = revenue * (1 - refund[r])
                cash += net * gm - net * cost_rate - ad - payroll
                out[r, t] = cash
                met = revenue >= targets[min(stage, n_targets - 1)]
                if stage == 0 or (met and stage < n_targets - 1):
                    stage += 1
                if open_ > 0:
                    months_open += 1
                last_revenue = revenue
        return out

    _KERNEL = kernel
    return kernel


def check_exact(plan: storeops.Plan, runs: int, months: int) -> None:
    """The peer's cash equals storeops' in every store-month, to the fen."""
    ours = storeops.monte_carlo(plan, runs=runs, months=months, seed=1, threads=1,
                                columns=["cumulative_cash"]).cumulative_cash
    theirs = exact_peer.monte_carlo_cash(plan, runs, months, seed=1)
    differ = int((np.round(ours * 100) != np.round(theirs * 100)).sum())
    assert differ == 0, f"the exact peer's cash differs from storeops' in {differ} store-months"


def exact_peer_section(plan: storeops.Plan, noisy: storeops.Plan, runs: int, months: int) -> float:
    """The exact peer checked against storeops store-month by store-month, then timed with
    storeops on one thread: cash alone (what the peer returns) and all twelve columns, with
    smooth months and with the preset's noisy ones."""
    check_exact(plan, runs, months)
    check_exact(noisy, runs, months)
    store_months = runs * months
    peer = best_of(lambda: exact_peer.monte_carlo_cash(plan, runs, months, seed=1), repeat=5)
    print(f"exact peer (smooth months)          {store_months / peer / 1e6:6.2f} M store-months/s   "
          f"(equal to storeops' cash in all {store_months:,} store-months, to the fen)")
    cash = best_of(lambda: storeops.monte_carlo(plan, runs=runs, months=months, seed=1,
                                                threads=1, columns=["cumulative_cash"]), repeat=5)
    full = best_of(lambda: storeops.monte_carlo(plan, runs=runs, months=months, seed=1,
                                                threads=1), repeat=5)
    print(f"storeops 1 thread, cash column only  {store_months / cash / 1e6:6.2f} M store-months/s   "
          f"ratio to the exact peer {peer / cash:4.2f}x (target 1.5x)")
    print(f"storeops 1 thread, twelve columns    {store_months / full / 1e6:6.2f} M store-months/s   "
          f"ratio to the exact peer {peer / full:4.2f}x (target 1.2x; the peer keeps cash alone)")
    noisy_peer = best_of(lambda: exact_peer.monte_carlo_cash(noisy, runs, months, seed=1), repeat=5)
    noisy_cash = best_of(lambda: storeops.monte_carlo(noisy, runs=runs, months=months, seed=1,
                                                      threads=1, columns=["cumulative_cash"]),
                         repeat=5)
    print(f"exact peer, the preset's noisy months {store_months / noisy_peer / 1e6:5.2f} M store-months/s   "
          f"(equal to storeops' cash in all {store_months:,} store-months, to the fen)")
    print(f"storeops 1 thread, noisy, cash only   {store_months / noisy_cash / 1e6:5.2f} M store-months/s   "
          f"ratio to the exact peer {noisy_peer / noisy_cash:4.2f}x (target 1.2x)")
    return peer


def main() -> None:
    noisy = storeops.presets.tmall_2014()
    # the peer and the NumPy month step have smooth months: compare like with like
    plan = exact_peer.smooth_preset()
    runs, months = 20_000, 36
    store_months = runs * months
    peer = exact_peer_section(plan, noisy, runs, months)
    baseline = best_of(lambda: numpy_monte_carlo(plan, runs, months, 1))
    print(f"numpy baseline (smooth months)      {store_months / baseline / 1e6:6.2f} M store-months/s   "
          f"(a simpler month: float money, no per-person pay)")
    fen = np.abs(numba_monte_carlo(plan, runs, months, 1) - numpy_monte_carlo(plan, runs, months, 1))
    assert fen.max() < 0.005, f"the Numba baseline's cash is {fen.max():.4f} yuan off NumPy's"
    jit = best_of(lambda: numba_monte_carlo(plan, runs, months, 1))
    print(f"numba baseline (smooth months)      {store_months / jit / 1e6:6.2f} M store-months/s   "
          f"(NumPy's simpler month as a loop per run; cash equal to numpy's to the fen)")
    one = 0.0
    for threads in (1, 2):
        t = best_of(lambda: storeops.monte_carlo(plan, runs=runs, months=months, seed=1,
                                                 threads=threads))
        one = one or t
        print(f"storeops {threads} thread{'s' if threads > 1 else ' '} (smooth months)   "
              f"{store_months / t / 1e6:6.2f} M store-months/s   ratio to the exact peer "
              f"{peer / t:4.2f}x, to numpy {baseline / t:5.2f}x, to numba {jit / t:5.2f}x"
              + (f", to 1 thread {one / t:4.2f}x (target 1.8x)" if threads > 1 else ""))
    # what the peer and the baselines keep, cumulative cash by month: like for like
    one = 0.0
    for threads in (1, 2):
        t = best_of(lambda: storeops.monte_carlo(plan, runs=runs, months=months, seed=1,
                                                 threads=threads, columns=["cumulative_cash"]))
        one = one or t
        print(f"storeops {threads} thread{'s' if threads > 1 else ''}, cash column only  "
              f"{store_months / t / 1e6:6.2f} M store-months/s   ratio to the exact peer "
              f"{peer / t:4.2f}x, to numpy {baseline / t:5.2f}x, to numba {jit / t:5.2f}x"
              + (f", to 1 thread {one / t:4.2f}x" if threads > 1 else ""))
    t = best_of(lambda: storeops.monte_carlo(noisy, runs=runs, months=months, seed=1, threads=1))
    print(f"storeops 1 thread, the preset's noisy months (AR(1) traffic, Poisson orders): "
          f"{store_months / t / 1e6:6.2f} M store-months/s (twelve columns)")
    # the cost stays linear in runs x months: the same rate at a tenth and ten times the runs
    # (all twelve columns, and cash alone: a large full result also pays for its fresh memory)
    for n in (runs // 10, runs, runs * 10):
        full = best_of(lambda: storeops.monte_carlo(plan, runs=n, months=months, seed=1, threads=1))
        cash = best_of(lambda: storeops.monte_carlo(plan, runs=n, months=months, seed=1, threads=1,
                                                    columns=["cumulative_cash"]))
        print(f"storeops 1 thread, {n:>7,} runs x {months} months          "
              f"{n * months / full / 1e6:6.2f} M store-months/s   cash column only "
              f"{n * months / cash / 1e6:6.2f} M")


if __name__ == "__main__":
    main()
