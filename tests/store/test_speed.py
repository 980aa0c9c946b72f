"""Guards against a tenfold slowdown only; ``bench/store.py`` measures the real figures."""

from __future__ import annotations

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
    bench = _bench(monkeypatch)
    figures = bench.measure(runs=7)
    assert figures["load_ratio"] <= 10 * bench.LOAD_TARGET, figures
    assert figures["save_ms"] <= 10 * bench.SAVE_TARGET_MS, figures
