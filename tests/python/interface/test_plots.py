"""Pictures in English and in Chinese (labels="zh"): the words, and a font that has the glyphs."""

from __future__ import annotations

import io

import pytest

import storeops
from storeops import plots

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


@pytest.fixture(scope="module")
def plan():
    return storeops.presets.tmall_2014()


@pytest.fixture(scope="module")
def results(plan):
    return storeops.simulate(plan), storeops.monte_carlo(plan, runs=200, months=36, seed=5)


def _every_picture(plan, sim, mc, labels):
    payroll = plan.pay.payroll(plan.staffing.headcount(300_000, 100),
                               customer_service_sales=100_000, silent_sales=200_000)
    funnel = storeops.Funnel(visitors=10_000, conversion_rate=0.02, average_order_value=100)
    draws = [(lambda k: lambda ax: sim.plot(k, ax=ax, labels=labels))(k)
             for k in ("overview", "cash", "headcount")]
    draws += [(lambda k: lambda ax: mc.plot(k, ax=ax, labels=labels))(k)
              for k in ("fan", "payback", "stages")]
    draws += [lambda ax: plots.plot_tornado(storeops.sensitivity(plan), ax, labels=labels),
              lambda ax: funnel.plot(ax, labels=labels),
              lambda ax: payroll.plot(ax, labels=labels)]
    return draws


def _words(ax):
    legend = ax.get_legend()
    return [ax.get_title(), ax.get_xlabel(), ax.get_ylabel(),
            *(t.get_text() for t in ax.get_yticklabels()),
            *(t.get_text() for t in ax.get_xticklabels()),
            *((t.get_text() for t in legend.get_texts()) if legend else ())]


def _has_chinese(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def test_chinese_pictures_say_it_in_chinese_with_a_font_that_has_the_glyphs(plan, results):
    # `make test` installs fonts-wqy-microhei; without a Chinese font this test must fail
    family = plots.chinese_font()
    assert family in plots.CHINESE_FAMILIES
    for draw in _every_picture(plan, *results, "zh"):
        fig, ax = plt.subplots()
        draw(ax)
        assert _has_chinese(ax.get_title()), ax.get_title()
        assert ax.title.get_fontfamily()[0] == family
        # pytest turns warnings into errors: a glyph missing from the font would fail here
        fig.savefig(io.BytesIO(), format="png")
        plt.close(fig)


def test_chinese_names_of_the_seed(plan, results):
    sim, mc = results
    fig, ax = plt.subplots()
    sim.plot("headcount", ax=ax, labels="zh")
    words = _words(ax)
    assert {"客服", "美工", "物流"} <= set(words)
    assert "月份" in words and "人数" in words
    ax.clear()
    mc.plot("stages", ax=ax, labels="zh")
    assert {"正式运营", "全店经销", "成熟阶段"} <= set(_words(ax))
    ax.clear()
    plots.plot_tornado(storeops.sensitivity(plan), ax, labels="zh")
    fig.canvas.draw()
    assert "客单价" in _words(ax) and "取 P90" in _words(ax)
    plt.close(fig)


def test_english_stays_the_default(plan, results):
    for draw in _every_picture(plan, *results, "en"):
        fig, ax = plt.subplots()
        draw(ax)
        fig.canvas.draw()
        assert not any(_has_chinese(w) for w in _words(ax)), _words(ax)
        plt.close(fig)


def test_without_a_chinese_font_the_user_is_told(plan, results, monkeypatch):
    monkeypatch.setattr(plots, "chinese_font", lambda: None)
    fig, ax = plt.subplots()
    with pytest.warns(UserWarning, match="fonts-wqy-microhei"):
        results[0].plot("cash", ax=ax, labels="zh")
    plt.close(fig)


def test_an_unknown_language_is_refused_before_drawing(plan, results):
    fig, ax = plt.subplots()
    with pytest.raises(ValueError, match="labels must be 'en' or 'zh', got 'fr'"):
        results[1].plot("fan", ax=ax, labels="fr")
    assert not ax.lines and not ax.collections
    plt.close(fig)


def test_yuan_ticks_print_like_price_tags():
    assert plots.yuan_tick(-200_000) == "-¥200,000"
    assert plots.yuan_tick(1_750_000.4) == "¥1,750,000"
    assert plots.yuan_tick(0) == "¥0"


@pytest.mark.parametrize("labels", ["en", "zh"])
def test_the_cash_picture_shows_the_low_points_and_the_capital(results, labels):
    _, mc = results
    fan = mc.plot("cash", labels=labels)
    hist = fan.figure.axes[1]
    need = mc.capital_required(0.9)
    assert f"{need.yuan:,.0f}" in hist.get_title()
    assert hist.lines[0].get_xdata()[0] == -need.yuan  # the line where 90% of futures stay above
    assert len(hist.patches) == 40
    assert fan.figure is hist.figure
    plt.close("all")


def _inside(ax):
    """Every axes of the figure, with its drawn titles and tick labels, lies inside the figure."""
    figure = ax.figure
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    box = figure.bbox
    for each in figure.axes:
        b = each.get_tightbbox(renderer)  # what is drawn of it: title, labels, ticks
        if b.x0 < box.x0 - 1 or b.x1 > box.x1 + 1 or b.y0 < box.y0 - 1 or b.y1 > box.y1 + 1:
            return f"{each.get_title()!r}: drawn at {b.bounds}, the figure is {box.bounds}"
    return None


@pytest.mark.parametrize("labels", ["en", "zh"])
def test_every_plot_returns_one_axes_whose_labels_fit(plan, results, labels):
    sim, mc = results
    tracked = storeops.track(plan, storeops.example_daily_report())
    table = storeops.sobol(plan, runs=256, months=12, seed=1)
    grid = storeops.sweep(plan, {"market.average_order_value": [90, 110],
                                 "market.promotion_share": [0.05, 0.1]}, runs=50, months=12)
    calls = [lambda: grid.plot(labels=labels),  # a colorbar beside the grid
             lambda: sim.plot("overview", labels=labels), lambda: mc.plot("cash", labels=labels),
             lambda: mc.plot("fan", labels=labels), lambda: tracked.plot(labels=labels),
             lambda: table.plot(labels=labels)]
    for call in calls:
        ax = call()
        assert isinstance(ax, matplotlib.axes.Axes), type(ax)
        assert _inside(ax) is None, _inside(ax)
        plt.close("all")

