"""Timing shared by the bench scripts: the median of repeated runs after a warm-up.

The scripts import it as ``from timing import median_ms``: run as
``python bench/NAME.py``, the ``bench`` folder is first on ``sys.path``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping


def median_ms(func: Callable[[], object], runs: int) -> float:
    """Median milliseconds of ``runs`` calls of ``func``, after one call not counted.

    The first call pays for first-use imports and caches (networkx, docx,
    jinja2, babel, pydantic's validators), which are not what a bench measures.
    """
    func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def best_cpu_ms(func: Callable[[], object], runs: int) -> float:
    """Least CPU milliseconds this process spent in one of ``runs`` calls, after a warm-up call.

    CPU time, unlike the clock on the wall, does not grow while the process
    waits for a core on a busy machine; the least of several runs drops the
    cache misses another process caused. Ratios of two such figures measured
    in the same run are what the regression guards in ``tests/`` compare.
    """
    func()
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best * 1000


def cpu_ratio_guard(
    measured: Mapping[str, float], reference: Mapping[str, float], factor: float = 10.0
) -> list[str]:
    """The figures of ``reference`` that ``measured`` puts above ``factor`` times it, said with both.

    The regression guards in ``tests/`` assert that this is empty. Each figure is a
    ratio of two CPU times taken in the same run (``best_cpu_ms``), which a slow or
    busy machine leaves about where it is, so only a real slowdown reaches ten times
    its reference.
    """
    return [
        f"{name}: {measured[name]:.3g} > {factor:g} × {reference[name]:.3g}"
        for name in reference
        if measured[name] > factor * reference[name]
    ]
