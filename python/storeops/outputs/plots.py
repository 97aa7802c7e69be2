"""matplotlib pictures of simulation results (revenue fan chart, cash curve, headcount steps,
payback and stage probabilities, tornado). Imported only when a plot is asked for.

Every picture takes ``labels="en"`` (the default) or ``labels="zh"``: titles, axes, legends and
names in the seeds' Chinese, drawn with an installed font that has Chinese glyphs."""

from __future__ import annotations

import warnings
import pathlib
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from storeops._core import DEPARTMENTS, STAGES
from storeops.core.labels import check_labels, label, name_of

if TYPE_CHECKING:
    from storeops.simulation.engine import MonteCarlo, Simulation


#: The words of the pictures, in English and in the seeds' Chinese.
TEXT = {
    "overview": ("{name}: revenue and operating profit by month", "{name}：月销售额与营业利润"),
    "cash": ("{name}: cumulative cash (investment and deposits included)",
             "{name}：累计现金（含投资与保证金）"),
    "payback": ("payback month {month}", "回本月 {month}"),
    "headcount": ("{name}: staff by department (hiring lag, no shrink)", "{name}：各部门人数（招聘滞后，不裁员）"),
    "fan": ("{name}: {column} over {runs:,} sampled futures", "{name}：{column}（{runs:,} 次模拟）"),
    "median": ("median", "中位数"),
    "paid_back_share": ("share of futures paid back", "已回本的模拟占比"),
    "payback_title": ("{name}: payback month over {runs:,} futures", "{name}：回本月分布（{runs:,} 次模拟）"),
    "stage_share": ("share of futures that reached the stage", "到达该阶段的模拟占比"),
    "stages_title": ("{name}: reaching each stage", "{name}：各阶段到达概率"),
    "tornado": ("{metric}: one-at-a-time swings", "{metric}：单因素敏感性"),
    "tornado_metric": ("cumulative cash at the last month", "期末累计现金"),
    "at_p90": ("input at P90", "取 P90"),
    "at_p10": ("input at P10", "取 P10"),
    "payroll": ("payroll by department: {total}", "各部门工资：合计 {total}"),
    "plan_vs_actual": ("{name}: plan against actual revenue", "{name}：计划与实际销售额"),
    "plan": ("plan (pro rata by days reported)", "计划（按已报天数折算）"),
    "actual": ("actual", "实际"),
    "waterfall": ("from plan to actual revenue, months {first}–{last}",
                  "从计划到实际销售额（第 {first}–{last} 月）"),
    "sobol": ("{output}: share of the spread each input explains (Sobol)",
              "{output}：各变量解释的波动占比（Sobol 指数）"),
    "first_order": ("alone (S1)", "单独 (S1)"),
    "total_order": ("with interactions (ST)", "含交互 (ST)"),
    "sweep": ("{value} across the grid", "{value}（网格）"),
    "low_points": ("{name}: cash paths and their low points over {runs:,} futures",
                   "{name}：现金路径与最低点（{runs:,} 次模拟）"),
    "low_point": ("cash low point", "现金最低点"),
    "capital": ("capital for {confidence:.0%}: {amount}", "{confidence:.0%} 把握所需资金：{amount}"),
    "funnel": ("funnel: conversion {rate:.2%}, revenue {revenue}", "漏斗：转化率 {rate:.2%}，销售额 {revenue}"),
    "campaign_day": ("{name}: the campaign day hour by hour, rosters {cost}",
                     "{name}：大促当天分时安排，排班费用 {cost}"),
    "needed": ("{who} needed", "所需{who}"),
    "on_shift": ("{who} on the roster", "排班{who}"),
    "people_axis": ("people", "人数"),
    "visitors_axis": ("visitors an hour", "每小时访客数"),
    "days_of_cover": ("days of stock cover", "库存可售天数"),
    "stock_cover": ("stock cover by item, lowest first (red: reorder)",
                    "各商品库存可售天数（红色：需补货）"),
}

#: Families with Chinese glyphs, the first one found is used for labels="zh".
CHINESE_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC",
                    "Source Han Sans SC", "Source Han Sans CN", "SimHei", "Microsoft YaHei",
                    "PingFang SC", "Heiti SC", "Arial Unicode MS")


def text(key: str, labels: str = "en", **values: Any) -> str:
    """A picture's words in the chosen language, filled in with ``values``."""
    check_labels(labels)
    return TEXT[key][labels == "zh"].format(**values)


_found_font: list[str | None] = []  # the answer of chinese_font, once looked up


