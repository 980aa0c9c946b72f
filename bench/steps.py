"""How long F7/F8 takes once every step has been opened, against the same change early on.

Every view a workshop opened stays mounted (hidden), so a cost that grows with the
widgets on the screen shows here: each binding check of the screen once walked the whole
DOM, and a step change with every step mounted took 4-10 s headless (#12: "the step area
blank for seconds after F7/F8"). In one headless app on the Palembang example at 100x30:

- early: the median time of going from step 2 to step 11 and back, with only those two
  (and step 1) mounted;
- late: the same round trip after every step has been opened once.

Prints both and their ratio (target <= 1.5x: the change costs what the steps shown cost,
not what is hidden). Measured on the shared 2-core machine with a reviewer and a helper
running beside it, 3 runs each: before the fix (3056cc6~1) late 18.68 s against early
3.06 s per round trip, 6.10x; after, 1.16 s against 0.88 s, 1.31x.

    python bench/steps.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


async def _round_trips(runs: int) -> tuple[float, float]:
    sys.path.append(str(ROOT))  # the tests' helpers; an installed pra (PYTHONPATH) first
    from pra.model import PraStep
    from pra.tui.app import PraApp
    from tests.tui.conftest import make_session, palembang
    from tests.tui.pilot import wait_for_step

    app = PraApp(make_session(palembang()), step=PraStep.PARTICIPANTS)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen

        async def open_step(step: PraStep) -> None:
            screen.go(step)  # type: ignore[attr-defined]
            await wait_for_step(pilot, step)

        async def trips() -> float:
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                await open_step(PraStep.CAPITAL)
                await open_step(PraStep.PARTICIPANTS)
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        await wait_for_step(pilot, PraStep.PARTICIPANTS)
        await open_step(PraStep.CAPITAL)  # mounted once, not counted
        await open_step(PraStep.PARTICIPANTS)
        early = await trips()
        for step in PraStep:
            await open_step(step)
        await open_step(PraStep.PARTICIPANTS)
        late = await trips()
    return early, late


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    early, late = asyncio.run(_round_trips(runs))
    print(f"step 2 -> 11 -> 2, two steps mounted : {early:.2f} s (median of {runs})")
    print(f"step 2 -> 11 -> 2, every step mounted: {late:.2f} s (median of {runs})")
    print(f"ratio: {late / early:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
