"""Guards against a tenfold slowdown only; ``bench/plan.py`` measures and prints the figures.

Each computation is timed against a baseline measured in the same test
(sorting as many records), so the guard holds on a slow or busy machine: no
number of seconds is promised here.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "plan.py"


def _bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH.parent))  # the bench imports its ``timing`` helper
    spec = importlib.util.spec_from_file_location("bench_plan", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_schedule_and_grouping_are_not_ten_times_slower_than_their_reference(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bench = _bench(monkeypatch)
    measured = bench.ratios(runs=7)
    assert set(measured) == {"schedule", "grouping"}
    assert importlib.import_module("timing").cpu_ratio_guard(measured, bench.REFERENCE_RATIO) == []
