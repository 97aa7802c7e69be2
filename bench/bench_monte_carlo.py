"""Monte Carlo throughput: store-months a second on 1 and 2 threads, against a
straightforward NumPy implementation of the same month step (vectorised over runs, one
Python iteration per month) measured in the same run.

Run with ``make bench``. The NumPy version follows the same traffic, conversion, staffing
and P&L rules but pays people in floats and without per-person rounding, so its figures are
close to, not equal to, storeops' exact ones; it is a speed baseline.
"""

from __future__ import annotations


import numpy as np

import storeops
from timing import best_of
from storeops import DEPARTMENTS


def numpy_monte_carlo(plan: storeops.Plan, runs: int, months: int, seed: int) -> np.ndarray:
    m = plan.market
    rng = np.random.default_rng(seed)

    def draw(u, cap=np.inf):
        if u.distribution == "fixed":
            return np.full(runs, u.value)
        if u.distribution == "lognormal":
            return np.minimum(u.value * np.exp(u.spread * rng.standard_normal(runs)), cap)
        return np.clip(u.value + u.spread * rng.standard_normal(runs), u.low, u.high)

    organic0, growth = draw(m.organic_start), draw(m.organic_growth)
    cpc, cpm = draw(m.cpc), draw(m.cpm)
    ir, ic, sc = draw(m.inquiry_rate, 1), draw(m.inquiry_conversion, 1), draw(m.silent_conversion, 1)
    aov, refund = draw(m.average_order_value), draw(m.refund_rate, 1)

    tiers = plan.staffing.tiers
    thresholds = np.array([t.monthly_revenue.yuan for t in tiers])
    table = np.zeros((len(tiers), len(DEPARTMENTS)))
    pay_table = np.zeros(len(tiers))
    for i, t in enumerate(tiers):
        for d in t.departments:
            table[i, DEPARTMENTS.index(d.department)] = d.headcount
            pay_table[i] += sum(plan.pay.role(r).base.yuan * n for r, n in d.roles.items())
    base_pay = {d: plan.pay.role(r).base.yuan for d, r in
                zip(DEPARTMENTS, ("cs_agent", "designer", "promoter", "merchandiser",
                                  "logistics_staff", "planner", "store_manager", "finance_clerk"))}
    base_vec = np.array([base_pay[d] for d in DEPARTMENTS])
    gm, fees, costs = plan.costs.gross_margin, plan.fees, plan.costs
    trial = plan.stages.plan_of("launch").ad_budget.yuan
    targets = np.array([s.revenue_target.yuan for s in plan.stages.stages])

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
        moy = (m.start_month - 1 + t) % 12
        season, lift = m.seasonality[moy], 1.0
        for c in m.campaigns:
            if c.month_of_year == moy + 1:
                season *= c.traffic_multiplier
                lift *= c.conversion_multiplier
        ad = np.where(months_open < m.ad_trial_months, trial / m.ad_trial_months,
                      m.promotion_share * last_revenue) * open_
        search_stock = ad * m.search_share + m.adstock * search_stock
        display_stock = ad * (1 - m.search_share) + m.adstock * display_stock
        search = search_stock / (1 + search_stock / m.search_half_saturation) / cpc
        display = (display_stock / (1 + display_stock / m.display_half_saturation)
                   * 1000 * m.display_ctr / cpm)
        organic = np.where(months_open == 0, organic0,
                           np.maximum(0, organic + growth * (organic + m.paid_spillover * paid_before)
                                      * (1 - organic / m.organic_market_cap))) * open_
        visitors = (organic + search + display) * season
        visitors = visitors + m.affiliate_share * organic * season + m.repeat_visits * customers * season
        paid_before = (search + display) * season
        orders = visitors * (ir * np.minimum(1, ic * lift) + (1 - ir) * np.minimum(1, sc * lift))
        revenue = np.round(orders * aov, 2)
        customers = customers * (1 - m.customer_churn) + orders
        tier = np.maximum(np.searchsorted(thresholds, revenue, side="right") - 1, 0)
        need = table[tier]
        staff = np.where(open_[:, None], np.maximum(staff, need), 0)
        payroll = staff @ base_vec + 0.002 * revenue * 0.6 + 0.01 * revenue * 0.4
        net = revenue * (1 - refund)
        profit = (net * gm - net * (fees.commission_rate + costs.shipping_packaging + costs.tax
                                    + costs.other) - ad - payroll)
        cash += profit
        out[:, t] = cash
        met = revenue >= targets[np.minimum(stage, len(targets) - 1)]
        stage = np.where((stage == 0) | (met & (stage < len(targets) - 1)), stage + 1, stage)
        months_open += open_
        last_revenue = revenue
    return out




def main() -> None:
    noisy = storeops.presets.tmall_2014()
    # the NumPy month step has smooth months and expected orders: compare like with like
    plan = storeops.presets.tmall_2014()
    plan.market.monthly_traffic_noise = plan.market.campaign_lift_noise = 0
    runs, months = 20_000, 36
    store_months = runs * months
    baseline = best_of(lambda: numpy_monte_carlo(plan, runs, months, 1))
    print(f"numpy baseline (smooth months)      {store_months / baseline / 1e6:6.2f} M store-months/s")
    for threads in (1, 2):
        t = best_of(lambda: storeops.monte_carlo(plan, runs=runs, months=months, seed=1,
                                                 threads=threads))
        print(f"storeops {threads} thread{'s' if threads > 1 else ' '} (smooth months)   "
              f"{store_months / t / 1e6:6.2f} M store-months/s   ratio to numpy {baseline / t:5.2f}x")
    t = best_of(lambda: storeops.monte_carlo(noisy, runs=runs, months=months, seed=1, threads=1))
    print(f"storeops 1 thread, the preset's noisy months (AR(1) traffic, Poisson orders): "
          f"{store_months / t / 1e6:6.2f} M store-months/s")


if __name__ == "__main__":
    main()
