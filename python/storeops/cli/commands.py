"""The storeops command line: ``python -m storeops --help``."""

from __future__ import annotations

import argparse
import pathlib
import sys
import warnings
from typing import TYPE_CHECKING, Any, Callable, Sequence

from storeops.outputs.tables import as_text, tidy
from storeops.core.labels import name_of, rename, say, translate

if TYPE_CHECKING:
    import pandas as pd

DESCRIPTION = """\
Plan and run an online store on Tmall or Taobao: who to hire and when, what each person
is paid, how visitors become orders, and when the money invested comes back.

Start from the seed plan (the 2014 Tmall plan the library is built from):
  python -m storeops preset plan.json          write the seed plan to plan.json
  python -m storeops check plan.json           list what in the plan contradicts itself
  python -m storeops simulate plan.json        month by month for 36 months
  python -m storeops montecarlo plan.json      10,000 possible futures at once
  python -m storeops track report.csv --start 2014-02-01
                                               a running store's daily report against the
                                               plan, and when it pays back from here
  python -m storeops campaign --visitors 200000
                                               the 双11 day hour by hour: agents, packers,
                                               their rosters at least cost, and the stock
  python -m storeops items report.csv --catalog catalog.csv --today 2014-09-30
                                               the items to push, drop and reorder
  python -m storeops assess records/ --month 2014-09
                                               the month's assessment sheet (考核表)
  python -m storeops week STORE                the weekly review (周会) of a store folder
                                               (plan.json + exports/): a page and a workbook
  python -m storeops propose STORE             next week's decisions: targets, ad budgets,
                                               restock, roster, push, prices (saved)
  python -m storeops month STORE --month 2014-09
                                               the monthly summary (月度运营总结), assessment and pay
  python -m storeops example-store /tmp/shop   a made-up store folder to try it on:
  python -m storeops week $(python -m storeops example-store /tmp/shop)
  python -m storeops portfolio $(python -m storeops example-portfolio /tmp/agency)
Edit plan.json (amounts in yuan, rates as 0.02 for 2%) and run again; or start from a
workbook to edit in Excel or WPS: python -m storeops preset plan.xlsx (every command takes it).
"""


OUTPUT_HELP = """\
Every command that writes files writes them to --out DIR (default: out): each table as CSV
(UTF-8 with a byte-order mark, for Excel and WPS), all of them in one .xlsx workbook, and its
plots as PNG. Money is written to the fen, counts whole. A command never overwrites the files
of an earlier run: it stops before computing anything and names them; pass --force to
overwrite them, or give another --out.
"""


def _whole(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number >= minimum, refused before anything runs."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"expected a whole number >= {minimum}, got {value}")
        return value
    return parse


def _week_day(value: str) -> str:
    """--week: a date of the week, as 2025-10-20 (any day of it)."""
    import datetime as dt

    try:
        dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--week must be a date like 2025-10-20 (any day of the week), got {value!r}") from None
    return value.strip()


def _calendar_month(value: str) -> str:
    """--month: a calendar month, as 2025-09."""
    import re

    text = value.strip()
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"--month must be a month like 2025-09, got {value!r}")
    return text


