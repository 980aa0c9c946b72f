"""How long printing a plan takes, against python-docx doing almost nothing in the same run.

For each example group's plan and for the maximal plan (60 participants, one
group with 200 steps over 12 months), prints the least CPU time of this process to
build the document and save it (to memory; CPU time, so other processes on a busy
machine don't count), in milliseconds and as a ratio to the
baseline the issue names — python-docx opening the base template and saving
it again — measured in the same run, so the ratio can be compared across
machines. A second baseline builds a bare python-docx document with a table
of as many rows as the plan has, the cost of the table rows alone.

Targets: an example plan <= 10x the baseline, the maximal one <= 40x.

    python bench/export.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable

from timing import best_cpu_ms

from pra.export.plan import build_plan
from pra.export.template import default_template_dir, load_template
from pra.model import BusinessGroup, Workshop
from pra.resources import EXAMPLES, example_path
from pra.store import load
from pra.synthetic import twelve_month_workshop

TARGET_EXAMPLE = 10.0
TARGET_MAXIMAL = 40.0


def open_and_save() -> Callable[[], object]:
    """The issue's baseline: python-docx opens the base template and saves it."""
    from docx import Document

    base = (default_template_dir() / "base.docx").read_bytes()

    def run() -> object:
        doc = Document(io.BytesIO(base))
        out = io.BytesIO()
        doc.save(out)
        return out

    return run


def bare_table(rows: int) -> Callable[[], object]:
    """A blank python-docx document with one 7-column table of ``rows`` rows, saved."""
    from docx import Document

    def run() -> object:
        doc = Document()
        table = doc.add_table(rows=0, cols=7)
        for _ in range(rows):
            table.add_row()
        out = io.BytesIO()
        doc.save(out)
        return out

    return run


def table_rows(ws: Workshop, group: BusinessGroup) -> int:
    """Rows the printed plan has, roughly: what the bare-table baseline builds."""
    doc = build_plan(ws, group, load_template(), "id")
    return sum(len(t.rows) for t in doc.tables)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    template = load_template()
    base_ms = best_cpu_ms(open_and_save(), runs)
    load_ms = best_cpu_ms(load_template, runs)
    print(f"baseline: python-docx opens and saves base.docx   {base_ms:8.1f} ms")
    print(f"loading and preparing the template (once per run)  {load_ms:8.1f} ms")
    print()
    print(f"{'plan':58} {'rows':>5} {'ms':>8} {'x base':>7} {'x table':>8} target")

    cases: list[tuple[str, Workshop, BusinessGroup, float]] = []
    for name in EXAMPLES:
        ws = load(example_path(name))
        cases += [(f"{name}: {g.name}", ws, g, TARGET_EXAMPLE) for g in ws.groups]
    big = twelve_month_workshop()
    cases.append(
        ("maximal: 60 people, 200 steps over 12 months", big, big.groups[0], TARGET_MAXIMAL)
    )

    worst_ok = True
    for label, ws, group, target in cases:

        def export(ws: Workshop = ws, group: BusinessGroup = group) -> object:
            out = io.BytesIO()
            build_plan(ws, group, template, "id").save(out)
            return out

        ms = best_cpu_ms(export, runs)
        rows = table_rows(ws, group)
        table_ms = best_cpu_ms(bare_table(rows), runs)
        ratio = ms / base_ms
        worst_ok &= ratio <= target
        flag = "ok" if ratio <= target else "OVER"
        print(
            f"{label[:58]:58} {rows:5d} {ms:8.1f} {ratio:7.1f} {ms / table_ms:8.1f} "
            f"<= {target:.0f}x {flag}"
        )
    print()
    print("all within target" if worst_ok else "SOME PLANS ARE OVER TARGET")


if __name__ == "__main__":
    main()
