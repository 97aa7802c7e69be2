"""A made-up store folder to try the weekly review on: the seed plan and nine months of
exports that agree with each other (the orders add up to the item report's sales and to the
daily report's, day by day), written as a store's own exports are: Chinese headers, a GBK CSV,
an .xlsx, two daily reports that overlap by a week."""

from __future__ import annotations

import datetime as _dt
import math
import pathlib
import shutil
from typing import TYPE_CHECKING, Any

import numpy as np

from storeops import _core
from storeops.catalog.items import synthetic_items

if TYPE_CHECKING:
    import pandas as pd

#: How the example store is made: the seed plan from 2014-02 (February is its setup month),
#: nine months of days, 85% of the planned visitors, 110% of the planned conversion.
START, MONTHS, TRAFFIC, CONVERSION, ITEMS, SEED = "2014-02-01", 9, 0.85, 1.1, 40, 2014
EXAMPLE_STORE: dict[str, Any] = {"start": START, "months": MONTHS, "traffic": TRAFFIC,
                                 "conversion": CONVERSION, "items": ITEMS, "seed": SEED}
#: The example store's team (员工名单): who answers the chats and packs.
EXAMPLE_PEOPLE = (("小王", "cs_agent"), ("小李", "cs_agent"), ("老张", "logistics_staff"),
                  ("陈经理", "store_manager"), ("小赵", "promoter"))
#: The share of a day's orders paid in each hour 0:00-23:00 (*assumed*: an evening peak).
HOURS = np.array([1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2.5, 3.5, 4.5, 5, 4.5, 4.5, 5, 5, 4.5,
                  4, 4, 5, 6.5, 7, 5.5, 3], dtype=float)
HOURS /= HOURS.sum()


