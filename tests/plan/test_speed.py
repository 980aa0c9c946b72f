"""Guards against a tenfold slowdown only; bench/plan.py measures the real figures."""

from __future__ import annotations

import time

from pra.model import Workshop
from pra.plan.grouping import suggest_groups
from pra.plan.schedule import workshop_schedule
from pra.synthetic import maximal_workshop

TEN_TIMES_TARGET_S = 1.0  # the targets are 100 ms each


def best_of_three(func: object) -> float:
    assert callable(func)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def test_schedule_of_500_steps_is_not_ten_times_too_slow() -> None:
    ws = maximal_workshop(participants=20, groups=1, steps_per_group=500)
    assert best_of_three(lambda: workshop_schedule(ws, ws.groups[0])) < TEN_TIMES_TARGET_S


def test_grouping_of_200_participants_is_not_ten_times_too_slow() -> None:
    many = maximal_workshop(participants=200, groups=4, steps_per_group=1)
    ws = Workshop(
        id="ws",
        participants=many.participants,
        skills=many.skills,
        criteria=many.criteria,
        ideas=many.ideas,
    )
    assert best_of_three(lambda: suggest_groups(ws)) < TEN_TIMES_TARGET_S
