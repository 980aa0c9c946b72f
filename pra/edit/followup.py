"""Edits of a group's follow-up (pendampingan): meetings, money per member, assessments.

Pure functions ``(ws, group_id, ...) -> Workshop`` like every edit command: the
TUI applies them through its session, so each one is undone by Ctrl+Z and saved
by autosave. Amounts are read as a mentor types them during a meeting
(``50.000``, ``50rb``, ``1,5jt``); dates the Indonesian way (``17-08-2025``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any, Final, Literal, get_args

from pra.edit.amounts import NegativeAmount, NotAnAmount, read_amount
from pra.edit.base import (
    Refusal,
    all_ids,
    build,
    find,
    group_of,
    next_id,
    remove_item,
    replace_group,
)
from pra.edit.base import replace_item as _replace
from pra.edit.info import parse_date
from pra.errors import PraError
from pra.model import BusinessGroup, Workshop
from pra.model.followup import (
    Assessment,
    FollowUpAction,
    GroupFollowUp,
    LenderPayment,
    Meeting,
    MeetingKind,
    MemberRecord,
    ResultArea,
)
from pra.plan.notice import Day

AmountField = Literal[
    "savings_principal", "savings_compulsory", "savings_voluntary", "instalment", "loan_out"
]
AMOUNT_FIELDS: Final[tuple[AmountField, ...]] = get_args(AmountField)
"""The money columns of a meeting's table, in the order the mentor fills them."""

LineEdit = Callable[[Workshop, str, str, str], Workshop]
"""``(workshop, group id, meeting id, typed line) -> workshop``: a problem, an action."""


def parse_amount(text: str) -> int:
    """An amount typed during a meeting (:func:`pra.edit.amounts.read_amount`: ``50.000``,
    ``50rb``, ``1,5jt`` …); empty text is nothing paid (0).

    A negative amount (``-5000``) is refused as negative, anything else (``50.00``,
    ``lima puluh``) as not understood, each with a sentence naming what was typed.
    """
    try:
        return read_amount(text) or 0
    except NegativeAmount:
        raise PraError("edit.followup.negative_amount", text=text.strip()) from None
    except NotAnAmount:
        raise PraError("edit.followup.bad_amount", text=text.strip()) from None


def _date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    parsed = parse_date(value)
    if parsed is None:
        raise PraError("edit.followup.no_date")
    return parsed


def means_today(typed: dt.date | str) -> bool:
    """Is ``typed`` a day given as today: nothing typed, or the catalogue's word (``hari ini``)?"""
    from pra.i18n import t

    if not isinstance(typed, str):
        return False
    words = " ".join(typed.split()).casefold()
    return words in {"", t("edit.followup.today").casefold()}


def example_day(ws: Workshop, group_id: str, today: dt.date) -> dt.date:
    """A day to show as an example of the next meeting's date: a month after the group's last
    meeting (or after the workshop), never after ``today``."""
    from pra.plan.due_dates import add_months

    meetings = group_of(ws, group_id).followup.meetings
    last = max((m.date for m in meetings), default=ws.info.date)
    return min(add_months(last, 1), today) if last is not None else today


def new_id_for(ws: Workshop, prefix: str) -> str:
    """A fresh id: none used in the document, nor by any group's meetings, actions, assessments."""
    taken = all_ids(ws)
    for group in ws.groups:
        for meeting in group.followup.meetings:
            taken.add(meeting.id)
            taken.update(action.id for action in meeting.actions)
        taken.update(assessment.id for assessment in group.followup.assessments)
    return next_id(taken, prefix)


def followup_of(ws: Workshop, group_id: str) -> GroupFollowUp:
    return group_of(ws, group_id).followup


def _set_followup(ws: Workshop, group_id: str, **changes: Any) -> Workshop:
    """``ws`` with the group's follow-up changed; a change the follow-up's rules refuse (a
    meeting before the workshop, nobody present …) is refused with their plain sentence, not
    as a change that cannot be saved."""
    from pra.model.followup_doubts import doubt_mark, doubt_marks, followup_doubts
    from pra.model.integrity import followup_findings

    group = group_of(ws, group_id)
    followup = group.followup.model_copy(update=changes)
    changed = group.model_copy(update={"followup": followup})
    findings = followup_findings(ws, changed)
    # a file may hold what is only looked at again (pra check): an edit adds none of it
    held = doubt_marks(group)
    findings += [f for f in followup_doubts(changed) if doubt_mark(changed, f) not in held]
    if findings:
        names = {p.id: p.name for p in ws.participants}
        raise PraError("edit.followup.refused", reasons=Refusal(tuple(findings), names))
    return replace_group(ws, group_id, followup=followup)