def _days(plan: Any, rng: np.random.Generator) -> list[tuple[_dt.date, int, float]]:
    """(day, visitors, conversion) for each day of the example's months."""
    from storeops.simulation.engine import simulate

    sim = simulate(plan, months=MONTHS).to_frame()
    first = _dt.date.fromisoformat(START)
    out = []
    for k in range(MONTHS):
        year, month = divmod(first.month - 1 + k, 12)
        day1 = _dt.date(first.year + year, month + 1, 1)
        days = ((day1.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - day1).days
        visitors = float(sim["visitors"].iloc[k])
        orders = float(sim["orders"].iloc[k])
        rate = orders / visitors if visitors > 0 else 0.0
        for d in range(days):
            mean = visitors / days * TRAFFIC * math.exp(0.15 * rng.standard_normal())
            out.append((day1 + _dt.timedelta(days=d), int(rng.poisson(mean)) if mean > 0 else 0,
                        min(0.5, rate * CONVERSION)))
    return out


def _orders(days: list[tuple[_dt.date, int, float]], catalog: Any,
            rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The orders, the item report and the daily report, made from the same orders."""
    import pandas as pd

    items = list(catalog.items)
    weights = 1.0 / np.arange(1, len(items) + 1) ** 1.1
    weights /= weights.sum()
    orders, item_rows, daily_rows = [], [], []
    number = 3_800_000_000
    seen: list[str] = []

    def buyer_of() -> str:
        """A fifth of the orders come from earlier buyers (老顾客)."""
        if seen and rng.random() < 0.2:
            return seen[int(rng.integers(0, len(seen)))]
        seen.append(f"tb_{int(rng.integers(10**6, 10**7))}")
        return seen[-1]
    for day, visitors, rate in days:
        buyers = int(rng.binomial(visitors, rate)) if visitors else 0
        item_visitors = rng.multinomial(visitors, weights) if visitors else np.zeros(len(items), int)
        bought = rng.choice(len(items), size=buyers, p=weights) if buyers else np.array([], int)
        # a buyer buys an item the page had visitors for
        per_item = {k: [0, 0, 0] for k in range(len(items))}  # buyers, units, fen
        day_fen, day_units = 0, 0
        for k in bought:
            k = int(k)
            units = 1 + int(rng.random() < 0.2)
            fen = items[k].price.fen * units
            per_item[k][0] += 1
            per_item[k][1] += units
            per_item[k][2] += fen
            day_fen += fen
            day_units += units
            hour = int(rng.choice(24, p=HOURS))
            # paid the day it was placed (the daily report counts sales by payment)
            minute = int(rng.integers(0, 40 if hour == 23 else 60))
            created = pd.Timestamp(day) + pd.Timedelta(hours=hour, minutes=minute,
                                                       seconds=int(rng.integers(0, 60)))
            paid = created + pd.Timedelta(minutes=int(rng.integers(1, 20)))
            batch = paid.normalize() + pd.Timedelta(days=1 if paid.hour >= 15 else 0)
            # packed after 15:00 on its batch day, never later than the 24-hour promise ...
            shipped = min(batch + pd.Timedelta(hours=15, minutes=int(rng.integers(10, 180))),
                          paid + pd.Timedelta(hours=23, minutes=int(rng.integers(0, 50))))
            if rng.random() < 0.02:  # ... but a few go out late: the review lists them
                shipped += pd.Timedelta(hours=int(rng.integers(6, 48)))
            number += int(rng.integers(1, 9_999))
            orders.append({
                "订单编号": str(number), "买家会员名": buyer_of(),
                "买家实际支付金额": f"{fen / 100:.2f}", "订单状态": "交易成功",
                "订单创建时间": created.strftime("%Y-%m-%d %H:%M:%S"),
                "订单付款时间": paid.strftime("%Y-%m-%d %H:%M:%S"),
                "发货时间": shipped.strftime("%Y-%m-%d %H:%M:%S"),
                "宝贝标题": items[k].name, "宝贝总数量": units,
                "物流单号": str(int(rng.integers(10**11, 10**12))), "物流公司": "圆通速递"})
        for k, it in enumerate(items):
            v = int(item_visitors[k])
            b, u, fen = per_item[k]
            if v == 0 and b == 0:
                continue
            item_rows.append({"统计日期": day.isoformat(), "商品ID": it.item, "商品访客数": max(v, b),
                              "商品浏览量": max(v, b) + int(rng.poisson(1.5 * max(v, b))),
                              "支付买家数": b, "支付件数": u, "支付金额": f"{fen / 100:.2f}"})
        daily_rows.append({"日期": day.isoformat(), "浏览量": visitors + int(rng.poisson(2.5 * visitors)),
                           "访客数": visitors, "销售额": f"{day_fen / 100:.2f}", "成交件数": day_units,
                           "支付买家数": buyers,
                           "访问深度": round(1 + 2.5 * float(rng.random()), 2) if visitors else 0,
                           "首页跳失率": f"{100 * float(rng.uniform(0.3, 0.5)):.2f}%"})
    return pd.DataFrame(orders), pd.DataFrame(item_rows), pd.DataFrame(daily_rows)


def _chats(orders: pd.DataFrame, rng: np.random.Generator, last_days: int = 56) -> pd.DataFrame:
    """Chat lines (千牛) of the last eight weeks: about a quarter of the buyers ask before they
    pay; an agent answers within a minute or two."""
    import pandas as pd

    created = pd.to_datetime(orders["订单创建时间"])
    recent = orders[created >= created.max().normalize() - pd.Timedelta(days=last_days - 1)]
    agents = [p for p, r in EXAMPLE_PEOPLE if r == "cs_agent"]
    rows = []
    for _, o in recent.iterrows():
        if rng.random() > 0.25:
            continue
        asked = pd.Timestamp(o["订单创建时间"]) - pd.Timedelta(minutes=int(rng.integers(3, 30)))
        agent = agents[int(rng.integers(0, len(agents)))]
        answered = asked + pd.Timedelta(seconds=int(rng.integers(15, 150)))
        rows.append({"时间": asked.strftime("%Y-%m-%d %H:%M:%S"), "客服": agent,
                     "买家": o["买家会员名"], "消息方向": "买家", "内容": "在吗？这个有货吗"})
        rows.append({"时间": answered.strftime("%Y-%m-%d %H:%M:%S"), "客服": agent,
                     "买家": o["买家会员名"], "消息方向": "客服", "内容": "亲，有货的，今天15点前付款当天发货哦"})
    return pd.DataFrame(rows)


def example_store(path: str | pathlib.Path, *, force: bool = False) -> pathlib.Path:
    """Writes a made-up store folder to try :func:`storeops.week_review` on, and returns it.

    The folder holds ``plan.json`` (the seed plan, starting 2014-02-01) and ``exports/``:
    the daily report of nine months in two files that overlap by a week (a GBK CSV and an
    .xlsx), the item report, the catalogue, the order report, eight weeks of chat records and
    the people list, each with the Chinese headers its export has. The orders add up to the
    item report's sales and to the daily report's, day by day. Made from :data:`EXAMPLE_STORE`;
    the same every time.

    Parameters
    ----------
    path : str or pathlib.Path
        The folder to write; it must not exist yet, or be empty, unless ``force``.
    force : bool
        Write into a folder that has files (the example's own files are replaced).

    Returns
    -------
    pathlib.Path
        The folder written, to give to :func:`open_store` or :func:`week_review`.

    Raises
    ------
    storeops.Error
        When the folder already has files and ``force`` is not given.

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> sorted(p.name for p in folder.iterdir())
    ['exports', 'plan.json']
    """
    import pandas as pd

    folder = pathlib.Path(path)
    if folder.exists() and any(folder.iterdir()) and not force:
        raise _core.Error(f"example_store: {str(folder)!r} already has files; give a new folder "
                          "or force=True (--force) to write over them")
    exports = folder / "exports"
    exports.mkdir(parents=True, exist_ok=True)
    plan = _core.presets.tmall_2014()
    plan.save(str(folder / "plan.json"))
    rng = np.random.default_rng(SEED)
    catalog, _ = synthetic_items(plan, start=START, days=1,
                                 items=ITEMS, seed=SEED)
    days = _days(plan, rng)
    orders, items, daily = _orders(days, catalog, rng)
    # the catalogue as of the last day: stock for two to six weeks of each item's sales
    frame = catalog.to_frame(labels="zh")
    recent = items[pd.to_datetime(items["统计日期"]) > pd.Timestamp(days[-1][0]) - pd.Timedelta(days=28)]
    daily_units = recent.groupby("商品ID")["支付件数"].sum() / 28
    stock_days = rng.uniform(5, 45, size=len(frame))
    frame["库存"] = [int(math.ceil(float(daily_units.get(i, 0.0)) * d))
                   for i, d in zip(frame["商品ID"].astype(str), stock_days)]
    frame.to_csv(exports / "商品清单.csv", index=False, encoding="utf-8-sig")
    half = len(daily) // 2
    daily.iloc[:half + 7].to_csv(exports / "店铺日报_上.csv", index=False, encoding="gb18030")
    daily.iloc[half:].to_excel(exports / "店铺日报_下.xlsx", index=False)
    items.to_csv(exports / "商品效果.csv", index=False, encoding="utf-8-sig")
    chats = _chats(orders, rng)
    orders = _desk_cases(orders, days[-1][0], np.random.default_rng(SEED + 2))
    orders.to_csv(exports / "订单报表.csv", index=False, encoding="utf-8-sig")
    chats.to_csv(exports / "聊天记录.csv", index=False, encoding="utf-8-sig")
    pd.DataFrame(EXAMPLE_PEOPLE, columns=["姓名", "岗位"]).to_csv(
        exports / "员工名单.csv", index=False, encoding="utf-8-sig")
    (exports / "说明.txt").write_text("店铺导出文件（示例）\n", encoding="utf-8")
    _marketing(exports, plan, orders, daily, np.random.default_rng(SEED + 1))
    return folder


#: The example agency's stores (``example_portfolio``): each a copy of the example store with
#: its plan changed, so that the agency's page has one of each case.
EXAMPLE_PORTFOLIO = {
    "茶语旗舰店": "the example store as it is",
    "普洱专营店": "a plan that expects a higher order value (¥160): behind plan",
    "龙井小店": "an owner who put in ¥300,000 (plan.funding.capital): short of cash",
    "花茶坊": "the example store with its plan's reserve of ¥20,000",
}


def example_portfolio(path: str | pathlib.Path, *, force: bool = False) -> pathlib.Path:
    """Writes a made-up agency (代运营): a folder of four store folders, each the example store
    with its plan changed (:data:`EXAMPLE_PORTFOLIO`): one as it is, one behind plan, one short
    of cash, one with a reserve. For :func:`storeops.portfolio` to rank.

    Parameters
    ----------
    path : str or pathlib.Path
        The agency's folder; it must not exist yet, or be empty, unless ``force``.
    force : bool
        Write into a folder that has files.

    Returns
    -------
    pathlib.Path
        The agency's folder.

    Raises
    ------
    storeops.Error
        When the folder already has files and ``force`` is not given.

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> agency = storeops.example_portfolio(pathlib.Path(tempfile.mkdtemp()) / "agency")
    >>> sorted(p.name for p in agency.iterdir()) == sorted(storeops.reviews.example.EXAMPLE_PORTFOLIO)
    True
    """
    root = pathlib.Path(path)
    if root.exists() and any(root.iterdir()) and not force:
        raise _core.Error(f"example_portfolio: {str(root)!r} already has files; give a new folder "
                          "or force=True (--force) to write over them")
    root.mkdir(parents=True, exist_ok=True)
    first = example_store(root / next(iter(EXAMPLE_PORTFOLIO)), force=True)
    for name in list(EXAMPLE_PORTFOLIO)[1:]:
        folder = root / name
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(first, folder)
        plan = _core.load_plan(str(folder / "plan.json"))
        if name == "普洱专营店":
            plan.market.average_order_value = 160.0
        elif name == "龙井小店":
            plan.funding.capital = 300_000
        else:
            plan.funding.reserve = 20_000
        plan.save(str(folder / "plan.json"))
    return root


#: Days from shipping to the buyer's confirming receipt in the example (*assumed*): orders
#: shipped in the last days are still open, so the desk has arrival calls and follow-ups.
EXAMPLE_CONFIRM_DAYS = (3.0, 10.0)


def _desk_cases(orders: pd.DataFrame, last: _dt.date, rng: np.random.Generator) -> pd.DataFrame:
    """The orders as the export shows them the evening of ``last``: those whose buyer has not
    yet confirmed receipt are 卖家已发货, one shipped that day lacks its tracking number, and two
    placed that evening are still unpaid (their own random stream: the other files stay as
    they were)."""
    import pandas as pd

    out = orders.copy()
    shipped = pd.to_datetime(out["发货时间"])
    confirmed = shipped + pd.to_timedelta(rng.uniform(*EXAMPLE_CONFIRM_DAYS, len(out)), unit="D")
    end = pd.Timestamp(last) + pd.Timedelta(days=1)
    out.loc[(confirmed >= end).to_numpy(), "订单状态"] = "卖家已发货"
    today = out.index[(shipped >= pd.Timestamp(last)).to_numpy() & (shipped < end).to_numpy()]
    if len(today):
        out.loc[today[0], "物流单号"] = ""  # 发货后及时填写物流单号: forgotten once
    base = out.iloc[-1]
    number = int(base["订单编号"])
    unpaid = []
    for k, hour in enumerate((20, 22)):
        created = pd.Timestamp(last) + pd.Timedelta(hours=hour, minutes=17 * k + 5)
        unpaid.append({**base.to_dict(), "订单编号": str(number + 1_000 * (k + 1)),
                       "买家会员名": f"tb_unpaid_{k + 1}", "订单状态": "等待买家付款",
                       "订单创建时间": created.strftime("%Y-%m-%d %H:%M:%S"), "订单付款时间": "",
                       "发货时间": "", "物流单号": "", "物流公司": ""})
    return pd.concat([out, pd.DataFrame(unpaid)], ignore_index=True)


#: The example's ad channels from June (the launch months run on organic traffic): each
#: channel's share of the plan's promotion money, its cost per click and its return (*assumed*).
EXAMPLE_ADS = {"直通车": (0.55, 1.3, 3.2), "引力魔方": (0.3, 0.6, 2.1)}
#: 淘宝客 is paid a commission on what it sells; the share of sales it brings (*assumed*).
EXAMPLE_AFFILIATE = (0.08, 0.06)
#: Where the example's visitors come from (流量来源, *assumed* shares).
EXAMPLE_SOURCES = {"手淘搜索": 0.42, "直通车": 0.14, "手淘首页": 0.12, "直接访问": 0.1, "购物车": 0.08,
                   "淘宝客": 0.05, "引力魔方": 0.04, "其他": 0.05}
#: Refund reasons and their shares of the example's refunds (*assumed*); and the reviews.
EXAMPLE_REFUND_REASONS = {"不想要了": 0.35, "质量问题": 0.2, "破损": 0.15, "发错货": 0.1,
                          "尺码/规格不符": 0.2}


def _marketing(exports: pathlib.Path, plan: Any, orders: pd.DataFrame, daily: pd.DataFrame,
               rng: np.random.Generator) -> None:
    """The ad reports, the refund and review exports and the traffic sources, made from the
    same days and orders (their own random stream: the other files stay as they were)."""
    import pandas as pd

    days = daily.assign(日期=pd.to_datetime(daily["日期"]))
    sales = days.set_index("日期")["销售额"].astype(float)
    visitors = days.set_index("日期")["访客数"].astype(float)
    running = sales[sales.index >= pd.Timestamp("2014-06-01")]
    dates = pd.DatetimeIndex(running.index).strftime("%Y-%m-%d")
    budget = running * plan.market.promotion_share
    for channel, (share, cpc, roi) in EXAMPLE_ADS.items():
        spend = (budget * share * np.exp(0.2 * rng.standard_normal(len(budget)))).round(2)
        clicks = np.maximum(0, (spend / cpc).round()).astype(int)
        # each yuan brings less than the one before (sales ~ spend^0.7 about the usual spend)
        usual = float(spend.mean())
        brought = (roi * usual ** 0.3 * spend ** 0.7
                   * np.exp(0.25 * rng.standard_normal(len(spend)))).round(2)
        frame = pd.DataFrame({"日期": dates, "计划名称": "全店推广",
                              "展现量": (clicks * rng.uniform(40, 70, len(clicks))).astype(int),
                              "点击量": clicks, "花费": spend.to_numpy(),
                              "总成交笔数": np.maximum(0, (brought / 80).round()).astype(int),
                              "总成交金额": brought.to_numpy()})
        if channel == "直通车":
            frame.to_csv(exports / "直通车报表.csv", index=False, encoding="gb18030")
        else:
            frame.to_excel(exports / f"{channel}报表.xlsx", index=False)
    rate, share = EXAMPLE_AFFILIATE
    brought = (running * share * np.exp(0.3 * rng.standard_normal(len(running)))).round(2)
    pd.DataFrame({"日期": dates, "付款笔数": (brought / 80).round().astype(int),
                  "付款金额": brought.to_numpy(), "支出佣金": (brought * rate).round(2).to_numpy()}
                 ).to_csv(exports / "淘宝客报表.csv", index=False, encoding="utf-8-sig")
    rows = []
    for day, total in visitors[visitors > 0].items():
        split = rng.dirichlet([100 * s for s in EXAMPLE_SOURCES.values()])
        for source, part in zip(EXAMPLE_SOURCES, split):
            rows.append({"日期": day.strftime("%Y-%m-%d"), "流量来源": source,
                         "访客数": int(round(total * part)),
                         "支付金额": round(float(sales[day]) * part, 2)})
    pd.DataFrame(rows).to_csv(exports / "流量来源.csv", index=False, encoding="utf-8-sig")
    paid = orders[orders["订单付款时间"].astype(str).str.len() > 0].reset_index(drop=True)
    picked = paid.sample(frac=0.03, random_state=int(rng.integers(1 << 31))).sort_values("订单付款时间")
    requested = pd.to_datetime(picked["订单付款时间"]) + pd.to_timedelta(rng.uniform(1, 6, len(picked)), unit="D")
    finished = requested + pd.to_timedelta(rng.uniform(0.2, 3, len(picked)), unit="D")
    last = pd.Timestamp(days["日期"].max()) + pd.Timedelta(days=1)
    refunds = pd.DataFrame({
        "订单编号": picked["订单编号"].astype(str).to_numpy(),
        "宝贝标题": picked["宝贝标题"].to_numpy(),
        "退款金额": picked["买家实际支付金额"].to_numpy(),
        "退款原因": rng.choice(list(EXAMPLE_REFUND_REASONS), len(picked),
                           p=list(EXAMPLE_REFUND_REASONS.values())),
        "退款类型": rng.choice(["仅退款", "退货退款"], len(picked), p=[0.4, 0.6]),
        "退款申请时间": requested.dt.strftime("%Y-%m-%d %H:%M:%S").to_numpy(),
        "退款完结时间": [f.strftime("%Y-%m-%d %H:%M:%S") if f < last else "" for f in finished],
        "退款状态": ["退款成功" if f < last else "退款中" for f in finished],
    })
    # a few end otherwise (deterministic, no draw: the other files stay as they were): sizes
    # exchanged, and buyers who changed their minds and withdrew (退款关闭)
    done = refunds["退款状态"].eq("退款成功")
    swap = done & refunds["退款原因"].eq("尺码/规格不符") & (refunds.index % 3 == 0)
    refunds.loc[swap, ["退款类型", "退款状态"]] = ["换货", "换货成功"]
    closed = done & refunds["退款原因"].eq("不想要了") & (refunds.index % 4 == 0)
    refunds.loc[closed, "退款状态"] = "退款关闭"
    # two planted on the last day, still open: a return to answer, and one on a clearance item
    # the seed would rather exchange (002 篇2: 特价清仓货品 ... 但不宜退货)
    day_last = pd.Timestamp(days["日期"].max())
    recent = paid[pd.to_datetime(paid["订单付款时间"]) < day_last - pd.Timedelta(days=3)].tail(2)
    planted = pd.DataFrame({
        "订单编号": recent["订单编号"].astype(str).to_numpy(),
        "宝贝标题": [recent["宝贝标题"].iloc[0], "【清仓特价】" + str(recent["宝贝标题"].iloc[1])],
        "退款金额": recent["买家实际支付金额"].to_numpy(), "退款原因": ["发错货", "不想要了"],
        "退款类型": ["退货退款", "退货退款"],
        "退款申请时间": [(day_last + pd.Timedelta(hours=h)).strftime("%Y-%m-%d %H:%M:%S") for h in (10, 15)],
        "退款完结时间": ["", ""], "退款状态": ["退款中", "退款中"]})
    pd.concat([refunds, planted], ignore_index=True).to_csv(
        exports / "退款管理.csv", index=False, encoding="gb18030")
    shipped = paid[paid["发货时间"].astype(str).str.len() > 0]
    rated = shipped.sample(frac=0.3, random_state=int(rng.integers(1 << 31))).sort_values("发货时间")
    rating = rng.choice(["好评", "中评", "差评"], len(rated), p=[0.955, 0.03, 0.015])
    words = {"好评": "茶叶很香，包装完好", "中评": "味道一般，物流有点慢", "差评": "收到时包装破损，茶叶碎了"}
    answered = rng.uniform(size=len(rated)) < 0.5
    pd.DataFrame({
        "订单编号": rated["订单编号"].astype(str).to_numpy(), "买家昵称": rated["买家会员名"].to_numpy(),
        "评价": rating, "评价内容": [words[r] for r in rating],
        "评价时间": (pd.to_datetime(rated["发货时间"]) + pd.Timedelta(days=4)).dt.strftime(
            "%Y-%m-%d %H:%M:%S").to_numpy(),
        "解释内容": ["亲，非常抱歉，已为您补发" if r != "好评" and a else "" for r, a in zip(rating, answered)],
    }).to_csv(exports / "评价管理.csv", index=False, encoding="utf-8-sig")


__all__ = ["EXAMPLE_ADS", "EXAMPLE_AFFILIATE", "EXAMPLE_CONFIRM_DAYS", "EXAMPLE_PORTFOLIO", "example_portfolio", "EXAMPLE_PEOPLE", "EXAMPLE_REFUND_REASONS",
           "EXAMPLE_SOURCES", "EXAMPLE_STORE", "example_store"]
