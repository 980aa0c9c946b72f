"""The potential map: who has which skill, where people live, what the group can lean on.

:func:`potential_graph` puts participants, their RT, skills, business ideas,
groups, institutions and resources in one networkx graph, for views that walk
connections ("who else can sew, near Bu Ani?"). The two views the TUI and the
printed plan need every time — the skills a group brings and the institutions
it can lean on — are plain functions that need no graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pra.model import BusinessGroup, Workshop

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True, slots=True)
class GroupSkill:
    """A skill present in a group and the members who have it."""

    skill_id: str
    name: str
    holder_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GroupInstitution:
    """An institution as the group rated it in the Venn (chapati) diagram."""

    institution_id: str
    name: str
    kind: str
    importance: int | None
    """``None``: not rated yet."""
    closeness: int | None


def rt_number(rt: str) -> int | None:
    """The number of an RT written as ``"07"``, ``"RT 7"`` or ``"7"``; ``None`` if it has none."""
    digits = "".join(ch for ch in rt if ch.isdigit())
    return int(digits) if digits else None


def neighbouring(a: str, b: str) -> bool:
    """Same RT, or RTs whose numbers differ by one (the field model's "live close")."""
    if a.strip() == b.strip():
        return True
    na, nb = rt_number(a), rt_number(b)
    return na is not None and nb is not None and abs(na - nb) <= 1


def potential_graph(ws: Workshop) -> nx.Graph:
    """One undirected graph of the workshop's potentials; node keys are ``"kind:id"``.

    Node attribute ``kind`` is one of participant, rt, skill, idea, group,
    institution, resource (with ``name`` and the record's ratings); edges say
    who lives where, who holds which skill, which skills an idea needs, who is
    in which group, and which RTs neighbour each other. Institutions and
    resources hang off a ``workshop`` node with their importance and closeness.
    """
    import networkx as nx

    g = nx.Graph()
    g.add_node("workshop", kind="workshop", name=ws.info.title)
    rts = sorted({p.rt for p in ws.participants if p.rt})
    for rt in rts:
        g.add_node(f"rt:{rt}", kind="rt", name=rt)
    for i, a in enumerate(rts):
        for b in rts[i + 1 :]:
            if neighbouring(a, b):
                g.add_edge(f"rt:{a}", f"rt:{b}", relation="neighbour")
    for p in ws.participants:
        g.add_node(f"participant:{p.id}", kind="participant", name=p.name, rt=p.rt)
        if p.rt:
            g.add_edge(f"participant:{p.id}", f"rt:{p.rt}", relation="lives_in")
    for s in ws.skills:
        g.add_node(f"skill:{s.id}", kind="skill", name=s.name)
        for holder in s.holder_ids:
            g.add_edge(f"participant:{holder}", f"skill:{s.id}", relation="has_skill")
    for idea in ws.ideas:
        g.add_node(f"idea:{idea.id}", kind="idea", name=idea.name)
        for s_id in idea.skill_ids:
            g.add_edge(f"idea:{idea.id}", f"skill:{s_id}", relation="needs_skill")
    for grp in ws.groups:
        g.add_node(f"group:{grp.id}", kind="group", name=grp.name)
        for m in grp.member_ids:
            g.add_edge(f"group:{grp.id}", f"participant:{m}", relation="member")
        if grp.idea_id:
            g.add_edge(f"group:{grp.id}", f"idea:{grp.idea_id}", relation="runs")
    for inst in ws.institutions:
        g.add_node(
            f"institution:{inst.id}",
            kind="institution",
            name=inst.name,
            importance=inst.importance,
            closeness=inst.closeness,
        )
        g.add_edge("workshop", f"institution:{inst.id}", relation="institution")
    for res in ws.resources:
        g.add_node(f"resource:{res.id}", kind="resource", name=res.name, resource_kind=res.kind)
        g.add_edge("workshop", f"resource:{res.id}", relation="resource")
    return g


def group_skills(ws: Workshop, group: BusinessGroup) -> tuple[GroupSkill, ...]:
    """The skills the group's members hold, most widely held first (then as listed)."""
    members = set(group.member_ids)
    found = [
        GroupSkill(s.id, s.name, tuple(h for h in s.holder_ids if h in members)) for s in ws.skills
    ]
    order = sorted(
        (i for i, s in enumerate(found) if s.holder_ids),
        key=lambda i: (-len(found[i].holder_ids), i),
    )
    return tuple(found[i] for i in order)


def group_institutions(ws: Workshop, group: BusinessGroup) -> tuple[GroupInstitution, ...]:
    """The institutions the group can lean on: most important first, then closest, then as
    listed; those not rated yet last.

    Institutions are rated once for the whole workshop (the Venn diagram is
    drawn by the room), so every group sees the same list; ``group`` is taken
    so that per-group ratings can be added without changing callers.
    """
    del group
    order = sorted(
        range(len(ws.institutions)),
        key=lambda i: (
            -(ws.institutions[i].importance or 0),
            -(ws.institutions[i].closeness or 0),
            i,
        ),
    )
    return tuple(
        GroupInstitution(
            ws.institutions[i].id,
            ws.institutions[i].name,
            ws.institutions[i].kind,
            ws.institutions[i].importance,
            ws.institutions[i].closeness,
        )
        for i in order
    )