def _member(group: BusinessGroup, participant_id: str) -> None:
    if participant_id not in group.member_ids:
        raise PraError("edit.group.not_member")


# -- the group's mentoring ------------------------------------------------------------


def set_mentor(ws: Workshop, group_id: str, mentor: str) -> Workshop:
    """The pendamping who follows the group."""
    return _set_followup(ws, group_id, mentor=mentor.strip())


def set_reflection(ws: Workshop, group_id: str, text: str) -> Workshop:
    """The mentor's reflection with the group (for the progress report)."""
    return _set_followup(ws, group_id, reflection=text.strip())


def link_lkm(ws: Workshop, group_id: str, lkm: str, on: dt.date | str | None) -> Workshop:
    """Link the group to a microfinance institution (``lkm`` empty: no link).

    Only a group ready on that day by the one rule of :mod:`pra.plan.followup.lkm`
    (eligible grade, repayment rate, PAR30, no arrears to its lenders) is linked;
    any other is refused with a sentence naming each figure that falls short.
    """
    from pra.plan.followup import lkm_readiness

    lkm = lkm.strip()
    linked_on = _date(on) if on and lkm else None
    group = group_of(ws, group_id)
    if lkm:
        # without a date: as the group's record stands on its last recorded day
        days = [m.date for m in group.followup.meetings]
        days += [a.date for a in group.followup.assessments]
        day = linked_on or max(days, default=None) or dt.date.min
        readiness = lkm_readiness(ws, group, day)
        if not readiness.ready:
            raise PraError(
                "edit.followup.not_eligible",
                date=Day(day) if day != dt.date.min else "–",
                reasons=readiness.shortfalls(),
            )
    return _set_followup(ws, group_id, lkm=lkm, linked_on=linked_on)


def set_independent(ws: Workshop, group_id: str, on: dt.date | str | None) -> Workshop:
    """Mark the group mandiri (mentoring ended) on a date, or take the mark back (``None``)."""
    return _set_followup(ws, group_id, independent_on=_date(on) if on else None)


# -- meetings -------------------------------------------------------------------------


def add_meeting(
    ws: Workshop,
    group_id: str,
    date: dt.date | str,
    kind: MeetingKind = "meeting",
    *,
    today: dt.date | None = None,
) -> Workshop:
    """A new meeting with every member of the group on that day listed, paying nothing.

    A meeting has someone present (the workshop's rule): the chair, who leads it,
    is ticked present, or the first member when the group has no chair; everyone
    else starts absent. A member who has left the group is not listed. The new
    meeting is the group's last (``followup.meetings[-1]``). Given ``today``, a
    meeting after it is refused (a year typed wrong: 2033 for 2003), and so is a second
    meeting of the same kind on the same day (a group meeting and a mentor's visit may share
    a day: they are different records). With ``today``, nothing typed or ``hari ini`` (the
    catalogue's word) is that day: a meeting is most often recorded while it happens.
    """
    from pra.plan.followup import members_on

    group = group_of(ws, group_id)
    day = today if today is not None and means_today(date) else _date(date)
    if today is not None and day > today:  # the model never reads the clock: the caller says
        raise PraError("edit.followup.future", date=Day(day))
    if any(m.date == day and m.kind == kind for m in group.followup.meetings):
        raise PraError(f"edit.followup.{kind}_twice", date=Day(day))
    listed = members_on(group, day)
    leader = group.chair_id if group.chair_id in listed else None
    first = leader or (listed[0] if listed else None)
    meeting = build(
        Meeting,
        id=new_id_for(ws, "mt"),
        date=day,
        kind=kind,
        led_by_id=leader,
        members=tuple(MemberRecord(participant_id=m, present=m == first) for m in listed),
    )
    return _set_followup(ws, group_id, meetings=(*group.followup.meetings, meeting))


