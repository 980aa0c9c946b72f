"""Edits of a group's activity steps (langkah kegiatan): who, what it costs, what comes first.

Dependencies and responsibilities refer to ids; removing a step also removes it
from the dependencies of the others. A dependency that would close a cycle is
refused by the whole-document check, with the steps named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from pra.edit.base import build, find, group_of, move_item, new_id_for, remove_item, replace_group
from pra.edit.base import replace_item as _replace
from pra.edit.capital import parse_rupiah
from pra.edit.info import parse_date
from pra.edit.number_words import with_digits
from pra.errors import PraError, Sayable
from pra.i18n import Language, t
from pra.model import Step, Workshop

# The words for the calendar's two units, in both languages (compared case-folded).
UNIT_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("minggu", "mgg", "pekan", "week", "weeks", "wk"), "week"),
    **dict.fromkeys(("bulan", "bln", "month", "months", "mo"), "month"),
}
_DURATION = re.compile(r"\s*(\d{1,6})\s*(.*?)\s*")


def parse_duration(text: str, unit: str) -> int:
    """``"2"``, ``"2 minggu"``, ``"1 bulan"``, ``"3 weeks"`` → the number of periods.

    ``unit`` is the group calendar's (``"week"`` or ``"month"``). A unit word that
    names the other unit is refused with a sentence saying which unit the calendar
    counts (no silent conversion: a month is not a whole number of weeks).
    """
    match = _DURATION.fullmatch(text)
    if match is None:
        raise PraError("edit.steps.bad_duration", text=text.strip(), unit=_unit_word(unit))
    number, word = int(match.group(1)), match.group(2).casefold()
    if word:
        typed = UNIT_WORDS.get(word)
        if typed is None:
            raise PraError("edit.steps.bad_duration", text=text.strip(), unit=_unit_word(unit))
        if typed != unit:
            raise PraError(
                "edit.steps.other_unit",
                text=text.strip(),
                unit=_unit_word(unit),
                n=_about(number, unit),
            )
    return number


_WEEKS_PER_MONTH: Final = 52 / 12


def _about(number: int, unit: str) -> int:
    """``number`` of the other unit in ``unit``, roughly and at least 1: the example the
    refusal gives (1 bulan is about 4 minggu, not 1; 1 minggu is at least 1 bulan)."""
    if unit == "week":
        return max(1, round(number * _WEEKS_PER_MONTH))
    return max(1, round(number / _WEEKS_PER_MONTH))


def calendar_unit(ws: Workshop, group_id: str) -> str:
    """The unit the group's calendar counts step durations in: ``"week"`` or ``"month"``."""
    return group_of(ws, group_id).calendar.unit


def _unit_word(unit: str) -> Sayable:
    return UnitWord(unit)


class UnitWord:
    """The name of a calendar unit, said in the language of the sentence it is in."""

    def __init__(self, unit: str) -> None:
        self.unit = unit

    def text(self, lang: Language | None = None) -> str:
        return t(f"tui.steps.unit_{self.unit}", lang=lang)


def step_fields(
    *,
    title: str,
    duration: str = "",
    cost: str = "",
    start: str = "",
    end: str = "",
    unit: str = "month",
) -> dict[str, Any]:
    """The fields of a step from what was typed: periods (``2`` or ``2 minggu``, in the
    calendar's ``unit``), rupiah, dates (``17-08-2025``)."""
    return {
        "title": title,
        "duration": parse_duration(duration, unit) if duration.strip() else 1,
        "cost": parse_rupiah(cost) or 0,
        "start": parse_date(start),
        "end": parse_date(end),
    }


def add_step(
    ws: Workshop,
    group_id: str,
    title: str,
    *,
    duration: str = "",
    cost: str = "",
    start: str = "",
    end: str = "",
    needs: str = "",
) -> Workshop:
    unit = calendar_unit(ws, group_id)
    fields = step_fields(title=title, duration=duration, cost=cost, start=start, end=end, unit=unit)
    step = build(Step, id=new_id_for(ws, "st"), needs=needs, **fields)
    return replace_group(ws, group_id, steps=(*group_of(ws, group_id).steps, step))


def update_step(ws: Workshop, group_id: str, step_id: str, **changes: Any) -> Workshop:
    """Change fields of a step (already parsed values; see :func:`step_fields`)."""
    current = find(group_of(ws, group_id).steps, step_id)
    build(Step, **{**current.model_dump(), **changes})
    steps = _replace(group_of(ws, group_id).steps, step_id, **changes)
    return replace_group(ws, group_id, steps=steps)


def remove_step(ws: Workshop, group_id: str, step_id: str) -> Workshop:
    """Remove a step; the steps waiting for it no longer do, and a business analysis that
    started selling at it sells from the plan's start again (Ctrl+Z brings both back)."""
    group = group_of(ws, group_id)
    steps = remove_item(group.steps, step_id)
    steps = tuple(
        s.model_copy(update={"depends_on": tuple(d for d in s.depends_on if d != step_id)})
        for s in steps
    )
    if group.analysis.sales_step_id == step_id:
        analysis = group.analysis.model_copy(update={"sales_step_id": None})
        return replace_group(ws, group_id, steps=steps, analysis=analysis)
    return replace_group(ws, group_id, steps=steps)