def chinese_font() -> str | None:
    """The family of an installed font with Chinese glyphs (see CHINESE_FAMILIES), or None.
    `make demo` and `make test` install Debian's fonts-wqy-microhei. Looked up once."""
    if _found_font:
        return _found_font[0]
    from matplotlib import font_manager

    def known() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((f for f in CHINESE_FAMILIES if f in names), None)

    found = known()
    if found is None:
        # a font installed after matplotlib cached its font list is not in that list yet
        hints = ("wqy", "notosanscjk", "notosanssc", "sourcehansans", "simhei", "msyh", "pingfang")
        for path in font_manager.findSystemFonts():
            if any(h in path.lower().replace("-", "") for h in hints):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        found = known()
    _found_font.append(found)
    return found


def fit(ax: Any) -> None:
    """Lays the figure out so that its titles and tick labels fit inside it (long input
    names on a Sobol chart were cropped): constrained layout, unless the figure has one."""
    figure = getattr(ax, "figure", None)
    if figure is None or figure.get_layout_engine() is not None:
        return
    # constrained layout lays out axes of a grid; an axes placed by hand (a colorbar made
    # before it) would break it, so such a figure keeps its own layout
    if all(a.get_subplotspec() is not None for a in figure.axes):
        figure.set_layout_engine("constrained")


def finish(ax: Any, labels: str) -> Any:
    """Lays the figure out to fit its labels, and sets a font with Chinese glyphs on every
    word of the axes when labels="zh"."""
    fit(ax)
    if labels != "zh":
        return ax
    family = chinese_font()
    if family is None:
        warnings.warn("labels='zh': no font with Chinese glyphs is installed (for example Debian's "
                      "fonts-wqy-microhei or fonts-noto-cjk), so Chinese text shows as boxes",
                      UserWarning, stacklevel=3)
        return ax
    families = [family, "DejaVu Sans"]  # DejaVu for what the Chinese font lacks (¥, –)
    texts = [ax.title, ax.xaxis.label, ax.yaxis.label, *ax.texts,
             *ax.get_xticklabels(), *ax.get_yticklabels()]
    if ax.get_legend() is not None:
        texts += ax.get_legend().get_texts()
    for t in texts:
        t.set_fontfamily(families)
    try:  # ticks made later, at draw time (matplotlib >= 3.8; older ones copy the first tick's)
        ax.tick_params(labelfontfamily=families)
    except ValueError:
        pass
    return ax


def finish_by_month(ax: Any, labels: str) -> Any:
    """The month axis and the legend of a picture by month, then finish."""
    ax.set_xlabel(label("month", labels))
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", fontsize=8)
    return finish(ax, labels)


def pyplot() -> Any:
    """matplotlib.pyplot, or an ImportError that says how to install it."""
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("storeops' pictures need matplotlib, which comes with storeops: "
                          "pip install matplotlib") from None
    return plt


def axes(ax: Any) -> Any:
    """The axes to draw on: `ax`, or those of a new figure."""
    if ax is not None:
        return ax
    plt = pyplot()

    _, ax = plt.subplots(figsize=(8, 4.5))
    return ax


def yuan_tick(value: float, _position: Any = None) -> str:
    """An axis tick in yuan as a price tag prints it: ¥200,000 and -¥200,000."""
    return f"-¥{-value:,.0f}" if value < 0 else f"¥{value:,.0f}"


def yuan_axis(ax: Any, axis: str = "y") -> None:
    """Ticks of an axis in yuan (¥200,000)."""
    from matplotlib.ticker import FuncFormatter

    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(FuncFormatter(yuan_tick))


def plot_simulation(sim: Simulation, kind: str, ax: Any = None, *, labels: str = "en") -> Any:
    if kind not in ("overview", "cash", "headcount"):
        raise ValueError(f"kind must be 'overview', 'cash' or 'headcount', got {kind!r}")
    check_labels(labels)
    ax = axes(ax)
    month = sim.column("month")
    name = sim.plan.name
    if kind == "overview":
        ax.plot(month, sim.column("revenue"), label=label("revenue", labels), color="#4c72b0")
        ax.plot(month, sim.column("operating_profit"), label=label("operating_profit", labels),
                color="#55a868")
        ax.axhline(0, color="grey", lw=0.8)
        yuan_axis(ax)
        ax.set_title(text("overview", labels, name=name))
    elif kind == "cash":
        cash = sim.column("cumulative_cash")
        ax.plot(month, cash, color="#c44e52", label=label("cumulative_cash", labels))
        ax.fill_between(month, cash, 0, where=cash < 0, color="#c44e52", alpha=0.15)
        ax.axhline(0, color="grey", lw=0.8)
        if sim.payback_month:
            ax.axvline(sim.payback_month, color="black", ls="--", lw=1)
            ax.annotate(text("payback", labels, month=sim.payback_month),
                        (sim.payback_month, cash.min()), xytext=(5, 5), textcoords="offset points")
        yuan_axis(ax)
        ax.set_title(text("cash", labels, name=name))
    else:
        bottom = np.zeros_like(month, dtype=float)
        for dept in DEPARTMENTS:
            counts = sim.column(f"headcount_{dept}")
            if counts.any():
                ax.bar(month, counts, bottom=bottom, label=name_of(dept, labels), width=0.9)
                bottom += counts
        ax.set_ylabel(label("headcount", labels))
        ax.set_title(text("headcount", labels, name=name))
    return finish_by_month(ax, labels)


