"""Suggested business groups, formed the way the field model forms them.

"By potential and by how close people live": for each chosen business idea,
the participants whose skills fit it, neighbours kept together, in groups of
5–10 households (KUBE size; each participant counts as one household, since the
register holds one person per household). The procedure is deterministic —
the same workshop always gives the same suggestion — and each suggestion
explains itself in words ("RT 10; menjahit; membuat kue") so the facilitator
can accept, edit or ignore it in front of the room.

1. Everyone present and not yet in a group is in the pool.
2. Each person goes to the idea whose skills they match best (the most of its
   skills held; a tie goes to the idea listed first — by default the idea
   matrix ranking).
3. An idea's people are sorted by RT and cut into as many groups as its size
   needs, in RT order, so neighbours land together; a group over the maximum
   keeps those nearest its main RT and returns the rest to the pool.
4. A group under the minimum is filled from the pool, nearest RT first — these
   members are named as joining without the skill yet.
5. Whoever remains is listed as left over; nobody is ever placed twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pra.model import BusinessIdea, Participant, Workshop
from pra.plan.ideas import idea_matrix
from pra.plan.notice import Notice
from pra.plan.potential_map import rt_number

MIN_SIZE = 5
MAX_SIZE = 10
"""KUBE size in households (DOMAIN: a KUBE has 5–10 households)."""


@dataclass(frozen=True, slots=True)
class SuggestedGroup:
    """A suggested group for one idea; ``number`` counts groups of the same idea from 1."""

    idea_id: str
    idea_name: str
    number: int
    member_ids: tuple[str, ...]
    matched_ids: tuple[str, ...]
    """Members who hold at least one of the idea's skills (the others joined to reach the minimum)."""
    rts: tuple[str, ...]
    skill_names: tuple[str, ...]
    """The idea's skills the members hold, most widely held first."""
    explanation: Notice


@dataclass(frozen=True, slots=True)
class GroupingSuggestion:
    groups: tuple[SuggestedGroup, ...]
    leftover_ids: tuple[str, ...]
    warnings: tuple[Notice, ...]


def _rt_key(rt: str) -> tuple[int, int, str]:
    number = rt_number(rt)
    return (0, number, rt) if number is not None else (1, 0, rt)


def _distance(a: str, b: str) -> int:
    """How far apart two RTs are: 0 the same, 1 neighbours …; unknown or unnumbered RTs are far."""
    if a and a == b:
        return 0
    na, nb = rt_number(a), rt_number(b)
    return abs(na - nb) if na is not None and nb is not None else 1_000


def _main_rt(people: Sequence[Participant]) -> str:
    counts = Counter(p.rt for p in people)
    return min(counts, key=lambda rt: (-counts[rt], _rt_key(rt)))


def _chunks(n: int, k: int) -> list[int]:
    base, extra = divmod(n, k)
    return [base + (1 if i < extra else 0) for i in range(k)]


