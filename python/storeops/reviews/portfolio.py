"""An agency's Monday (代运营): every store it runs reviewed, one task a store, on a Dask
cluster or in this process, and ranked by risk (:func:`portfolio`)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import math
import os
import pathlib
from typing import TYPE_CHECKING, Any, Iterable, Union, cast

from storeops import _core
from storeops.reviews.common import _write_atomically

if TYPE_CHECKING:
    import pandas as pd

FolderLike = Union[str, "os.PathLike[str]"]

#: The columns of ``Portfolio.stores`` (pinned), in order.
PORTFOLIO_COLUMNS = ("store", "week", "sales", "plan_sales", "sales_vs_plan", "payback_p50",
                     "payback_p90", "cash_short_probability", "late_shipments", "kpi_misses",
                     "problems", "risk_rank", "page")
#: The figures the rank reads, most urgent first, and whether a larger value is worse. A store's
#: rank is set by the first figure that differs (a lexicographic order, monotone in each):
#: a store that cannot be reviewed first (it cannot be judged), then the chance of running short
#: of cash within 12 months, then the payback month at P90 (a store that never pays back in the
#: forecast counts as the latest), then sales against plan (the further behind, the worse), then
#: late shipments and KPI misses. Rounded so that noise in the last digit does not reorder.
RISK_ORDER = (("unreviewed", True), ("cash_short_probability", True), ("payback_p90", True),
              ("sales_vs_plan", False), ("late_shipments", True), ("kpi_misses", True))
#: The file in the agency's folder that keeps each week's ranks (for "risk rose since last week").
HISTORY_FILE = "portfolio-history.json"


def store_folders(folders: FolderLike | Iterable[FolderLike]) -> list[pathlib.Path]:
    """The store folders: the list as given, or the folders inside one folder (a folder that
    holds a plan is one store). Hidden folders and the agency's own ``out`` are left out."""
    if isinstance(folders, (str, os.PathLike)):
        root = pathlib.Path(folders)
        if not root.is_dir():
            raise _core.Error(f"portfolio: {str(root)!r} is not a folder of store folders")
        if any((root / name).exists() for name in ("plan.json", "plan.xlsx")):
            return [root]
        inside = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")
                        and p.name != "out")
        if not inside:
            raise _core.Error(f"portfolio: {str(root)!r} holds no store folder")
        return inside
    out = [pathlib.Path(f) for f in folders]
    if not out:
        raise _core.Error("portfolio: no store folder given")
    return out


def review_store(folder: str, week: str | None, runs: int, pages: bool = True) -> dict[str, Any]:
    """One store's row: its weekly review (page and workbook written in its folder, as the
    ``week`` command writes them), or, when it cannot be reviewed, what stopped it and where.
    A task of its own: it takes and returns plain values, so a Dask worker can run it."""
    from storeops.readers.store import open_store
    from storeops.reviews.week import week_review

    path = pathlib.Path(folder)
    row: dict[str, Any] = {c: None for c in PORTFOLIO_COLUMNS}
    row["store"] = path.name
    try:
        store = open_store(path)
        review = week_review(store, week, runs=runs)
        totals = review.totals
        sales = float(cast(float, totals.at["sales", "this_week"]))
        planned = float(cast(float, totals.at["sales", "plan"]))
        page = path / f"week-{review.name}.html"
        if pages:
            review.to_html(page)
            review.to_excel(path / f"week-{review.name}.xlsx")
        forecast: Any = review.forecast if review.forecast is not None else {}
        service = review.service
        misses = 0  # each KPI an agent missed (the review's service section, 000 ch.5)
        if service is not None and "missed" in service.columns:
            misses = int(sum(len(v) if isinstance(v, (list, tuple)) else
                             len([k for k in str(v or "").split(",") if k.strip()])
                             for v in service["missed"]))
        notes = [f"{k}: {v}" for k, v in review.data.notes.items() if k in ("forecast", "late_shipments")]
        row.update({
            "week": review.name, "sales": round(sales, 2), "plan_sales": round(planned, 2),
            "sales_vs_plan": sales / planned if planned else math.nan,
            "payback_p50": float(forecast.get("payback_p50", math.nan)),
            "payback_p90": float(forecast.get("payback_p90", math.nan)),
            "cash_short_probability": float(forecast.get("cash_short_12", math.nan)),
            "late_shipments": 0 if review.late_shipments is None else int(len(review.late_shipments)),
            "kpi_misses": misses,
            "problems": "; ".join(_export_problems(store) + notes) or "",
            "page": str(page) if pages else None})
    except Exception as err:  # a broken store is a row saying why; the others go on
        row["problems"] = f"{path}: {err}"
    return row


