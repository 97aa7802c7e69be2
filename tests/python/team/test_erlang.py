import math

import numpy as np
import pytest

import storeops
from storeops import erlang


def test_published_erlang_c_example():
    # 200 contacts an hour, 180 s handle time, 80% within 20 s: 14 agents at 88.8%.
    assert erlang.agents_required(200, 180, service_level=0.8, answer_within_s=20) == 14
    assert erlang.service_level(14, 200, 180, 20) == pytest.approx(0.888, abs=0.001)
    assert erlang.service_level(13, 200, 180, 20) < 0.8
    assert erlang.wait_probability(14, 200, 180) == pytest.approx(0.1741, abs=0.001)
    assert erlang.average_speed_of_answer(14, 200, 180) == pytest.approx(7.83, abs=0.02)


def test_concurrency_occupancy_shrinkage():
    assert erlang.agents_required(200, 180, answer_within_s=20, concurrency=3) == 5
    assert erlang.agents_required(200, 180, answer_within_s=20, max_occupancy=0.7) == 15
    assert erlang.agents_required(200, 180, answer_within_s=20, shrinkage=0.3) == 20
    assert erlang.agents_required(0, 180) == 0


def test_thousands_of_servers():
    n = erlang.agents_required(100_000, 180, answer_within_s=20)
    assert 5000 < n < 5100
    assert erlang.service_level(n, 100_000, 180, 20) >= 0.8 > erlang.service_level(n - 1, 100_000, 180, 20)


def test_arrays_broadcast():
    grid = erlang.agents_required(np.array([[100.0], [200.0]]), np.array([120.0, 180.0]),
                                  answer_within_s=20)
    assert grid.shape == (2, 2)
    assert grid[1, 1] == 14


def test_overloaded_queue():
    assert erlang.wait_probability(10, 200, 180) == 1.0
    assert math.isinf(erlang.average_speed_of_answer(10, 200, 180))


def test_sizing_from_daily_inquiries_both_ways():
    assert erlang.peak_hour_arrivals(1000) == 120.0
    assert erlang.agents_for_daily_inquiries(1000, 180) == erlang.agents_required(120, 180)
    plan = storeops.presets.tmall_2014()
    both = storeops.staffing.compare_customer_service(
        plan.staffing, 60_000, 160, daily_inquiries=800, handle_time_s=240, concurrency=3,
        answer_within_s=20)
    assert both["seed_rules"] == 4
    assert both["erlang_c"] == erlang.agents_required(96, 240, answer_within_s=20, concurrency=3)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [(dict(arrivals_per_hour=-1, handle_time_s=180), "arrivals_per_hour must be a finite number >= 0, got -1"),
     (dict(arrivals_per_hour=float("nan"), handle_time_s=180), "arrivals_per_hour must be a finite number >= 0, got nan"),
     (dict(arrivals_per_hour=1, handle_time_s=0), "handle_time_s must be a finite number > 0, got 0"),
     (dict(arrivals_per_hour=1, handle_time_s=1, service_level=1.0), r"service_level must be in \(0, 1\), got 1"),
     (dict(arrivals_per_hour=1, handle_time_s=1, service_level=0), r"service_level must be in \(0, 1\), got 0"),
     (dict(arrivals_per_hour=1, handle_time_s=1, concurrency=0), "concurrency must be >= 1 chat per agent, got 0"),
     (dict(arrivals_per_hour=1, handle_time_s=1, max_occupancy=1.5), r"max_occupancy must be in \(0, 1\], got 1.5"),
     (dict(arrivals_per_hour=1, handle_time_s=1, shrinkage=1), r"shrinkage must be in \[0, 1\), got 1")],
)
def test_bad_input(kwargs, message):
    with pytest.raises(storeops.Error, match=message):
        erlang.agents_required(**kwargs)
