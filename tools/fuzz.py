#!/usr/bin/env python3
"""Run thousands of hostile workshop files through ``pra check``, export and archive; print the counts.

    python tools/fuzz.py [--count 5000] [--seed 14] [--start 0] [--jobs 2] [--only N ...]

Each file is the corpus of ``tests/fuzz/corpus.py`` (seeded: file N is the same
everywhere) and goes through :func:`tests.fuzz.runner.run_one`. Worker
processes hold at most 1 GB of address space (``RLIMIT_AS``, so running out of
memory is a ``MemoryError`` finding, not a swapping machine); a file still
running after 60 s is stopped (``SIGALRM``) and counted as slow. The counts:
accepted, refused, tracebacks (any exception or defect: target 0), over 10 s
(target 0); then every finding and every slow file with its index and what was
changed, so ``--only N`` runs it again alone. Exit 1 when anything was found.
"""

from __future__ import annotations

import argparse
import multiprocessing
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SLOW = 10.0
"""Seconds: a file taking longer is counted as slow."""
STOP = 60
"""Seconds: a file still running is stopped."""
MEMORY = 1 << 30
"""Bytes of address space a worker may hold."""


class _Stopped(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Stopped


def _start_worker(folder: str) -> None:
    import resource

    import pra.cli.check  # noqa: F401 - loaded before the limit: imports are not what is measured
    from tests.fuzz.runner import _template

    _template()
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    signal.signal(signal.SIGALRM, _alarm)
    global _FOLDER
    _FOLDER = Path(folder)


_FOLDER = Path()


def _one(job: tuple[int, int]) -> tuple[int, str, float, str, tuple[str, ...]]:
    from tests.fuzz.corpus import mutant
    from tests.fuzz.runner import Outcome, run_one

    index, seed = job
    try:
        item = mutant(index, seed)
    except Exception as error:  # a defect of the corpus itself: said, the run goes on
        return index, "corpus-error", 0.0, f"{type(error).__name__}: {error}", ()
    path = _FOLDER / f"{item.name}.json"
    path.write_bytes(item.data)
    started = time.perf_counter()
    signal.alarm(STOP)
    try:
        outcome = run_one(path)
    except _Stopped:
        outcome = Outcome("traceback", time.perf_counter() - started, f"stopped after {STOP} s")
    finally:
        signal.alarm(0)
        path.unlink(missing_ok=True)
    if outcome.detail.startswith("_Stopped"):
        outcome = Outcome("traceback", outcome.seconds, f"stopped after {STOP} s")
    return index, outcome.kind, outcome.seconds, outcome.detail, item.changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", type=int, nargs="*", default=None)
    args = parser.parse_args(argv)
    indices = args.only if args.only else range(args.start, args.start + args.count)
    jobs = [(i, args.seed) for i in indices]
    counts: Counter[str] = Counter()
    slow: list[tuple[int, float, tuple[str, ...]]] = []
    findings: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pra-fuzz-") as folder:
        context = multiprocessing.get_context("fork")
        with context.Pool(args.jobs, _start_worker, (folder,), maxtasksperchild=200) as pool:
            for index, kind, seconds, detail, changes in pool.imap_unordered(_one, jobs, 2):
                counts[kind] += 1
                if seconds > SLOW:
                    slow.append((index, seconds, changes))
                if kind not in ("accepted", "refused"):
                    findings.append(f"  {index}: {kind}: {detail} <- {'; '.join(changes)}")
    elapsed = time.perf_counter() - started
    defects = sum(n for kind, n in counts.items() if kind not in ("accepted", "refused"))
    print(f"files: {len(jobs)} (seed {args.seed}) in {elapsed:.0f} s")
    print(f"accepted: {counts['accepted']}")
    print(f"refused: {counts['refused']}")
    kinds = {kind: n for kind, n in sorted(counts.items()) if kind not in ("accepted", "refused")}
    print(f"tracebacks: {defects}" + (f" {kinds}" if defects else ""))
    print(f"over {SLOW:.0f} s: {len(slow)}")
    for line in sorted(findings):
        print(line)
    for index, seconds, changes in sorted(slow):
        print(f"  {index}: {seconds:.1f} s <- {'; '.join(changes)}")
    return 1 if defects or slow else 0


if __name__ == "__main__":
    sys.exit(main())