def move_step(ws: Workshop, group_id: str, step_id: str, delta: int) -> Workshop:
    return replace_group(
        ws, group_id, steps=move_item(group_of(ws, group_id).steps, step_id, delta)
    )


def toggle_responsible(ws: Workshop, group_id: str, step_id: str, participant_id: str) -> Workshop:
    """Make a member responsible for a step, or no longer responsible."""
    group = group_of(ws, group_id)
    step = find(group.steps, step_id)
    if participant_id in step.responsible_ids:
        ids = tuple(r for r in step.responsible_ids if r != participant_id)
    else:
        if participant_id not in group.member_ids:
            raise PraError("edit.group.not_member")
        ids = (*step.responsible_ids, participant_id)
    return update_step(ws, group_id, step_id, responsible_ids=ids)


def toggle_dependency(ws: Workshop, group_id: str, step_id: str, before_id: str) -> Workshop:
    """``step_id`` waits for ``before_id`` (or no longer does); a cycle is refused."""
    group = group_of(ws, group_id)
    step = find(group.steps, step_id)
    find(group.steps, before_id)
    if before_id == step_id:
        raise PraError("edit.group.own_dependency")
    if before_id in step.depends_on:
        deps = tuple(d for d in step.depends_on if d != before_id)
    else:
        deps = (*step.depends_on, before_id)
    return update_step(ws, group_id, step_id, depends_on=deps)


# -- a step in one line ---------------------------------------------------------------------
AFTER_WORDS: Final[frozenset[str]] = frozenset({"setelah", "sesudah", "after"})
BY_WORDS: Final[frozenset[str]] = frozenset({"oleh", "by"})
MONEY_TOKEN = re.compile(
    r"(?i)rp\.?\s*\d.*|\d{1,3}([.,]\d{3})+|\d{4,}|\d+([.,]\d{1,3})?\s*(rb|ribu|k|jt|juta)"
)
LINE_PARTS = re.compile(r"(?<!\d),|,(?!\d)")
"""The commas between a step line's parts: not a decimal comma (``1,5jt``)."""
STEP_NUMBERS: Final = re.compile(r"\d{1,3}(?:\s*(?:,|&|\bdan\b|\band\b)\s*\d{1,3})*", re.IGNORECASE)
"""Bare step numbers (``2``, ``2 dan 3``): after ``setelah N`` they continue its list."""
NAMES_AND: Final = re.compile(r"\s*(?:,|&|\bdan\b|\band\b)\s*", re.IGNORECASE)
"""What separates names after ``oleh``: a comma, ``&``, ``dan``, ``and``."""


@dataclass(frozen=True, slots=True)
class StepLine:
    """One typed step, read: its title, and what the tokens after it said."""

    title: str
    duration: str = ""
    cost: str = ""
    after: tuple[str, ...] = ()
    """Ids of the steps it waits for."""
    people: tuple[str, ...] = ()
    """Ids of the members responsible."""


def parse_step_line(ws: Workshop, group_id: str, text: str) -> StepLine:
    """``"Membeli peralatan kue, 1 minggu, 1.320.000, setelah 1, oleh Masitoh"``.

    After the title, separated by commas and in any order: a duration (``2``,
    ``2 minggu``: the calendar's unit), a cost (``Rp 50.000``, ``1.320.000``; a bare
    ``0`` is a cost of nothing: ``1 bulan, 0``),
    ``setelah N`` (the step numbered N in the table; ``setelah 1 dan 2``, or ``setelah 1, 2``
    as the table writes it) and
    ``oleh NAME`` (a member, by the start of the name; ``oleh Masitoh, Aisyah``,
    ``oleh Masitoh dan Aisyah``). Amounts as everywhere (:mod:`pra.edit.amounts`:
    ``1,5jt``; a decimal comma does not split the line). They are read from the
    end; the first part that is none of these, and all before it, is the title, so
    a title may hold commas (``Beli tepung, gula, telur``). A token that starts
    like one of them but does not read, or stands in the title, is refused.
    """
    group = group_of(ws, group_id)
    unit = group.calendar.unit
    parts = [p.strip() for p in LINE_PARTS.split(text)]
    # "dua bulan", "tiga" after the title: the duration in words (it became the title's)
    parts[1:] = [
        with_digits(p, lambda rest: rest.casefold() in {"", *UNIT_WORDS}) for p in parts[1:]
    ]
    found: dict[str, str] = {}
    after: list[str] = []
    people: list[str] = []
    # "oleh Masitoh, Aisyah" / "oleh Masitoh dan Aisyah": the names after the last "oleh"
    by = max(
        (i for i, p in enumerate(parts) if i and p.partition(" ")[0].casefold() in BY_WORDS),
        default=None,
    )
    if by is not None:
        from pra.edit.pledges import member_by_prefix

        end = by + 1
        while end < len(parts) and not _structured(parts[end]):
            end += 1
        names = ", ".join([parts[by].partition(" ")[2], *parts[by + 1 : end]])
        people = [member_by_prefix(ws, group_id, n) for n in NAMES_AND.split(names) if n.strip()]
        del parts[by:end]
    parts = _join_step_numbers(parts)
    while len(parts) > 1:
        token = parts[-1]
        word, _, rest = token.partition(" ")
        key = word.casefold()
        if not token:
            pass
        elif key in AFTER_WORDS:
            after[:0] = _steps_numbered(group.steps, rest, token)
        elif key in BY_WORDS:
            from pra.edit.pledges import member_by_prefix

            people.insert(0, member_by_prefix(ws, group_id, rest))
        elif MONEY_TOKEN.fullmatch(token) or re.fullmatch(r"0+", token):
            # a bare 0 is no duration (a step lasts at least 1): the step costs nothing
            _once(found, "cost", token)
        elif (period := _DURATION.fullmatch(token)) and period.group(2).casefold() in {
            "",
            *UNIT_WORDS,
        }:
            parse_duration(token, unit)
            _once(found, "duration", token)
        else:
            break
        parts.pop()
    if any(_reads(part) for part in parts[1:]):
        # a duration, a cost, "setelah" or "oleh" inside the title: the reading stopped at
        # a part it did not understand (the last one left), said, never folded into the title
        raise PraError("edit.steps.not_understood", token=parts[-1])
    title = ", ".join(parts).strip()
    return StepLine(
        title,
        found.get("duration", ""),
        found.get("cost", ""),
        tuple(dict.fromkeys(after)),
        tuple(dict.fromkeys(people)),
    )


