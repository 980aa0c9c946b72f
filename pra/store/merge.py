"""Combining copies of one workshop file whose groups' follow-up was recorded apart.

Several mentors (pendamping) follow the groups of one workshop, each with a copy
of its file on their own laptop. :func:`merge` brings the copies back together:

* The copies must hold the same workshop (the same id) and the same workshop
  part: everything but the groups' follow-up. Otherwise the merge is refused,
  naming the first place where they differ.
* Each group's follow-up records (meetings and visits, assessments, loan
  reschedules, members who left) are united. A record is the same record in two
  copies when it is of the same group and has the same identity on the day:
  a meeting its date and kind (one group meeting and one visit a day), an
  assessment its date and assessor, a reschedule its member and date, a member's
  leaving its member. Found in one copy only, it is taken; found alike (ids aside)
  in several, it is taken once; found with different content, the merge is
  refused, naming the group, the record and its date.
* Ids are numbered per copy (the first free ``mt-N``), so two mentors each adding
  a meeting get the same id for different meetings: a record whose id another
  record of the merged file already uses is given a fresh one (nothing refers to
  a follow-up record's id).
* A group's single fields (mentor, LKM, dates, reflection, stimulus) are taken
  when the copies agree or only one copy fills them; two different values are
  refused like a record.

The result never depends on the order of the copies, and merging a file with
itself gives the file back. Nothing here writes; :mod:`pra.cli.merge` saves the
result with :func:`pra.store.save`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from pydantic import BaseModel

from pra.errors import PraError
from pra.i18n import Language
from pra.model import Workshop
from pra.model.followup import GroupFollowUp
from pra.plan.notice import Day

LISTS: Final = ("meetings", "assessments", "reschedules", "left")
"""The follow-up's lists of records, in the order the terminal counts them."""

FIELDS: Final = tuple(name for name in GroupFollowUp.model_fields if name not in LISTS)
"""The follow-up's single fields (mentor, lkm, linked_on …)."""

_IDENTITY: Final[dict[str, Callable[[Any], tuple[str, ...]]]] = {
    "meetings": lambda m: (m.date.isoformat(), m.kind),
    "assessments": lambda a: (a.date.isoformat(), a.assessor),
    "reschedules": lambda r: (r.date.isoformat(), r.participant_id),
    "left": lambda x: ("", x.participant_id),
}


@dataclass(frozen=True, slots=True)
class Copy:
    """One input: the name the terminal gives it and the workshop it holds."""

    name: str
    workshop: Workshop


@dataclass(slots=True)
class Merged:
    """The merged workshop, and what each copy alone brought to it."""

    workshop: Workshop
    only_in: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    """Copy name → group name → list name → records found in that copy only."""
    shared: int = 0
    """Records found in several copies (taken once)."""
    renumbered: int = 0
    """Records given a fresh id because another record already had theirs."""


@dataclass(frozen=True, slots=True)
class _Place:
    """A place in the document said in words (a :class:`~pra.errors.Sayable`)."""

    parts: tuple[tuple[str, Mapping[str, Any]], ...]

    def text(self, lang: Language | None = None) -> str:
        from pra.store.file_errors import FileProblem

        return FileProblem("", "", {}, self.parts).where(lang)


def _content(record: BaseModel) -> str:
    """A record's content without its own id, comparable across copies."""
    return json.dumps(record.model_dump(mode="json", exclude={"id"}), sort_keys=True)


def _without_followup(ws: Workshop) -> dict[str, Any]:
    doc = ws.model_dump(mode="json")
    for group in doc["groups"]:
        group.pop("followup", None)
    return doc


