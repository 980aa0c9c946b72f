"""The rules a workshop document obeys beyond its types.

Every id is unique in the document; every reference points at something that
exists; votes stay within the dots the room agreed; step dependencies have no
cycle; a group's plan is not longer than :mod:`pra.model.bounds` allows. :func:`check` returns every breach as a :class:`Finding` (a catalogue key,
its parameters and where in the document it is), so that a file with five
problems is reported with five lines, not one at a time.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic_core import PydanticCustomError

from pra.model.groups import SWOT_QUADRANTS

if TYPE_CHECKING:
    from pra.model.groups import BusinessGroup
    from pra.model.workshop import Workshop

Loc = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """One breach of a rule: ``key`` names the sentence in the catalogue (``integrity.*``)."""

    loc: Loc
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


def IntegrityError(findings: list[Finding]) -> PydanticCustomError:
    """The validation error carrying ``findings``; :func:`findings_of` gets them back."""
    return PydanticCustomError(
        "integrity",
        "{count} integrity problem(s)",
        {"count": len(findings), "findings": tuple(findings)},
    )


def findings_of(error: Mapping[str, Any]) -> tuple[Finding, ...]:
    """The findings inside one entry of ``ValidationError.errors()``, if it is an integrity error."""
    if error.get("type") != "integrity":
        return ()
    return tuple(error.get("ctx", {}).get("findings", ()))


def check(ws: Workshop) -> list[Finding]:
    """Every integrity problem of ``ws``, in document order."""
    return [*_unique_ids(ws), *_workshop_refs(ws), *_voting(ws), *_groups(ws)]


def _id_lists(ws: Workshop) -> Iterator[tuple[Loc, Sequence[Any]]]:
    """Every collection of records with ids, with the location of the collection."""
    for name in (
        "participants",
        "problems",
        "skills",
        "institutions",
        "resources",
        "needs",
        "criteria",
        "ideas",
        "groups",
    ):
        yield (name,), getattr(ws, name)
    for gi, g in enumerate(ws.groups):
        base: Loc = ("groups", gi)
        for name in ("success", "pledges", "steps"):
            yield (*base, name), getattr(g, name)
        for quadrant in SWOT_QUADRANTS:
            yield (*base, "swot", quadrant), getattr(g.swot, quadrant)
        yield (*base, "calendar", "blackouts"), g.calendar.blackouts
        yield (*base, "capital", "deductions"), g.capital.deductions
        yield (*base, "capital", "budget"), g.capital.budget
        yield (*base, "capital", "sources"), g.capital.sources
        for name in ("products", "seasons", "fixed_costs"):
            yield (*base, "analysis", name), getattr(g.analysis, name)


def located_ids(ws: Workshop) -> Iterator[tuple[Loc, str]]:
    """Every id in ``ws`` with where it sits (``("groups", 0, "steps", 2, "id")``), in document order.

    Duplicates are yielded as they occur; ids are meant to be unique across the whole document.
    """
    yield ("id",), ws.id
    for loc, items in _id_lists(ws):
        for i, item in enumerate(items):
            yield (*loc, i, "id"), item.id


def _unique_ids(ws: Workshop) -> Iterator[Finding]:
    ids = [ws.id, *(item.id for _, items in _id_lists(ws) for item in items)]
    if len(set(ids)) == len(ids):  # the usual case, without building a location per id
        return
    seen: set[str] = set()
    for loc, value in located_ids(ws):
        if value in seen:
            yield Finding(loc, "integrity.duplicate_id", {"id": value})
        seen.add(value)


def _refs(
    loc: Loc, ids: Iterable[str], known: set[str] | Mapping[str, Any], key: str
) -> Iterator[Finding]:
    for i, ref in enumerate(ids):
        if ref not in known:
            yield Finding((*loc, i), key, {"ref": ref})


def _workshop_refs(ws: Workshop) -> Iterator[Finding]:
    people = {p.id for p in ws.participants}
    problems = {p.id for p in ws.problems}
    skills = {s.id for s in ws.skills}
    criteria = {c.id for c in ws.criteria}
    for i, s in enumerate(ws.skills):
        yield from _refs(
            ("skills", i, "holder_ids"), s.holder_ids, people, "integrity.no_participant"
        )
    for i, n in enumerate(ws.needs):
        yield from _refs(
            ("needs", i, "problem_ids"), n.problem_ids, problems, "integrity.no_problem"
        )
    for i, idea in enumerate(ws.ideas):
        loc: Loc = ("ideas", i)
        yield from _refs((*loc, "skill_ids"), idea.skill_ids, skills, "integrity.no_skill")
        for ref in idea.scores:
            if ref not in criteria:
                yield Finding((*loc, "scores", ref), "integrity.no_criterion", {"ref": ref})


def _voting(ws: Workshop) -> Iterator[Finding]:
    people = {p.id for p in ws.participants}
    problems = {p.id for p in ws.problems}
    voting = ws.voting
    dots = voting.dots
    loc: Loc = ("voting", "dots")
    voters: Counter[str] = Counter()
    cap, limit = dots.cap_per_item, dots.dots_per_person
    for i, ballot in enumerate(dots.ballots):
        marks = ballot.dots
        if (
            ballot.participant_id in people
            and ballot.participant_id not in voters
            and problems.issuperset(marks)
            and (cap is None or max(marks.values(), default=0) <= cap)
            and sum(marks.values()) <= limit
        ):  # the usual, sound ballot: nothing to say, no location to build
            voters[ballot.participant_id] += 1
            continue
        here: Loc = (*loc, "ballots", i)
        voters[ballot.participant_id] += 1
        if ballot.participant_id not in people:
            yield Finding(
                (*here, "participant_id"),
                "integrity.no_participant",
                {"ref": ballot.participant_id},
            )
        elif voters[ballot.participant_id] > 1:
            yield Finding(
                (*here, "participant_id"), "integrity.second_ballot", {"ref": ballot.participant_id}
            )
        for ref, n in ballot.dots.items():
            if ref not in problems:
                yield Finding((*here, "dots", ref), "integrity.no_problem", {"ref": ref})
            if dots.cap_per_item is not None and n > dots.cap_per_item:
                yield Finding(
                    (*here, "dots", ref),
                    "integrity.over_cap",
                    {"dots": n, "cap": dots.cap_per_item},
                )
        used = sum(ballot.dots.values())
        if used > dots.dots_per_person:
            yield Finding(
                (*here, "dots"),
                "integrity.too_many_dots",
                {"dots": used, "limit": dots.dots_per_person},
            )
    voters_in_room = max(len(ws.participants), 1)
    # On paper each person still puts at most ``cap_per_item`` dots on one problem.
    item_cap = None if dots.cap_per_item is None else dots.cap_per_item * voters_in_room
    for ref, n in dots.totals.items():
        if ref not in problems:
            yield Finding((*loc, "totals", ref), "integrity.no_problem", {"ref": ref})
        if item_cap is not None and n > item_cap:
            yield Finding((*loc, "totals", ref), "integrity.over_cap", {"dots": n, "cap": item_cap})
    room = dots.dots_per_person * voters_in_room
    if sum(dots.totals.values()) > room:
        yield Finding(
            (*loc, "totals"),
            "integrity.totals_over_room",
            {"dots": sum(dots.totals.values()), "limit": room},
        )
    pairs: set[frozenset[str]] = set()
    for i, choice in enumerate(voting.pairwise):
        here = ("voting", "pairwise", i)
        missing = [ref for ref in (choice.a, choice.b) if ref not in problems]
        for ref in missing:
            yield Finding(here, "integrity.no_problem", {"ref": ref})
        pair = frozenset((choice.a, choice.b))
        if choice.a == choice.b:
            yield Finding(here, "integrity.pair_with_itself", {"ref": choice.a})
        elif choice.winner not in pair:
            yield Finding((*here, "winner"), "integrity.winner_not_in_pair", {"ref": choice.winner})
        elif pair in pairs:
            yield Finding(here, "integrity.pair_twice", {})
        pairs.add(pair)
    if voting.priority_id is not None and voting.priority_id not in problems:
        yield Finding(
            ("voting", "priority_id"), "integrity.no_problem", {"ref": voting.priority_id}
        )


def _groups(ws: Workshop) -> Iterator[Finding]:
    people = {p.id for p in ws.participants}
    ideas = {i.id for i in ws.ideas}
    placed: dict[str, str] = {}
    for gi, g in enumerate(ws.groups):
        loc: Loc = ("groups", gi)
        if g.idea_id is not None and g.idea_id not in ideas:
            yield Finding((*loc, "idea_id"), "integrity.no_idea", {"ref": g.idea_id})
        for i, ref in enumerate(g.member_ids):
            if ref not in people:
                yield Finding((*loc, "member_ids", i), "integrity.no_participant", {"ref": ref})
            elif ref in placed:
                yield Finding(
                    (*loc, "member_ids", i),
                    "integrity.member_twice",
                    {"ref": ref, "group": placed[ref]},
                )
            placed.setdefault(ref, g.name)
        members = set(g.member_ids)
        for role, officer in g.officer_ids().items():
            if officer is not None and officer not in members:
                yield Finding(
                    (*loc, f"{role}_id"), "integrity.officer_not_member", {"ref": officer}
                )
        for i, pledge in enumerate(g.pledges):
            if pledge.participant_id not in people:
                yield Finding(
                    (*loc, "pledges", i, "participant_id"),
                    "integrity.no_participant",
                    {"ref": pledge.participant_id},
                )
        yield from _refs(
            (*loc, "capital", "first_round_ids"),
            g.capital.first_round_ids,
            members,
            "integrity.not_member",
        )
        yield from _funding_refs(loc, g)
        products = {p.id for p in g.analysis.products}
        for i, product in enumerate(g.analysis.products):
            yield from _refs(
                (*loc, "analysis", "products", i, "member_ids"),
                product.member_ids,
                members,
                "integrity.not_member",
            )
        for i, season in enumerate(g.analysis.seasons):
            if season.product_id is not None and season.product_id not in products:
                yield Finding(
                    (*loc, "analysis", "seasons", i, "product_id"),
                    "integrity.no_product",
                    {"ref": season.product_id},
                )
        yield from _steps(loc, g, people)
        yield from _plan_length(loc, g)
        yield from _followup((*loc, "followup"), g, people, ws)


def followup_findings(ws: Workshop, group: BusinessGroup) -> list[Finding]:
    """What :func:`check` finds in ``group``'s follow-up, ``group`` standing where its id stands
    in ``ws`` (a follow-up edit asks this before the whole document is validated again)."""
    gi = next((i for i, g in enumerate(ws.groups) if g.id == group.id), len(ws.groups))
    people = {p.id for p in ws.participants}
    return list(_followup(("groups", gi, "followup"), group, people, ws))


def _followup(loc: Loc, g: BusinessGroup, people: set[str], ws: Workshop) -> Iterator[Finding]:
    """Follow-up records name the group's members, fall on or after the workshop, have someone
    present, and use the workshop's grade scale and the shipped criteria."""
    from pra.model.followup import CRITERIA

    members = set(g.member_ids)
    loans = {loan.id for loan in g.capital.loans}

    def member(here: Loc, ref: str) -> Iterator[Finding]:
        if ref not in people:
            yield Finding(here, "integrity.no_participant", {"ref": ref})
        elif ref not in members:
            yield Finding(here, "integrity.followup_not_member", {"ref": ref})

    held = ws.info.date
    for mi, meeting in enumerate(g.followup.meetings):
        here: Loc = (*loc, "meetings", mi)
        # a second meeting of one kind on a day, an action due before its meeting: only
        # looked at again once saved (pra.model.followup_doubts), refused when typed
        if held is not None and meeting.date < held:
            yield Finding(
                (*here, "date"),
                "integrity.before_workshop",
                {"date": meeting.date, "workshop": held},
            )
        for ri, row in enumerate(meeting.members):
            yield from member((*here, "members", ri, "participant_id"), row.participant_id)
        if meeting.led_by_id is not None:
            yield from member((*here, "led_by_id"), meeting.led_by_id)
        for ai, action in enumerate(meeting.actions):
            for pi, ref in enumerate(action.responsible_ids):
                yield from member((*here, "actions", ai, "responsible_ids", pi), ref)
        if not meeting.present_ids():
            yield Finding(here, "integrity.meeting_nobody", {"date": meeting.date})
        for pi, paid in enumerate(meeting.lender_payments):
            if paid.source_id not in loans:
                yield Finding(
                    (*here, "lender_payments", pi, "source_id"),
                    "integrity.lender_payment_not_loan"
                    if loans
                    else "integrity.lender_payment_no_lender",
                    {"ref": paid.source_id},
                )
    scale = [band.grade for band in ws.grading.bands]
    for ai, assessment in enumerate(g.followup.assessments):
        here = (*loc, "assessments", ai)
        if held is not None and assessment.date < held:
            yield Finding(
                (*here, "date"),
                "integrity.before_workshop",
                {"date": assessment.date, "workshop": held},
            )
        if assessment.grade_override is not None and assessment.grade_override not in scale:
            yield Finding(
                (*here, "grade_override"),
                "integrity.grade_not_on_scale",
                {"grade": assessment.grade_override, "scale": ", ".join(scale)},
            )
        for ci, (area, key) in enumerate(assessment.met):
            if key not in CRITERIA[area]:
                yield Finding((*here, "met", ci), "integrity.no_criterion_key", {"ref": key})
    for li, gone in enumerate(g.followup.left):
        yield from member((*loc, "left", li, "participant_id"), gone.participant_id)
    for ri, change in enumerate(g.followup.reschedules):
        yield from member((*loc, "reschedules", ri, "participant_id"), change.participant_id)


