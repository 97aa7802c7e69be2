"""The one timing rule every benchmark uses: one untimed call, then the best of a few repeats.

The machines are shared and noisy; the fastest repeat is the one least disturbed by others.
The untimed call first pays what only a process's first calls pay (a JIT compiling, fresh
memory from the virtual machine's host: on the development VM the first two 69 MB results
of a process take 60-80 ms of page-fault time each, later ones 4-12 ms), for every
contender alike.
"""

from __future__ import annotations

import math
import time
from typing import Any, Callable


def best_time(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Seconds of the fastest of ``repeat`` calls of ``fn`` after an untimed one, and what the
    last call returned."""
    best, result = math.inf, fn()
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def best_of(fn: Callable[[], Any], repeat: int = 3) -> float:
    """Seconds of the fastest of ``repeat`` calls of ``fn`` after an untimed one."""
    return best_time(fn, repeat)[0]