def meeting_of(ws: Workshop, group_id: str, meeting_id: str) -> Meeting:
    return find(followup_of(ws, group_id).meetings, meeting_id)


def _set_meeting(ws: Workshop, group_id: str, meeting_id: str, **changes: Any) -> Workshop:
    meetings = _replace(followup_of(ws, group_id).meetings, meeting_id, **changes)
    return _set_followup(ws, group_id, meetings=meetings)


def remove_meeting(ws: Workshop, group_id: str, meeting_id: str) -> Workshop:
    """The meeting and everything recorded at it (undone by Ctrl+Z like any edit)."""
    meetings = remove_item(followup_of(ws, group_id).meetings, meeting_id)
    return _set_followup(ws, group_id, meetings=meetings)


def update_meeting(ws: Workshop, group_id: str, meeting_id: str, **changes: Any) -> Workshop:
    """Change a meeting's date (as typed or a date), kind, leader, sales, costs or notes.

    Sales and costs may be given as typed text; empty text means not reported.
    """
    if "date" in changes:
        changes["date"] = _date(changes["date"])
    for name in ("sales", "costs"):
        if isinstance(changes.get(name), str):
            changes[name] = parse_amount(changes[name]) if changes[name].strip() else None
    if isinstance(changes.get("notes"), str):
        changes["notes"] = changes["notes"].strip()
    if changes.get("led_by_id"):
        _member(group_of(ws, group_id), changes["led_by_id"])
    return _set_meeting(ws, group_id, meeting_id, **changes)


def set_lender_payment(
    ws: Workshop, group_id: str, meeting_id: str, source_id: str, text: str | int
) -> Workshop:
    """What the group paid its lender loan ``source_id`` at the meeting, as typed (``350rb``);
    empty or 0 records no payment. Only one of the group's lender loans can be paid."""
    group = group_of(ws, group_id)
    if source_id not in {loan.id for loan in group.capital.loans}:
        raise PraError("edit.followup.no_lender_loan")
    value = text if isinstance(text, int) else parse_amount(text)
    meeting = find(group.followup.meetings, meeting_id)
    kept = [p for p in meeting.lender_payments if p.source_id != source_id]
    if value:
        kept.append(LenderPayment(source_id=source_id, amount=value))
    order = [loan.id for loan in group.capital.loans]
    kept.sort(key=lambda p: order.index(p.source_id))
    return _set_meeting(ws, group_id, meeting_id, lender_payments=tuple(kept))


def _rows_with(meeting: Meeting, group: BusinessGroup, participant_id: str) -> list[MemberRecord]:
    """The meeting's rows, with one for ``participant_id`` (a member who joined since)."""
    rows = list(meeting.members)
    if all(row.participant_id != participant_id for row in rows):
        _member(group, participant_id)
        rows.append(MemberRecord(participant_id=participant_id))
    return rows


def _set_row(
    ws: Workshop, group_id: str, meeting_id: str, participant_id: str, **changes: Any
) -> Workshop:
    group = group_of(ws, group_id)
    meeting = find(group.followup.meetings, meeting_id)
    rows = [
        row.model_copy(update=changes) if row.participant_id == participant_id else row
        for row in _rows_with(meeting, group, participant_id)
    ]
    return _set_meeting(ws, group_id, meeting_id, members=tuple(rows))


def toggle_present(ws: Workshop, group_id: str, meeting_id: str, participant_id: str) -> Workshop:
    """Tick a member present, or untick them; a member unticked no longer leads the meeting
    (whoever led it was there)."""
    meeting = meeting_of(ws, group_id, meeting_id)
    row = next((r for r in meeting.members if r.participant_id == participant_id), None)
    present = row is not None and row.present
    ws = _set_row(ws, group_id, meeting_id, participant_id, present=not present)
    if present and meeting.led_by_id == participant_id:
        ws = _set_meeting(ws, group_id, meeting_id, led_by_id=None)
    return ws