def after_today(ws: Workshop, today: dt.date) -> list[Finding]:
    """Follow-up records dated after ``today`` (a meeting cannot be recorded before it is held).

    Not part of :func:`check`: the model never reads the clock, so whoever knows the
    day (``pra check``, the TUI when a meeting is recorded) passes it in.
    """
    findings = []
    for gi, g in enumerate(ws.groups):
        loc: Loc = ("groups", gi, "followup")
        for kind in ("meetings", "assessments"):
            for i, record in enumerate(getattr(g.followup, kind)):
                if record.date > today:
                    findings.append(
                        Finding(
                            (*loc, kind, i, "date"),
                            "integrity.after_today",
                            {"date": record.date, "today": today},
                        )
                    )
    return findings


def _funding_refs(loc: Loc, g: BusinessGroup) -> Iterator[Finding]:
    """Budget lines name one of the group's sources; a hand-over step is one of its steps."""
    sources = {s.id for s in g.capital.sources}
    for i, line in enumerate(g.capital.budget):
        if line.source_id is not None and line.source_id not in sources:
            yield Finding(
                (*loc, "capital", "budget", i, "source_id"),
                "integrity.no_source",
                {"ref": line.source_id},
            )
    steps = {s.id for s in g.steps}
    for i, source in enumerate(g.capital.sources):
        step = getattr(source, "disbursement_step_id", None)
        if step is not None and step not in steps:
            yield Finding(
                (*loc, "capital", "sources", i, "disbursement_step_id"),
                "integrity.no_handover_step",
                {"ref": step},
            )
    sales_step = g.analysis.sales_step_id
    if sales_step is not None and sales_step not in steps:
        yield Finding(
            (*loc, "analysis", "sales_step_id"),
            "integrity.no_sales_step",
            {"ref": sales_step},
        )


