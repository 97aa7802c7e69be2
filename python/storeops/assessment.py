"""The team's monthly assessment (000 ch.5 薪资体系及人员考核, 002 做好日报表和月度考核表): the KPIs of
each department computed from the month's records.

    >>> chats = storeops.read_chats("chat_records.csv")      # 千牛 chat-record export
    >>> storeops.kpis("customer_service", chats=chats, shipments=shipments)
    >>> storeops.kpis("customer_service", chats=chats, by="agent")   # one row per agent

A KPI whose records are missing is NaN and listed in ``.attrs["missing"]``, never zero.
"""

from __future__ import annotations

import math
import pathlib
from typing import TYPE_CHECKING, Any, Mapping, Union

import numpy as np

from . import _core
from .report_files import canonical, read_table

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]

#: The chat record's columns and every header that names them (千牛 聊天记录 exports).
CHAT_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "time": ("time", "时间", "发送时间", "消息时间", "聊天时间"),
    "agent": ("agent", "客服", "客服账号", "子账号", "客服昵称", "客服旺旺"),
    "customer": ("customer", "买家", "顾客", "客户", "买家昵称", "买家旺旺", "聊天对象"),
    "direction": ("direction", "方向", "消息方向", "收发"),
    "sender": ("sender", "发送人", "发送者", "发送方"),
    "text": ("text", "内容", "消息内容", "聊天内容"),
    "rating": ("rating", "评价", "满意度", "服务评价"),
}
#: What a direction cell may say: from the customer ("in") or from the agent ("out").
DIRECTIONS = {"in": "in", "out": "out", "买家": "in", "客户": "in", "顾客": "in", "收": "in",
              "接收": "in", "客服": "out", "发": "out", "发送": "out"}
#: Ratings that count as satisfied (千牛 服务评价: 很满意 / 满意 / 一般 / 不满意 / 很不满意).
SATISFIED = ("很满意", "满意", "satisfied", "very satisfied")