def _first_difference(a: Any, b: Any, loc: tuple[str | int, ...] = ()) -> tuple[str | int, ...]:
    """Where ``a`` and ``b`` (JSON values known to differ) first differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), (*loc, key))
    elif isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, (*loc, i))
        return (*loc, min(len(a), len(b)))
    return loc


def _reaches(data: Any, loc: tuple[str | int, ...]) -> bool:
    """Whether ``loc`` leads to a value inside ``data``."""
    for step in loc:
        inside = isinstance(data, list) and isinstance(step, int) and step < len(data)
        if not (inside or (isinstance(data, dict) and step in data)):
            return False
        data = data[step]
    return True


def _same_workshop(copies: Sequence[Copy]) -> None:
    """Refuse copies of different workshops, or whose workshop part differs."""
    from pra.store.places import place_of

    first = copies[0]
    base = _without_followup(first.workshop)
    for other in copies[1:]:
        if other.workshop.id != first.workshop.id:
            raise PraError(
                "merge.other_workshop",
                file=other.name,
                id=other.workshop.id,
                first=first.name,
                first_id=first.workshop.id,
            )
        doc = _without_followup(other.workshop)
        if doc != base:
            loc = _first_difference(base, doc)
            richer = base if _reaches(base, loc) else doc  # an item one copy lacks: the other's
            place = _Place(place_of(loc, richer) or place_of(loc, doc))
            raise PraError("merge.workshop_differs", file=other.name, first=first.name, place=place)


def _record_said(kind: str, record: Any, ws: Workshop) -> dict[str, Any]:
    """The record named in a refusal: its kind (a visit is not a meeting), its date, its member."""
    key = "visit" if kind == "meetings" and record.kind == "visit" else kind
    person = getattr(record, "participant_id", None)
    named = ws.participant(person) if person else None
    return {
        "record": RecordSaid(key, named.name if named else (person or "")),
        "date": Day(record.date),
    }


@dataclass(frozen=True, slots=True)
class RecordSaid:
    """A follow-up record's kind in words (``pertemuan``, ``penjadwalan ulang pinjaman Rohani``)."""

    kind: str
    person: str = ""

    def text(self, lang: Language | None = None) -> str:
        from pra.i18n import t

        return t(f"merge.record.{self.kind}", lang=lang, name=self.person)


def _united(
    kind: str, group_name: str, copies: Sequence[Copy], lists: Sequence[tuple[Any, ...]]
) -> list[tuple[Any, list[int]]]:
    """The records of one list of one group across the copies, each with the copies holding it.

    A record is matched by its identity on the day and, should one copy hold several
    of one identity, by which of them it is (the first with the first). The records
    keep the copies' own order when every copy has the same list, else go by date.
    """
    identity = _IDENTITY[kind]
    found: dict[tuple[tuple[str, ...], int], dict[str, tuple[Any, list[int]]]] = {}
    for c, items in enumerate(lists):
        nth: dict[tuple[str, ...], int] = {}
        for record in items:
            key = identity(record)
            nth[key] = nth.get(key, -1) + 1
            versions = found.setdefault((key, nth[key]), {})
            content = _content(record)
            if content in versions:
                held = versions[content]
                if c not in held[1]:
                    held[1].append(c)
                if getattr(record, "id", "") < getattr(held[0], "id", ""):
                    versions[content] = (record, held[1])
            else:
                versions[content] = (record, [c])
    for versions in found.values():
        if len(versions) > 1:
            (one, at_one), (_, at_two) = sorted(versions.values(), key=lambda v: v[1][0])[:2]
            raise PraError(
                "merge.conflict",
                group=group_name,
                first=copies[at_one[0]].name,
                file=copies[at_two[0]].name,
                **_record_said(kind, one, copies[0].workshop),
            )
    if all(items == lists[0] for items in lists):
        return [next(iter(v.values())) for v in found.values()]
    return [next(iter(found[key].values())) for key in sorted(found)]


def _single_fields(
    group_name: str, copies: Sequence[Copy], followups: Sequence[GroupFollowUp]
) -> dict[str, Any]:
    """The follow-up's single fields: agreed, or filled in one copy only; else refused."""
    default = GroupFollowUp()
    chosen: dict[str, Any] = {}
    for name in FIELDS:
        values: dict[str, tuple[Any, int]] = {}
        for c, followup in enumerate(followups):
            value = getattr(followup, name)
            if value != getattr(default, name):
                values.setdefault(json.dumps(value, default=str), (value, c))
        if len(values) > 1:
            (a, ca), (b, cb) = sorted(values.values(), key=lambda v: v[1])[:2]
            raise PraError(
                "merge.field_conflict",
                group=group_name,
                field=FieldName(name),
                first=copies[ca].name,
                file=copies[cb].name,
                a=_value_said(a),
                b=_value_said(b),
            )
        if values:
            chosen[name] = next(iter(values.values()))[0]
    return chosen


def _value_said(value: Any) -> Any:
    return Day(value) if isinstance(value, dt.date) else value


