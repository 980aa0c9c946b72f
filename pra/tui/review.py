"""What is still missing or doubtful before plans are printed (periksa).

Each finding names the step (and group) where it is fixed, so the review
screen can jump there. Most are reminders ("perlu dilihat lagi"): the method warns
when a group falls outside 5–10 households, it does not refuse it. A money plan
that does not add up (:func:`pra.plan.checks.blocking_checks`) *blocks*: ``pra
check`` exits 1 on it and the plan is not printed unless as a draft; such a
finding is ``blocking`` and listed first, marked apart (``tui.review.level``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from pra.i18n import t
from pra.model import PraStep, Step, Workshop
from pra.plan.checks import plan_checks

GROUP_SIZE: Final = (5, 10)


@dataclass(frozen=True, slots=True)
class ReviewFinding:
    step: PraStep
    group_id: str | None
    message: str
    blocking: bool = False
    """The plan is not printed while it is there ("harus diperbaiki"), as ``pra check`` says."""

    def marked(self) -> str:
        """The message after its level's mark and word (``✖ Harus diperbaiki: …``)."""
        level = "blocking" if self.blocking else "reminder"
        return f"{t(f'tui.review.level.{level}')} {self.message}"


def review_findings(ws: Workshop) -> list[ReviewFinding]:
    """Everything the facilitator should look at again: what blocks printing first, then
    the reminders, each in step order."""
    found: list[ReviewFinding] = []

    def add(
        where: PraStep, group_id: str | None, key: str, /, blocking: bool = False, **params: Any
    ) -> None:
        found.append(ReviewFinding(where, group_id, t(key, **params), blocking))

    if not ws.info.place.village or ws.info.date is None:
        add(PraStep.PREPARATION, None, "tui.review.no_place_date")
    if not ws.participants:
        add(PraStep.PARTICIPANTS, None, "tui.review.no_participants")
    if ws.problems and ws.voting.priority_id is None:
        add(PraStep.PROBLEMS, None, "tui.review.no_priority")
    if not ws.groups:
        add(PraStep.IDEAS, None, "tui.review.no_groups")
    low, high = GROUP_SIZE
    for g in ws.groups:
        n = len(g.member_ids)
        if not low <= n <= high:
            add(PraStep.IDEAS, g.id, "tui.review.group_size", group=g.name, n=n, low=low, high=high)
        if g.chair_id is None:
            add(PraStep.IDEAS, g.id, "tui.review.no_chair", group=g.name)
        if not g.success:
            add(PraStep.SUCCESS, g.id, "tui.review.no_success", group=g.name)
        if not g.steps:
            add(PraStep.STEPS, g.id, "tui.review.no_steps", group=g.name)
        names = {p.id: p.name for p in ws.participants}
        members = set(g.member_ids)
        for s in g.steps:
            if not s.responsible_ids:
                add(PraStep.STEPS, g.id, "tui.review.no_responsible", group=g.name, step=s.title)
            for ref in s.responsible_ids:
                if ref not in members:
                    who = names.get(ref, ref)
                    add(
                        PraStep.STEPS,
                        g.id,
                        "tui.review.responsible_not_member",
                        group=g.name,
                        step=s.title,
                        who=who,
                    )
        for p in g.pledges:
            if p.value is None and p.kind in {"money", "tool", "materials"}:
                who = names.get(p.participant_id, p.participant_id)
                add(PraStep.PLEDGES, g.id, "tui.review.pledge_no_value", group=g.name, who=who)
        if g.capital.stimulus_per_member == 0 and not g.capital.budget and not g.capital.sources:
            add(PraStep.CAPITAL, g.id, "tui.review.no_capital", group=g.name)
        for notice in plan_checks(g):
            add(
                PraStep.CAPITAL,
                g.id,
                "tui.review.money",
                blocking=True,
                group=g.name,
                problem=notice.text(),
            )
        if not g.analysis.products:
            add(PraStep.ANALYSIS, g.id, "tui.review.no_analysis", group=g.name)
        cycle = _cycle(g.steps)
        if cycle:
            add(PraStep.STEPS, g.id, "tui.review.cycle", blocking=True, group=g.name, steps=cycle)
    from pra.plan.business import workshop_warnings

    for group_id, warning in workshop_warnings(ws):
        found.append(ReviewFinding(PraStep.ANALYSIS, group_id, warning.text()))
    # what a lender would send back (pra.plan.checks), also said by pra check
    from pra.plan.checks import input_checks

    for check in input_checks(ws):
        found.append(ReviewFinding(check.step, check.group_id, check.notice.text()))
    return sorted(found, key=lambda finding: not finding.blocking)  # stable: step order kept


def _cycle(steps: tuple[Step, ...]) -> str:
    """A dependency cycle as titles (a valid document has none; a hand-edited file might)."""
    from pra.model.integrity import find_cycle

    graph = {s.id: list(s.depends_on) for s in steps}
    titles = {s.id: s.title for s in steps}
    cycle = find_cycle(graph)
    return " → ".join(titles.get(ref, ref) for ref in [*cycle, cycle[0]]) if cycle else ""