def suggest_groups(
    ws: Workshop,
    idea_ids: Sequence[str] | None = None,
    *,
    min_size: int = MIN_SIZE,
    max_size: int = MAX_SIZE,
) -> GroupingSuggestion:
    """Groups for the chosen ideas (default: every idea with skills, best-ranked first).

    See the module docstring for the procedure; ``warnings`` name ideas that
    need no skill, ideas nobody fits, and groups still under ``min_size``.
    """
    if idea_ids is None:
        ranked = [r.item_id for r in idea_matrix(ws.ideas, ws.criteria).rows]
        by_id = {i.id: i for i in ws.ideas}
        ideas = [by_id[r] for r in ranked]
    else:
        known = {i.id: i for i in ws.ideas}
        ideas = [known[r] for r in dict.fromkeys(idea_ids) if r in known]
    warnings: list[Notice] = [
        Notice("plan.grouping.no_skills", {"idea": i.name}) for i in ideas if not i.skill_ids
    ]
    ideas = [i for i in ideas if i.skill_ids]
    placed_already = {m for g in ws.groups for m in g.member_ids}
    pool = [p for p in ws.participants if p.present and p.id not in placed_already]
    position = {p.id: i for i, p in enumerate(pool)}
    skills_of: dict[str, set[str]] = {}
    for s in ws.skills:
        for h in s.holder_ids:
            skills_of.setdefault(h, set()).add(s.id)

    fans: dict[str, list[Participant]] = {i.id: [] for i in ideas}
    unmatched: list[Participant] = []
    for p in pool:
        held = skills_of.get(p.id, set())
        fits = [len(held.intersection(i.skill_ids)) for i in ideas]
        best = max(fits, default=0)
        if best:
            fans[ideas[fits.index(best)].id].append(p)
        else:
            unmatched.append(p)

    drafts: list[tuple[BusinessIdea, list[Participant]]] = []
    for idea in ideas:
        people = sorted(fans[idea.id], key=lambda p: (_rt_key(p.rt), position[p.id]))
        if not people:
            warnings.append(Notice("plan.grouping.nobody", {"idea": idea.name}))
            continue
        k = max(1, -(-len(people) // max_size))
        while k > 1 and len(people) // k < min_size:
            k -= 1
        start = 0
        for size in _chunks(len(people), k):
            chunk = people[start : start + size]
            start += size
            if len(chunk) > max_size:
                main = _main_rt(chunk)
                chunk.sort(key=lambda p: (_distance(p.rt, main), position[p.id]))
                unmatched.extend(chunk[max_size:])
                chunk = chunk[:max_size]
            drafts.append((idea, chunk))

    spare = sorted(unmatched, key=lambda p: position[p.id])
    groups: list[SuggestedGroup] = []
    numbers: Counter[str] = Counter()
    for idea, chunk in drafts:
        matched = [p.id for p in chunk]
        if len(chunk) < min_size and spare:
            main = _main_rt(chunk)
            spare.sort(key=lambda p: (_distance(p.rt, main), position[p.id]))
            take = min_size - len(chunk)
            chunk = chunk + spare[:take]
            spare = spare[take:]
        chunk.sort(key=lambda p: position[p.id])
        numbers[idea.id] += 1
        groups.append(_describe(ws, idea, numbers[idea.id], chunk, matched))
        if len(chunk) < min_size:
            warnings.append(
                Notice(
                    "plan.grouping.too_small",
                    {"idea": idea.name, "size": len(chunk), "min": min_size},
                )
            )
    leftovers = tuple(p.id for p in sorted(spare, key=lambda p: position[p.id]))
    return GroupingSuggestion(tuple(groups), leftovers, tuple(warnings))


def _describe(
    ws: Workshop,
    idea: BusinessIdea,
    number: int,
    members: Sequence[Participant],
    matched: Sequence[str],
) -> SuggestedGroup:
    ids = {p.id for p in members}
    holders = Counter(
        s.id for s in ws.skills if s.id in idea.skill_ids for h in s.holder_ids if h in ids
    )
    order = {ref: i for i, ref in enumerate(idea.skill_ids)}
    names = {s.id: s.name for s in ws.skills}
    skill_names = tuple(names[r] for r in sorted(holders, key=lambda r: (-holders[r], order[r])))
    rts = tuple(sorted({p.rt for p in members if p.rt}, key=_rt_key))
    extra = len(members) - len(matched)
    params: dict[str, object] = {"rts": ", ".join(rts), "skills": "; ".join(skill_names)}
    if extra:
        params["count"] = extra
    key = "plan.grouping.explain" if rts else "plan.grouping.explain_no_rt"
    explanation = Notice(f"{key}_joined" if extra else key, params)
    return SuggestedGroup(
        idea.id,
        idea.name,
        number,
        tuple(p.id for p in members),
        tuple(ref for ref in (p.id for p in members) if ref in set(matched)),
        rts,
        skill_names,
        explanation,
    )