def _join_step_numbers(parts: list[str]) -> list[str]:
    """``["…", "setelah 1", "3"]`` → ``["…", "setelah 1, 3"]``: the table writes a step's
    predecessors ``1, 3``, so the bare step numbers after ``setelah N`` continue its list
    (an amount like ``600.000`` or a duration like ``6 bulan`` is no step number)."""
    joined: list[str] = []
    for part in parts:
        if (
            len(joined) > 1
            and STEP_NUMBERS.fullmatch(part)
            and joined[-1].partition(" ")[0].casefold() in AFTER_WORDS
        ):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


def _structured(part: str) -> bool:
    """Does a part read like a duration, a cost, ``setelah …`` or ``oleh …`` (not a name)?"""
    word = part.partition(" ")[0].casefold()
    return re.match(r"(?i)\d|rp\b", part) is not None or word in AFTER_WORDS | BY_WORDS


def _reads(part: str) -> bool:
    """Is a part one the step line reads (a duration, a cost, ``setelah …``, ``oleh …``)?"""
    period = _DURATION.fullmatch(part)
    return (
        part.partition(" ")[0].casefold() in AFTER_WORDS | BY_WORDS
        or MONEY_TOKEN.fullmatch(part) is not None
        or (period is not None and period.group(2).casefold() in {"", *UNIT_WORDS})
    )


def _once(found: dict[str, str], what: str, token: str) -> None:
    """Keep ``token`` as the line's ``what``; a second one is refused naming both parts (rev18:
    only "6 bulan" was named, while the "2" of "setelah 1, 2" was the part read wrong)."""
    if what in found:
        raise PraError(f"edit.steps.two_{what}s", first=token, second=found[what])
    found[what] = token


def _steps_numbered(steps: tuple[Step, ...], numbers: str, token: str) -> list[str]:
    """The ids of the steps numbered in ``numbers`` (``"1"``, ``"1 dan 2"``, ``"1 & 3"``)."""
    wanted = re.findall(r"\d+", numbers)
    if not steps:
        raise PraError("edit.steps.no_steps_yet", token=token)
    if not wanted:
        raise PraError("edit.steps.no_step", token=token, n=len(steps))
    ids = []
    for number in wanted:
        if not 1 <= int(number) <= len(steps):
            raise PraError("edit.steps.no_step", token=token, n=len(steps))
        ids.append(steps[int(number) - 1].id)
    return ids


def add_step_line(
    ws: Workshop,
    group_id: str,
    text: str,
    *,
    duration: str = "",
    cost: str = "",
    start: str = "",
    end: str = "",
) -> Workshop:
    """Add the step a typed line describes (:func:`parse_step_line`), with the form's other
    fields; a duration or cost given both in the line and in its field is refused."""
    line = parse_step_line(ws, group_id, text)
    if line.duration and duration.strip():
        raise PraError("edit.steps.twice", token=line.duration)
    if line.cost and cost.strip():
        raise PraError("edit.steps.twice", token=line.cost)
    ws = add_step(
        ws,
        group_id,
        line.title,
        duration=line.duration or duration,
        cost=line.cost or cost,
        start=start,
        end=end,
    )
    if line.after or line.people:
        new = group_of(ws, group_id).steps[-1].id
        ws = update_step(ws, group_id, new, depends_on=line.after, responsible_ids=line.people)
    return ws
