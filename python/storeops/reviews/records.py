"""A month's assessment from a folder of its records (people, chats, shipments, returns, ads,
the month's plan): what ``python -m storeops assess`` runs."""

from __future__ import annotations

import json
import pathlib
from typing import TYPE_CHECKING, Any

import numpy as np

from storeops import _core
from storeops._core import Plan
from storeops.readers.chats import read_chats
from storeops.readers.people import read_people
from storeops.team.assessment import AssessmentRules, assess, kpis

if TYPE_CHECKING:
    import pandas as pd

#: The files of a month's records folder (:func:`assess_records`); all but people.csv optional.
RECORD_FILES = {"people": "people.csv", "chats": "chats.csv", "shipments": "shipments.csv",
                "returns": "returns.csv", "ads": "ads.csv", "month_plan": "month_plan.json"}


def _in_month(frame: pd.DataFrame, column: str, month: pd.Period, name: str) -> None:
    import pandas as pd

    if column not in frame.columns:
        return
    dates = pd.to_datetime(frame[column], errors="coerce")
    outside = dates.isna() | (dates.dt.to_period("M") != month)
    if outside.any():
        row = int(np.argmax(outside.to_numpy()))
        raise _core.Error(f"{name} row {row + 1}: {column} {str(frame[column].iloc[row])!r} is not in "
                          f"the month assessed, {month}")


def assess_records(folder: str | pathlib.Path, *, month: str, plan: Plan | None = None,
                   start: str | None = None, rules: AssessmentRules | None = None) -> pd.DataFrame:
    """The assessment sheet of a month from a folder of its records (:data:`RECORD_FILES`):
    ``people.csv`` (person, role: who is assessed), ``chats.csv`` (a 千牛 export; agents by
    name), ``shipments.csv`` (date, customer, wrong, dsr_shipping, packer), ``returns.csv``
    (date, reason), ``ads.csv`` (date, 展现量, 点击量, 花费, 成交金额) and ``month_plan.json``
    (visitors, revenue, tasks, tasks_done). ``month`` is "2014-09"; ``start`` the calendar
    month of plan month 1 (default: the plan's ``market.start_date``, the seed plan's 2014-02).
    A record dated outside the month is an error naming its file and row."""
    import pandas as pd

    folder = pathlib.Path(folder)
    plan = plan or _core.presets.tmall_2014()
    if start is None:
        start = plan.market.start_date[:7]
    try:
        period = pd.Period(month, freq="M")
        first = pd.Period(start, freq="M")
    except ValueError:
        raise _core.Error(f"assess: month and start must be months like 2014-09, got {month!r}, "
                          f"{start!r}") from None
    plan_month = (period - first).n + 1
    if plan_month < 1:
        raise _core.Error(f"assess: {month} is before the plan's first month {start}")

    def table(key: str) -> pd.DataFrame | None:
        path = folder / RECORD_FILES[key]
        if not path.exists():
            return None
        return pd.read_csv(path, encoding="utf-8-sig", dtype={"customer": str})

    if not (folder / RECORD_FILES["people"]).exists():
        raise _core.Error(f"assess: {folder / RECORD_FILES['people']} is missing (person, role)")
    people = read_people(folder / RECORD_FILES["people"]).reset_index()
    chats = read_chats(folder / RECORD_FILES["chats"]) if (folder / RECORD_FILES["chats"]).exists() else None
    if chats is not None:
        _in_month(chats, "time", period, RECORD_FILES["chats"])
    shipments, returns, ads = table("shipments"), table("returns"), table("ads")
    for frame, key in ((shipments, "shipments"), (returns, "returns"), (ads, "ads")):
        if frame is not None:
            _in_month(frame, "date", period, RECORD_FILES[key])
    plan_path = folder / RECORD_FILES["month_plan"]
    month_plan = json.loads(plan_path.read_text(encoding="utf-8")) if plan_path.exists() else None
    rows: dict[str, dict[str, Any]] = {}
    by_agent = (kpis("customer_service", chats=chats, shipments=shipments, by="agent")
                if chats is not None else None)
    by_packer = (kpis("logistics", shipments=shipments, returns=returns, by="person")
                 if shipments is not None and "packer" in shipments.columns else None)
    for person, role in zip(people["person"].astype(str), people["role"].astype(str)):
        department = _core.department_of(role)
        values: dict[str, Any] = {"role": role}
        if department == "customer_service" and by_agent is not None and person in by_agent.index:
            values.update(by_agent.loc[person].to_dict())
        elif department == "logistics" and by_packer is not None and person in by_packer.index:
            values.update(by_packer.loc[person].to_dict())
        elif department in ("promotion", "design", "logistics"):
            values.update(kpis(department, shipments=shipments, returns=returns, ads=ads,
                               month_plan=month_plan).to_dict())
        rows[person] = values
    return assess(plan, plan_month, rows, rules=rules)


