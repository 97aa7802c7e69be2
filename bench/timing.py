"""The one timing rule every benchmark uses: the best of a few repeats.

The machines are shared and noisy; the fastest repeat is the one least disturbed by others.
"""

from __future__ import annotations

import math
import time
from typing import Any, Callable


def best_time(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Seconds of the fastest of ``repeat`` calls of ``fn``, and what the last call returned."""
    best, result = math.inf, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def best_of(fn: Callable[[], Any], repeat: int = 3) -> float:
    """Seconds of the fastest of ``repeat`` calls of ``fn``."""
    return best_time(fn, repeat)[0]