def read_chats(source: Source) -> pd.DataFrame:
    """Reads chat records (千牛 聊天记录 export, CSV in UTF-8 or GBK, Excel, or a DataFrame).

    Returns
    -------
    pandas.DataFrame
        Sorted by time: ``time`` (datetime64), ``agent``, ``customer``, ``direction`` ("in"
        from the customer, "out" from the agent), ``text`` and, when the export has it,
        ``rating``. The direction comes from a direction column (in/out, 买家/客服, 收/发) or
        from a sender column (the sender is the agent or the customer).

    Raises
    ------
    storeops.Error
        A missing column (listing those found), a time that is no time, a direction that is
        neither in nor out, each named by its row.
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        frame = source.reset_index(drop=True)
    else:
        frame = read_table(pathlib.Path(source), {"date": CHAT_COLUMN_NAMES["time"], **CHAT_COLUMN_NAMES},
                           "read_chats").reset_index(drop=True)
    found: dict[str, Any] = {}
    for header in frame.columns:
        name = canonical(header, CHAT_COLUMN_NAMES)
        if name is not None and name not in found:
            found[name] = header
    missing = [c for c in ("time", "agent", "customer", "text") if c not in found]
    if "direction" not in found and "sender" not in found:
        missing.append("direction")
    if missing:
        raise _core.Error("read_chats: the records lack " + ", ".join(
            f"{m!r} ({' / '.join(CHAT_COLUMN_NAMES[m][1:3])})" for m in missing)
            + "; their columns are " + ", ".join(repr(str(c)) for c in frame.columns))
    times = pd.to_datetime(frame[found["time"]], errors="coerce")
    if times.isna().any():
        row = int(np.argmax(times.isna().to_numpy()))
        raise _core.Error(f"read_chats: row {row + 1}, column {found['time']!r}: "
                          f"{frame[found['time']].iloc[row]!r} is not a time")
    agent = frame[found["agent"]].astype(str).str.strip()
    customer = frame[found["customer"]].astype(str).str.strip()
    if "direction" in found:
        raw = frame[found["direction"]].astype(str).str.strip()
        direction = raw.str.lower().map(lambda d: DIRECTIONS.get(d))
    else:
        sender = frame[found["sender"]].astype(str).str.strip()
        raw = sender
        direction = pd.Series(None, index=frame.index, dtype=object)
        direction[sender == customer] = "in"
        direction[sender == agent] = "out"
    if direction.isna().any():
        row = int(np.argmax(direction.isna().to_numpy()))
        raise _core.Error(f"read_chats: row {row + 1}: {raw.iloc[row]!r} is neither a message "
                          "from the customer (in, 买家) nor from the agent (out, 客服)")
    out = pd.DataFrame({"time": times.astype("datetime64[ns]"), "agent": agent, "customer": customer,
                        "direction": direction.astype(str),
                        "text": frame[found["text"]].fillna("").astype(str)})
    if "rating" in found:
        out["rating"] = frame[found["rating"]].fillna("").astype(str).str.strip()
    return out.sort_values("time", kind="stable").reset_index(drop=True)


# -- customer service ------------------------------------------------------------------------

def _turns(chats: pd.DataFrame) -> pd.DataFrame:
    """Customer turns: a customer message with no agent reply to that customer since the
    previous customer message starts a turn; its answer is the agent's next message to that
    customer. One row per turn: customer, start, answered (time or NaT), agent (who answered,
    else the customer's last agent)."""
    import pandas as pd

    c = chats.sort_values(["customer", "time"], kind="stable").reset_index(drop=True)
    same = c["customer"].eq(c["customer"].shift())
    previous = c["direction"].shift().where(same)
    start = c["direction"].eq("in") & (previous.isna() | previous.eq("out"))
    out_time = c["time"].where(c["direction"].eq("out"))
    out_agent = c["agent"].where(c["direction"].eq("out"))
    next_time = out_time.groupby(c["customer"]).bfill()
    next_agent = out_agent.groupby(c["customer"]).bfill()
    last_agent = out_agent.groupby(c["customer"]).ffill()
    turns = pd.DataFrame({"customer": c["customer"], "start": c["time"], "answered": next_time,
                          "agent": next_agent.fillna(last_agent).fillna(c["agent"])})[start]
    return turns.reset_index(drop=True)


def _cs_kpis(chats: pd.DataFrame | None, shipments: pd.DataFrame | None) -> dict[str, float]:
    out = {k: math.nan for k in ("reply_rate", "success_rate", "satisfaction", "response_time_s",
                                 "average_reply_length", "unanswered_turns")}
    if chats is None or chats.empty:
        return out
    turns = _turns(chats)
    answered = turns["answered"].notna()
    waits = (turns.loc[answered, "answered"] - turns.loc[answered, "start"]).dt.total_seconds()
    out["response_time_s"] = float(waits.mean()) if len(waits) else math.nan
    out["unanswered_turns"] = float((~answered).sum())
    out["reply_rate"] = float(answered.mean()) if len(turns) else math.nan
    replies = chats.loc[chats["direction"].eq("out"), "text"]
    out["average_reply_length"] = float(replies.str.len().mean()) if len(replies) else math.nan
    if shipments is not None and "customer" in shipments.columns:
        asked = set(chats.loc[chats["direction"].eq("in"), "customer"])
        bought = asked & set(shipments["customer"].astype(str))
        out["success_rate"] = len(bought) / len(asked) if asked else math.nan
    if "rating" in chats.columns:
        rated = chats["rating"][chats["rating"].ne("")]
        out["satisfaction"] = float(rated.isin(SATISFIED).mean()) if len(rated) else math.nan
    return out


# -- the other departments -------------------------------------------------------------------

def _column(frame: pd.DataFrame | None, names: tuple[str, ...]) -> Any:
    if frame is None:
        return None
    for n in names:
        if n in frame.columns:
            return frame[n]
    return None


def _logistics_kpis(shipments: pd.DataFrame | None, returns: pd.DataFrame | None) -> dict[str, float]:
    out = {k: math.nan for k in ("dsr_shipping", "wrong_shipment_rate", "quality_return_share")}
    rating = _column(shipments, ("dsr_shipping", "发货速度评分"))
    if rating is not None and rating.notna().any():
        out["dsr_shipping"] = float(rating.dropna().astype(float).mean())
    wrong = _column(shipments, ("wrong", "错发"))
    if wrong is not None and len(wrong):
        out["wrong_shipment_rate"] = float(wrong.astype(bool).mean())
    reason = _column(returns, ("reason", "退货原因"))
    if reason is not None and len(reason):
        out["quality_return_share"] = float(reason.astype(str).isin(("quality", "质量问题")).mean())
    return out


def _promotion_kpis(ads: pd.DataFrame | None, month_plan: Mapping[str, float] | None) -> dict[str, float]:
    out = {k: math.nan for k in ("ctr", "traffic_cost", "roi", "traffic_reached", "ad_cost_ratio")}
    plan = dict(month_plan or {})
    if ads is not None and len(ads):
        impressions = float(_column(ads, ("impressions", "展现量")).sum())
        clicks = float(_column(ads, ("clicks", "点击量")).sum())
        spend = float(_column(ads, ("spend", "花费")).sum())
        revenue = float(_column(ads, ("revenue", "成交金额")).sum())
        out["ctr"] = clicks / impressions if impressions else math.nan
        out["traffic_cost"] = spend / clicks if clicks else math.nan
        out["roi"] = revenue / spend if spend else math.nan
        if plan.get("visitors"):
            out["traffic_reached"] = clicks / float(plan["visitors"])
        if plan.get("revenue"):
            out["ad_cost_ratio"] = spend / float(plan["revenue"])
    return out


def _design_kpis(month_plan: Mapping[str, float] | None) -> dict[str, float]:
    plan = dict(month_plan or {})
    done, planned = plan.get("tasks_done"), plan.get("tasks")
    return {"task_completion": float(done) / float(planned) if planned and done is not None else math.nan}


def kpis(department: str, *, chats: pd.DataFrame | None = None, shipments: pd.DataFrame | None = None,
         returns: pd.DataFrame | None = None, ads: pd.DataFrame | None = None,
         month_plan: Mapping[str, float] | None = None, by: str | None = None) -> Any:
    """The month's KPIs of a department (``storeops.department_kpis(department)``), from its
    records.

    Parameters
    ----------
    department : str
        customer_service, design, promotion or logistics (the others are assessed on none).
    chats : pandas.DataFrame, optional
        :func:`read_chats`: time, agent, customer, direction, text[, rating].
    shipments : pandas.DataFrame, optional
        One row per parcel: ``customer``, ``wrong`` (shipped the wrong goods), ``dsr_shipping``
        (the buyer's 1-5 score for shipping speed, when rated), ``packer``.
    returns : pandas.DataFrame, optional
        One row per return: ``reason`` ("quality" / 质量问题 for a quality return).
    ads : pandas.DataFrame, optional
        The 直通车 report: ``impressions`` 展现量, ``clicks`` 点击量, ``spend`` 花费,
        ``revenue`` 成交金额 (English or Chinese headers).
    month_plan : mapping, optional
        The month's figures from the plan and the books: ``visitors`` (the traffic target),
        ``revenue`` (the month's revenue), ``tasks`` and ``tasks_done`` (design tasks).
    by : "agent" or "person", optional
        One row per agent (customer service, from the chats) or per packer (logistics).

    Returns
    -------
    pandas.Series (or DataFrame with ``by``)
        Indexed by KPI name. ``.attrs["missing"]`` lists the KPIs whose records were not given
        (NaN, never zero). The formulas, each from its seed clause (000 ch.5: customer service
        first on response time and reply length, then reply rate, success rate and
        satisfaction; the promoter on click rate, traffic cost and ROI; the lead on traffic
        reached and the ad-spend ratio; the warehouse on DSR shipping, wrong shipments and
        quality returns; the designer on task completion):

        - ``response_time_s``: the mean, over customer turns, of the seconds from a turn's
          first customer message (one with no agent reply to that customer since the
          previous customer message) to the agent's next message to that customer; turns never
          answered are left out and counted in ``unanswered_turns``.
        - ``average_reply_length``: the mean number of characters of the agents' messages.
        - ``reply_rate``: answered turns / turns.
        - ``success_rate`` (询单转化率): customers who wrote and appear in ``shipments`` /
          customers who wrote.
        - ``satisfaction``: rated chats rated 很满意 or 满意 / rated chats.
        - ``ctr`` = clicks / impressions; ``traffic_cost`` = spend / clicks (yuan a click);
          ``roi`` = ad revenue / spend; ``traffic_reached`` = clicks / the month's visitor
          target; ``ad_cost_ratio`` = spend / the month's revenue.
        - ``dsr_shipping``: the mean shipping-speed score; ``wrong_shipment_rate``: wrong
          parcels / parcels; ``quality_return_share``: quality returns / returns.
        - ``task_completion``: design tasks done / planned.
    """
    import pandas as pd

    names = list(_core.department_kpis(department))
    if by not in (None, "agent", "person"):
        raise _core.Error(f"kpis: by must be None, 'agent' or 'person', got {by!r}")
    if by is not None and department not in ("customer_service", "logistics"):
        raise _core.Error(f"kpis: by={by!r} splits customer service (by agent) or logistics (by "
                          f"packer), not {department}")

    def one(chat: Any, ship: Any) -> dict[str, float]:
        if department == "customer_service":
            return _cs_kpis(chat, ship)
        if department == "logistics":
            return _logistics_kpis(ship, returns)
        if department == "promotion":
            return _promotion_kpis(ads, month_plan)
        if department == "design":
            return _design_kpis(month_plan)
        return {}

    if by is None:
        values = one(chats, shipments)
        series = pd.Series({k: values.get(k, math.nan) for k in names}, dtype=float, name=department)
        if department == "customer_service":
            series["unanswered_turns"] = values["unanswered_turns"]
        series.attrs["missing"] = [k for k in names if math.isnan(series[k])]
        return series
    if department == "customer_service":
        if chats is None:
            raise _core.Error("kpis: by='agent' needs the chats")
        turns = _turns(chats)
        rows = {}
        for agent in sorted(set(chats.loc[chats["direction"].eq("out"), "agent"]) | set(turns["agent"])):
            customers = set(turns.loc[turns["agent"] == agent, "customer"]) | set(
                chats.loc[chats["agent"] == agent, "customer"])
            rows[agent] = one(chats[chats["customer"].isin(customers)], shipments)  # whom they served
            mine = turns[turns["agent"] == agent]
            answered = mine["answered"].notna()
            waits = (mine.loc[answered, "answered"] - mine.loc[answered, "start"]).dt.total_seconds()
            replies = chats.loc[chats["direction"].eq("out") & chats["agent"].eq(agent), "text"]
            rows[agent].update({
                "response_time_s": float(waits.mean()) if len(waits) else math.nan,
                "unanswered_turns": float((~answered).sum()),
                "reply_rate": float(answered.mean()) if len(mine) else math.nan,
                "average_reply_length": float(replies.str.len().mean()) if len(replies) else math.nan})
        frame = pd.DataFrame.from_dict(rows, orient="index")[names + ["unanswered_turns"]]
        frame.index.name = "agent"
    else:
        packer = _column(shipments, ("packer", "person", "打包员"))
        if packer is None:
            raise _core.Error("kpis: by='person' needs the shipments' packer column")
        assert shipments is not None
        frame = pd.DataFrame.from_dict(
            {p: one(None, shipments[packer == p]) for p in sorted(set(packer.astype(str)))},
            orient="index")[names]
        frame.index.name = "person"
    frame.attrs["missing"] = [k for k in names if frame[k].isna().all()]
    return frame


__all__ = ["CHAT_COLUMN_NAMES", "kpis", "read_chats"]
