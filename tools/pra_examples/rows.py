"""Compact row forms for the example records: ids derived from a group code and a position."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pra.model import (
    BudgetLine,
    DotBallot,
    PairChoice,
    Participant,
    Pledge,
    PraStep,
    Step,
    SuccessItem,
    Swot,
    SwotItem,
    Workshop,
)
from pra.model.capital import Prepaid

RAMADAN_1424: dict[str, Any] = {"follows": "ramadan", "marked_for": 1424}
"""A season marked for Ramadan 1424 H (26 October - 24 November 2003), moving with it (#13)."""
LEBARAN_1424: dict[str, Any] = {"follows": "lebaran", "marked_for": 1424}
"""A season marked for Lebaran 1424 H (25 November 2003), moving with it (#13)."""


def people(
    rows: Iterable[tuple[str, str, str, bool, str, bool]], phones: Mapping[str, str]
) -> tuple[Participant, ...]:
    """Rows of (id, name, sex, household head, RT, present); ``phones`` by id, for a few.

    The register keeps a phone number only for the officers the mentor will
    call; the numbers are visibly fictional (``0812-0000-…``).
    """
    return tuple(
        Participant(
            id=pid,
            name=name,
            sex=sex,
            household_head=kk,
            rt=rt,
            phone=phones.get(pid),
            present=present,
        )
        for pid, name, sex, kk, rt, present in rows
    )


def success(code: str, rows: Sequence[tuple[str, str]]) -> tuple[SuccessItem, ...]:
    return tuple(
        SuccessItem(id=f"su-{code}-{i}", text=text, indicator=indicator)
        for i, (text, indicator) in enumerate(rows, 1)
    )


def swot(
    code: str,
    strengths: Sequence[str],
    weaknesses: Sequence[str | tuple[str, str]],
    opportunities: Sequence[str],
    threats: Sequence[str | tuple[str, str]],
) -> Swot:
    """The four boxes; a weakness or threat may be ``(text, mitigation)`` (cara mengatasi)."""

    def items(letter: str, texts: Sequence[str | tuple[str, str]]) -> tuple[SwotItem, ...]:
        return tuple(
            SwotItem(id=f"sw-{code}-{letter}{i}", text=t)
            if isinstance(t, str)
            else SwotItem(id=f"sw-{code}-{letter}{i}", text=t[0], mitigation=t[1])
            for i, t in enumerate(texts, 1)
        )

    return Swot(
        strengths=items("s", strengths),
        weaknesses=items("w", weaknesses),
        opportunities=items("o", opportunities),
        threats=items("t", threats),
    )


def pledges(
    code: str, rows: Sequence[tuple[str, str, str, int | None, bool]]
) -> tuple[Pledge, ...]:
    """Rows of (participant id, kind, description, value or None, kept)."""
    return tuple(
        Pledge(
            id=f"pl-{code}-{i}",
            participant_id=pid,
            kind=kind,
            description=description,
            value=value,
            kept=kept,
        )
        for i, (pid, kind, description, value, kept) in enumerate(rows, 1)
    )


def steps(
    code: str,
    rows: Sequence[tuple[str, tuple[str, ...], int, tuple[int, ...], int, str]],
    fixed: Mapping[int, tuple[dt.date, dt.date | None]] | None = None,
) -> tuple[Step, ...]:
    """Rows of (title, responsible ids, cost, numbers of the steps first, duration, needs).

    ``fixed`` gives some steps (by number) a date the group cannot move, such
    as a training the mentor has already booked.
    """
    fixed = fixed or {}
    return tuple(
        Step(
            id=f"st-{code}-{i}",
            title=title,
            responsible_ids=responsible,
            cost=cost,
            depends_on=tuple(f"st-{code}-{d}" for d in deps),
            duration=duration,
            needs=needs,
            start=fixed[i][0] if i in fixed else None,
            end=fixed[i][1] if i in fixed else None,
        )
        for i, (title, responsible, cost, deps, duration, needs) in enumerate(rows, 1)
    )


def budget(
    code: str,
    rows: Sequence[tuple[str, int, str, int, str]],
    paid_from: Mapping[str, str],
    prepaid: Mapping[str, Prepaid] | None = None,
) -> tuple[BudgetLine, ...]:
    """Rows of (item, quantity, unit, unit price, source), the source a key of ``paid_from``
    (``stimulus``, ``own``, ``loan``: the id of that funding source; ``members``: bought by
    the members with their loans from that source); other keys: none named. ``prepaid``:
    item → the running cost the line pays ahead (``BudgetLine.prepaid``)."""
    return tuple(
        BudgetLine(
            id=f"bl-{code}-{i}",
            item=item,
            quantity=quantity,
            unit=unit,
            unit_price=price,
            source_id=paid_from.get(source),
            member_loans=source == "members",
            prepaid=(prepaid or {}).get(item),
        )
        for i, (item, quantity, unit, price, source) in enumerate(rows, 1)
    )


def ballots(voters: Sequence[str], codes: str, problem_of: dict[str, str]) -> tuple[DotBallot, ...]:
    """One ballot per voter from space-separated words, one letter per dot ("MMS MK ...")."""
    result = []
    for pid, letters in zip(voters, codes.split(), strict=True):
        dots: dict[str, int] = {}
        for letter in letters:
            ref = problem_of[letter]
            dots[ref] = dots.get(ref, 0) + 1
        result.append(DotBallot(participant_id=pid, dots=dots))
    return tuple(result)


def pairwise(choices: Sequence[tuple[str, str, str]]) -> tuple[PairChoice, ...]:
    return tuple(PairChoice(a=a, b=b, winner=w) for a, b, w in choices)


def group_notes(**notes: str) -> dict[PraStep, str]:
    return {PraStep(key): text for key, text in notes.items()}


def number_participants(ws: Workshop) -> Workshop:
    """The same workshop with participants renamed ``p-01``, ``p-02`` … in register order.

    The builders refer to people by readable keys (``p-slamet``) so that the
    code can be checked against the sources; the shipped files carry register
    numbers instead, so that no name survives in an id when ``pra archive``
    pseudonymises a workshop.
    """
    width = max(2, len(str(len(ws.participants))))
    new = {p.id: f"p-{i:0{width}d}" for i, p in enumerate(ws.participants, 1)}

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return new.get(value, value)
        if isinstance(value, list | tuple):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {walk(k): walk(v) for k, v in value.items()}
        return value

    return Workshop.model_validate(walk(ws.model_dump()))