@dataclass(frozen=True, slots=True)
class FieldName:
    """A follow-up field in words (``pendamping``, ``LKM`` …)."""

    name: str

    def text(self, lang: Language | None = None) -> str:
        from pra.i18n import t

        return t(f"merge.field.{self.name}", lang=lang)


def _ids_in(record: Any) -> Iterator[str]:
    record_id = getattr(record, "id", None)
    if record_id is not None:
        yield record_id
    for action in getattr(record, "actions", ()):
        yield action.id


def _renumber(ws: Workshop) -> tuple[Workshop, int]:
    """``ws`` with every follow-up id that an earlier record already uses made fresh."""
    from pra.model.integrity import located_ids

    taken = {value for _, value in located_ids(ws)}  # a fresh id is none of the document's
    seen: set[str] = set()
    for group in ws.groups:
        for kind in ("meetings", "assessments", "reschedules"):
            for record in getattr(group.followup, kind):
                taken.update(_ids_in(record))
    changed = 0

    def fresh(old: str) -> str:
        nonlocal changed
        if old not in seen:
            seen.add(old)
            return old
        prefix = old.rsplit("-", 1)[0] if "-" in old else old
        n = 1
        while f"{prefix}-{n}" in taken:  # as the editor numbers a new record
            n += 1
        new = f"{prefix}-{n}"
        taken.add(new)
        seen.add(new)
        changed += 1
        return new

    groups = []
    for group in ws.groups:
        meetings = tuple(
            m.model_copy(
                update={
                    "id": fresh(m.id),
                    "actions": tuple(a.model_copy(update={"id": fresh(a.id)}) for a in m.actions),
                }
            )
            for m in group.followup.meetings
        )
        assessments = tuple(
            a.model_copy(update={"id": fresh(a.id)}) for a in group.followup.assessments
        )
        reschedules = tuple(
            r.model_copy(update={"id": fresh(r.id)}) for r in group.followup.reschedules
        )
        followup = group.followup.model_copy(
            update={"meetings": meetings, "assessments": assessments, "reschedules": reschedules}
        )
        groups.append(group.model_copy(update={"followup": followup}))
    return ws.model_copy(update={"groups": tuple(groups)}), changed


def merge(copies: Sequence[Copy], out: str = "") -> Merged:
    """The copies of one workshop as one, their groups' follow-up united (see the module).

    Raises :class:`~pra.errors.PraError` (a sentence) when the copies are not of one
    workshop, differ outside the follow-up, or hold two versions of one record; the
    merged workshop is validated again (:class:`~pra.store.NotSaved`, naming ``out``, if the
    records united break one of the model's rules).
    """
    if not copies:
        raise ValueError("merge needs at least one copy")
    _same_workshop(copies)
    result = Merged(workshop=copies[0].workshop)
    result.only_in = {c.name: {} for c in copies}
    groups = []
    for g, group in enumerate(copies[0].workshop.groups):
        followups = [c.workshop.groups[g].followup for c in copies]
        update = _single_fields(group.name, copies, followups)
        for kind in LISTS:
            united = _united(kind, group.name, copies, [getattr(f, kind) for f in followups])
            update[kind] = tuple(record for record, _ in united)
            for _, holders in united:
                if len(holders) > 1:
                    result.shared += 1
                    continue
                counts = result.only_in[copies[holders[0]].name].setdefault(group.name, {})
                counts[kind] = counts.get(kind, 0) + 1
        groups.append(group.model_copy(update={"followup": GroupFollowUp(**update)}))
    merged = copies[0].workshop.model_copy(update={"groups": tuple(groups)})
    merged, result.renumbered = _renumber(merged)
    result.workshop = _validated(merged, out or copies[0].name)
    return result


def _validated(ws: Workshop, name: str) -> Workshop:
    """``ws`` checked by the model's rules (integrity), as loading would check it."""
    from pydantic import ValidationError

    from pra.store.codec import dumps
    from pra.store.places import problems_of
    from pra.store.saving import NotSaved

    text = dumps(ws)
    try:
        return Workshop.model_validate_json(text)
    except ValidationError as error:
        raise NotSaved(name, problems_of(error, json.loads(text), name)) from None


__all__ = ["FIELDS", "LISTS", "Copy", "Merged", "merge"]
