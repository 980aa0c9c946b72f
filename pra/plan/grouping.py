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
3. While some idea has fewer people than the minimum, the idea fewest people
   fit is set aside (said in a warning) and its people are matched again to
   the ideas left, so no suggested group is too small to be a KUBE.
4. An idea's people are sorted by RT and cut into as many groups as its size
   needs, in RT order, so neighbours land together; a group over the maximum
   (possible only when the minimum is more than half the maximum) keeps those
   nearest its main RT.
5. Whoever remains is listed as left over, for the facilitator to place by
   hand; nobody is ever placed twice.
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
    need no skill, ideas nobody fits, and ideas too few people fit (but not an
    idea a group already carries out: its ``idea_id`` names it).
    """
    if not 1 <= min_size <= max_size:
        raise ValueError("group sizes need 1 <= min_size <= max_size")
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
    grouped = {g.idea_id for g in ws.groups if g.idea_id is not None}
    """Ideas a group already carries out: too few people left for another group is no news."""
    pool = [p for p in ws.participants if p.present and p.id not in placed_already]
    position = {p.id: i for i, p in enumerate(pool)}
    skills_of = skills_by_person(ws)

    fans, unmatched = _best_fits(pool, ideas, skills_of)
    while True:
        weak = [i for i in ideas if len(fans[i.id]) < min_size]
        if not weak:
            break
        # Drop the idea fewest people fit (the lower-ranked one on a tie); its
        # people may fit another idea, so everyone is matched again.
        dropped = min(reversed(weak), key=lambda i: len(fans[i.id]))
        count = len(fans[dropped.id])
        if dropped.id in grouped:
            pass  # a group already does it (linked by the idea's id): not "belum diusulkan"
        elif count:
            params = {"idea": dropped.name, "count": count, "min": min_size}
            warnings.append(Notice("plan.grouping.too_few", params))
        elif skilled := skilled_for(ws, dropped, skills_of):
            # people have the skill, but none is free for it: say so, not "nobody"
            params = {"idea": dropped.name, "count": len(skilled)}
            warnings.append(Notice("plan.grouping.none_free", params))
        else:
            warnings.append(Notice("plan.grouping.nobody", {"idea": dropped.name}))
        ideas = [i for i in ideas if i.id != dropped.id]
        fans, unmatched = _best_fits(pool, ideas, skills_of)

    groups: list[SuggestedGroup] = []
    for idea in ideas:
        people = sorted(fans[idea.id], key=lambda p: (_rt_key(p.rt), position[p.id]))
        k = max(1, -(-len(people) // max_size))
        while k > 1 and len(people) // k < min_size:
            k -= 1
        start = 0
        for number, size in enumerate(_chunks(len(people), k), start=1):
            chunk = people[start : start + size]
            start += size
            if len(chunk) > max_size:
                main = _main_rt(chunk)
                chunk.sort(key=lambda p: (_distance(p.rt, main), position[p.id]))
                unmatched.extend(chunk[max_size:])
                chunk = chunk[:max_size]
            chunk.sort(key=lambda p: position[p.id])
            groups.append(_describe(ws, idea, number, chunk))
    leftovers = tuple(p.id for p in sorted(unmatched, key=lambda p: position[p.id]))
    return GroupingSuggestion(tuple(groups), leftovers, tuple(warnings))


def skills_by_person(ws: Workshop) -> dict[str, set[str]]:
    """Participant id → the ids of the skills they hold (from the potentials step)."""
    held: dict[str, set[str]] = {}
    for s in ws.skills:
        for h in s.holder_ids:
            held.setdefault(h, set()).add(s.id)
    return held


def skill_fit(held: set[str], idea: BusinessIdea) -> int:
    """How well a person holding ``held`` fits ``idea``: how many of its skills they hold.

    The one skill matching of the workshop: the suggestion places people by it, and
    its warnings ask it who has the skill for an idea.
    """
    return len(held.intersection(idea.skill_ids))


def skilled_for(
    ws: Workshop, idea: BusinessIdea, skills_of: dict[str, set[str]] | None = None
) -> tuple[str, ...]:
    """Every participant who holds at least one skill ``idea`` needs, in register order."""
    held = skills_by_person(ws) if skills_of is None else skills_of
    return tuple(p.id for p in ws.participants if skill_fit(held.get(p.id, set()), idea))


def _best_fits(
    pool: Sequence[Participant], ideas: Sequence[BusinessIdea], skills_of: dict[str, set[str]]
) -> tuple[dict[str, list[Participant]], list[Participant]]:
    """Each person under the idea they fit best (first listed on a tie); the rest unmatched."""
    fans: dict[str, list[Participant]] = {i.id: [] for i in ideas}
    unmatched: list[Participant] = []
    for p in pool:
        held = skills_of.get(p.id, set())
        fits = [skill_fit(held, i) for i in ideas]
        best = max(fits, default=0)
        if best:
            fans[ideas[fits.index(best)].id].append(p)
        else:
            unmatched.append(p)
    return fans, unmatched


def _describe(
    ws: Workshop, idea: BusinessIdea, number: int, members: Sequence[Participant]
) -> SuggestedGroup:
    ids = {p.id for p in members}
    holders = Counter(
        s.id for s in ws.skills if s.id in idea.skill_ids for h in s.holder_ids if h in ids
    )
    order = {ref: i for i, ref in enumerate(idea.skill_ids)}
    names = {s.id: s.name for s in ws.skills}
    skill_names = tuple(names[r] for r in sorted(holders, key=lambda r: (-holders[r], order[r])))
    rts = tuple(sorted({p.rt for p in members if p.rt}, key=_rt_key))
    params = {"rts": ", ".join(rts), "skills": "; ".join(skill_names)}
    explanation = Notice("plan.grouping.explain" if rts else "plan.grouping.explain_no_rt", params)
    return SuggestedGroup(
        idea.id, idea.name, number, tuple(p.id for p in members), rts, skill_names, explanation
    )
