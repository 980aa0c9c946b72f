"""What goes with a record when it is removed, in words for the toast that says so.

Removing a person also takes her officer role, memberships, pledges, step
responsibilities, skills and votes (:func:`pra.edit.participants.remove_participant`);
removing a problem takes its votes and the priority mark; and so on. The
facilitator hears all of it at once ("Rohani dihapus — ketua Kelompok Sedap
Malam, 2 janji hati. Ctrl+Z membatalkan."), and Ctrl+Z brings all of it back.
"""

from __future__ import annotations

from pra.edit.groups import Rejoined
from pra.i18n import t
from pra.model import BusinessGroup, Workshop


def _count(key: str, n: int) -> list[str]:
    return [t(f"tui.remove.{key}", n=n)] if n else []


def person(ws: Workshop, participant_id: str) -> list[str]:
    """A participant's roles, memberships, pledges, steps, skills and votes."""
    pid = participant_id
    also: list[str] = []
    pledges = steps = 0
    first_round = False
    for group in ws.groups:
        roles = [role for role, officer in group.officer_ids().items() if officer == pid]
        for role in roles:
            also.append(t("tui.remove.officer", role=t(f"role.{role}").lower(), group=group.name))
        if pid in group.member_ids and not roles:
            also.append(t("tui.remove.member", group=group.name))
        pledges += sum(1 for p in group.pledges if p.participant_id == pid)
        steps += sum(1 for s in group.steps if pid in s.responsible_ids)
        first_round = first_round or pid in group.capital.first_round_ids
    also += _count("pledges", pledges)
    also += _count("steps", steps)
    if first_round:
        also.append(t("tui.remove.first_round"))
    also += _count("skills", sum(1 for s in ws.skills if pid in s.holder_ids))
    dots = sum(sum(b.dots.values()) for b in ws.voting.dots.ballots if b.participant_id == pid)
    also += _count("dots", dots)
    return also


def membership(group: BusinessGroup, participant_id: str) -> list[str]:
    """What a member takes with her when she leaves ``group``: her office, pledges, steps."""
    pid = participant_id
    also = [
        t("tui.remove.officer", role=t(f"role.{role}").lower(), group=group.name)
        for role, officer in group.officer_ids().items()
        if officer == pid
    ]
    also += _count("pledges", sum(1 for p in group.pledges if p.participant_id == pid))
    also += _count("steps", sum(1 for s in group.steps if pid in s.responsible_ids))
    if pid in group.capital.first_round_ids:
        also.append(t("tui.remove.first_round"))
    return also


def problem(ws: Workshop, problem_id: str) -> list[str]:
    """A problem's votes, pairwise answers, priority mark and links to needs."""
    ref = problem_id
    dots = ws.voting.dots
    also: list[str] = []
    if ws.voting.priority_id == ref:
        also.append(t("tui.remove.priority"))
    votes = sum(b.dots.get(ref, 0) for b in dots.ballots) + dots.totals.get(ref, 0)
    also += _count("dots", votes)
    also += _count("pairs", sum(1 for c in ws.voting.pairwise if ref in (c.a, c.b)))
    also += _count("needs", sum(1 for n in ws.needs if ref in n.problem_ids))
    return also


def idea(ws: Workshop, idea_id: str) -> list[str]:
    """The groups doing the idea as their business, and its scores."""
    found = next((i for i in ws.ideas if i.id == idea_id), None)
    also = [t("tui.remove.business_of", group=g.name) for g in ws.groups if g.idea_id == idea_id]
    if found is not None:
        also += _count("scores", sum(1 for v in found.scores.values() if v is not None))
    return also


def criterion(ws: Workshop, criterion_id: str) -> list[str]:
    """The matrix scores given for the criterion."""
    scores = sum(1 for i in ws.ideas if i.scores.get(criterion_id) is not None)
    return _count("scores", scores)


def skill(ws: Workshop, skill_id: str) -> list[str]:
    """Who had the skill, and the ideas that needed it."""
    found = next((s for s in ws.skills if s.id == skill_id), None)
    holders = len(found.holder_ids) if found is not None else 0
    needed = sum(1 for i in ws.ideas if skill_id in i.skill_ids)
    return _count("holders", holders) + _count("ideas_needing", needed)


def step(group: BusinessGroup, step_id: str) -> list[str]:
    """The later steps that waited for it (they lose that link), and the business analysis'
    start of selling when it was this step (selling from the plan's start again)."""
    also = _count("waiting", sum(1 for s in group.steps if step_id in s.depends_on))
    if group.analysis.sales_step_id == step_id:
        also.append(t("tui.remove.sales_step"))
    return also


def nothing(ws: Workshop, ref: str) -> list[str]:
    """A record nothing else refers to (a need, an institution, a resource …)."""
    return []


def rejoined(ws: Workshop, back: Rejoined, group: BusinessGroup) -> tuple[list[str], list[str]]:
    """What came back to a member Enter brought home to ``group`` (as he left it), and what
    did not, each with why ("ketua Kelompok Mawar (Darmawati kini ketua)")."""
    came: list[str] = []
    lost: list[str] = []
    if back.role is not None:
        office = t("tui.remove.officer", role=t(f"role.{back.role}").lower(), group=group.name)
        if back.role_holder is None:
            came.append(office)
        else:
            holder = ws.participant(back.role_holder)
            lost.append(
                t(
                    "tui.remove.role_taken",
                    what=office,
                    name=holder.name if holder is not None else back.role_holder,
                    role=t(f"role.{back.role}").lower(),
                )
            )
    came += _count("pledges", back.pledges)
    came += _count("steps", back.steps)
    lost += _count("steps_gone", back.steps_gone)
    if back.first_round is not None:
        (came if back.first_round else lost).append(
            t("tui.remove.first_round" if back.first_round else "tui.remove.first_round_changed")
        )
    if back.followup is not None:
        (came if back.followup else lost).append(
            t("tui.remove.followup" if back.followup else "tui.remove.followup_changed")
        )
    return came, lost
