"""Instructions per store-month of the Monte Carlo engine, counted by callgrind (valgrind):
the work of the month step itself, free of the machine's load and clock.

Two runs of ``monte_carlo`` on one thread, of SMALL and LARGE runs × 36 months, each under
callgrind (with smooth months and with the preset's noisy ones, writing all twelve columns;
and with smooth months writing cumulative cash alone, what the NumPy and Numba baselines of
bench_monte_carlo.py return); the difference of their instruction counts over the difference of their
store-months is the engine's cost per store-month (Python start-up, imports and the fixed
cost of a call cancel). A process's count moves by a few million instructions from one run to
the next (the interpreter, the thread that waits for the workers), so each size is the median
of REPEATS runs.

The exact peer (bench/exact_peer.py, Numba) is counted the same way, except that its kernel is
compiled once in one process (compiling under valgrind takes minutes): instrumentation starts
after the compile, and callgrind's counts are dumped after SMALL and after LARGE runs (a small
library of callgrind's client requests, built here with the C compiler), so the difference of
the two dumps is the kernel's work on LARGE − SMALL runs. Run with ``make bench-instructions``;
``make bench-instructions EXACT_PEER=path/to/exact_peer.py`` counts an outside peer too (its
kernel on inputs drawn beforehand, and with its draws), the same way.
"""

from __future__ import annotations

import pathlib
import re
import statistics
import subprocess
import sys
import tempfile

SMALL, LARGE, MONTHS, REPEATS = 500, 4_500, 36, 3

PROGRAM = """
import sys, storeops
plan = storeops.presets.tmall_2014()
smooth, cash = "smooth" in sys.argv, "cash" in sys.argv
if smooth:
    plan.market.monthly_traffic_noise = plan.market.campaign_lift_noise = 0
storeops.monte_carlo(plan, runs=int(sys.argv[1]), months={months}, seed=1, threads=1,
                     columns=["cumulative_cash"] if cash else None)
"""

PEER_PROGRAM = """
import ctypes, sys
sys.path.insert(0, {bench!r})
import exact_peer
callgrind = ctypes.CDLL(sys.argv[1])
plan = exact_peer.smooth_preset()
exact_peer.monte_carlo_cash(plan, 10, {months}, seed=1)  # compiled, before counting
callgrind.start()
for runs in ({small}, {large}):
    exact_peer.monte_carlo_cash(plan, runs, {months}, seed=1)
    callgrind.dump(str(runs).encode())
"""

# An outside exact peer (make bench-instructions EXACT_PEER=path/to/exact_peer.py): its kernel
# made for the smooth preset, then counted on inputs drawn beforehand from storeops' stream
# (the kernel alone) and with its draws included, each the difference of two dumps.
# How a program run under valgrind loads an outside peer (argv[2]) and the client requests
# (argv[1]); bench/peer_lines.py starts its program the same way.
IMPORT_OUTSIDE_PEER = """
import ctypes, importlib, os, sys
peer_path = os.path.abspath(sys.argv[2])
os.chdir(os.path.dirname(peer_path))
sys.path.insert(0, os.path.dirname(peer_path))
# imported under its own name, as its own run does: Numba's cache beside it names the module
peer = importlib.import_module(os.path.splitext(os.path.basename(peer_path))[0])
callgrind = ctypes.CDLL(sys.argv[1])
"""

OUTSIDE_PEER_PROGRAM = IMPORT_OUTSIDE_PEER + """
plan = peer.smooth_preset()
kernel = peer.make_kernel(peer.plan_constants(plan, {months}))
peer.run_peer(kernel, peer.storeops_stream_inputs(plan, 10, 1), {months})  # compiled first
drawn = [peer.storeops_stream_inputs(plan, runs, 1) for runs in ({small}, {large})]
callgrind.start()
for x, runs in zip(drawn, ({small}, {large})):
    peer.run_peer(kernel, x, {months})
    callgrind.dump(("kernel %d" % runs).encode())
for runs in ({small}, {large}):
    peer.run_peer(kernel, peer.storeops_stream_inputs(plan, runs, 1), {months})
    callgrind.dump(("with draws %d" % runs).encode())
"""

CLIENT_REQUESTS = """
#include <valgrind/callgrind.h>
void start(void) { CALLGRIND_START_INSTRUMENTATION; }
void dump(const char* why) { CALLGRIND_DUMP_STATS_AT(why); }
"""

