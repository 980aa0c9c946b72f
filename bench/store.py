"""How fast workshop files open and save.

Prints, for the synthetic maximal workshop (60 participants, 50 problems with
3 dots each, 4 groups x 50 steps): the median time of ``pra.store.loads`` as a
ratio to ``json.loads`` of the same bytes measured in the same run (target
<= 3.5x; the ratio, unlike milliseconds, compares across machines), and the
median time of one autosave (``pra.store.save``: validate, rotate backups,
write, fsync, replace, fsync folder) of a realistic workshop (the largest
shipped example) and of the maximal one (target <= 50 ms).

    python bench/store.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from timing import median_ms

from pra import store
from pra.model import Workshop
from pra.resources import EXAMPLES, example_path
from pra.synthetic import maximal_workshop

LOAD_TARGET = 3.5
SAVE_TARGET_MS = 50.0


def largest_example() -> Workshop:
    path = max((example_path(name) for name in EXAMPLES), key=lambda p: p.stat().st_size)
    return store.load(path)


def measure(runs: int) -> dict[str, float]:
    """The figures printed by :func:`main` (also used by the regression guard test)."""
    big = maximal_workshop()
    data = store.dumps(big).encode("utf-8")
    figures = {"bytes": float(len(data))}
    figures["json_ms"] = median_ms(lambda: json.loads(data), runs)
    figures["load_ms"] = median_ms(lambda: store.loads(data, "max.json"), runs)
    figures["load_ratio"] = figures["load_ms"] / figures["json_ms"]
    figures["dumps_ms"] = median_ms(lambda: store.dumps(big), runs)
    realistic = largest_example()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.json"
        figures["save_ms"] = median_ms(lambda: store.save(realistic, path), runs)
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
        f"  store.loads              {f['load_ms']:7.2f} ms  = {f['load_ratio']:.2f}x json.loads"
        f"  (target <= {LOAD_TARGET}x: {'ok' if f['load_ratio'] <= LOAD_TARGET else 'MISSED'})"
    )
    print(f"  store.load (file)        {f['file_load_ms']:7.2f} ms")
    print(f"  store.dumps              {f['dumps_ms']:7.2f} ms")
    print(f"  store.save (maximal)     {f['save_max_ms']:7.2f} ms")
    print(
        f"autosave of the largest example: {f['save_ms']:.2f} ms"
        f"  (target <= {SAVE_TARGET_MS:.0f} ms: {'ok' if f['save_ms'] <= SAVE_TARGET_MS else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
