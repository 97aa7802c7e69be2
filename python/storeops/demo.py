"""The demo: the seed plans' funnel targets, computed by the library."""

from __future__ import annotations

import pathlib
from typing import TextIO

from . import Funnel, Money, metrics, presets

#: Average order value for the demo: *assumed*, not in the seeds.
ASSUMED_AVERAGE_ORDER_VALUE = Money(100)
#: Conversion target of seed 002 (按照转化2%的目标来计算).
SEED_CONVERSION_RATE = 0.02


def run(out: pathlib.Path, stream: TextIO) -> None:
    """Print the funnel targets of the seeds and write a plot of them to ``out``."""
    aov = ASSUMED_AVERAGE_ORDER_VALUE
    day = Funnel(visitors=10_000, conversion_rate=SEED_CONVERSION_RATE, average_order_value=aov)
    print("storeops demo: the seed plans' targets, computed by the library\n", file=stream)
    print("Seed 002: 10,000 visitors a day at a 2% conversion rate", file=stream)
    print(f"  orders a day        {day.orders:,.0f}", file=stream)
    print(f"  revenue a day       {day.revenue}  (average order value {aov}, assumed)",
          file=stream)
    print(f"  UV value            {day.uv_value}", file=stream)
    # 000 ch.4: gross margin 40%, less the costs that scale with each sale: commission 5%,
    # shipping and packaging 5%, tax 4.5%.
    contribution = 0.40 - 0.05 - 0.05 - 0.045
    print(f"  break-even ad ROI at the seed's {contribution:.1%} contribution margin: "
          f"{metrics.breakeven_roi(contribution):.2f}\n", file=stream)

    print("Seed 004: traffic targets by credit level, at 2% and the assumed order value",
          file=stream)
    header = f"  {'from level':<12}{'UV/month':>10}{'UV/day':>8}{'orders/day':>12}{'revenue/month':>18}"
    print(header, file=stream)
    rows = presets.traffic_targets_2014().rows
    for r in rows:
        month = Funnel(visitors=r.monthly_visitors, conversion_rate=SEED_CONVERSION_RATE,
                       average_order_value=aov)
        per_day = Funnel(visitors=r.daily_visitors, conversion_rate=SEED_CONVERSION_RATE,
                         average_order_value=aov)
        print(f"  {str(r.from_level):<12}{r.monthly_visitors:>10,}{r.daily_visitors:>8,}"
              f"{per_day.orders:>12,.0f}{str(month.revenue):>18}", file=stream)

    path = _plot_targets(rows, aov, out)
    if path is not None:
        print(f"\nwrote {path}", file=stream)


def _plot_targets(rows, aov: Money, out: pathlib.Path) -> pathlib.Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # plotting is optional for the library, not for `make demo`
        return None
    out.mkdir(parents=True, exist_ok=True)
    labels = [str(r.from_level) for r in rows]
    revenue = [
        Funnel(visitors=r.monthly_visitors, conversion_rate=SEED_CONVERSION_RATE,
               average_order_value=aov).revenue.yuan
        for r in rows
    ]
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.bar(labels, [r.monthly_visitors for r in rows], color="#4c72b0")
    ax.set_ylabel("visitors a month (UV)")
    ax.set_xlabel("seller credit level")
    ax.set_title("Traffic targets by credit level (seed 004)")
    twin = ax.twinx()
    twin.plot(labels, revenue, color="#dd8452", marker="o")
    twin.set_ylabel(f"revenue a month, yuan (2% CR, AOV {aov})")
    fig.tight_layout()
    path = out / "traffic_targets.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