def plot_monte_carlo(mc: MonteCarlo, kind: str, *, column: str = "revenue", ax: Any = None,
                     labels: str = "en") -> Any:
    if kind not in ("fan", "payback", "stages"):
        raise ValueError(f"kind must be 'fan', 'payback', 'stages' or 'cash', got {kind!r}")
    check_labels(labels)
    ax = axes(ax)
    month = np.arange(1, mc.months + 1)
    name = mc.plan.name
    if kind == "fan":
        q = mc.quantiles(column, q=(0.1, 0.25, 0.5, 0.75, 0.9))
        ax.fill_between(month, q["P10"], q["P90"], color="#4c72b0", alpha=0.2, label="P10–P90")
        ax.fill_between(month, q["P25"], q["P75"], color="#4c72b0", alpha=0.35, label="P25–P75")
        ax.plot(month, q["P50"], color="#4c72b0", label=text("median", labels))
        if column not in ("visitors", "orders", "orders_per_day", "headcount"):
            yuan_axis(ax)
        ax.set_ylabel(label(column, labels))
        ax.set_title(text("fan", labels, name=name, column=label(column, labels), runs=mc.runs))
    elif kind == "payback":
        d = mc.payback_distribution()
        ax.step(d["month"], d["paid_back"], where="post", color="#55a868")
        ax.set_ylim(0, 1)
        ax.set_ylabel(text("paid_back_share", labels))
        ax.set_title(text("payback_title", labels, name=name, runs=mc.runs))
    else:
        p = mc.stage_probability()
        for stage in STAGES[1:]:
            ax.plot(p["month"], p[stage], label=name_of(stage, labels))
        ax.set_ylim(0, 1.02)
        ax.set_ylabel(text("stage_share", labels))
        ax.set_title(text("stages_title", labels, name=name))
    return finish_by_month(ax, labels)


def plot_plan_vs_actual(tracked: Any, ax: Any = None, *, kind: str = "both",
                        labels: str = "en") -> Any:
    """:meth:`storeops.PlanVsActual.plot`: ``"revenue"`` (plan against actual by month),
    ``"waterfall"`` (plan revenue, the three effects summed over the months, actual revenue)
    or ``"both"`` side by side (``ax``: None or two axes; returns the first, the waterfall is
    the figure's second)."""
    if kind not in ("both", "revenue", "waterfall"):
        raise ValueError(f"kind must be 'both', 'revenue' or 'waterfall', got {kind!r}")
    check_labels(labels)
    frame = tracked.to_frame()
    if kind == "both":
        if ax is None:
            _, ax = pyplot().subplots(1, 2, figsize=(12, 4.5))
        if len(ax) != 2:
            raise ValueError("kind='both' draws on two axes: pass ax=None or a pair of axes")
        plot_plan_vs_actual(tracked, ax[1], kind="waterfall", labels=labels)
        # one Axes, as every plot returns; the waterfall is .figure.axes[1]
        return plot_plan_vs_actual(tracked, ax[0], kind="revenue", labels=labels)
    ax = axes(ax)
    name = tracked.plan.name
    if kind == "revenue":
        width = 0.4
        ax.bar(frame["month"] - width / 2, frame["plan_revenue"], width, color="#8c8c8c",
               label=text("plan", labels))
        ax.bar(frame["month"] + width / 2, frame["actual_revenue"], width, color="#4c72b0",
               label=text("actual", labels))
        yuan_axis(ax)
        ax.set_title(text("plan_vs_actual", labels, name=name))
        return finish_by_month(ax, labels)
    steps = [("plan_revenue", frame["plan_revenue"].sum()),
             ("traffic_effect", frame["traffic_effect"].sum()),
             ("conversion_effect", frame["conversion_effect"].sum()),
             ("aov_effect", frame["aov_effect"].sum())]
    level = 0.0
    for i, (column, value) in enumerate(steps):
        if i == 0:
            ax.bar(i, value, color="#8c8c8c")
        else:
            ax.bar(i, value, bottom=level, color="#55a868" if value >= 0 else "#c44e52")
        level += value
    ax.bar(len(steps), level, color="#4c72b0")
    ax.set_xticks(range(len(steps) + 1))
    ax.set_xticklabels([label(c, labels) for c, _ in steps] + [label("actual_revenue", labels)],
                       rotation=15, fontsize=8)
    yuan_axis(ax)
    ax.set_title(text("waterfall", labels, first=int(frame["month"].min()),
                      last=int(frame["month"].max())))
    return finish(ax, labels)