# (smooth months, cumulative cash alone, what the row says)
CASES = ((True, False, "smooth months"), (False, False, "the preset's noisy months"),
         (True, True, "smooth months, cash column only"))


def instructions(runs: int, smooth: bool, cash: bool, work: pathlib.Path) -> int:
    out = work / f"callgrind.{runs}.{int(smooth)}.{int(cash)}"
    script = work / "run.py"
    script.write_text(PROGRAM.format(months=MONTHS))
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                    sys.executable, str(script), str(runs)] + (["smooth"] if smooth else [])
                   + (["cash"] if cash else []),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    totals = re.search(r"^(?:totals|summary):\s+(\d+)", out.read_text(), re.M)
    assert totals, f"no instruction total in {out}"
    return int(totals.group(1))


def total(path: pathlib.Path) -> int:
    totals = re.search(r"^(?:totals|summary):\s+(\d+)", path.read_text(), re.M)
    assert totals, f"no instruction total in {path}"
    return int(totals.group(1))


def client_library(work: pathlib.Path) -> pathlib.Path:
    """CLIENT_REQUESTS built into a shared library in `work`, for ctypes."""
    source, library = work / "requests.c", work / "requests.so"
    source.write_text(CLIENT_REQUESTS)
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", str(source), "-o", str(library)], check=True)
    return library


def peer_instructions(work: pathlib.Path) -> float:
    """The exact peer's instructions per store-month (smooth months, cash alone)."""
    library = client_library(work)
    script = work / "peer.py"
    script.write_text(PEER_PROGRAM.format(bench=str(pathlib.Path(__file__).parent), months=MONTHS,
                                          small=SMALL, large=LARGE))
    out = work / "callgrind.peer"
    subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                    f"--callgrind-out-file={out}", sys.executable, str(script), str(library)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dumps = sorted(work.glob("callgrind.peer.*"), key=lambda p: int(p.suffix[1:]))
    small, large = (total(p) for p in dumps[:2])
    return (large - small) / ((LARGE - SMALL) * MONTHS)


def outside_peer_instructions(peer: pathlib.Path, work: pathlib.Path) -> tuple[float, float]:
    """An outside peer's instructions per store-month: its kernel alone, and with its draws
    from storeops' stream included."""
    library = client_library(work)
    script = work / "outside_peer.py"
    script.write_text(OUTSIDE_PEER_PROGRAM.format(months=MONTHS, small=SMALL, large=LARGE))
    out = work / "callgrind.outside"
    subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                    f"--callgrind-out-file={out}", sys.executable, str(script), str(library),
                    str(peer)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dumps = sorted(work.glob("callgrind.outside.*"), key=lambda p: int(p.suffix[1:]))
    counts = [total(p) for p in dumps[:4]]
    per = (LARGE - SMALL) * MONTHS
    return (counts[1] - counts[0]) / per, (counts[3] - counts[2]) / per


def median_instructions(runs: int, smooth: bool, cash: bool, work: pathlib.Path) -> int:
    return statistics.median_low(instructions(runs, smooth, cash, work) for _ in range(REPEATS))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        for smooth, cash, name in CASES:
            small = median_instructions(SMALL, smooth, cash, work)
            large = median_instructions(LARGE, smooth, cash, work)
            per = (large - small) / ((LARGE - SMALL) * MONTHS)
            print(f"monte_carlo, one thread, {name:<32} {per:8.0f} instructions per store-month "
                  f"(callgrind, median of {REPEATS}, {SMALL:,} and {LARGE:,} runs x {MONTHS} "
                  "months; target < 400)")
        per = peer_instructions(work)
        print(f"exact peer (Numba), smooth months, cash alone       {per:8.0f} instructions per "
              f"store-month (callgrind, {SMALL:,} and {LARGE:,} runs x {MONTHS} months, counted "
              "after its compile)")
        if len(sys.argv) > 1 and sys.argv[1]:
            kernel, with_draws = outside_peer_instructions(pathlib.Path(sys.argv[1]), work)
            print(f"outside exact peer {sys.argv[1]}: kernel {kernel:.0f}, with its draws from "
                  f"storeops' stream {with_draws:.0f} instructions per store-month (smooth "
                  "months, cash alone, counted the same way)")


if __name__ == "__main__":
    main()
