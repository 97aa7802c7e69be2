"""The team's monthly assessment (000 ch.5 薪资体系及人员考核, 002 做好日报表和月度考核表): the KPIs of
each department computed from the month's records.

    >>> import pathlib, tempfile
    >>> from storeops.reviews import synthetic_records      # a made-up month of records
    >>> folder = synthetic_records(pathlib.Path(tempfile.mkdtemp()) / "records", month="2014-09")
    >>> chats = storeops.read_chats(sorted(folder.glob("*chat*"))[0])  # 千牛 chat-record export
    >>> team = storeops.kpis("customer_service", chats=chats)
    >>> by_agent = storeops.kpis("customer_service", chats=chats, by="agent")  # a row per agent

A KPI whose records are missing is NaN and listed in ``.attrs["missing"]``, never zero.
"""

from __future__ import annotations

import math
import pathlib
from typing import TYPE_CHECKING, Any, Mapping, Union

from storeops import _core
from storeops._core import Plan

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]

#: Ratings that count as satisfied (千牛 服务评价: 很满意 / 满意 / 一般 / 不满意 / 很不满意).
SATISFIED = ("很满意", "满意", "satisfied", "very satisfied")


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


#: The customer-service lead's own KPIs (000 ch.3: 个人销售绩效, 团队销售绩效): the share of the
#: personal and the team sales target met, given on the person's row of :func:`assess`.
SALES_KPIS = ("personal_sales", "team_sales")


def _reply_rate(chats: pd.DataFrame) -> float:
    """回复率 (000 ch.5): customers replied to / customers received (回复过的客户数/总接待客户数)."""
    received = set(chats.loc[chats["direction"].eq("in"), "customer"])
    replied = received & set(chats.loc[chats["direction"].eq("out"), "customer"])
    return len(replied) / len(received) if received else math.nan


def _success_rate(chats: pd.DataFrame, shipments: pd.DataFrame) -> float:
    """成交率 by the payment rule (000 ch.5): 售前成功人数 / 售前接待人数. The pre-sale customers
    are those who wrote before they paid (or never paid); the successful ones paid after. With
    no payment time in ``shipments`` (a ``paid`` column), every customer who wrote is pre-sale
    and those who appear in ``shipments`` paid."""
    import pandas as pd

    first_in = chats.loc[chats["direction"].eq("in")].groupby("customer")["time"].min()
    customers = shipments["customer"].astype(str)
    if "paid" in shipments.columns:
        first_paid = pd.to_datetime(shipments["paid"]).groupby(customers).min()
        paid_at = first_paid.reindex(first_in.index)
        presale = first_in[paid_at.isna() | (first_in < paid_at)]
        success = [c for c in presale.index if pd.notna(paid_at[c])]
    else:
        presale = first_in
        success = [c for c in presale.index if c in set(customers)]
    return len(success) / len(presale) if len(presale) else math.nan