def _add_output(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--out", default="out",
                        help=f"folder for {what} (default: out); see 'Files' below")
    parser.add_argument("--force", action="store_true",
                        help="overwrite the files an earlier run wrote there (without it, the "
                             "command stops and names them)")
    parser.epilog = "Files:\n" + OUTPUT_HELP


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser: every command, its arguments and their help (the docs' CLI
    reference is generated from it, so that it cannot drift)."""
    from storeops.simulation.engine import DEFAULT_RUNS

    runs_type, months_type = _whole(1), _whole(1)

    parser = argparse.ArgumentParser(
        prog="python -m storeops", description=DESCRIPTION, epilog="Files:\n" + OUTPUT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return commands.add_parser(name, formatter_class=argparse.RawDescriptionHelpFormatter,
                                   **kwargs)

    demo = command("demo", help="run the seed plan, 10,000 futures, and draw plots")
    _add_output(demo, "the plots")
    demo.add_argument("--runs", type=runs_type, default=DEFAULT_RUNS,
                      help=f"futures to sample (default {DEFAULT_RUNS:,})")

    preset = command("preset", help="write a ready-made plan to a file (JSON, or a workbook)")
    preset.add_argument("path", help="where to write the plan: plan.json, or plan.xlsx for a "
                                     "workbook to edit in Excel or WPS")
    preset.add_argument("--force", action="store_true",
                        help="overwrite the file if it exists (without it, an existing file is kept)")

    check = command("check", help="list contradictions and risky settings in a plan")
    check.add_argument("plan", help="the plan file (JSON)")

    simulate = command(
        "simulate", help="run a plan month by month; write a table (CSV, Excel) and plots")
    simulate.add_argument("plan", help="the plan file (JSON)")
    simulate.add_argument("--months", type=months_type, default=36, help="months to run (default 36)")
    _add_output(simulate, "the table and plots")
    simulate.add_argument("--labels", default="en", choices=["en", "zh"],
                          help="column names and plots in English or Chinese (default en)")

    mc = command(
        "montecarlo", help="run many possible futures; write percentiles (CSV, Excel) and plots")
    mc.add_argument("plan", help="the plan file (JSON)")
    mc.add_argument("--runs", type=runs_type, default=DEFAULT_RUNS,
                    help=f"futures to sample (default {DEFAULT_RUNS:,})")
    mc.add_argument("--months", type=months_type, default=36, help="months to run (default 36)")
    mc.add_argument("--seed", type=int, default=0, help="the same seed gives the same futures")
    mc.add_argument("--threads", type=_whole(0), default=0, help="CPU threads (default: all)")
    _add_output(mc, "the tables and plots")
    mc.add_argument("--labels", default="en", choices=["en", "zh"],
                    help="plots in English or Chinese (default en)")
    mc.add_argument("--capital", type=float, default=None, metavar="CONFIDENCE",
                    help="the capital that keeps cash above zero in this share of "
                         "futures, e.g. 0.9 (printed, and in the files)")

    track = command(
        "track", help="a store's daily report against its plan, and the re-forecast from there")
    track.add_argument("report", help="the daily report (.csv in UTF-8 or GBK, or .xlsx)")
    track.add_argument("--start", default=None,
                       help="the first day of plan month 1, e.g. 2014-02-01 (default: the plan's "
                            "market.start_date); another date moves the plan's calendar")
    track.add_argument("--plan", default=None, help="the plan file (JSON; default: the seed plan)")
    track.add_argument("--runs", type=runs_type, default=DEFAULT_RUNS,
                       help=f"futures to sample for the re-forecast (default {DEFAULT_RUNS:,})")
    track.add_argument("--months", type=months_type, default=36,
                       help="the horizon from plan month 1 (default 36)")
    track.add_argument("--seed", type=int, default=0, help="the same seed gives the same futures")
    track.add_argument("--threads", type=_whole(0), default=0, help="CPU threads (default: all)")
    track.add_argument("--labels", default="en", choices=["en", "zh"],
                       help="column names in English or Chinese (default en)")
    _add_output(track, "the tables and plots")

    campaign = command(
        "campaign", help="a big campaign day hour by hour: staff, rosters and stock")
    campaign.add_argument("--visitors", type=float, required=True,
                          help="the day's visitors (UV), e.g. 200000")
    campaign.add_argument("--plan", default=None, help="the plan file (JSON; default: the seed plan)")
    campaign.add_argument("--month", default="双11",
                          help="the campaign (a name in the plan, e.g. 双11, or a plan month "
                               "number) whose conversion lift applies; 'none' for a normal "
                               "day (default 双11)")
    campaign.add_argument("--units-per-order", type=float, default=1.0,
                          help="units in an order, for the stock (default 1)")
    campaign.add_argument("--labels", default="en", choices=["en", "zh"],
                          help="column names in English or Chinese (default en)")
    _add_output(campaign, "the tables and the plot")

    items = command(
        "items", help="review the catalogue from an item report: push, drop, reorder")
    items.add_argument("report", help="the item report (.csv in UTF-8 or GBK, or .xlsx)")
    items.add_argument("--catalog", required=True, help="the catalogue (.csv or .xlsx)")
    items.add_argument("--today", required=True, help="the day of the review, e.g. 2014-09-30")
    items.add_argument("--service-level", type=float, default=0.95,
                       help="chance of not running out within a lead time (default 0.95)")
    items.add_argument("--labels", default="en", choices=["en", "zh"],
                       help="column names in English or Chinese (default en)")
    _add_output(items, "the tables and the plot")

    assess = command(
        "assess", help="the month's assessment sheet (考核表) from a folder of its records")
    assess.add_argument("records", help="the folder: people.csv, chats.csv, shipments.csv, "
                                        "returns.csv, ads.csv, month_plan.json")
    assess.add_argument("--month", required=True, type=_calendar_month,
                        help="the month assessed, e.g. 2014-09")
    assess.add_argument("--plan", default=None, help="the plan file (JSON; default: the seed plan)")
    assess.add_argument("--start", default=None,
                        help="the calendar month of plan month 1 (default: the plan's "
                             "market.start_date)")
    _add_output(assess, "the sheet")

    week = command(
        "week", help="the weekly review (周会) of a store folder: a page and a workbook")
    week.add_argument("store", help="the store's folder: plan.json and exports/")
    week.add_argument("--week", default=None, type=_week_day,
                      help="any day of the week to review, e.g. 2014-09-22 (default: the last "
                           "complete week of the daily report)")
    week.add_argument("--runs", type=runs_type, default=10_000,
                      help="futures the re-forecast samples (default 10,000)")
    week.add_argument("--labels", default="en", choices=["en", "zh"],
                      help="the page and workbook in English or Chinese (default en)")
    _add_output(week, "the page (week-YYYY-Www.html) and the workbook (.xlsx)")

    propose = command(
        "propose", help="next week's decisions for a store folder (targets, ad budgets, "
                        "restock, roster, push, prices), saved as its decisions")
    propose.add_argument("store", help="the store's folder: a plan and exports/")
    propose.add_argument("--week", default=None, type=_week_day,
                         help="any day of the week just reviewed (default: the last complete "
                              "week of the daily report); the proposal is for the week after")
    propose.add_argument("--ad-budget", type=float, default=None,
                         help="next week's ad money in yuan (default: the plan's promotion share "
                              "of its sales)")
    propose.add_argument("--runs", type=runs_type, default=2_000,
                         help="futures the re-forecast samples (default 2,000)")
    propose.add_argument("--labels", default="en", choices=["en", "zh"],
                         help="the page and workbook in English or Chinese (default en)")
    _add_output(propose, "the page (next-week-YYYY-Www.html) and the workbook (.xlsx)")

    desk = command("today", help="the morning's desk of a store folder: the brief (晨会) and "
                                 "today's checklist, carried over until done")
    desk.add_argument("store", help="the store's folder: a plan and exports/")
    desk.add_argument("--day", default=None, type=_week_day,
                      help="the day of the desk (default: the day after the daily report's last)")
    desk.add_argument("--labels", default="en", choices=["en", "zh"],
                      help="the page and workbook in English or Chinese (default en)")
    _add_output(desk, "the page (desk-YYYY-MM-DD.html) and the workbook (.xlsx)")

    agency = command("portfolio", help="every store an agency runs: each store's weekly review, "
                                       "ranked by risk, on a Dask cluster or here")
    agency.add_argument("folder", help="a folder holding the store folders")
    agency.add_argument("--week", default=None, type=_week_day,
                        help="any day of the week to review (default: each store's last "
                             "complete week)")
    agency.add_argument("--scheduler", default=None,
                        help="a Dask scheduler's address (tcp://host:8786); default: a local "
                             "cluster of this machine's cores when Dask is installed")
    agency.add_argument("--in-process", action="store_true",
                        help="review the stores one after another in this process")
    agency.add_argument("--runs", type=runs_type, default=2_000,
                        help="futures each store's re-forecast samples (default 2,000)")
    agency.add_argument("--labels", default="en", choices=["en", "zh"],
                        help="the page and workbook in English or Chinese (default en)")
    _add_output(agency, "the agency's page (portfolio.html) and workbook (.xlsx)")

    decide = command("decide", help="save the decisions of a proposal workbook you edited")
    decide.add_argument("store", help="the store's folder")
    decide.add_argument("workbook", help="the edited next-week-YYYY-Www.xlsx")

    month = command("month", help="the monthly review (月度运营总结) of a store folder")
    month.add_argument("store", help="the store's folder: plan.json and exports/")
    month.add_argument("--month", required=True, type=_calendar_month,
                       help="the calendar month, e.g. 2014-09")
    month.add_argument("--labels", default="en", choices=["en", "zh"],
                       help="the page and workbook in English or Chinese (default en)")
    _add_output(month, "the page (month-YYYY-MM.html) and the workbook (.xlsx)")

    example = command("example-store",
                      help="write a made-up store folder (plan and nine months of exports)")
    example.add_argument("path", help="the folder to write; prints it, for `week $(...)`")
    example.add_argument("--force", action="store_true",
                         help="write into a folder that already has files")
    example_agency = command("example-portfolio",
                             help="write a made-up agency: four store folders, one of each case")
    example_agency.add_argument("path", help="the folder to write; prints it, for `portfolio $(...)`")
    example_agency.add_argument("--force", action="store_true",
                                help="write into a folder that already has files")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    shown: set[str] = set()

    def show(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
        # a warning once, in plain words: no source line, not again when a table is read twice
        labels = getattr(args, "labels", "en")
        label = say("warning", labels) if labels == "zh" else category.__name__
        text = f"storeops: {label}: {translate(str(message), labels)}"
        if text not in shown:
            shown.add(text)
            print(text, file=sys.stderr)

    with warnings.catch_warnings():
        warnings.simplefilter("always")  # every warning reaches show, which says each once
        warnings.showwarning = show
        try:
            return _run(args)
        except (ValueError, OSError) as err:  # storeops.Error is a ValueError
            print(f"storeops: {err}", file=sys.stderr)
            return 2


class _Exists(ValueError):
    """Files of an earlier run are in the way (the message names them)."""


def _guard(out: pathlib.Path, files: Sequence[str], force: bool) -> None:
    """Stops before anything runs when files this command writes are already in ``out``."""
    there = [str(out / f) for f in files if (out / f).exists()]
    if there and not force:
        raise _Exists(f"{', '.join(there)} already exist{'s' if len(there) == 1 else ''} (from "
                      "an earlier run); pass --force to overwrite, or --out another folder")


def _guard_tables(out: pathlib.Path, stem: str, sheets: Sequence[str], pngs: Sequence[str],
                  force: bool) -> None:
    from storeops.outputs.tables import table_files

    _guard(out, [*table_files(stem, list(sheets)), *pngs], force)


DEMO_PLOTS = ("revenue_fan.png", "cash_curve.png", "headcount_steps.png", "cash_fan.png",
              "tornado.png", "week-2014-W43.html", "desk-2014-11-01.html", "agency.html")
SIMULATE_SHEETS = ("months", "all columns")
SIMULATE_PLOTS = ("cash_curve.png", "revenue.png", "headcount_steps.png")
MONTECARLO_SHEETS = ("summary", "payback", "stages", "revenue", "operating_profit",
                     "cumulative_cash", "capital")
MONTECARLO_PLOTS = ("revenue_fan.png", "cash_fan.png", "payback.png", "cash_low_points.png",
                    "stages.png")
TRACK_SHEETS = ("plan vs actual", "fitted inputs", "forecast", "payback", "capital")
TRACK_PLOTS = ("plan_vs_actual.png", "forecast_cash_fan.png")
CAMPAIGN_SHEETS = ("hours", "cs roster", "shipping roster", "stock list", "after sales")
CAMPAIGN_PLOTS = ("campaign_day.png",)
ITEMS_SHEETS = ("review", "reorder", "mix")
ITEMS_PLOTS = ("stock_cover.png",)
ASSESS_SHEETS = ("sheet",)


def _run(args: argparse.Namespace) -> int:
    import storeops

    out = pathlib.Path(getattr(args, "out", None) or "out")
    force = bool(getattr(args, "force", False))
    if args.command == "demo":
        from storeops.cli.demo import run

        _guard(out, DEMO_PLOTS, force)
        run(out, stream=sys.stdout, runs=args.runs)
        return 0
    if args.command == "preset":
        if pathlib.Path(args.path).exists() and not args.force:
            print(f"storeops: {args.path} exists; pass --force to overwrite it", file=sys.stderr)
            return 2
        storeops.save_plan(storeops.presets.tmall_2014(), args.path)  # .xlsx: a workbook
        print(f"wrote the seed plan to {args.path}")
        return 0
    if args.command == "track":
        return _track(args, out, force)
    if args.command == "campaign":
        return _campaign(args, out, force)
    if args.command == "items":
        return _items(args, out, force)
    if args.command == "assess":
        return _assess(args, out, force)
    if args.command == "week":
        return _week(args, out, force)
    if args.command == "month":
        return _month(args, out, force)
    if args.command == "propose":
        return _propose(args, out)
    if args.command == "today":
        import storeops

        desk = storeops.today(args.store, args.day)
        print(desk.brief.drop(columns=["basis"], errors="ignore").round(2).to_string())
        print(f"{len(desk.checks)} things to do today")
        _write_review(desk, out, f"desk-{desk.day.isoformat()}", args.labels)
        return 0
    if args.command == "portfolio":
        return _portfolio(args, out)
    if args.command == "decide":
        import storeops

        print(say("wrote", "en", files=str(storeops.decide(args.store, args.workbook))))
        return 0
    if args.command == "example-portfolio":
        print(storeops.example_portfolio(args.path, force=args.force))
        return 0
    if args.command == "example-store":
        print(storeops.example_store(args.path, force=args.force))
        return 0
    plan = storeops.load_plan(args.plan)
    if args.command == "check":
        findings = storeops.check(plan)
        for f in findings:
            print(f"[{f.severity}] {f.message} ({f.source})")
        print(f"{len(findings)} finding(s)")
        return 1 if any(f.severity == "invalid" for f in findings) else 0
    lang = args.labels
    if args.command == "simulate":
        _guard_tables(out, "simulation", SIMULATE_SHEETS, SIMULATE_PLOTS, force)
        sim = storeops.simulate(plan, months=args.months)
        frame = sim.to_frame()
        print(as_text(rename(tidy(frame), lang), float_format="{:,.2f}"))
        print(say("payback_month", lang, month=sim.payback_month or say("not_within", lang)))
        written = _tables(out, "simulation", dict(zip(SIMULATE_SHEETS, (
            frame, sim.to_frame(columns="all")))), lang)
        written += _figures(out, list(zip(SIMULATE_PLOTS, (
            lambda ax: sim.plot("cash", ax=ax, labels=lang),
            lambda ax: sim.plot("overview", ax=ax, labels=lang),
            lambda ax: sim.plot("headcount", ax=ax, labels=lang)))))
    else:
        if args.capital is not None:
            _check_confidence(args.capital)
        _guard_tables(out, "montecarlo", MONTECARLO_SHEETS if args.capital is not None
                      else MONTECARLO_SHEETS[:-1], MONTECARLO_PLOTS, force)
        result = storeops.monte_carlo(plan, runs=args.runs, months=args.months, seed=args.seed,
                                      threads=args.threads, progress=True)
        summary = result.summary()
        print(as_text(rename(tidy(summary), lang)))
        print(say("payback_share", lang, months=args.months, share=result.payback_share))
        sheets = {"summary": summary, "payback": result.payback_distribution(),
                  "stages": result.stage_probability()}
        for column in ("revenue", "operating_profit", "cumulative_cash"):
            sheets[column] = _named_quantiles(result.quantiles(column), column)
        if args.capital is not None:
            need = result.capital_required(args.capital)
            print(say("capital_needed", lang, confidence=args.capital, amount=need.yuan))
            sheets["capital"] = _capital_frame(result, [args.capital])
        written = _tables(out, "montecarlo", sheets, lang)
        written += _figures(out, list(zip(MONTECARLO_PLOTS, (
            lambda ax: result.plot("fan", column="revenue", ax=ax, labels=lang),
            lambda ax: result.plot("fan", column="cumulative_cash", ax=ax, labels=lang),
            lambda ax: result.plot("payback", ax=ax, labels=lang),
            lambda ax: result.plot("cash", labels=lang),
            lambda ax: result.plot("stages", ax=ax, labels=lang)))))
    print(say("wrote", lang, files=", ".join(str(p) for p in written)))
    return 0


def _check_confidence(confidence: float) -> None:
    if not 0 < confidence < 1:
        hint = f" (did you mean {confidence / 100:g}?)" if 1 < confidence < 100 else ""
        raise ValueError(f"confidence must be in (0, 1), got {confidence!r}{hint}")


def _named_quantiles(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """P10/P50/P90 columns named by what they hold ('revenue P10'), so files round them as
    that column and label them in Chinese."""
    return frame.rename(columns={c: f"{column} {c}" for c in frame.columns if c != "month"})


def _capital_frame(result: Any, confidences: Sequence[float]) -> pd.DataFrame:
    """The capital that keeps cash at or above zero, by confidence: one figure a row."""
    import pandas as pd

    rows = [["runs", result.runs]]
    for c in confidences:
        rows.append([f"capital for {c:.0%} of futures", result.capital_required(c).yuan])
    return pd.DataFrame(rows, columns=["figure", "value"])


def _track(args: argparse.Namespace, out: pathlib.Path, force: bool) -> int:
    import storeops

    _guard_tables(out, "track", TRACK_SHEETS, TRACK_PLOTS, force)
    plan = storeops.load_plan(args.plan) if args.plan else storeops.presets.tmall_2014()
    daily = storeops.read_daily(args.report)
    lang = args.labels
    tracked = storeops.track(plan, daily, start=args.start)
    table = tracked.to_frame()
    print(as_text(rename(tidy(table), lang), float_format="{:,.2f}"))
    fitted = storeops.fitted_inputs(plan, daily, start=args.start)
    print()
    print(as_text(rename(fitted, lang), float_format="{:,.4g}"))
    result = storeops.reforecast(plan, daily, start=args.start, runs=args.runs,
                                 months=args.months, seed=args.seed, threads=args.threads)
    summary = result.summary()
    print()
    print(as_text(rename(tidy(summary), lang)))
    print(say("capital_from_month_1", lang, amount=result.capital_required(0.9).yuan))
    paid = result.payback_distribution()
    changes = paid[paid["paid_back"].diff().fillna(paid["paid_back"]) != 0]
    print()
    print(say("payback_header", lang, runs=result.runs, first=result.first_month,
              last=result.last_month))
    print(as_text(rename(changes, lang), float_format="{:.1%}"))
    written = _tables(out, "track", dict(zip(TRACK_SHEETS, (
        table, fitted, summary, paid, _capital_frame(result, [0.9])))), lang)
    written += _figures(out, list(zip(TRACK_PLOTS, (
        lambda ax: tracked.plot(labels=lang),
        lambda ax: result.plot("fan", column="cumulative_cash", ax=ax, labels=lang)))))
    print(say("wrote", lang, files=", ".join(str(p) for p in written)))
    return 0


def _campaign(args: argparse.Namespace, out: pathlib.Path, force: bool) -> int:
    import storeops

    _guard_tables(out, "campaign_day", CAMPAIGN_SHEETS, CAMPAIGN_PLOTS, force)
    plan = storeops.load_plan(args.plan) if args.plan else storeops.presets.tmall_2014()
    month: int | str | None = args.month
    if args.month.lower() == "none":
        month = None
    elif args.month.isdigit():
        month = int(args.month)
    lang = args.labels
    day = storeops.campaign_day(plan, day_visitors=args.visitors, month=month,
                                units_per_order=args.units_per_order)
    print(as_text(day.to_frame(labels=lang), float_format="{:,.1f}"))
    for title, result in ((say("cs_roster", lang), day.cs_roster),
                          (say("shipping_roster", lang), day.packing_roster)):
        print()
        gap = "" if result.optimal else say("gap", lang, gap=result.gap)
        print(f"{title}: {result.cost}{gap}")
        print(as_text(storeops.roster_frame(result, labels=lang), float_format="{:,.2f}"))
    print()
    print(as_text(day.stock_frame(labels=lang), float_format="{:,.2f}", index=True))
    own_from = plan.campaign_day.own_packing_from_hour
    print(say("own_packers", lang, n=day.own_packers, start=own_from,
              end=(own_from + plan.campaign_day.own_packing_hours) % 24))
    print(say("after_sales", lang, agents=int(day.after_sales["cs_agents"].max()),
              cost=day.after_sales_cost))
    print(say("temporary_staff", lang, cost=day.temporary_staff_cost))
    written = _tables(out, "campaign_day", dict(zip(CAMPAIGN_SHEETS, (
        day.hours, storeops.roster_frame(day.cs_roster),
        storeops.roster_frame(day.packing_roster),
        day.stock.rename_axis("product_role").reset_index(), day.after_sales))), lang)
    written += _figures(out, [(CAMPAIGN_PLOTS[0], lambda ax: day.plot(ax=ax, labels=lang))])
    print(say("wrote", lang, files=", ".join(str(p) for p in written)))
    return 0


def _items(args: argparse.Namespace, out: pathlib.Path, force: bool) -> int:
    import pandas as pd

    import storeops

    _guard_tables(out, "items", ITEMS_SHEETS, ITEMS_PLOTS, force)
    catalog = storeops.read_catalog(args.catalog)
    report = storeops.read_items(args.report)
    lang = args.labels
    findings = catalog.check()
    for rule, clause, found, ids in zip(findings["rule"], findings["clause"], findings["found"],
                                        findings["items"]):
        print(say("mix", lang, rule=rule, found=found, clause=clause, items=", ".join(ids)))
    review = storeops.review_items(catalog, report, today=args.today)
    names = {i.item: i.name for i in catalog.items}
    review.insert(0, "name", [names[i] for i in review.index])
    shown = review.copy()
    shown["stage"] = shown["stage"].map(lambda s: name_of(s, lang))
    shown.index.name = name_of("item", lang)
    print(as_text(rename(shown, lang), float_format="{:,.4g}", index=True))
    for title, rows in ((say("push", lang), review[review["push"]]),
                        (say("delist", lang), review[review["delist"]])):
        listed = ", ".join(f"{i} {n}" for i, n in zip(rows.index, rows["name"]))
        print(f"\n{title}: " + (listed or say("none", lang)))
    stock = storeops.restock(catalog, report, today=args.today, service_level=args.service_level)
    reorder = stock[stock["order_quantity"] > 0].copy()
    reorder.insert(0, "name", [names[i] for i in reorder.index])
    print("\n" + say("reorder", lang, n=len(reorder), alert=int(reorder["alert"].sum())))
    print(as_text(rename(reorder.rename_axis(name_of("item", lang)), lang),
                  float_format="{:,.1f}", index=True))
    reorder.index.name = "item"
    mix = pd.DataFrame({"rule": findings["rule"], "clause": findings["clause"],
                        "found": findings["found"],
                        "items": [", ".join(ids) for ids in findings["items"]]})
    review.index.name = "item"
    written = _tables(out, "items", dict(zip(ITEMS_SHEETS, (
        review.reset_index(), reorder.reset_index(), mix))), lang)
    written += _figures(out, [(ITEMS_PLOTS[0], lambda ax: _plot_cover(stock, ax, lang))])
    print(say("wrote", lang, files=", ".join(str(p) for p in written)))
    return 0


def _plot_cover(stock: pd.DataFrame, ax: Any, labels: str) -> Any:
    """Days of stock cover by item, lowest first, the items to reorder in red."""
    from storeops.outputs.plots import finish, text

    import numpy as np

    # an item without demand has endless cover: it is left off the chart
    cover = stock[np.isfinite(stock["days_of_cover"])].sort_values("days_of_cover").head(30)
    colors = ["#c44e52" if q > 0 else "#4c72b0" for q in cover["order_quantity"]]
    ax.barh([str(i) for i in cover.index], cover["days_of_cover"], color=colors)
    ax.invert_yaxis()
    ax.set_xlabel(text("days_of_cover", labels))
    ax.set_title(text("stock_cover", labels))
    return finish(ax, labels)


def _assess(args: argparse.Namespace, out: pathlib.Path, force: bool) -> int:
    import storeops

    from storeops.reviews.records import assess_records
    from storeops.team.assessment import to_sheet_excel

    target = out if out.suffix == ".xlsx" else None  # an older habit: --out sheet.xlsx
    if target is None:
        _guard_tables(out, f"assessment-{args.month}", ASSESS_SHEETS, (), force)
    else:
        _guard(target.parent, [target.name], force)
    plan = storeops.load_plan(args.plan) if args.plan else storeops.presets.tmall_2014()
    sheet = assess_records(args.records, month=args.month, plan=plan, start=args.start)
    shown = ["role", "department", "total_score", "band", "factor", "passed"]
    print(as_text(sheet[shown], float_format="{:,.1f}", index=True))
    for person, row in sheet.iterrows():
        if row["missing"]:
            print(f"{person}: no records for {', '.join(row['missing'])}")
    if target is not None:
        print(f"wrote {to_sheet_excel(sheet, target)}")
        return 0
    flat = sheet.copy()
    flat["missing"] = [", ".join(m) for m in flat["missing"]]
    written = _tables(out, f"assessment-{args.month}", {"sheet": flat.reset_index()}, "en")
    print(say("wrote", "en", files=", ".join(str(p) for p in written)))
    return 0


def _week(args: argparse.Namespace, out: pathlib.Path, force: bool) -> int:
    import storeops
    from storeops.reviews.common import _iso_week, _week_of

    store = storeops.open_store(args.store)
    if store.daily is None:
        raise ValueError(f"{args.store}: no daily report among its exports")
    name = f"week-{_iso_week(_week_of(store.daily, args.week))}"
    review = storeops.week_review(store, args.week, runs=args.runs)
    print(review.headline(args.labels))
    for problem in review.data.problems:
        print(f"  ! {translate(problem, args.labels)}")
    _write_review(review, out, name, args.labels)
    return 0


def _portfolio(args: argparse.Namespace, out: pathlib.Path) -> int:
    """Every store of the folder reviewed and ranked; the agency's page and workbook."""
    import storeops

    client: Any = False if args.in_process else None
    if args.scheduler:
        from storeops.simulation.cluster import check_client

        try:
            from distributed import Client
        except ImportError:
            raise ValueError("--scheduler needs Dask: pip install 'storeops[dask]'") from None
        client = check_client(Client(args.scheduler), "portfolio")  # type: ignore[no-untyped-call]
    result = storeops.portfolio(args.folder, week=args.week, client=client, runs=args.runs)
    print(repr(result))
    shown = result.stores.drop(columns=["page", "problems"])
    print(shown.to_string(index=False))
    broken = result.stores[result.stores["week"].isna()]
    for _, row in broken.iterrows():
        print(f"  ! {row['store']}: {row['problems']}")
    _write_review(result, out, "portfolio", args.labels)
    return 0