def set_amount(
    ws: Workshop,
    group_id: str,
    meeting_id: str,
    participant_id: str,
    field: AmountField,
    text: str | int,
) -> Workshop:
    """One member's amount at a meeting (a saving, the instalment, a loan), as typed.

    Attendance is left as it is: an absent member often sends her savings or her
    instalment with a neighbour (titip), so an amount never ticks anyone present.
    """
    if field not in AMOUNT_FIELDS:
        raise PraError("edit.followup.bad_field", field=field)
    value = text if isinstance(text, int) else parse_amount(text)
    changes: dict[str, Any] = {field: value}
    return _set_row(ws, group_id, meeting_id, participant_id, **changes)


def add_problem(ws: Workshop, group_id: str, meeting_id: str, text: str) -> Workshop:
    """A problem raised at the meeting."""
    if not text.strip():
        raise PraError("edit.required")
    meeting = meeting_of(ws, group_id, meeting_id)
    return _set_meeting(ws, group_id, meeting_id, problems=(*meeting.problems, text.strip()))


def remove_problem(ws: Workshop, group_id: str, meeting_id: str, index: int) -> Workshop:
    meeting = meeting_of(ws, group_id, meeting_id)
    if not 0 <= index < len(meeting.problems):
        raise PraError("edit.not_found", ref=str(index + 1))
    problems = meeting.problems[:index] + meeting.problems[index + 1 :]
    return _set_meeting(ws, group_id, meeting_id, problems=problems)


def add_action(
    ws: Workshop,
    group_id: str,
    meeting_id: str,
    text: str,
    responsible_ids: Iterable[str] = (),
    due: dt.date | str | None = None,
    *,
    by_mentor: bool = False,
) -> Workshop:
    """A follow-up agreed at the meeting: what, who (members, and/or the group's pendamping
    with ``by_mentor``), by when.

    By when falls on or after the meeting that agreed it (and so after the workshop, which
    every meeting follows): an earlier date (``01-01-2003`` for ``2004``) is refused.
    """
    group = group_of(ws, group_id)
    who = tuple(responsible_ids)
    for person in who:
        _member(group, person)
    meeting = meeting_of(ws, group_id, meeting_id)
    by = _date(due) if due else None
    if by is not None and by < meeting.date:
        raise PraError("edit.followup.due_before_meeting", date=Day(by), meeting=Day(meeting.date))
    action = build(
        FollowUpAction,
        id=new_id_for(ws, "fa"),
        text=text.strip(),
        responsible_ids=who,
        due=by,
        by_mentor=by_mentor,
    )
    return _set_meeting(ws, group_id, meeting_id, actions=(*meeting.actions, action))


def toggle_action_done(ws: Workshop, group_id: str, meeting_id: str, action_id: str) -> Workshop:
    meeting = meeting_of(ws, group_id, meeting_id)
    action = find(meeting.actions, action_id)
    actions = _replace(meeting.actions, action_id, done=not action.done)
    return _set_meeting(ws, group_id, meeting_id, actions=actions)


def remove_action(ws: Workshop, group_id: str, meeting_id: str, action_id: str) -> Workshop:
    meeting = meeting_of(ws, group_id, meeting_id)
    return _set_meeting(ws, group_id, meeting_id, actions=remove_item(meeting.actions, action_id))


# -- assessments ----------------------------------------------------------------------


def add_assessment(
    ws: Workshop,
    group_id: str,
    date: dt.date | str,
    *,
    met: Iterable[tuple[ResultArea, str]] = (),
    assessor: str = "",
    grade_override: str | None = None,
    override_reason: str = "",
    notes: str = "",
) -> Workshop:
    """An assessment on the five result areas; the new one is the group's last.

    Without an ``assessor``, the group's mentor (pendamping) assessed it."""
    assessment = build(
        Assessment,
        id=new_id_for(ws, "as"),
        date=_date(date),
        assessor=assessor.strip() or followup_of(ws, group_id).mentor,
        met=tuple(dict.fromkeys(met)),
        grade_override=grade_override or None,
        override_reason=override_reason.strip(),
        notes=notes.strip(),
    )
    _on_scale(ws, grade_override)
    followup = followup_of(ws, group_id)
    return _set_followup(ws, group_id, assessments=(*followup.assessments, assessment))


