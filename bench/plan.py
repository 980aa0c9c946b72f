"""How fast the planning logic answers, as the room waits for the wall to update.

Prints the median time of several runs for: scheduling 500 steps (target
< 100 ms), suggesting groups for 200 participants (target < 100 ms), and a few
other live computations; each next to a trivial baseline measured in the same
run — sorting the same number of records — so that the ratio can be compared
across machines even when the absolute figures cannot. ``REFERENCE_RATIO``
holds the ratios of CPU times (:func:`ratios`, unaffected by a busy machine) of
the two targeted computations when they met their targets;
``tests/plan/test_speed.py`` fails only at ten times those ratios.

    python bench/plan.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable

from timing import best_cpu_ms, median_ms

from pra.model import Workshop
from pra.plan.calendar_grid import calendar_grid
from pra.plan.grouping import suggest_groups
from pra.plan.revolving import group_fund
from pra.plan.robustness import top_problem_robustness
from pra.plan.schedule import workshop_schedule
from pra.plan.votes import dot_tally
from pra.synthetic import maximal_workshop

TARGET_MS = 100.0

REFERENCE_RATIO = {"schedule": 30.0, "grouping": 17.0}
"""CPU time / the baseline's CPU time of the two targeted computations, as measured
by :func:`ratios` when both met their 100 ms target (Dec 2026, 2 cores, CPython 3.11)."""


def baseline(n: int) -> Callable[[], object]:
    """Sort ``n`` (name, number) records by a key: the cheapest thing a list view does."""
    rng = random.Random(0)
    records = [(f"Langkah {rng.randrange(10**6)}", rng.randrange(100)) for _ in range(n)]
    return lambda: sorted(records, key=lambda r: (-r[1], r[0]))


def targeted() -> dict[str, tuple[int, Callable[[], object]]]:
    """The two computations with a target: (records, call) by name."""
    big = maximal_workshop(participants=20, groups=1, steps_per_group=500)
    many = maximal_workshop(participants=200, groups=4, steps_per_group=1)
    pool = Workshop(
        id="ws-pool",
        participants=many.participants,
        skills=many.skills,
        criteria=many.criteria,
        ideas=many.ideas,
    )
    return {
        "schedule": (500, lambda: workshop_schedule(big, big.groups[0])),
        "grouping": (200, lambda: suggest_groups(pool)),
    }


def ratios(runs: int) -> dict[str, float]:
    """CPU time / the baseline's CPU time of each targeted computation, both measured now."""
    return {
        name: best_cpu_ms(func, runs) / best_cpu_ms(baseline(n), runs)
        for name, (n, func) in targeted().items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs

    big = maximal_workshop(participants=60, groups=1, steps_per_group=500)
    group = big.groups[0]
    schedule = workshop_schedule(big, group)
    many = maximal_workshop(participants=200, groups=4, steps_per_group=1)
    pool = Workshop(
        id="ws-pool",
        participants=many.participants,
        skills=many.skills,
        criteria=many.criteria,
        ideas=many.ideas,
    )
    voting = maximal_workshop()

    cases: list[tuple[str, int, Callable[[], object], float | None]] = [
        ("schedule 500 steps", 500, lambda: workshop_schedule(big, group), TARGET_MS),
        ("suggest groups, 200 participants", 200, lambda: suggest_groups(pool), TARGET_MS),
        (f"calendar grid 500 × {schedule.length}", 500, lambda: calendar_grid(schedule), None),
        ("dot tally 60 ballots × 50 problems", 60, lambda: dot_tally(voting), None),
        ("robustness note, 60 ballots", 60, lambda: top_problem_robustness(voting), None),
        ("revolving fund, 15 members", 15, lambda: group_fund(voting.groups[0]), None),
    ]
    print(f"pra.plan benchmark: median of {runs} runs")
    print(f"{'what':40} {'ms':>9} {'baseline ms':>12} {'ratio':>8}  target")
    for name, n, func, target in cases:
        ms = median_ms(func, runs)
        base = median_ms(baseline(n), runs)
        verdict = "" if target is None else ("ok" if ms < target else "OVER") + f" < {target:g} ms"
        print(f"{name:40} {ms:9.2f} {base:12.4f} {ms / base:8.0f}  {verdict}")
    print("CPU time / baseline CPU time (tests/plan/test_speed.py fails at 10x the reference):")
    for name, ratio in ratios(runs).items():
        print(f"  {name:10} {ratio:8.1f}  reference {REFERENCE_RATIO[name]:g}")


if __name__ == "__main__":
    main()