def plot_sobol(table: Any, ax: Any = None, *, labels: str = "en") -> Any:
    """Sobol indices (:func:`storeops.sobol`) as bars: first-order and total, with their
    95% intervals, the inputs that matter most at the top."""
    check_labels(labels)
    ax = axes(ax)
    rows = table.sort_values("ST")
    names = [name_of(n, labels) for n in rows.index]
    y = np.arange(len(rows))
    ax.barh(y + 0.2, rows["ST"], 0.4, xerr=rows["ST_conf"], color="#4c72b0",
            label=text("total_order", labels))
    ax.barh(y - 0.2, rows["S1"], 0.4, xerr=rows["S1_conf"], color="#55a868",
            label=text("first_order", labels))
    ax.set_yticks(y)
    ax.set_yticklabels(names)
    ax.set_xlim(left=min(0.0, float(rows["S1"].min()) - 0.05))
    output = table.attrs.get("output", "cumulative_cash")
    ax.set_title(text("sobol", labels, output=label(output, labels)))
    ax.legend(fontsize=8, loc="lower right")
    return finish(ax, labels)


def plot_cash_low_points(mc: MonteCarlo, ax: Any = None, *, confidence: float = 0.9,
                         labels: str = "en") -> Any:
    """The cash paths' fan beside the distribution of their low points, with the capital
    :meth:`storeops.MonteCarlo.capital_required` gives at ``confidence``. Returns the fan's
    axes (the histogram is the figure's second)."""
    check_labels(labels)
    if ax is None:
        _, ax = pyplot().subplots(1, 2, figsize=(12, 4.5), gridspec_kw={"width_ratios": [2, 1]})
    fan, hist = ax
    plot_monte_carlo(mc, "fan", column="cumulative_cash", ax=fan, labels=labels)
    fan.set_title(text("low_points", labels, name=mc.plan.name, runs=mc.runs))
    need = mc.capital_required(confidence)
    hist.hist(mc.cash_low_point, bins=40, color="#c44e52", alpha=0.7)
    hist.axvline(-need.yuan, color="black", ls="--", lw=1)
    hist.set_xlabel(text("low_point", labels))
    hist.set_title(text("capital", labels, confidence=confidence, amount=f"¥{need.yuan:,.0f}"))
    yuan_axis(hist, "x")
    from matplotlib.ticker import MaxNLocator

    hist.xaxis.set_major_locator(MaxNLocator(4))
    finish(hist, labels)
    return fan  # one Axes, as every plot returns; the histogram is fan.figure.axes[1]


def plot_campaign_day(day: Any, ax: Any = None, *, labels: str = "en") -> Any:
    """A campaign day (:func:`storeops.campaign_day`): visitors by hour as bars behind, the
    customer-service agents and the packers to hire (beyond the store's own people) each hour
    needs as steps, and what the rosters put on duty as dashed steps above them. Returns the
    people axes."""
    check_labels(labels)
    ax = axes(ax)
    hours = day.hours
    behind = ax.twinx()
    behind.bar(hours["hour"], hours["visitors"], color="#cccccc", width=0.8)
    behind.set_ylabel(text("visitors_axis", labels))
    ax.set_zorder(behind.get_zorder() + 1)
    ax.patch.set_visible(False)
    for column, roster, color in (("cs_agents", day.cs_roster, "#4c72b0"),
                                  ("temporary_packers", day.packing_roster, "#dd8452")):
        who = label(column, labels)
        ax.step(hours["hour"], hours[column], where="mid", color=color,
                label=text("needed", labels, who=who))
        ax.step(hours["hour"], roster.coverage, where="mid", color=color, ls="--",
                label=text("on_shift", labels, who=who))
    ax.set_xticks(range(0, 24, 2))
    ax.set_xlabel(label("hour", labels))
    ax.set_ylabel(text("people_axis", labels))
    ax.set_title(text("campaign_day", labels, name=day.plan.name,
                      cost=str(day.temporary_staff_cost)))
    ax.legend(fontsize=8, loc="upper center")
    finish(behind, labels)
    return finish(ax, labels)


