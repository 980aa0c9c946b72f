"""The examples' follow-up (pendampingan): months of meetings written from a compact pattern.

Each group's follow-up is a :class:`FollowUpSpec`: one letter per member and
month says what that member did at the monthly meeting; the money follows from
the group's own plan (its repayment schedule, dues and revolving fund), computed
with ``pra.plan.followup``, so the records are consistent with the plan by
construction. Meetings are monthly, on the day of the month the plan's calendar
starts (the groups of Palembang also meet weekly to sew and bake; the money is
counted at the monthly meeting). Members are named by their place in the
group's list (0 = the first member), never by name.

Letters:

* ``P`` came and paid the month's instalment and dues
* ``T`` did not come but sent the month's instalment and dues (titip)
* ``h`` came and paid half the instalment (rounded up to the cash unit) and the dues
* ``-`` did not come and paid nothing
* ``c`` came and paid everything overdue (instalments and dues)
* ``e`` came and paid this month's and next month's instalment (early)
* ``r`` came; the loan is rescheduled (:attr:`FollowUpSpec.reschedule_term`)
* ``x`` left the group that month (no row from then on)

The group's own payments to a lender (BMM) follow :attr:`FollowUpSpec.lender`, one
letter per month: ``P`` pays what fell due since the previous meeting, ``h`` half
of that, ``-`` nothing, ``c`` everything due and unpaid so far.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pra.model import BusinessGroup, Workshop
from pra.model.followup import (
    Assessment,
    FollowUpAction,
    GroupFollowUp,
    LenderPayment,
    LoanReschedule,
    Meeting,
    MemberLeft,
    MemberRecord,
    ResultArea,
)
from pra.plan.due_dates import add_months, day_in_month
from pra.plan.followup import fund_balance, member_loans, suggest_met
from pra.plan.followup.fund import cash_lent
from pra.plan.revolving import fund_start

PAYS = set("PThce")


@dataclass(frozen=True)
class Month:
    """What the mentor wrote down at one meeting."""

    problems: tuple[str, ...] = ()
    actions: tuple[tuple[str, int, int], ...] = ()
    """(what, member index responsible, months until due)."""
    notes: str = ""


@dataclass(frozen=True)
class Assessed:
    """An assessment at a month's meeting: the criteria the records show plus ``extra`` (the
    books and links the mentor saw), and a grade set by hand with its reason."""

    month: int
    extra: tuple[tuple[ResultArea, str], ...] = ()
    override: str | None = None
    reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class FollowUpSpec:
    mentor: str
    codes: Sequence[str]
    """One string per member (in the group's order), one letter per month from month 1."""
    voluntary: int = 0
    """Voluntary savings a paying member adds at a meeting they attend."""
    sales: Sequence[int] = ()
    """Sales reported at month 1, 2, …; 0: not reported."""
    cost_percent: int = 70
    months: Mapping[int, Month] = field(default_factory=dict)
    assessments: Sequence[Assessed] = ()
    lkm: tuple[int, str] | None = None
    """(month, institution) the group is linked to, on that month's meeting day (its notes say so)."""
    reschedule_term: int = 6
    reflection: str = ""
    lender: str = ""
    """One letter per month for what the group pays each of its lender loans (module docstring);
    empty: ``P`` every month."""


def _leader(group: BusinessGroup, present: set[str]) -> str | None:
    for candidate in (group.chair_id, group.treasurer_id, group.secretary_id):
        if candidate in present:
            return candidate
    return next((m for m in group.member_ids if m in present), None)


def _lender_payments(
    group: BusinessGroup, code: str, previous: dt.date, day: dt.date, unit: int
) -> tuple[LenderPayment, ...]:
    """What the group pays each lender loan at the meeting of ``day`` (``code``: module docstring)."""
    from pra.plan.followup import lender_status
    from pra.plan.lender import group_lender_schedule

    payments = []
    for loan in group.capital.loans:
        if not loan.principal:
            continue
        fell_due = sum(
            i.total
            for i in group_lender_schedule(group, loan).instalments
            if i.due is not None and previous < i.due <= day
        )
        amount = {
            "P": fell_due,
            "h": min(-(-fell_due // 2 // unit) * unit, fell_due),
            "c": lender_status(group, loan, day).arrears,
        }.get(code, 0)
        if amount:
            payments.append(LenderPayment(source_id=loan.id, amount=amount))
    return tuple(payments)


def with_followup(ws: Workshop, specs: Mapping[str, FollowUpSpec]) -> Workshop:
    """``ws`` with each group named in ``specs`` followed up as the spec says."""
    groups = tuple(_followed(ws, g, specs[g.id]) if g.id in specs else g for g in ws.groups)
    return Workshop.model_validate(ws.model_copy(update={"groups": groups}).model_dump())


def _followed(ws: Workshop, group: BusinessGroup, spec: FollowUpSpec) -> BusinessGroup:
    # the day the plan hands the fund over (Tri Astha: 1 November, two months into its calendar)
    start = fund_start(group)
    assert start is not None, group.id
    plan = group.capital
    members = list(group.member_ids)
    assert len(spec.codes) == len(members), group.id
    first = list(plan.first_round_ids) or members
    queue = [m for m in members if m not in first]
    unit = plan.cash_unit
    n_months = len(spec.codes[0])
    follow = GroupFollowUp(mentor=spec.mentor)
    meetings: list[Meeting] = [
        Meeting(
            id=f"pt-{group.id[2:]}-00",
            date=start,
            led_by_id=group.chair_id,
            members=tuple(
                MemberRecord(
                    participant_id=m,
                    present=True,
                    loan_out=plan.stimulus_per_member if m in first else 0,
                )
                for m in members
            ),
            notes="Dana stimulan diterima dan dibagikan kepada peminjam putaran pertama.",
        )
    ]
    left: list[MemberLeft] = []
    reschedules: list[LoanReschedule] = []
    dues_owed = dict.fromkeys(members, 0)
    gone: set[str] = set()

    def current(extra: Sequence[Meeting] = ()) -> tuple[Workshop, BusinessGroup]:
        g = group.model_copy(
            update={
                "followup": follow.model_copy(
                    update={
                        "meetings": (*meetings, *extra),
                        "left": tuple(left),
                        "reschedules": tuple(reschedules),
                    }
                )
            }
        )
        return ws.model_copy(update={"groups": (g,)}), g

    def meeting_day(k: int) -> dt.date:
        """The k-th monthly meeting: on the fund's repayment day (the hand-over's own day)."""
        if k == 0:
            return start
        on = add_months(start, k)
        return day_in_month(on.year, on.month, plan.repayment_day or start.day)

    for k in range(1, n_months + 1):
        day = meeting_day(k)
        previous = meeting_day(k - 1)
        _, g = current()
        rows = []
        present: set[str] = set()
        for i, m in enumerate(members):
            code = spec.codes[i][k - 1]
            if m in gone:
                continue
            if code == "x":
                gone.add(m)
                left.append(MemberLeft(participant_id=m, date=day, reason="Pindah tempat tinggal."))
                continue
            loans = member_loans(g, m)
            status = loans.status(day)
            this_month = sum(d.total for d in loans.dues if previous < d.date <= day)
            nxt = sum(d.total for d in loans.dues if day < d.date <= meeting_day(k + 1))
            dues_owed[m] += plan.compulsory_dues
            instalment = 0
            # what makes this month's instalment paid (nothing when paid early)
            month_due = min(this_month, status.arrears)
            if code in "PT":
                instalment = month_due
            elif code == "h":
                instalment = min(-(-month_due // 2 // unit) * unit, month_due)
            elif code == "c":
                instalment = status.arrears
            elif code == "e":
                instalment = this_month + nxt
            elif code == "r":
                reschedules.append(
                    LoanReschedule(
                        id=f"jd-{group.id[2:]}-{i + 1:02d}",
                        participant_id=m,
                        date=day,
                        term_months=spec.reschedule_term,
                        reason="Usaha berhenti sementara; disepakati dalam pertemuan kelompok.",
                    )
                )
            dues = 0
            if code in PAYS:
                dues = dues_owed[m] if code == "c" else plan.compulsory_dues
                dues_owed[m] -= dues
            came = code not in "T-"
            if came:
                present.add(m)
            rows.append(
                MemberRecord(
                    participant_id=m,
                    present=came,
                    savings_compulsory=dues,
                    savings_voluntary=spec.voluntary if came and code in PAYS else 0,
                    instalment=instalment,
                )
            )
        sales = spec.sales[k - 1] if k - 1 < len(spec.sales) else 0
        text = spec.months.get(k, Month())
        to_lender = _lender_payments(g, spec.lender[k - 1 : k] or "P", previous, day, unit)
        meeting = Meeting(
            id=f"pt-{group.id[2:]}-{k:02d}",
            date=day,
            led_by_id=_leader(group, present),
            members=tuple(rows),
            sales=sales or None,
            costs=sales * spec.cost_percent // 100_000 * 1_000 if sales else None,
            lender_payments=to_lender,
            problems=text.problems,
            actions=tuple(
                FollowUpAction(
                    id=f"tl-{group.id[2:]}-{k:02d}-{j}",
                    text=what,
                    responsible_ids=(members[who],),
                    due=add_months(day, months),
                    done=add_months(day, months) < meeting_day(n_months),
                )
                for j, (what, who, months) in enumerate(text.actions, 1)
            ),
            notes=text.notes,
        )
        # the next borrowers in the plan's order, as far as the cash in hand allows
        w, g = current([meeting])
        cash = fund_balance(w, g, day).actual
        net = cash_lent(g, plan.stimulus_per_member)
        lent: list[str] = []
        while queue and queue[0] not in gone and cash >= net * (len(lent) + 1):
            lent.append(queue.pop(0))
        if lent:
            meeting = meeting.model_copy(
                update={
                    "members": tuple(
                        r.model_copy(update={"loan_out": plan.stimulus_per_member})
                        if r.participant_id in lent
                        else r
                        for r in meeting.members
                    )
                }
            )
        meetings.append(meeting)
    w, g = current()
    assessments = []
    for j, a in enumerate(spec.assessments, 1):
        day = meeting_day(a.month)
        met = dict.fromkeys([*suggest_met(w, g, day), *a.extra])
        assessments.append(
            Assessment(
                id=f"pn-{group.id[2:]}-{j}",
                date=day,
                assessor=spec.mentor,
                met=tuple(met),
                grade_override=a.override,
                override_reason=a.reason,
                notes=a.notes,
            )
        )
    update: dict[str, object] = {"assessments": tuple(assessments), "reflection": spec.reflection}
    if spec.lkm is not None:
        update |= {"lkm": spec.lkm[1], "linked_on": meeting_day(spec.lkm[0])}
    return g.model_copy(update={"followup": g.followup.model_copy(update=update)})
