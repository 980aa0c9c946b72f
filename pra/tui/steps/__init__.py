"""The step screens. Each module registers one :class:`~pra.tui.steps.base.StepView`.

A step's module is imported the first time the step is opened
(:func:`view_for`), so the first screen appears without loading every step
and the planning code behind it.
"""

from __future__ import annotations

import importlib
from typing import Final

from pra.model import PraStep
from pra.tui.steps.base import VIEWS, StepView, register

STEP_MODULES: Final[dict[PraStep, str]] = {
    PraStep.PREPARATION: "pra.tui.steps.preparation",
    PraStep.PARTICIPANTS: "pra.tui.steps.participants",
    PraStep.PROBLEMS: "pra.tui.steps.problems",
    PraStep.POTENTIALS: "pra.tui.steps.potentials",
    PraStep.IDEAS: "pra.tui.steps.ideas",
    PraStep.SUCCESS: "pra.tui.steps.group_success",
    PraStep.SWOT: "pra.tui.steps.group_swot",
    PraStep.PLEDGES: "pra.tui.steps.group_pledges",
    PraStep.STEPS: "pra.tui.steps.group_steps",
    PraStep.CALENDAR: "pra.tui.steps.group_calendar",
    PraStep.CAPITAL: "pra.tui.steps.group_capital",
    PraStep.ANALYSIS: "pra.tui.steps.group_analysis",
    PraStep.REVIEW: "pra.tui.steps.review",
}
"""The module holding each step's view (it registers the view when imported)."""


def view_for(step: PraStep) -> type[StepView]:
    """The view class of ``step``, importing its module on first use."""
    if step not in VIEWS:
        importlib.import_module(STEP_MODULES[step])
    return VIEWS[step]


__all__ = ["STEP_MODULES", "VIEWS", "StepView", "register", "view_for"]
