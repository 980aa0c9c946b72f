"""How far the workshop has got in each step: empty, in progress, or done.

Shown in the stepper as a symbol *and* a word, so that it reads on a washed-out
projector and without colour. Heuristics are deliberately simple: they guide
the facilitator, they do not judge the group.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Final

from pra.model import BusinessGroup, PraStep, Workshop


class Progress(StrEnum):
    EMPTY = "empty"
    STARTED = "started"
    DONE = "done"


MARKS: Final = {Progress.EMPTY: "○", Progress.STARTED: "◐", Progress.DONE: "●"}


def _of(has: int, of: int) -> Progress:
    if has == 0:
        return Progress.EMPTY
    return Progress.DONE if has >= of else Progress.STARTED


def _group_progress(ws: Workshop, has: Callable[[BusinessGroup], bool]) -> Progress:
    if not ws.groups:
        return Progress.EMPTY
    return _of(sum(1 for g in ws.groups if has(g)), len(ws.groups))


def step_progress(ws: Workshop, step: PraStep) -> Progress:
    """The mark of ``step`` for workshop ``ws``."""
    info = ws.info
    match step:
        case PraStep.PREPARATION:
            filled = [bool(info.place.village), info.date is not None, bool(info.facilitators)]
            return _of(sum(filled), len(filled))
        case PraStep.PARTICIPANTS:
            return _of(len(ws.participants), 1)
        case PraStep.PROBLEMS:
            if not ws.problems:
                return Progress.EMPTY
            return Progress.DONE if ws.voting.priority_id else Progress.STARTED
        case PraStep.POTENTIALS:
            parts = [ws.skills, ws.institutions, ws.resources]
            return _of(sum(1 for p in parts if p), len(parts))
        case PraStep.IDEAS:
            if ws.groups:
                return Progress.DONE
            return Progress.STARTED if ws.needs or ws.ideas else Progress.EMPTY
        case PraStep.SUCCESS:
            return _group_progress(ws, lambda g: bool(g.success))
        case PraStep.SWOT:
            return _group_progress(
                ws,
                lambda g: bool(
                    g.swot.strengths or g.swot.weaknesses or g.swot.opportunities or g.swot.threats
                ),
            )
        case PraStep.PLEDGES:
            return _group_progress(ws, lambda g: bool(g.pledges))
        case PraStep.STEPS:
            return _group_progress(ws, lambda g: bool(g.steps))
        case PraStep.CALENDAR:
            return _group_progress(ws, lambda g: g.calendar.start is not None)
        case PraStep.CAPITAL:
            return _group_progress(
                ws, lambda g: g.capital.stimulus_per_member > 0 or bool(g.capital.budget)
            )
        case PraStep.ANALYSIS:
            return _group_progress(ws, lambda g: bool(g.analysis.products))
        case PraStep.REVIEW:
            from pra.tui.review import review_findings

            if not ws.groups:
                return Progress.EMPTY
            return Progress.STARTED if review_findings(ws) else Progress.DONE
