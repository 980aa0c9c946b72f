"""The step screens. Each module registers one :class:`~pra.tui.steps.base.StepView`.

Modules are imported lazily (:func:`load_views`) so that the first screen
appears without loading every step.
"""

from __future__ import annotations

import importlib
from typing import Final

from pra.model import PraStep
from pra.tui.steps.base import VIEWS, StepView, register

STEP_MODULES: Final[tuple[str, ...]] = (
    "pra.tui.steps.preparation",
    "pra.tui.steps.participants",
    "pra.tui.steps.problems",
    "pra.tui.steps.potentials",
    "pra.tui.steps.ideas",
    "pra.tui.steps.group_success",
    "pra.tui.steps.group_swot",
    "pra.tui.steps.group_pledges",
    "pra.tui.steps.group_steps",
    "pra.tui.steps.group_calendar",
    "pra.tui.steps.group_capital",
    "pra.tui.steps.review",
)
"""Modules holding step views; group-step modules are added here (one line each)."""


def load_views() -> dict[PraStep, type[StepView]]:
    """Import every step module that exists and return the registry."""
    for name in STEP_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return VIEWS


__all__ = ["STEP_MODULES", "VIEWS", "StepView", "load_views", "register"]