def synthetic_records(folder: str | pathlib.Path, *, month: str = "2014-09", seed: int = 0) -> pathlib.Path:
    """Writes a made-up month of records of the five-person store (小王 cs_agent, 小李
    promoter, 老张 logistics_staff, 陈经理 store_manager, 小赵 finance_clerk) to ``folder``, in
    the layout :func:`assess_records` reads: 300 customers' chats, their parcels and returns,
    a month of 直通车 data and the month's plan figures. Returns the folder."""
    import pandas as pd

    rng = np.random.default_rng(seed)
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    first = pd.Period(month, freq="M").start_time
    days = pd.Period(month, freq="M").days_in_month
    pd.DataFrame({"person": ["小王", "小李", "老张", "陈经理", "小赵"],
                  "role": ["cs_agent", "promoter", "logistics_staff", "store_manager", "finance_clerk"]}
                 ).to_csv(folder / RECORD_FILES["people"], index=False, encoding="utf-8-sig")
    chats, buyers = [], []
    for k in range(300):
        customer = f"买家{k:03d}"
        t = first + pd.Timedelta(seconds=int(rng.integers(0, days * 86_400 - 7_200)))
        for _turn in range(int(rng.integers(1, 4))):
            chats.append((t, "小王", customer, "in", "请问这款有货吗", ""))
            if rng.random() < 0.93:
                t += pd.Timedelta(seconds=int(rng.gamma(2.0, 12.0)) + 3)
                rating = str(rng.choice(["很满意", "满意", "一般"], p=[0.6, 0.3, 0.1])) if rng.random() < 0.2 else ""
                chats.append((t, "小王", customer, "out",
                              "亲，有货的，今天下单今天发" if rng.random() < 0.6 else "有的亲", rating))
            t += pd.Timedelta(seconds=int(rng.integers(60, 600)))
        if rng.random() < 0.45:
            buyers.append((t.normalize() + pd.Timedelta(hours=int(rng.integers(9, 18))), customer))
    pd.DataFrame(chats, columns=["发送时间", "客服账号", "买家昵称", "消息方向", "消息内容", "服务评价"]).replace(
        {"消息方向": {"in": "买家", "out": "客服"}}).to_csv(folder / RECORD_FILES["chats"], index=False,
                                                       encoding="utf-8-sig")
    ship = pd.DataFrame(buyers, columns=["date", "customer"])
    last = first + pd.Timedelta(days=days - 1)
    ship["date"] = ship["date"].where(ship["date"] <= last, last).dt.strftime("%Y-%m-%d")
    ship["wrong"] = rng.random(len(ship)) < 0.008
    ship["dsr_shipping"] = np.where(rng.random(len(ship)) < 0.3, rng.choice([4, 5, 5, 5], len(ship)), np.nan)
    ship["packer"] = "老张"
    ship.to_csv(folder / RECORD_FILES["shipments"], index=False, encoding="utf-8-sig")
    n_returns = max(1, len(ship) // 12)
    pd.DataFrame({"date": rng.choice(ship["date"], n_returns),
                  "reason": rng.choice(["quality", "size", "changed mind"], n_returns, p=[0.3, 0.4, 0.3])}
                 ).to_csv(folder / RECORD_FILES["returns"], index=False, encoding="utf-8-sig")
    dates = [(first + pd.Timedelta(days=d)).strftime("%Y-%m-%d") for d in range(days)]
    impressions = rng.integers(15_000, 25_000, days)
    clicks = rng.binomial(impressions, 0.011)
    pd.DataFrame({"date": dates, "展现量": impressions, "点击量": clicks,
                  "花费": np.round(clicks * rng.uniform(0.8, 1.2, days), 2),
                  "成交金额": np.round(clicks * rng.uniform(2.5, 4.0, days), 2)}
                 ).to_csv(folder / RECORD_FILES["ads"], index=False, encoding="utf-8-sig")
    (folder / RECORD_FILES["month_plan"]).write_text(json.dumps(
        {"visitors": int(clicks.sum() * 1.05), "revenue": 60_000, "tasks": 20, "tasks_done": 18}),
        encoding="utf-8")
    return folder


__all__ = ["RECORD_FILES", "assess_records", "synthetic_records"]
