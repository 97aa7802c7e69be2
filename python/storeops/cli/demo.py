"""The demo (`make demo`): the seed plan simulated for 36 months, a Monte Carlo of 10,000
futures, and plots written to a folder; then the example store's weekly review, as a page."""

from __future__ import annotations

import datetime as _dt
import pathlib
import time
from typing import TYPE_CHECKING, TextIO

from storeops.plan import presets
from storeops.simulation.engine import DEFAULT_RUNS, MonteCarlo, Simulation, monte_carlo, sensitivity, simulate

if TYPE_CHECKING:
    import pandas as pd


#: The demo's seed: the README's call ``storeops.monte_carlo(plan, runs=10_000, seed=2014)``
#: gives the same futures as the demo's figures.
SEED = 2014


def run(out: pathlib.Path, stream: TextIO, *, months: int = 36, runs: int = DEFAULT_RUNS) -> None:
    plan = presets.tmall_2014()
    print(f"storeops demo: the seed plan '{plan.name}' (000, Tmall 2014), {months} months\n",
          file=stream)
    sim = simulate(plan, months=months)
    frame = sim.to_frame()
    table = frame[["month", "stage", "visitors", "orders_per_day", "revenue", "headcount",
                   "payroll", "operating_profit", "cumulative_cash"]]
    print(table.to_string(index=False, formatters={
        "visitors": "{:,.0f}".format, "orders_per_day": "{:,.1f}".format,
        "revenue": "{:,.0f}".format, "payroll": "{:,.0f}".format,
        "operating_profit": "{:,.0f}".format, "cumulative_cash": "{:,.0f}".format}), file=stream)
    print(f"\ninitial investment {plan.initial_investment}; payback month: "
          f"{sim.payback_month or 'not within ' + str(months) + ' months'} "
          "(the seed expects 2.5 years)", file=stream)
    starts = ", ".join(f"{s} from month {m}" for s, m in sim.stage_start.items() if m)
    print(f"stages: {starts}", file=stream)

    print(f"\nMonte Carlo: {runs:,} sampled futures of the uncertain inputs "
          f"(storeops.monte_carlo(plan, runs={runs}, months={months}, seed={SEED}))", file=stream)
    t0 = time.perf_counter()
    mc = monte_carlo(plan, runs=runs, months=months, seed=SEED, progress=True)
    seconds = time.perf_counter() - t0
    print(f"  {runs * months / seconds / 1e6:.1f} million store-months a second", file=stream)
    print(mc.summary().to_string(index=False, float_format="{:,.2f}".format), file=stream)
    print(f"  share of runs that pay back within {months} months: {mc.payback_share:.1%}",
          file=stream)
    tornado = sensitivity(plan, months=months)
    print("\nWhat moves the cash at month 36 most (each input at its P10 and P90):", file=stream)
    # input values as they are written (0.012 and 0.0083, not 0.01 and 0.01); results in yuan
    print(tornado[["input", "low_value", "high_value", "low_result", "high_result"]]
          .to_string(index=False, formatters={
              "low_value": "{:.4g}".format, "high_value": "{:.4g}".format,
              "low_result": "{:,.2f}".format, "high_result": "{:,.2f}".format}), file=stream)

    written = _plots(sim, mc, tornado, out)
    if written:
        print("\nwrote " + ", ".join(str(p) for p in written), file=stream)
    else:
        print("\nno plots: matplotlib is not installed (pip install matplotlib: it comes with storeops)",
              file=stream)
    _week(out, stream)


#: The example store the demo reviews, and its page (the last complete week of its reports).
EXAMPLE_FOLDER, EXAMPLE_PAGE = "example-store", "week-2014-W43.html"


def _week(out: pathlib.Path, stream: TextIO) -> None:
    """The example store (storeops.example_store) and its weekly review page."""
    from storeops.reviews.week import week_review
    from storeops.readers.store import open_store
    from storeops.reviews.example import example_store

    try:
        store = example_store(out / EXAMPLE_FOLDER, force=True)
    except ImportError as err:  # its .xlsx export needs openpyxl
        print(f"\nno example store: {err} (pip install openpyxl jinja2 python-calamine: they come with storeops)", file=stream)
        return
    print(f"\nThe week in one command: python -m storeops week {store}", file=stream)
    # the five weeks before the last: each review saves its forecast, so the page has a history
    shop = open_store(store)
    for weeks_back in range(5, 0, -1):
        week_review(shop, _dt.date(2014, 10, 20) - _dt.timedelta(weeks=weeks_back))
    review = week_review(shop)
    print(review.headline(), file=stream)
    try:
        page = review.to_html(out / EXAMPLE_PAGE)
    except ValueError as err:  # jinja2 missing: say what to install
        print(f"no review page: {err}", file=stream)
        return
    print(f"wrote {page} (open it in a browser)", file=stream)
    _desk(store, out, stream)
    _agency(out, stream)


#: The example agency the demo ranks, and its page.
AGENCY_FOLDER, AGENCY_PAGE = "example-agency", "agency.html"


def _desk(store: pathlib.Path, out: pathlib.Path, stream: TextIO) -> None:
    """The example store's morning desk: the brief and the checklist the day after its exports."""
    from storeops.reviews.desk import today

    desk = today(store)
    print(f"\nThe morning's desk: python -m storeops today {store}", file=stream)
    print(f"{len(desk.checks)} things to do on {desk.day}: " + ", ".join(
        f"{n} {k}" for k, n in desk.checks["kind"].value_counts().items()), file=stream)
    print(f"wrote {desk.to_html(out / f'desk-{desk.day.isoformat()}.html')}", file=stream)


def _agency(out: pathlib.Path, stream: TextIO) -> None:
    """An agency of four example stores, reviewed in this process and ranked by risk."""
    from storeops.reviews.example import example_portfolio
    from storeops.reviews.portfolio import portfolio

    agency = example_portfolio(out / AGENCY_FOLDER, force=True)
    print(f"\nAn agency's Monday: python -m storeops portfolio {agency}", file=stream)
    result = portfolio(agency, client=False, runs=1_000)
    print(result.stores[["risk_rank", "store", "sales_vs_plan", "cash_short_probability",
                         "payback_p90"]].to_string(index=False), file=stream)
    print(f"wrote {result.to_html(out / AGENCY_PAGE)}", file=stream)


def _plots(sim: Simulation, mc: MonteCarlo, tornado: pd.DataFrame,
           out: pathlib.Path) -> list[pathlib.Path]:
    from storeops.outputs.plots import plot_monte_carlo, plot_simulation, plot_tornado, save_figures

    return save_figures(out, [
        ("revenue_fan.png", lambda ax: plot_monte_carlo(mc, "fan", column="revenue", ax=ax)),
        ("cash_curve.png", lambda ax: plot_simulation(sim, "cash", ax=ax)),
        ("headcount_steps.png", lambda ax: plot_simulation(sim, "headcount", ax=ax)),
        ("cash_fan.png", lambda ax: plot_monte_carlo(mc, "fan", column="cumulative_cash", ax=ax)),
        ("tornado.png", lambda ax: plot_tornado(tornado, ax)),
    ])
__all__ = ["run"]