def _export_problems(store: Any) -> list[str]:
    """The problems of the store's exports proper (.csv, .xlsx, .xls): a note or readme of the
    folder is no problem of the store's."""
    rows = store.found[store.found["problem"].notna()]
    return [f"{f}: {p}" for f, p in zip(rows["file"], rows["problem"])
            if pathlib.Path(str(f)).suffix.lower() in (".csv", ".xlsx", ".xls")]


def risk_key(row: pd.Series) -> tuple[float, ...]:
    """The sort key of :data:`RISK_ORDER` for one row (smaller: more at risk)."""
    key = []
    for figure, worse_when_larger in RISK_ORDER:
        if figure == "unreviewed":
            value = 1.0 if row["week"] is None or (isinstance(row["week"], float)
                                                   and math.isnan(row["week"])) else 0.0
        else:
            value = row[figure]
            value = math.nan if value is None else float(value)
            if math.isnan(value):  # no payback in the forecast: the latest; no data: the least
                value = math.inf if figure == "payback_p90" else -math.inf
            value = round(value, 4)
        key.append(-value if worse_when_larger else value)
    return tuple(key)


def rank(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows with ``risk_rank`` by :data:`RISK_ORDER` (1: the most at risk), sorted by it;
    ties keep the stores' own order (their names)."""
    keys = [risk_key(r) for _, r in rows.iterrows()]
    names = [str(s) for s in rows["store"]]
    order = sorted(range(len(rows)), key=lambda k: (keys[k], names[k]))
    out = rows.iloc[order].reset_index(drop=True)
    out["risk_rank"] = range(1, len(out) + 1)
    return out


@dataclasses.dataclass
class Portfolio:
    """Every store of an agency reviewed (:func:`portfolio`).

    ``stores``: one row per store (:data:`PORTFOLIO_COLUMNS`), the most at risk first (the rule
    of :data:`RISK_ORDER`). ``rank_change``: each store's rank last time less its rank now
    (positive: it moved up the list, its risk rose), from the agency's history file; empty the
    first time. ``ran_on``: "dask" or "in-process".

    Raises
    ------
    OSError
        ``to_html`` or ``to_excel`` to a path that cannot be written.
    ValueError
        ``labels`` other than ``"en"`` or ``"zh"``.

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> agency = storeops.example_portfolio(pathlib.Path(tempfile.mkdtemp()) / "agency")
    >>> result = storeops.portfolio(agency, runs=200, client=False)
    >>> list(result.stores["risk_rank"]) == list(range(1, len(result.stores) + 1))
    True
    """

    root: pathlib.Path | None
    stores: pd.DataFrame
    rank_change: pd.Series
    ran_on: str

    def __repr__(self) -> str:
        return (f"Portfolio({len(self.stores)} stores, ran {self.ran_on}; most at risk: "
                f"{self.stores['store'].iloc[0] if len(self.stores) else 'none'})")

    def risen(self) -> pd.DataFrame:
        """The stores whose risk rank rose since the last run (moved towards the top)."""
        up = self.rank_change[self.rank_change > 0]
        frame = self.stores.set_index("store").loc[list(up.index), ["risk_rank"]]
        return frame.assign(places_up=up.astype(int)).reset_index()

    def to_html(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """Writes the agency's page: the ranked table with links to each store's page, the
        spread of sales against plan across the stores, the stores whose risk rose."""
        from storeops.reviews.page import write_portfolio_html

        return write_portfolio_html(self, pathlib.Path(path), labels=labels)

    def to_excel(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """Writes the ranked table and the stores whose risk rose as one workbook."""
        from storeops.reviews.page import write_portfolio_excel

        return write_portfolio_excel(self, pathlib.Path(path), labels=labels)


def _run(folders: list[pathlib.Path], week: str | None, runs: int, pages: bool,
         client: Any) -> tuple[list[dict[str, Any]], str]:
    """Each store's row, on the client's cluster (a task a store; Dask retries a task whose
    worker is lost) or here, in the order of the folders."""
    args = [(str(f), week, runs, pages) for f in folders]
    if client is None or client is False:
        return [review_store(*a) for a in args], "in-process"
    futures = [client.submit(review_store, *a, key=f"storeops-review-{k}-{a[0]}", retries=2,
                             pure=False) for k, a in enumerate(args)]
    return client.gather(futures), "dask"


def _local_client() -> Any:
    """A LocalCluster of this machine's cores when Dask is installed, else None."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        return None
    cluster = LocalCluster(n_workers=os.cpu_count() or 1,  # type: ignore[no-untyped-call]
                           threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)  # type: ignore[no-untyped-call]


def _history(root: pathlib.Path | None, stores: pd.DataFrame) -> pd.Series:
    """Each store's rank change since the last run (its rank then less its rank now), and the
    ranks now kept in the agency's history file (written atomically)."""
    import pandas as pd

    if root is None:
        return pd.Series(dtype=float)
    path = root / HISTORY_FILE
    history: list[dict[str, Any]] = []
    if path.exists():
        try:
            history = json.loads(path.read_text(encoding="utf-8"))["runs"]
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise _core.Error(f"portfolio: {path} is not a history the library wrote ({err}); fix "
                              "or remove it") from None
    now = {str(s): int(r) for s, r in zip(stores["store"], stores["risk_rank"])}
    weeks = sorted({str(w) for w in stores["week"] if isinstance(w, str)})
    label = weeks[-1] if weeks else _dt.date.today().isoformat()
    earlier = [h for h in history if h.get("week") != label]
    change = pd.Series(dtype=float)
    if earlier:
        before = earlier[-1]["ranks"]
        change = pd.Series({s: before[s] - r for s, r in now.items() if s in before}, dtype=float)
    _write_atomically(path, json.dumps({"runs": earlier + [{"week": label, "ranks": now}]},
                                       ensure_ascii=False, indent=1))
    return change


def portfolio(folders: FolderLike | Iterable[FolderLike], *, week: Any = None, client: Any = None,
              runs: int = 2_000, pages: bool = True) -> Portfolio:
    """Every store an agency runs, reviewed and ranked by risk.

    Parameters
    ----------
    folders : str, pathlib.Path or list of them
        The store folders, or one folder holding them (each sub-folder one store).
    week : str or datetime.date, optional
        Any day of the week to review; by default each store's last complete week.
    client : dask.distributed.Client, optional
        Runs a store a task on its cluster. None (the default): a LocalCluster of this
        machine's cores when Dask is installed, else in this process; False: in this process.
        The rows are the same whichever way they ran (each store's review has its own seed).
    runs : int
        Futures each store's re-forecast samples.
    pages : bool
        Write each store's review page and workbook in its folder (``week-2014-W43.html`` and
        ``.xlsx``, linked from the agency's page); False: the rows alone, ``page`` empty.

    Returns
    -------
    Portfolio
        ``stores``, ranked; its history kept in the agency's folder when one folder was given.

    Raises
    ------
    storeops.Error
        No store folder, a ``runs`` below 1, or a history file not written by the library.
        A store that cannot be reviewed is a row saying why, never an error.

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> agency = storeops.example_portfolio(pathlib.Path(tempfile.mkdtemp()) / "agency")
    >>> storeops.portfolio(agency, runs=200, client=False).stores.columns[0]
    'store'
    """
    import pandas as pd

    if not isinstance(runs, int) or isinstance(runs, bool) or runs < 1:
        raise _core.Error(f"portfolio: runs must be a whole number >= 1, got {runs!r}")
    found = store_folders(folders)
    root = pathlib.Path(folders) if isinstance(folders, (str, os.PathLike)) and \
        len(found) and found[0] != pathlib.Path(folders) else None
    text = None if week is None else (week.isoformat() if isinstance(week, _dt.date) else str(week))
    own = None
    if client is None:
        own = _local_client()
        client = own if own is not None else False
    try:
        rows, ran_on = _run(found, text, runs, pages, client)
    finally:
        if own is not None:
            cluster = own.cluster
            own.close()
            cluster.close()
    frame = pd.DataFrame(rows, columns=list(PORTFOLIO_COLUMNS))
    stores = rank(frame)
    return Portfolio(root, stores, _history(root, stores), ran_on)


__all__ = ["HISTORY_FILE", "PORTFOLIO_COLUMNS", "Portfolio", "RISK_ORDER", "portfolio", "rank",
           "review_store", "risk_key", "store_folders"]
