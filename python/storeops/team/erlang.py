"""Customer-service sizing by queueing (Erlang C), with chat concurrency (docs/model.md §3).

Traffic A = arrivals_per_hour · handle_time_s / 3600 Erlangs; one agent holds
``concurrency`` chats, so N = agents · concurrency servers. P(wait) = C(N, A) comes from the
Erlang B recursion (safe for thousands of servers); service level = 1 − C·exp(−(N − A)·T/AHT);
average speed of answer = C·AHT/(N − A). Every function takes scalars or NumPy arrays, which
broadcast.

Sizing a team from the day's inquiries::

    >>> from storeops import erlang
    >>> erlang.agents_for_daily_inquiries(1500, handle_time_s=180, concurrency=3,
    ...                                   answer_within_s=20, shrinkage=0.2)
    5
"""

from __future__ import annotations

from storeops._core import erlang as _e

agents_required = _e.agents_required
service_level = _e.service_level
wait_probability = _e.wait_probability
average_speed_of_answer = _e.average_speed_of_answer
occupancy = _e.occupancy
peak_hour_arrivals = _e.peak_hour_arrivals
agents_for_daily_inquiries = _e.agents_for_daily_inquiries

#: Share of a day's inquiries that arrive in the busiest hour: *assumed*, not in the seeds.
ASSUMED_PEAK_HOUR_SHARE: float = _e.ASSUMED_PEAK_HOUR_SHARE

__all__ = [
    "ASSUMED_PEAK_HOUR_SHARE",
    "agents_for_daily_inquiries",
    "agents_required",
    "average_speed_of_answer",
    "occupancy",
    "peak_hour_arrivals",
    "service_level",
    "wait_probability",
]