def _plan_length(loc: Loc, g: BusinessGroup) -> Iterator[Finding]:
    """A group's plan runs at most :data:`~pra.model.bounds.PLAN_PERIODS_MAX` periods."""
    from pra.model.bounds import PLAN_PERIODS_MAX
    from pra.model.periods import plan_length

    unit = g.calendar.unit
    length = plan_length(g.steps, unit, g.calendar.start)
    if length > PLAN_PERIODS_MAX[unit]:
        yield Finding(
            (*loc, "steps"),
            f"integrity.plan_too_long_{unit}",
            {"length": length, "max": PLAN_PERIODS_MAX[unit]},
        )


def _steps(loc: Loc, g: BusinessGroup, people: set[str]) -> Iterator[Finding]:
    steps = {s.id: s for s in g.steps}
    step_ids = steps.keys()
    all_sound = True
    for si, step in enumerate(g.steps):
        # Set operations in C first: the usual step has no broken reference, and
        # this runs for every step on every load.
        if step.responsible_ids and not people.issuperset(step.responsible_ids):
            yield from _refs(
                (*loc, "steps", si, "responsible_ids"),
                step.responsible_ids,
                people,
                "integrity.no_participant",
            )
        deps = step.depends_on
        if deps and (step.id in deps or not step_ids >= set(deps)):
            all_sound = False
            here: Loc = (*loc, "steps", si)
            for di, ref in enumerate(deps):
                if ref == step.id:
                    yield Finding((*here, "depends_on", di), "integrity.depends_on_itself", {})
                elif ref not in steps:
                    yield Finding((*here, "depends_on", di), "integrity.no_step", {"ref": ref})
    if all_sound and len(steps) == len(g.steps):
        # Steps usually wait only for steps listed before them: that order is a
        # topological order, so there is no cycle and no search is needed.
        order = {step_id: i for i, step_id in enumerate(steps)}
        if all(order[d] < i for i, s in enumerate(g.steps) for d in s.depends_on):
            return
    edges: Mapping[str, Iterable[str]] = (
        {s.id: s.depends_on for s in g.steps}
        if all_sound
        else {s.id: [d for d in s.depends_on if d in steps and d != s.id] for s in g.steps}
    )
    cycle = find_cycle(edges)
    if cycle:
        first = next(i for i, s in enumerate(g.steps) if s.id == cycle[0])
        titles = " → ".join(steps[ref].title for ref in [*cycle, cycle[0]])
        yield Finding(
            (*loc, "steps", first, "depends_on"), "integrity.step_cycle", {"steps": titles}
        )


def find_cycle(edges: Mapping[str, Iterable[str]]) -> list[str]:
    """One cycle in a dependency graph (node → what it depends on), or ``[]``.

    An iterative depth-first search, so a long chain cannot exhaust the stack.
    The model stays free of networkx; ``pra.plan`` uses it for richer analysis.
    """
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(edges, WHITE)
    for root in edges:
        if colour[root] != WHITE:
            continue
        path: list[str] = [root]
        stack: list[Iterator[str]] = [iter(edges[root])]
        colour[root] = GREY
        while stack:
            nxt: str | None = next(stack[-1], None)
            if nxt is None:
                colour[path.pop()] = BLACK
                stack.pop()
            elif colour.get(nxt, BLACK) == GREY:
                return path[path.index(nxt) :]
            elif colour.get(nxt) == WHITE:
                colour[nxt] = GREY
                path.append(nxt)
                stack.append(iter(edges[nxt]))
    return []
