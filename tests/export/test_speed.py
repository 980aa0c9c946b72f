"""Guards against a slowdown only; bench/export.py measures the real figures.

The issue's targets are an example plan within 10x and the maximal plan
within 40x of python-docx opening and saving the base template; these tests
allow twice that, and check that a plan grows linearly with its steps (a
quadratic table builder would take 16x, not 4x, for four times the rows). Times are this
process's CPU time, so other processes loading the machine don't count.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from pra.export.plan import build_plan
from pra.export.template import default_template_dir, load_template
from pra.model import Workshop
from pra.synthetic import twelve_month_workshop
from tests.export.factory import example


def best_of_three(func: Callable[[], object]) -> float:
    func()  # warm up: imports and caches are not what is measured
    times = []
    for _ in range(3):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return min(times)


def baseline() -> float:
    from docx import Document

    data = (default_template_dir() / "base.docx").read_bytes()
    return best_of_three(lambda: Document(io.BytesIO(data)).save(io.BytesIO()))


def export_time(ws: Workshop) -> float:
    template = load_template()
    group = ws.groups[0]
    return best_of_three(lambda: build_plan(ws, group, template, "id").save(io.BytesIO()))


def test_example_plan_within_twice_its_target() -> None:
    assert export_time(example("palembang")) / baseline() < 20


def test_maximal_plan_within_twice_its_target() -> None:
    assert export_time(twelve_month_workshop()) / baseline() < 80


def test_a_plan_grows_linearly_with_its_steps() -> None:
    small, large = export_time(twelve_month_workshop(100)), export_time(twelve_month_workshop(400))
    assert large / small < 8, (small, large)