def _write_review(review: Any, out: pathlib.Path, name: str, labels: str) -> None:
    """The review's page and workbook; a review of the same week (or month) run again replaces
    its own earlier files, and says so: they are the same review, brought up to date."""
    earlier = [out / f"{name}{s}" for s in (".html", ".xlsx") if (out / f"{name}{s}").exists()]
    written = [review.to_html(out / f"{name}.html", labels=labels),
               review.to_excel(out / f"{name}.xlsx", labels=labels)]
    if earlier:
        print(say("replaced", labels, files=", ".join(str(p) for p in earlier)))
    print(say("wrote", labels, files=", ".join(str(p) for p in written)))


def _propose(args: argparse.Namespace, out: pathlib.Path) -> int:
    """Next week's proposal: its page and workbook, and the store's decisions file (the
    proposal as decided, until `decide` reads an edited workbook)."""
    import storeops

    proposal = storeops.propose(args.store, args.week, ad_budget=args.ad_budget, runs=args.runs)
    print(repr(proposal))
    for key, note in proposal.notes.items():
        print(f"  {key}: {translate(note, args.labels)}")
    name = f"next-week-{proposal.name}"
    _write_review(proposal, out, name, args.labels)
    print(say("wrote", args.labels, files=str(proposal.save())))
    return 0


def _month(args: argparse.Namespace, out: pathlib.Path, force: bool) -> int:
    import storeops
    from storeops.reviews.page import month_headline

    name = f"month-{args.month}"
    review = storeops.month_review(args.store, args.month)
    print(month_headline(review, args.labels))
    _write_review(review, out, name, args.labels)
    return 0


def _tables(out: pathlib.Path, stem: str, sheets: dict[str, pd.DataFrame],
            labels: str) -> list[pathlib.Path]:
    from storeops.outputs.tables import write_tables

    written = write_tables(out, stem, sheets, labels=labels)
    if not any(p.suffix == ".xlsx" for p in written):
        print("storeops: openpyxl is not installed; skipping the Excel report "
              "(pip install openpyxl jinja2 python-calamine: they come with storeops)", file=sys.stderr)
    return written


def _figures(out: pathlib.Path, figures: list[tuple[str, Callable[[Any], Any]]]) -> list[pathlib.Path]:
    from storeops.outputs.plots import save_figures

    written = save_figures(out, figures)
    if not written:
        print("storeops: matplotlib is not installed, so no plots were drawn "
              "(pip install matplotlib: it comes with storeops)", file=sys.stderr)
    return written
__all__ = ["build_parser", "main"]