def _satisfaction(chats: pd.DataFrame) -> float:
    """满意度 (000 ch.5: 客户好评/客户人数): the share of the customers who rated whose rating was
    satisfied; a customer who rated twice counts once, by the last rating."""
    rated = chats[chats["rating"].ne("")]
    if rated.empty:
        return math.nan
    last = rated.sort_values("time", kind="stable").groupby("customer")["rating"].last()
    return float(last.isin(SATISFIED).mean())


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
    out["reply_rate"] = _reply_rate(chats)
    replies = chats.loc[chats["direction"].eq("out"), "text"]
    out["average_reply_length"] = float(replies.str.len().mean()) if len(replies) else math.nan
    if shipments is not None and "customer" in shipments.columns:
        out["success_rate"] = _success_rate(chats, shipments)
    if "rating" in chats.columns:
        out["satisfaction"] = _satisfaction(chats)
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
        (NaN, never zero). The formulas, each from its seed clause (customer service on reply
        rate, success rate and satisfaction, 000 ch.5, and in the early period on response
        time and reply length, 000 ch.3; the promoter on click rate, traffic cost and ROI, the
        warehouse on DSR shipping, wrong shipments and quality returns, the designer on task
        completion, all 000 ch.3; the lead on traffic reached and the ad-spend ratio,
        *assumed*):

        - ``response_time_s``: the mean, over customer turns, of the seconds from a turn's
          first customer message (one with no agent reply to that customer since the
          previous customer message) to the agent's next message to that customer; turns never
          answered are left out and counted in ``unanswered_turns``.
        - ``average_reply_length``: the mean number of characters of the agents' messages.
        - ``reply_rate`` (回复率, 000 ch.5): customers replied to / customers who wrote
          (回复过的客户数/总接待客户数), customers, not chat turns.
        - ``success_rate`` (成交率 by the payment rule, 000 ch.5): pre-sale customers who paid /
          pre-sale customers (售前成功人数/售前接待人数), pre-sale being those who wrote before
          they paid (``shipments``' ``paid`` time) or never paid; without a ``paid`` column,
          customers who wrote and appear in ``shipments`` / customers who wrote.
        - ``satisfaction`` (客户满意度, "考评的最重要指标", 000 ch.5): rated chats rated 很满意 or
          满意 / rated chats.
        - ``ctr`` = clicks / impressions; ``traffic_cost`` = spend / clicks (yuan a click);
          ``roi`` = ad revenue / spend; ``traffic_reached`` = clicks / the month's visitor
          target; ``ad_cost_ratio`` = spend / the month's revenue.
        - ``dsr_shipping``: the mean shipping-speed score; ``wrong_shipment_rate``: wrong
          parcels / parcels; ``quality_return_share``: quality returns / returns.
        - ``task_completion``: design tasks done / planned.

    Raises
    ------
    storeops.Error
        An unknown department, a table without the columns a KPI needs (naming
        them), or a ``by`` the department cannot be split by.

    Examples
    --------
    >>> import storeops
    >>> from storeops.reviews import synthetic_records
    >>> import pathlib, tempfile
    >>> folder = synthetic_records(pathlib.Path(tempfile.mkdtemp()) / "records",
    ...     month="2014-09", seed=3)
    >>> chats = storeops.read_chats(sorted(folder.glob("*chat*"))[0])
    >>> k = storeops.kpis("customer_service", chats=chats)
    >>> len(k) > 0
    True
    """
    import pandas as pd

    # a lead's sales KPIs come from the sales figures, not from these records: not measured here
    names = [k for k in _core.department_kpis(department) if k not in SALES_KPIS]
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
                "reply_rate": _reply_rate(chats[chats["customer"].isin(customers)]),
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


# -- the assessment sheet (考核表) ---------------------------------------------------------------

#: The assessment rules are data in the plan (``plan.assessment``; the plan file's
#: "assessment" section): KPI targets with weights, score bands with pay factors, the
#: probation pass score. The classes are the compiled library's, so C++ and Python check and
#: score alike.
KpiTarget = _core.KpiTarget
ScoreBand = _core.ScoreBand
AssessmentRules = _core.AssessmentRules


def assessment_2014() -> AssessmentRules:
    """The assessment of 000 ch.5 and 002 (月度考核表): the KPIs and their order are the
    seeds'; targets, weights, bands and the pass score are *assumed*."""
    return _core.presets.assessment_2014()


def _sheet_class() -> type:
    """The sheet's DataFrame subclass, made when pandas is first needed (storeops imports
    without pandas): a DataFrame whose ``to_excel`` prints one tab per department."""
    global _SHEET
    if _SHEET is None:
        import pandas as pd

        def to_excel(self: pd.DataFrame, path: Any, *args: Any, **kwargs: Any) -> Any:
            """Writes the sheet with Chinese headers, one tab per department with its own KPIs
            only (:func:`to_sheet_excel`). With more arguments: pandas' own
            ``DataFrame.to_excel`` of the whole table on one tab."""
            if args or kwargs:
                return pd.DataFrame(self).to_excel(path, *args, **kwargs)
            return to_sheet_excel(self, path)

        def summary(self: pd.DataFrame) -> pd.DataFrame:
            """The sheet's few columns a terminal shows: role, department, total score, band,
            pay factor, passed, and the KPIs without records."""
            shown = [c for c in SUMMARY_COLUMNS if c in self.columns]
            frame = pd.DataFrame(self)[shown].copy()
            if "missing" in frame:
                frame["missing"] = [", ".join(m) if isinstance(m, list) else m
                                    for m in frame["missing"]]
            return frame

        def __repr__(self: pd.DataFrame) -> str:
            return (summary(self).to_string() + f"\n[the sheet: {len(self)} people x "
                    f"{len(self.columns)} columns; sheet.summary() above, the whole sheet with "
                    "pd.DataFrame(sheet) or sheet.to_excel(path)]")

        _SHEET = type("AssessmentSheet", (pd.DataFrame,), {
            "summary": summary, "__repr__": __repr__,
            "__doc__": "The month's assessment sheet (考核表): a DataFrame indexed by person "
                       "(storeops.assess) whose to_excel prints it as a manager signs it.",
            "__module__": __name__,
            "_constructor": property(lambda self: _SHEET),
            "to_excel": to_excel})
    return _SHEET


_SHEET: type | None = None
#: The columns AssessmentSheet.summary() and its repr show.
SUMMARY_COLUMNS = ("role", "department", "total_score", "band", "factor", "passed", "missing")


def assess(plan: Plan, month: int, kpis_by_person: Any, *,
           rules: AssessmentRules | None = None) -> pd.DataFrame:
    """The month's assessment sheet (考核表).

    Parameters
    ----------
    plan : Plan
        Its roles give each person's department; its ``assessment`` the rules.
    month : int
        The plan month assessed (1-based), written on the sheet.
    kpis_by_person : pandas.DataFrame or mapping
        Indexed by person, with ``role`` and the KPIs measured (e.g. :func:`kpis` with
        ``by="agent"`` plus a role column); a mapping person -> {"role": ..., kpi: value}.
        An optional boolean ``probation`` column marks who is on probation this month (their
        ``passed`` decides confirmation; :func:`storeops.payroll` pays them the probation
        share of base).
    rules : AssessmentRules, optional
        Default ``plan.assessment`` (the seeds' :func:`assessment_2014` in the presets).

    Returns
    -------
    pandas.DataFrame
        The sheet (a DataFrame subclass, ``AssessmentSheet``), indexed by person: ``role``, ``department``, ``month``, ``probation``;
        for each KPI of the person's department ``<kpi>``, ``<kpi> target``, ``<kpi> score``
        (100 at the target) and ``<kpi> weight``; ``total_score`` (weighted; a KPI without
        its records is left out and the others' weights scaled to 1, and listed in
        ``missing``), ``band``, ``factor`` (the pay factor on commission and bonus under the
        plan's bands) and ``passed`` (the probation passes at ``pass_score``; None for a
        person assessed on no KPI). ``sheet.to_excel(path)`` writes it with Chinese headers,
        one tab per department.

    Raises
    ------
    storeops.Error
        A month below 1, a person without a role, or a KPI value the rules cannot
        score (naming the person and the KPI).

    Examples
    --------
    >>> import storeops
    >>> plan = storeops.presets.tmall_2014()
    >>> kpis = {"小王": {"role": "cs_agent", "satisfaction": 0.98, "success_rate": 0.5,
    ...     "reply_rate": 1.0, "response_time_s": 20, "average_reply_length": 12}}
    >>> sheet = storeops.assess(plan, 9, kpis)
    >>> sheet.loc["小王", "band"]
    '优秀'
    """
    import pandas as pd

    rules = rules if rules is not None else plan.assessment
    rules.check()
    if not isinstance(month, int) or month < 1:
        raise _core.Error(f"assess: month must be a plan month >= 1, got {month!r}")
    frame = (kpis_by_person if isinstance(kpis_by_person, pd.DataFrame)
             else pd.DataFrame.from_dict(dict(kpis_by_person), orient="index"))
    if "role" not in frame.columns and len(frame):
        raise _core.Error(f"assess: the person {frame.index[0]!r} has no role")
    rows = []
    for person, row in frame.iterrows():
        role = row.get("role")
        if role is None or (isinstance(role, float) and math.isnan(role)) or str(role) == "":
            raise _core.Error(f"assess: the person {person!r} has no role")
        department = _core.department_of(str(role))
        # the department's KPIs, and those of this role alone (a lead's sales, 000 ch.3)
        mine = [t for t in rules.targets
                if t.department == department and t.role in ("", str(role))]
        known = set(_core.department_kpis(department))
        for column in frame.columns:
            value = row[column]
            if (column in _ALL_KPIS and column not in known and value is not None
                    and not (isinstance(value, float) and math.isnan(value))):
                raise _core.Error(f"assess: {person!r} ({role}) has {column} = {value!r}, but "
                                  f"{column} is not a KPI of {department} (its KPIs: "
                                  + ", ".join(sorted(known)) + ")")
        probation = bool(row.get("probation", False)) if "probation" in frame.columns else False
        out: dict[str, Any] = {"person": person, "role": role, "department": department,
                               "month": month, "probation": probation}
        weighted, weights, missing = 0.0, 0.0, []
        for t in mine:
            raw = row[t.kpi] if t.kpi in row.index else None
            value = float(raw) if raw is not None else math.nan
            score = rules.score(value, t)
            out.update({t.kpi: value, f"{t.kpi} target": t.target, f"{t.kpi} score": score,
                        f"{t.kpi} weight": t.weight})
            if math.isnan(score):
                missing.append(t.kpi)
            else:
                weighted += t.weight * score
                weights += t.weight
        total = weighted / weights if weights > 0 else math.nan
        band = rules.band_of(total)
        out.update({"total_score": total, "band": band.label if band else "",
                    "factor": band.factor if band else math.nan,
                    # no KPI to score (management, finance): neither passed nor failed
                    "passed": bool(total >= rules.pass_score) if not math.isnan(total) else None,
                    "missing": missing})
        rows.append(out)
    sheet = pd.DataFrame(rows).set_index("person")
    return _sheet_class()(sheet)  # type: ignore[no-any-return]


_ALL_KPIS = frozenset(k for d in _core.DEPARTMENTS for k in _core.department_kpis(d))


#: The sheet's headers in Chinese.
SHEET_ZH = {"role": "岗位", "department": "部门", "month": "月份", "total_score": "总分", "band": "等级",
            "factor": "绩效系数", "passed": "试用期考核通过", "missing": "缺少数据", "target": "目标",
            "score": "得分", "weight": "权重", "probation": "试用期"}


def to_sheet_excel(sheet: pd.DataFrame, path: str | pathlib.Path) -> pathlib.Path:
    """Writes an assessment sheet (:func:`assess`) to Excel as a manager prints it: one tab per
    department with its own KPIs only, Chinese headers."""
    import pandas as pd

    from storeops.core.labels import DEPARTMENTS_ZH

    path = pathlib.Path(path)
    with pd.ExcelWriter(path) as writer:
        for department, part in pd.DataFrame(sheet).groupby("department"):
            part = part.dropna(axis=1, how="all").drop(columns=["department"])
            part = part.assign(missing=part["missing"].map(lambda m: "、".join(m)))

            def zh(column: str) -> str:
                kpi, _, what = column.partition(" ")
                name = _KPI_ZH.get(kpi, SHEET_ZH.get(kpi, kpi))
                return f"{name}{SHEET_ZH.get(what, what)}" if what else name
            part.index.name = "员工"
            part.rename(columns=zh).to_excel(writer, sheet_name=DEPARTMENTS_ZH.get(str(department),
                                                                                   str(department)))
    return path


_KPI_ZH = {"response_time_s": "平均响应时间(秒)", "average_reply_length": "平均回复字数", "reply_rate": "回复率",
           "success_rate": "询单成功率", "satisfaction": "满意度", "task_completion": "任务完成率",
           "ctr": "点击率", "traffic_cost": "流量成本", "roi": "ROI", "traffic_reached": "流量达成率",
           "ad_cost_ratio": "推广费用占比", "dsr_shipping": "DSR发货速度", "wrong_shipment_rate": "错发率",
           "quality_return_share": "质量退货占比", "personal_sales": "个人销售达成率",
           "team_sales": "团队销售达成率"}


# -- the month's payslips from the sheet ---------------------------------------------------------

def _note(row: Any, targets: list[Any]) -> str:
    """The sheet's line behind a pay factor: 总分 82.5 良好 (response_time_s 25 / 30, ...)."""
    if math.isnan(row["total_score"]):
        return "no KPI assessed"
    parts = []
    for t in targets:
        value = row.get(t.kpi, math.nan)
        parts.append(f"{t.kpi} {value:.4g} / {t.target:g}" if not math.isnan(value)
                     else f"{t.kpi} missing")
    band = f" {row['band']}" if row["band"] else ""
    return f"total {row['total_score']:.1f}{band} (" + ", ".join(parts) + ")"


def payroll(plan: Plan, headcount: Any = None, *, sheet: pd.DataFrame | None = None,
            **month: Any) -> Any:
    """The month's payslips, following the assessment sheet.

    Parameters
    ----------
    plan : Plan
        Its pay rules, assessment rules (for the KPIs a note names) and probation.
    headcount : Headcount, optional
        The team; by default the sheet's people by role.
    sheet : pandas.DataFrame, optional
        :func:`assess`'s sheet: each person's ``factor`` multiplies their commission and
        bonus, and a person with ``probation`` True is paid the plan's probation share of base
        for the role's probation days (``plan.probation``). The sheet's people are matched to
        the payroll in order, role by role (payroll order is ``storeops.ROLES``, people of a
        role in the sheet's order), so every role must have as many people on the sheet as
        in the team. A person with no KPI (management, finance) keeps a factor of 1.
    **month
        The month's figures, as ``PayPolicy.payroll``: ``customer_service_sales`` or
        ``agent_sales``, ``silent_sales``, ``store_revenue``, ``neutral_reviews``,
        ``negative_reviews``, ``rating_change``, ``kpis``.

    Returns
    -------
    Payroll
        One payslip per person; each assessed person's commission and bonus lines are followed
        by an ``assessment`` line naming the total score, band and KPIs behind the factor
        (``payslip.explanation()``). ``payroll.payslips[k]`` is the k-th person in payroll order;
        ``sheet_order(plan, sheet)`` gives their names.

    Raises
    ------
    storeops.Error
        Neither a team nor a sheet, a sheet without the columns payroll needs,
        a sheet whose people do not match the team, or a month's figure the pay rules refuse
        (naming it).

    Examples
    --------
    >>> import storeops
    >>> plan = storeops.presets.tmall_2014()
    >>> slips = storeops.payroll(plan, storeops.Headcount({"cs_agent": 2, "store_manager": 1}))
    >>> len(slips.to_frame())
    3
    """
    import pandas as pd

    if sheet is None:
        if headcount is None:
            raise _core.Error("payroll: give the team (headcount) or the assessment sheet (sheet)")
        return plan.pay.payroll(headcount, **month)
    frame = pd.DataFrame(sheet)
    lacking = [c for c in ("role", "factor", "total_score", "band") if c not in frame.columns]
    if lacking:
        raise _core.Error("payroll: the sheet lacks " + ", ".join(lacking)
                          + " (give the sheet storeops.assess returns)")
    names = sheet_order(frame)
    counts: dict[str, int] = {}
    for person in names:
        role = str(frame.at[person, "role"])
        counts[role] = counts.get(role, 0) + 1
    team = headcount if headcount is not None else _core.Headcount(counts)
    wanted = dict(team.roles)
    for role in set(wanted) | set(counts):
        if wanted.get(role, 0) != counts.get(role, 0):
            raise _core.Error(f"payroll: the sheet has {counts.get(role, 0)} {role} but the team "
                              f"has {wanted.get(role, 0)}")
    lines = []
    for person in names:
        row = frame.loc[person]
        role = str(row["role"])
        department = _core.department_of(role)
        targets = [t for t in plan.assessment.targets
                   if t.department == department and t.role in ("", role)]
        factor = 1.0 if math.isnan(float(row["factor"])) else float(row["factor"])
        note = f"{person}: " + _note(row, targets)
        share, base_note = 1.0, ""
        if bool(row.get("probation", False)):
            days = plan.probation.days[_core.ROLES.index(role)]
            share = plan.probation.base_share(role)
            verdict = {True: "passed", False: "not passed"}.get(row.get("passed"), "not assessed")
            base_note = (f"probation (试用期) {days:g} days at {plan.probation.pay_share:.0%} of base, "
                         f"{verdict}")
        lines.append(_core.PersonAssessment(role, factor, note, share, base_note, str(person)))
    return plan.pay.payroll(team, assessments=lines, **month)


def sheet_order(sheet: pd.DataFrame) -> list[Any]:
    """The sheet's people in payroll order: roles in the order of ``storeops.ROLES``, people of a
    role in the sheet's order (``payroll.payslips[k]`` is ``sheet_order(sheet)[k]``)."""
    import pandas as pd

    frame = pd.DataFrame(sheet)
    rank = {r: k for k, r in enumerate(_core.ROLES)}
    for person, role in frame["role"].items():
        if str(role) not in rank:
            raise _core.Error(f"payroll: {person!r} has role {role!r}, not one of storeops.ROLES")
    roles = frame["role"].astype(str).tolist()
    # a stable sort keeps the sheet's order within a role
    return [frame.index[i] for i in sorted(range(len(roles)), key=lambda i: rank[roles[i]])]


__all__ = ["AssessmentRules", "KpiTarget", "SATISFIED", "SUMMARY_COLUMNS", "ScoreBand", "assess", "assessment_2014", "kpis",
           "payroll", "sheet_order", "to_sheet_excel"]
