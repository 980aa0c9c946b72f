"""Removing the step where selling starts leaves a valid workshop that sells from the start."""

from __future__ import annotations

from pra.edit import steps
from pra.model import Workshop
from tests.edit.conftest import SEDAP


def test_removing_the_selling_step_forgets_it_in_the_analysis(ws: Workshop) -> None:
    group = ws.group(SEDAP)
    assert group is not None and group.analysis.sales_step_id == "st-sm-6"
    after = steps.remove_step(ws, SEDAP, "st-sm-6")
    group = after.group(SEDAP)
    assert group is not None
    assert "st-sm-6" not in {s.id for s in group.steps}
    assert group.analysis.sales_step_id is None
    # another step leaves it as it was
    kept = steps.remove_step(ws, SEDAP, "st-sm-5").group(SEDAP)
    assert kept is not None and kept.analysis.sales_step_id == "st-sm-6"