def _on_scale(ws: Workshop, grade: str | None) -> None:
    grades = [band.grade for band in ws.grading.bands]
    if grade and grade not in grades:
        raise PraError("edit.followup.bad_grade", grade=grade, grades=", ".join(grades))


def _set_assessment(ws: Workshop, group_id: str, assessment_id: str, **changes: Any) -> Workshop:
    assessments = _replace(followup_of(ws, group_id).assessments, assessment_id, **changes)
    return _set_followup(ws, group_id, assessments=assessments)


def toggle_criterion(
    ws: Workshop, group_id: str, assessment_id: str, area: ResultArea, key: str
) -> Workshop:
    """Tick a criterion met, or untick it."""
    assessment = find(followup_of(ws, group_id).assessments, assessment_id)
    pair = (area, key)
    met = (
        tuple(p for p in assessment.met if p != pair)
        if pair in assessment.met
        else (*assessment.met, pair)
    )
    return _set_assessment(ws, group_id, assessment_id, met=met)


def set_override(
    ws: Workshop, group_id: str, assessment_id: str, grade: str | None, reason: str = ""
) -> Workshop:
    """Replace the grade the rule gives by ``grade``, with its reason; ``None`` takes it back."""
    grade = (grade or "").strip().upper() or None
    if grade is not None:
        _on_scale(ws, grade)
        if not reason.strip():
            raise PraError("edit.followup.override_reason")
    return _set_assessment(
        ws,
        group_id,
        assessment_id,
        grade_override=grade,
        override_reason=reason.strip() if grade else "",
    )


def update_assessment(ws: Workshop, group_id: str, assessment_id: str, **changes: Any) -> Workshop:
    """Change an assessment's date (as typed), assessor or notes."""
    if "date" in changes:
        changes["date"] = _date(changes["date"])
    for name in ("assessor", "notes"):
        if isinstance(changes.get(name), str):
            changes[name] = changes[name].strip()
    return _set_assessment(ws, group_id, assessment_id, **changes)


def remove_assessment(ws: Workshop, group_id: str, assessment_id: str) -> Workshop:
    assessments = remove_item(followup_of(ws, group_id).assessments, assessment_id)
    return _set_followup(ws, group_id, assessments=assessments)


def add_action_line(ws: Workshop, group_id: str, meeting_id: str, text: str) -> Workshop:
    """A follow-up typed on one line: ``Mengunjungi Aisyah, oleh Rohani, 12-09-2003``.

    After the first comma, a part starting ``oleh`` names who does it (members, by
    name or its start, joined by ``dan`` or ``and``; the group's pendamping by the word
    ``pendamping`` or by the mentor field's name, titles and institution aside), a date
    says by when; any other part belongs to what is to be done.
    """
    from pra.edit.pledges import member_by_prefix

    what: list[str] = []
    who: list[str] = []
    mentor = False
    due: dt.date | None = None
    first, *rest = text.split(",")
    what.append(first.strip())
    for part in (p.strip() for p in rest):
        lowered = part.casefold()
        if lowered.startswith(("oleh ", "by ")):
            names = re.split(r"\s+(?:dan|and|&)\s+", part.split(" ", 1)[1])
            for name in (n for n in names if n.strip()):
                if is_mentor(ws, group_id, name):
                    mentor = True
                else:
                    who.append(member_by_prefix(ws, group_id, name))
        elif re.fullmatch(r"\d[\d\-/. ]*\d", part):
            due = _date(part)
        elif part:
            what.append(part)
    return add_action(ws, group_id, meeting_id, ", ".join(what), who, due, by_mentor=mentor)


def is_mentor(ws: Workshop, group_id: str, typed: str) -> bool:
    """Does ``typed`` (after ``oleh``) name the group's pendamping: the catalogue's word
    (``pendamping``), or the mentor field's person (the group's, else the workshop's), whole
    or its first words, folded, titles and the institution aside (``Pak Hendra Saputra``)?"""
    from pra.i18n import t
    from pra.model.person_names import name_key

    wanted = name_key(typed)
    if wanted == name_key(t("edit.followup.mentor_word")):
        return True
    mentor = name_key(ws.mentor_of(group_of(ws, group_id)))
    return bool(wanted and mentor) and (mentor == wanted or mentor.startswith(wanted + " "))
