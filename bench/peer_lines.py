"""An outside exact peer's kernel, instruction by instruction, mapped to its source lines.

``make bench-peer-lines EXACT_PEER=path/to/exact_peer.py`` runs the peer's kernel (its
``make_kernel``, ``plan_constants``, ``smooth_preset``, ``storeops_stream_inputs`` and
``run_peer``) under callgrind with every instruction's count (``--dump-instr=yes``), compiled
with Numba's line tables (NUMBA_DEBUGINFO=1), on SMALL and LARGE runs drawn beforehand; then
maps each instruction of the compiled kernel to its line through the object file Numba emits
for it, and sums the difference of the two runs by step. A step is the kernel's lines from
one of its comments naming a step (``# funnel``) to the next; the money helpers Numba inlines
(``times``, ``of`` and what they call) keep their own lines, so they are counted apart, and so
are the instructions LLVM gives no line (register moves, spills, loop control). Set beside
``make bench-step-instructions``: storeops' steps and the peer's, the same month.
"""

from __future__ import annotations

import ast
import bisect
import collections
import os
import pathlib
import re
import subprocess
import sys
import tempfile

from instructions import LARGE, MONTHS, SMALL, IMPORT_OUTSIDE_PEER, client_library

STEP_NAMES = ["the draw", "calendar", "advertising and traffic", "funnel", "customers", "reviews",
              "staffing", "pay", "profit and loss", "stage transition"]
HELPERS = {"times": "Money::times (times, inlined)", "_times_near_half": "Money::times (times, inlined)",
           "_two_product_error": "Money::times (times, inlined)", "near_half": "Money::times (times, inlined)",
           "of": "Rate::of (of, inlined)", "count": "instrumentation (count)",
           "compose_past": "staffing past the table (compose_past)"}

INSIDE = IMPORT_OUTSIDE_PEER + """
work = sys.argv[3]
plan = peer.smooth_preset()
kernel = peer.make_kernel(peer.plan_constants(plan, {months}))
peer.run_peer(kernel, peer.storeops_stream_inputs(plan, 10, 1), {months})
compiled = kernel.overloads[kernel.signatures[0]]
library = compiled.library
base = library.get_pointer_to_function(compiled.fndesc.llvm_func_name)
open(os.path.join(work, "base.txt"), "w").write(hex(base))
open(os.path.join(work, "kernel.o"), "wb").write(
    library._codegen._tm.emit_object(library._final_module))
drawn = [peer.storeops_stream_inputs(plan, runs, 1) for runs in ({small}, {large})]
callgrind.start()
for x in drawn:
    peer.run_peer(kernel, x, {months})
    callgrind.dump(b"kernel")
"""


def self_costs(path: pathlib.Path, base: int, size: int) -> collections.Counter:
    """Each instruction's own count in [base, base + size), from a --dump-instr=yes file."""
    costs: collections.Counter = collections.Counter()
    instr = line = 0
    after_call = False

    def position(token: str, current: int) -> int:
        if token == "*":
            return current
        return current + int(token, 0) if token[0] in "+-" else int(token, 0)

    for raw in path.open():
        if not raw or not (raw[0].isdigit() or raw[0] in "+-*"):
            after_call = raw.startswith("calls=")
            continue
        fields = raw.split()
        instr, line = position(fields[0], instr), position(fields[1], line)
        if after_call:  # the call's inclusive cost: not this instruction's own
            after_call = False
            continue
        if len(fields) > 2 and base <= instr < base + size:
            costs[instr - base] += int(fields[2])
    return costs


def line_table(obj: pathlib.Path, source: str) -> tuple[list[int], list[int]]:
    rows = []
    text = subprocess.run(["objdump", "--dwarf=decodedline", str(obj)], check=True,
                          capture_output=True, text=True).stdout
    for row in text.splitlines():
        if m := re.match(re.escape(source) + r"\s+(\d+)\s+(0x[0-9a-f]+|\d+)", row):
            rows.append((int(m.group(2), 0), int(m.group(1))))
    rows.sort()
    return [a for a, _ in rows], [n for _, n in rows]


def code_size(obj: pathlib.Path) -> int:
    text = subprocess.run(["objdump", "-h", str(obj)], check=True, capture_output=True, text=True).stdout
    return max(int(m.group(1), 16) for m in re.finditer(r"\.l?text\s+([0-9a-f]+)", text))


def steps_of(peer: pathlib.Path) -> tuple[dict[int, str], tuple[int, int]]:
    """Each line of the kernel's body by step, the helpers' lines by helper, and the kernel's
    line range."""
    source = peer.read_text()
    tree = ast.parse(source)
    of_line: dict[int, str] = {}
    kernel = None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            if node.name == "kernel":
                kernel = node
            elif node.name in HELPERS:
                for n in range(node.lineno, node.end_lineno + 1):
                    of_line[n] = HELPERS[node.name]
    assert kernel is not None, f"no kernel function in {peer}"
    lines = source.splitlines()
    step = "the call's set-up"
    for n in range(kernel.lineno, kernel.end_lineno + 1):
        comment = lines[n - 1].strip()
        for name in STEP_NAMES:
            if comment.startswith("# " + name):
                step = "a run's start (its draw read, its state set)" if name == "the draw" else name
        if re.match(r"for t in range\(", comment):
            step = "the month loop"
        of_line[n] = step
    return of_line, (kernel.lineno, kernel.end_lineno)


def main() -> None:
    if len(sys.argv) != 2 or not pathlib.Path(sys.argv[1]).is_file():
        sys.exit(f"usage: {sys.argv[0]} path/to/exact_peer.py (got {sys.argv[1:]!r}: not one file)")
    peer = pathlib.Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        library = client_library(work)
        script = work / "inside.py"
        script.write_text(INSIDE.format(months=MONTHS, small=SMALL, large=LARGE))
        out = work / "callgrind.kernel"
        subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", "--dump-instr=yes",
                        f"--callgrind-out-file={out}", sys.executable, str(script),
                        str(library), str(peer), str(work)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       # its cache of line-table builds apart from the peer's own cache
                       env={**os.environ, "NUMBA_DEBUGINFO": "1",
                            "NUMBA_CACHE_DIR": str(work / "numba-cache")})
        base = int((work / "base.txt").read_text(), 16)
        size = code_size(work / "kernel.o")
        dumps = sorted(work.glob("callgrind.kernel.*"), key=lambda p: int(p.suffix[1:]))
        small, large = (self_costs(p, base, size) for p in dumps[:2])
        addresses, numbers = line_table(work / "kernel.o", peer.name)
    of_line, _ = steps_of(peer)
    per = (LARGE - SMALL) * MONTHS
    by: collections.Counter = collections.Counter()
    for offset in set(small) | set(large):
        k = bisect.bisect_right(addresses, offset) - 1
        line = numbers[k] if k >= 0 else 0
        name = "no line (LLVM's register moves, spills, loop control)" if line == 0 else \
            of_line.get(line, f"line {line}")
        by[name] += large.get(offset, 0) - small.get(offset, 0)
    print(f"{peer.name}'s kernel with line tables: {sum(by.values()) / per:.0f} instructions per "
          f"store-month (callgrind, {SMALL:,} and {LARGE:,} runs x {MONTHS} months, inputs drawn "
          "beforehand), by its source lines:")
    for name, count in sorted(by.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<56} {count / per:6.1f}")


if __name__ == "__main__":
    main()
