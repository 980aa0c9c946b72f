"""How fast workshop files open and save.

Prints, for the synthetic maximal workshop (60 participants, 50 problems with
3 dots each, 4 groups x 50 steps): the median time of ``pra.store.loads`` as a
ratio to ``json.loads`` of the same bytes measured in the same run (target
<= 3.5x; the ratio, unlike milliseconds, compares across machines), and the
median time of one autosave (``pra.store.save``: validate, rotate backups,
write, fsync, replace, fsync folder) of a realistic workshop (the largest
shipped example) and of the maximal one (target <= 50 ms), the former also
as a ratio of CPU times to a bare save measured in the same run (``json.dumps``
of the same data, then write, fsync, replace, fsync folder). ``tests/store/test_speed.py`` fails
only at ten times ``LOAD_TARGET`` and ten times ``SAVE_REFERENCE_RATIO``.

    python bench/store.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from timing import best_cpu_ms, median_ms

from pra import store
from pra.model import Workshop
from pra.resources import EXAMPLES, example_path
from pra.synthetic import maximal_workshop

LOAD_TARGET = 3.5
SAVE_TARGET_MS = 50.0
SAVE_REFERENCE_RATIO = 3.5
"""CPU time of store.save / of a bare save of the largest example (measured 2.8-3.7 in
Dec 2026, 2 cores, CPython 3.11, ext4, when the save met its 50 ms target)."""


def largest_example() -> Workshop:
    path = max((example_path(name) for name in EXAMPLES), key=lambda p: p.stat().st_size)
    return store.load(path)


def bare_atomic_write(data: bytes, path: Path) -> None:
    """The least an atomic save can do: write a temporary file, fsync, replace, fsync the folder."""
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def measure(runs: int) -> dict[str, float]:
    """The figures printed by :func:`main` (also used by the regression guard test)."""
    big = maximal_workshop()
    data = store.dumps(big).encode("utf-8")
    figures = {"bytes": float(len(data))}
    figures["json_ms"] = median_ms(lambda: json.loads(data), runs)
    figures["load_ms"] = median_ms(lambda: store.loads(data, "max.json"), runs)
    # the ratio of CPU times, which a busy machine does not inflate as it does the wall clock's
    figures["load_ratio"] = best_cpu_ms(lambda: store.loads(data, "max.json"), runs) / best_cpu_ms(
        lambda: json.loads(data), runs
    )
    figures["dumps_ms"] = median_ms(lambda: store.dumps(big), runs)
    realistic = largest_example()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.json"
        figures["save_ms"] = median_ms(lambda: store.save(realistic, path), runs)
        doc = realistic.model_dump(mode="json")
        bare = Path(folder) / "bare.json"

        def bare_save() -> None:
            bare_atomic_write(json.dumps(doc, ensure_ascii=False).encode("utf-8"), bare)

        figures["bare_save_ms"] = median_ms(bare_save, runs)
        figures["save_ratio"] = best_cpu_ms(lambda: store.save(realistic, path), runs) / (
            best_cpu_ms(bare_save, runs)
        )
        figures["save_max_ms"] = median_ms(lambda: store.save(big, path), runs)
        figures["file_load_ms"] = median_ms(lambda: store.load(path), runs)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=31)
    runs = parser.parse_args().runs
    f = measure(runs)
    print(f"maximal workshop: {f['bytes'] / 1024:.0f} KiB, median of {runs} runs")
    print(f"  json.loads               {f['json_ms']:7.2f} ms")
    print(
        f"  store.loads              {f['load_ms']:7.2f} ms  = {f['load_ratio']:.2f}x json.loads (CPU)"
        f"  (target <= {LOAD_TARGET}x: {'ok' if f['load_ratio'] <= LOAD_TARGET else 'MISSED'})"
    )
    print(f"  store.load (file)        {f['file_load_ms']:7.2f} ms")
    print(f"  store.dumps              {f['dumps_ms']:7.2f} ms")
    print(f"  store.save (maximal)     {f['save_max_ms']:7.2f} ms")
    print(
        f"autosave of the largest example: {f['save_ms']:.2f} ms"
        f"  (target <= {SAVE_TARGET_MS:.0f} ms: {'ok' if f['save_ms'] <= SAVE_TARGET_MS else 'MISSED'})"
    )
    print(
        f"  = {f['save_ratio']:.1f}x a bare save in CPU time ({f['bare_save_ms']:.2f} ms;"
        f" reference {SAVE_REFERENCE_RATIO:g}x)"
    )


if __name__ == "__main__":
    main()
