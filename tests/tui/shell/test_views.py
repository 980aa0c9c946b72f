"""Every PRA step has a screen, found through the lazy registry."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pra.model import PraStep
from pra.tui.steps import view_for


@pytest.mark.parametrize("step", list(PraStep))
def test_every_step_has_its_view(step: PraStep) -> None:
    assert view_for(step).step is step


def test_opening_the_first_step_does_not_load_the_others() -> None:
    probe = (
        "import sys; from pra.tui.steps import view_for; from pra.model import PraStep; "
        "view_for(PraStep.PREPARATION); "
        "print(sorted(m for m in sys.modules if m.startswith('pra.tui.steps.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "pra.tui.steps.preparation" in out
    assert "pra.tui.steps.group_capital" not in out
    assert "pra.tui.steps.problems" not in out
