"""Guards against a tenfold slowdown only; ``bench/store.py`` measures the real figures.

No number of seconds is promised here: every figure is a ratio to a baseline
measured in the same test, so the guard holds on a slow or busy machine.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "store.py"


def _bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH.parent))  # the bench imports its ``timing`` helper
    spec = importlib.util.spec_from_file_location("bench_store", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_load_and_save_stay_within_ten_times_their_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each against a baseline timed in the same run (json.loads; a bare atomic write)."""
    bench = _bench(monkeypatch)
    figures = bench.measure(runs=7)
    reference = {"load_ratio": bench.LOAD_TARGET, "save_ratio": bench.SAVE_REFERENCE_RATIO}
    assert importlib.import_module("timing").cpu_ratio_guard(figures, reference) == [], figures
