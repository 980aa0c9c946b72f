"""A workshop as rows of the archive's tables, in the column order of ``pra.archive.tables``.

Each table has one generator here, taking a :class:`Context` (the workshop,
its participant codes, the options) and yielding tuples of cell values ready
for ``csv.writer``: strings, integers, decimals, dates, ``"true"``/``"false"``
for booleans and ``None`` for an empty cell. Participants appear only by their
code; their names, phone numbers and ids in the file only with ``with_names``.

Derived figures (dot totals, weighted idea scores, capital totals) come from
``pra.plan``, the same functions the TUI and the printed plan use. Calendar
placements are the exception: :func:`placements` computes only the figures the
steps table holds, for a validated workshop (every dependency known, no cycle),
with ``pra.plan.periods``; ``pra.plan.schedule.schedule_group`` also builds the
period grid, the critical path and the warnings, which cost several times more
and the archive does not write. A test holds the two to the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from pra.archive import followup_rows, plan_rows
from pra.archive.tables import MEMBER
from pra.model import SWOT_QUADRANTS, BusinessGroup, Workshop
from pra.model.periods import calendar_start
from pra.plan.capital import capital_summary, source_kind
from pra.plan.ideas import weighted_total
from pra.plan.periods import fixed_periods, period_bounds
from pra.plan.votes import ballot_totals

Cell = str | int | Decimal | None
Row = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Context:
    ws: Workshop
    codes: Mapping[str, str]
    """Participant id → pseudonymous code."""
    with_names: bool = False
    raw_file: str | None = None


def _b(value: bool) -> str:
    return "true" if value else "false"


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _unique(ids: Iterable[str]) -> Iterator[str]:
    """Each id once, in order: a list repeated by hand must not break a primary key."""
    return iter(dict.fromkeys(ids))


def workshops(c: Context) -> Iterator[Row]:
    ws, info, place, voting = c.ws, c.ws.info, c.ws.info.place, c.ws.voting
    yield (
        ws.id,
        info.title,
        place.province,
        place.city,
        place.district,
        place.village,
        place.rt,
        place.rw,
        info.date,
        info.venue,
        "; ".join(info.facilitators),
        info.mentor,
        info.partner,
        "\n".join(info.agreements),
        len(ws.participants),
        sum(1 for p in ws.participants if p.present),
        len(ws.problems),
        len(ws.groups),
        voting.method,
        voting.dots.dots_per_person,
        voting.dots.cap_per_item,
        voting.dots.source,
        _b(voting.results_hidden),
        "\n".join(voting.reasons),
        c.raw_file,
    )


def participants(c: Context) -> Iterator[Row]:
    for i, p in enumerate(c.ws.participants, start=1):
        row: Row = (
            c.codes[p.id],
            c.ws.id,
            i,
            p.sex,
            _b(p.household_head),
            p.rt,
            _b(p.present),
            _b(bool(p.phone)),
        )
        yield (*row, p.id, p.name, p.phone) if c.with_names else row


def problems(c: Context) -> Iterator[Row]:
    ws = c.ws
    from pra.archive.stats import first_ranked

    totals = ballot_totals(ws.voting.dots, [p.id for p in ws.problems])
    first = set(first_ranked(ws))
    for i, p in enumerate(ws.problems, start=1):
        yield (
            ws.id,
            p.id,
            i,
            p.title,
            p.category,
            p.description,
            totals[p.id],
            _b(p.id == ws.voting.priority_id),
            _b(p.id in first),
        )


def problem_tree(c: Context) -> Iterator[Row]:
    for p in c.ws.problems:
        for i, text in enumerate(p.causes, start=1):
            yield c.ws.id, p.id, "cause", i, text
        for i, text in enumerate(p.effects, start=1):
            yield c.ws.id, p.id, "effect", i, text


def votes(c: Context) -> Iterator[Row]:
    dots = c.ws.voting.dots
    if dots.source == "totals":
        for ref, n in dots.totals.items():
            yield c.ws.id, ref, None, n
        return
    for ballot in dots.ballots:
        code = c.codes[ballot.participant_id]
        for ref, n in ballot.dots.items():
            yield c.ws.id, ref, code, n


def pairwise(c: Context) -> Iterator[Row]:
    for i, choice in enumerate(c.ws.voting.pairwise, start=1):
        yield c.ws.id, i, choice.a, choice.b, choice.winner


def skills(c: Context) -> Iterator[Row]:
    for i, s in enumerate(c.ws.skills, start=1):
        yield c.ws.id, s.id, i, s.name


def skill_holders(c: Context) -> Iterator[Row]:
    for s in c.ws.skills:
        for ref in _unique(s.holder_ids):
            yield c.ws.id, s.id, c.codes[ref]


def institutions(c: Context) -> Iterator[Row]:
    for i, x in enumerate(c.ws.institutions, start=1):
        yield c.ws.id, x.id, i, x.name, x.kind, x.importance, x.closeness, x.notes


def resources(c: Context) -> Iterator[Row]:
    for i, r in enumerate(c.ws.resources, start=1):
        yield c.ws.id, r.id, i, r.name, r.kind, r.notes


def needs(c: Context) -> Iterator[Row]:
    for i, n in enumerate(c.ws.needs, start=1):
        yield c.ws.id, n.id, i, n.text


def need_problems(c: Context) -> Iterator[Row]:
    for n in c.ws.needs:
        for ref in _unique(n.problem_ids):
            yield c.ws.id, n.id, ref


def criteria(c: Context) -> Iterator[Row]:
    for i, k in enumerate(c.ws.criteria, start=1):
        yield c.ws.id, k.id, i, k.name, k.weight


def ideas(c: Context) -> Iterator[Row]:
    for i, idea in enumerate(c.ws.ideas, start=1):
        total = weighted_total(idea, c.ws.criteria)
        yield c.ws.id, idea.id, i, idea.name, idea.description, total


def idea_scores(c: Context) -> Iterator[Row]:
    for idea in c.ws.ideas:
        for ref, score in idea.scores.items():
            yield c.ws.id, idea.id, ref, score


def idea_skills(c: Context) -> Iterator[Row]:
    for idea in c.ws.ideas:
        for ref in _unique(idea.skill_ids):
            yield c.ws.id, idea.id, ref


def groups(c: Context) -> Iterator[Row]:
    for i, g in enumerate(c.ws.groups, start=1):
        cap, cal = g.capital, g.calendar
        summary = capital_summary(g)
        yield (
            c.ws.id,
            g.id,
            i,
            g.name,
            g.business,
            g.idea_id,
            g.reason,
            len(g.member_ids),
            cal.unit,
            cal.start,
            cal.max_parallel_per_person,
            cap.stimulus_per_member,
            cap.compulsory_dues,
            cap.voluntary_savings,
            _dec(cap.service_fee_percent),
            cap.loan_term_months,
            summary.borrowers,
            summary.stimulus_gross,
            summary.stimulus_net,
            summary.own_total,
            summary.budget_total,
            summary.own_money,
            summary.own_goods,
            summary.own_labour,
        )


def _role(g: BusinessGroup, ref: str) -> str:
    for role, officer in g.officer_ids().items():
        if officer == ref:
            return role
    return MEMBER


def memberships(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        first = set(g.capital.first_round_ids)
        left = {x.participant_id: x for x in g.followup.left}
        for ref in g.member_ids:
            borrows = ref in first if first else True
            gone = left.get(ref)
            yield (
                c.ws.id,
                g.id,
                c.codes[ref],
                _role(g, ref),
                _b(borrows),
                gone.date if gone else None,
                gone.reason if gone else None,
            )


def success_items(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for i, s in enumerate(g.success, start=1):
            yield c.ws.id, s.id, g.id, i, s.text, s.indicator


def swot_items(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for quadrant in SWOT_QUADRANTS:
            for i, item in enumerate(getattr(g.swot, quadrant), start=1):
                yield c.ws.id, item.id, g.id, quadrant, i, item.text


def pledges(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for p in g.pledges:
            code = c.codes[p.participant_id]
            yield c.ws.id, p.id, g.id, code, p.kind, p.description, p.value, _b(p.kept)


Placement = tuple[int, int, dt.date | None, dt.date | None, int]
"""First period, end period (exclusive), first day, last day (inclusive), slack."""


def placements(g: BusinessGroup) -> dict[str, Placement]:
    """Where ``pra.plan.schedule.schedule_group(g)`` places each step of a *validated* group.

    The same rules (earliest start after every dependency, fixed dates moved no
    earlier than their dependencies and no earlier than period 0, slack against
    the end of the plan) without the period grid, the critical path and the
    warnings. Validation guarantees what the full schedule has to repair: every
    dependency names a step of the group, none names its own step, there is no cycle.
    """
    steps = g.steps
    cal = g.calendar
    unit, start = cal.unit, calendar_start(steps, cal.start, cal.unit)
    position = {s.id: i for i, s in enumerate(steps)}
    deps = [tuple(dict.fromkeys(position[d] for d in s.depends_on)) for s in steps]
    order = _topological(deps)
    begin = [0] * len(steps)
    finish = [0] * len(steps)
    for i in order:
        step = steps[i]
        earliest = max((finish[d] for d in deps[i]), default=0)
        first, duration = earliest, step.duration
        if step.start is not None and start is not None:
            wanted, duration = fixed_periods(unit, start, step.start, step.end, step.duration)
            first = max(wanted, earliest)
        begin[i], finish[i] = first, first + duration
    length = max(finish, default=0)
    latest = [length] * len(steps)
    for i in reversed(order):
        for d in deps[i]:
            latest[d] = min(latest[d], latest[i] - (finish[i] - begin[i]))
    placed: dict[str, Placement] = {}
    for i, s in enumerate(steps):
        first_day = last_day = None
        if start is not None:
            first_day = period_bounds(unit, start, begin[i])[0]
            last_day = period_bounds(unit, start, finish[i] - 1)[1]
        placed[s.id] = (begin[i], finish[i], first_day, last_day, latest[i] - finish[i])
    return placed


def _topological(deps: list[tuple[int, ...]]) -> list[int]:
    """Step positions, each after its dependencies (document order when it already is one)."""
    if all(d < i for i, ds in enumerate(deps) for d in ds):
        return list(range(len(deps)))
    waiting = [len(ds) for ds in deps]
    dependants: list[list[int]] = [[] for _ in deps]
    for i, ds in enumerate(deps):
        for d in ds:
            dependants[d].append(i)
    ready = deque(i for i, n in enumerate(waiting) if n == 0)
    order: list[int] = []
    while ready:
        i = ready.popleft()
        order.append(i)
        for n in dependants[i]:
            waiting[n] -= 1
            if waiting[n] == 0:
                ready.append(n)
    if len(order) != len(deps):
        raise ValueError("step dependencies form a cycle (the workshop was not validated)")
    return order


def steps(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        if not g.steps:
            continue
        placed = placements(g)
        for i, s in enumerate(g.steps, start=1):
            start, end, start_date, end_date, slack = placed[s.id]
            yield (
                c.ws.id,
                s.id,
                g.id,
                i,
                s.title,
                s.needs,
                s.cost,
                s.duration,
                s.start,
                s.end,
                start,
                end,
                start_date,
                end_date,
                slack,
                _b(slack == 0),
            )


def step_dependencies(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for s in g.steps:
            for ref in _unique(s.depends_on):
                yield c.ws.id, s.id, ref


def step_responsibles(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for s in g.steps:
            for ref in _unique(s.responsible_ids):
                yield c.ws.id, s.id, c.codes[ref]


def blackouts(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for b in g.calendar.blackouts:
            yield c.ws.id, b.id, g.id, b.label, b.start, b.end


def deductions(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for d in g.capital.deductions:
            yield c.ws.id, d.id, g.id, d.label, d.kind, _dec(d.percent), d.amount, d.frequency


def fund_rules(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for i, rule in enumerate(g.capital.rules, start=1):
            yield c.ws.id, g.id, i, rule


def budget_lines(c: Context) -> Iterator[Row]:
    for g in c.ws.groups:
        for i, b in enumerate(g.capital.budget, start=1):
            total = b.quantity * b.unit_price
            kind = source_kind(g.capital, b.source_id)
            yield (
                *(c.ws.id, b.id, g.id, i, b.item, b.quantity, b.unit, b.unit_price, total, kind),
                *(b.source_id, _b(b.member_loans), b.prepaid),
            )


def funding_sources(c: Context) -> Iterator[Row]:
    """A lender or giver by its kind only (:mod:`pra.archive.lender_kinds`), never its name."""
    from pra.archive.lender_kinds import lender_kind
    from pra.model.funding import Grant, LenderLoan
    from pra.plan.capital import KIND_OF
    from pra.plan.lender import disbursement_date

    for g in c.ws.groups:
        for i, s in enumerate(g.capital.sources, start=1):
            head = (c.ws.id, s.id, g.id, i, KIND_OF[s.kind])
            if isinstance(s, LenderLoan):
                yield (
                    *head,
                    lender_kind(s.lender),
                    s.principal,
                    None,
                    _dec(s.rate_percent),
                    s.method,
                    s.term_months,
                    s.frequency,
                    s.grace_months,
                    disbursement_date(g, s),
                    _b(s.joint_liability),
                )
            elif isinstance(s, Grant):
                yield (
                    *head,
                    lender_kind(s.giver),
                    s.amount,
                    s.revolving,
                    None,
                    None,
                    None,
                    None,
                    None,
                    disbursement_date(g, s),
                    None,
                )
            else:
                yield (*head, *(None,) * 10)


ROWS: Final[dict[str, Callable[[Context], Iterator[Row]]]] = {
    "workshops": workshops,
    "participants": participants,
    "problems": problems,
    "problem_tree": problem_tree,
    "votes": votes,
    "pairwise": pairwise,
    "skills": skills,
    "skill_holders": skill_holders,
    "institutions": institutions,
    "resources": resources,
    "needs": needs,
    "need_problems": need_problems,
    "criteria": criteria,
    "ideas": ideas,
    "idea_scores": idea_scores,
    "idea_skills": idea_skills,
    "groups": groups,
    "memberships": memberships,
    "success_items": success_items,
    "swot_items": swot_items,
    "pledges": pledges,
    "steps": steps,
    "step_dependencies": step_dependencies,
    "step_responsibles": step_responsibles,
    "blackouts": blackouts,
    "deductions": deductions,
    "fund_rules": fund_rules,
    "funding_sources": funding_sources,
    "budget_lines": budget_lines,
    "products": plan_rows.products,
    "plan_months": plan_rows.plan_months,
    "meetings": followup_rows.meetings,
    "attendance": followup_rows.attendance,
    "payments": followup_rows.payments,
    "lender_payments": followup_rows.lender_payments,
    "savings": followup_rows.savings,
    "reschedules": followup_rows.reschedules,
    "assessments": followup_rows.assessments,
    "assessment_criteria": followup_rows.assessment_criteria,
    "group_followup": followup_rows.group_followup,
}
"""Table name → its rows for one workshop (every table of ``TABLES`` but ``skipped``)."""