def plot_sweep(table: Any, *, x: str | None = None, y: str | None = None,
               value: str = "cash_p50", ax: Any = None, labels: str = "en") -> Any:
    """A heat map of a sweep (:func:`storeops.sweep`): ``value`` for each pair of values of
    grid keys ``x`` (across) and ``y`` (down), each cell written in."""
    check_labels(labels)
    keys = list(table.attrs.get("keys", []))
    x = x or (keys[0] if keys else None)
    y = y or (keys[1] if len(keys) > 1 else None)
    if x not in keys or y not in keys or x == y:
        raise ValueError(f"a heat map needs two different grid keys out of {keys}, got x={x!r}, y={y!r}")
    if value not in table.columns:
        raise ValueError(f"value must be a column of the sweep, got {value!r}")
    for other in keys:
        if other not in (x, y) and table[other].nunique() > 1:
            raise ValueError(f"the grid key {other!r} has several values: select one first, "
                             f"e.g. table[table[{other!r}] == ...]")
    grid = table.pivot_table(index=y, columns=x, values=value, aggfunc="first")
    ax = axes(ax)
    fit(ax)  # before the colorbar, which then takes its room from the layout
    image = ax.imshow(grid.to_numpy(dtype=float), cmap="RdYlGn", aspect="auto", origin="lower")
    ax.set_xticks(range(grid.shape[1]))
    ax.set_xticklabels([f"{v:g}" if isinstance(v, float) else str(v) for v in grid.columns])
    ax.set_yticks(range(grid.shape[0]))
    ax.set_yticklabels([f"{v:g}" if isinstance(v, float) else str(v) for v in grid.index])
    money = "cash" in value or "capital" in value
    for (i, j), v in np.ndenumerate(grid.to_numpy(dtype=float)):
        ax.text(j, i, "–" if np.isnan(v) else (f"¥{v / 1000:,.0f}k" if money else f"{v:.3g}"),
                ha="center", va="center", fontsize=7)
    bar = ax.figure.colorbar(image, ax=ax, label=label(value, labels))
    finish(bar.ax, labels)  # the colorbar's label in the chosen language's font too
    ax.set_xlabel(x)
    ax.set_ylabel(y)
    ax.set_title(text("sweep", labels, value=label(value, labels)))
    return finish(ax, labels)


def plot_tornado(table: Any, ax: Any = None, *, metric: str | None = None, labels: str = "en") -> Any:
    """A tornado chart of :func:`storeops.sensitivity`: each input's swing around the middle,
    widest at the top. ``metric`` titles it (default: cumulative cash at the last month)."""
    check_labels(labels)
    ax = axes(ax)
    rows = table.iloc[::-1]
    names = [name_of(n, labels) for n in rows["input"]]
    base = (rows["low_result"] + rows["high_result"]) / 2
    ax.barh(names, rows["high_result"] - base, left=base, color="#55a868", label=text("at_p90", labels))
    ax.barh(names, rows["low_result"] - base, left=base, color="#c44e52", label=text("at_p10", labels))
    yuan_axis(ax, "x")
    ax.set_title(text("tornado", labels, metric=metric or text("tornado_metric", labels)))
    ax.legend(fontsize=8)
    return finish(ax, labels)


def save_figures(out: Any, figures: list[tuple[str, Callable[[Any], Any]]]) -> list[pathlib.Path]:
    """Draws each ``(file name, draw(ax))`` on its own figure and saves it as PNG in the folder
    ``out``; returns the paths written (none when matplotlib is missing)."""

    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # the library runs without matplotlib; callers say what to install
        return []
    folder = pathlib.Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, draw in figures:
        fig, ax = plt.subplots(figsize=(8, 4.5))
        drawn = draw(ax)
        # a picture of two panels draws on a figure of its own and returns its first axes
        target = getattr(drawn, "figure", None) or fig
        if target is not fig:
            plt.close(fig)
        if target.get_layout_engine() is None:
            target.tight_layout()
        target.savefig(folder / name, dpi=110)
        plt.close(target)
        written.append(folder / name)
    return written


__all__ = ["axes", "chinese_font", "finish", "finish_by_month", "plot_cash_low_points", "plot_monte_carlo", "plot_sobol", "plot_sweep", "pyplot", "yuan_axis", "plot_simulation", "plot_tornado", "save_figures", "text"]
