"""Sentences about a group's money plan that does not add up, for the review step and `pra check`.

Two levels, one model everywhere (the review step, ``pra check``, ``pra export``, F9):

- *blocking* ("harus diperbaiki"): the plan would lend out money already spent, lend
  more than the grants bring, leave a loan without its lender or a lender loan that
  nothing uses (:func:`pra.plan.ledger.funding_ledger`): :func:`plan_checks`, for the
  whole workshop :func:`blocking_checks`. The file is valid and opens, but its plan is
  not printed (``pra check`` exits 1) unless the facilitator asks for a draft;
- *reminders* ("perlu dilihat lagi"): everything below, which prints.

Input that a lender or a program officer would send back, found before the plan
is printed: :func:`input_checks`.

These are not errors in the file (it is valid and opens); they are things the
room typed that make a plan contradict itself. Each check says it in a sentence
that names the group (or the idea) and the place where it is fixed — the
workshop step and, within it, the row. ``pra check`` prints them, the review
step lists them (and jumps there), and the printed plan never hides them by
counting a blank as zero.

- a group without a business (made in the groups tab, not chosen yet in its own step);
- a one-member group whose only member is both chair and treasurer (and, in any
  group, a chair who also holds the money: nobody else sees the cash);
- a pledge (janji hati) from someone who is not a member of the group;
- a pledged good that a budget (RAB) line paid by a grant or a lender loan also buys:
  the same thing funded twice (:mod:`pra.plan.pledged_twice`);
- a fund rule the group wrote that names another repayment day than the fund's ("setiap
  tanggal 6" while the members repay weekly on Thursdays; :mod:`pra.plan.rule_days`);
- a fund rule the group wrote that names another amount each member receives than the
  deductions leave ("menerima Rp 435.000" while they leave Rp 392.500;
  :mod:`pra.plan.rule_received`);
- a lender loan without a disbursement date (nor a dated step handing it over): its
  schedule cannot be worked out, and the follow-up could not say what falls due;
- a business idea with a missing score: said, not counted as 0;
- the calendar's collection steps against the months instalments fall due
  (:mod:`pra.plan.collection`): months with instalments and no step collecting
  them, and months a step collects with nothing due; a lender instalment due
  within a holiday the calendar marks; members' instalments due before the first
  step collecting them begins; instalments due after the last collecting step
  ends when nobody (the step's people, else the treasurer) is named to collect them;
  members' due dates within a marked holiday and a monthly lender loan's on a Sunday
  (:mod:`pra.plan.rest_days`);
- the activity steps' costs against the budget (RAB) the group pays in money
  (:mod:`pra.plan.reconcile`): both totals and the difference, when they differ;
- a group with products and activity steps whose business analysis does not say when
  selling starts (a date or the step): its cash flow would sell from the first month;
- a later round of the revolving fund lent from instalments while the group's cash flow is
  short in a month up to it (:mod:`pra.plan.round_cash`);
- a budget (RAB) line paid for some months (``Sewa tempat, 3 bulan``) whose cost the
  business analysis' fixed costs do not carry on after them (:mod:`pra.plan.prepaid`);
- the members' loans lent and bought by no budget (RAB) line, said with whether the
  business's cash flow repays them (:mod:`pra.plan.loan_use`);
- a budget (RAB) greater than the money there is is said per funding source by
  :func:`plan_checks` (the ledger), which knows a grant's part for assets from its
  part lent to members.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pra.model import BusinessGroup, Grant, LenderLoan, PraStep, Workshop
from pra.plan.notice import Notice


def plan_checks(group: BusinessGroup) -> tuple[Notice, ...]:
    """Every check sentence of ``group``'s money plan, in the order of its sources."""
    from pra.plan.ledger import funding_ledger

    if not group.capital.sources:
        return ()
    return funding_ledger(group).checks


def blocking_checks(
    ws: Workshop, groups: Sequence[BusinessGroup] | None = None
) -> list[tuple[BusinessGroup, Notice]]:
    """What stops the plans of ``groups`` (default: every group) from printing, per group."""
    chosen = ws.groups if groups is None else groups
    return [(g, notice) for g in chosen for notice in plan_checks(g)]


@dataclass(frozen=True, slots=True)
class InputCheck:
    """One finding: where it is fixed (step, group) and the sentence that says it."""

    step: PraStep
    group_id: str | None
    notice: Notice


def input_checks(ws: Workshop) -> list[InputCheck]:
    """Every doubtful input of ``ws``, in step order within each group."""
    found: list[InputCheck] = []
    names = {p.id: p.name for p in ws.participants}
    step_name = {s: Notice(f"step.{s.value}") for s in PraStep}

    def add(step: PraStep, group_id: str | None, key: str, **params: object) -> None:
        found.append(InputCheck(step, group_id, Notice(key, {**params, "step": step_name[step]})))

    criteria = ws.criteria
    chosen_by = {g.idea_id: g.name for g in ws.groups if g.idea_id}
    for n, idea in enumerate(ws.ideas, start=1):
        missing = tuple(c.name for c in criteria if c.id not in idea.scores)
        if missing:
            group = chosen_by.get(idea.id)
            add(
                PraStep.IDEAS,
                None,
                "plan.checks.idea_missing_score_group"
                if group
                else "plan.checks.idea_missing_score",
                idea=idea.name,
                n=n,
                criteria=missing,
                group=group or "",
            )
    for g in ws.groups:
        if not g.business.strip():
            # a group made in the groups tab has none until it chooses one in its own step
            add(PraStep.SUCCESS, g.id, "plan.checks.no_business", group=g.name)
        if g.chair_id is not None and g.chair_id == g.treasurer_id:
            who = names.get(g.chair_id, g.chair_id)
            key = (
                "plan.checks.alone_chair_treasurer"
                if len(g.member_ids) == 1
                else "plan.checks.chair_treasurer"
            )
            add(PraStep.IDEAS, g.id, key, group=g.name, who=who)
        members = set(g.member_ids)
        for n, pledge in enumerate(g.pledges, start=1):
            if pledge.participant_id not in members:
                who = names.get(pledge.participant_id, pledge.participant_id)
                add(
                    PraStep.PLEDGES,
                    g.id,
                    "plan.checks.pledge_not_member",
                    group=g.name,
                    who=who,
                    n=n,
                )
        _pledged_twice(g, names, add)
        _undated_loans(g, add)
        _handed_before(ws, g, add)
        _rule_days(g, add)
        _odd_amounts(g, add)
        _rule_received(g, add)
        _collection(g, add)
        _due_dates(g, add)
        _steps_budget(g, add)
        _not_carried_on(ws, g, add)
        _sales_start(g, add)
        _rounds_unpaid(ws, g, names, add)
        _loans_unassigned(g, add)
    return found


def _loans_unassigned(group: BusinessGroup, add: Callable[..., None]) -> None:
    """The members' loans lent and bought by no budget line (:mod:`pra.plan.loan_use`), and
    whether the business's cash flow repays them."""
    from pra.plan.loan_use import loan_use, repaid_from_profit
    from pra.plan.notice import Money

    use = loan_use(group)
    if use is None or not use.unassigned:
        return
    repaid = repaid_from_profit(group) is not None
    add(
        PraStep.CAPITAL,
        group.id,
        "plan.checks.loans_unassigned" if use.lines else "plan.checks.loans_unassigned_all",
        group=group.name,
        amount=Money(use.unassigned),
        lent=Money(use.lent),
        repaid=Notice("plan.checks.loans_repaid_from_profit") if repaid else "",
    )


def _odd_amounts(group: BusinessGroup, add: Callable[..., None]) -> None:
    """Instalments split to the rupiah that nobody pays in cash (:mod:`pra.plan.odd_amounts`)."""
    from pra.plan.notice import Money
    from pra.plan.odd_amounts import odd_amount

    amount = odd_amount(group)
    if amount is not None:
        add(
            PraStep.CAPITAL,
            group.id,
            "plan.checks.odd_amount",
            group=group.name,
            amount=Money(amount),
        )


def _rule_days(group: BusinessGroup, add: Callable[..., None]) -> None:
    """A fund rule the group wrote naming another repayment day than the schedule it is about
    (the revolving fund's, or the lender loan's it names; :mod:`pra.plan.rule_days`): both
    would be printed on the same page."""
    from pra.plan.rule_days import due_notice, rule_day_conflicts, said_day_notice

    for hit in rule_day_conflicts(group):
        said = said_day_notice(hit)
        add(
            PraStep.CAPITAL,
            group.id,
            "plan.checks.rule_day",
            group=group.name,
            n=hit.number,
            said=said,
            due=due_notice(group.capital, hit),
        )


def _pledged_twice(group: BusinessGroup, names: dict[str, str], add: Callable[..., None]) -> None:
    """A pledged good a grant or a loan also buys (:mod:`pra.plan.pledged_twice`)."""
    from pra.plan.notice import Money
    from pra.plan.pledged_twice import pledged_twice
    from pra.plan.sources import source_name

    for hit in pledged_twice(group):
        add(
            PraStep.CAPITAL,
            group.id,
            "plan.checks.pledged_twice",
            group=group.name,
            n=hit.pledge_number,
            pledge=hit.pledge.description,
            who=names.get(hit.pledge.participant_id, hit.pledge.participant_id),
            value=Money(hit.pledge.value or 0),
            row=hit.row,
            item=hit.line.item,
            source=source_name(hit.source),
            pledges_step=Notice(f"step.{PraStep.PLEDGES.value}"),
        )


def _rule_received(group: BusinessGroup, add: Callable[..., None]) -> None:
    """A fund rule naming another amount each member receives than the deductions leave
    (:mod:`pra.plan.rule_received`): the printed plan would carry both."""
    from pra.plan.notice import Money
    from pra.plan.rule_received import received_conflicts

    for hit in received_conflicts(group):
        add(
            PraStep.CAPITAL,
            group.id,
            "plan.checks.rule_received",
            group=group.name,
            n=hit.number,
            said=Money(hit.said),
            received=Money(hit.received),
        )


def _undated_loans(group: BusinessGroup, add: Callable[..., None]) -> None:
    """A lender loan with no disbursement date (nor a dated step handing it over): its
    instalments have no dates, so the follow-up cannot say what falls due."""
    from pra.plan.lender import disbursement_date
    from pra.plan.sources import source_name

    for loan in group.capital.loans:
        if loan.principal and disbursement_date(group, loan) is None:
            add(
                PraStep.CAPITAL,
                group.id,
                "plan.checks.loan_undated_step"
                if loan.disbursement_step_id is not None
                else "plan.checks.loan_undated",
                group=group.name,
                source=source_name(loan),
            )


def _handed_before(ws: Workshop, group: BusinessGroup, add: Callable[..., None]) -> None:
    """A grant or lender loan handed over before the workshop: the plan asks for money the
    group already holds (or the date is mistyped). The cash flow counts it from its day
    (:func:`pra.plan.business.analysis_start`), so it is said, not refused (rev16-lender 1)."""
    from pra.plan.lender import disbursement_date
    from pra.plan.sources import source_name

    held = ws.info.date
    if held is None:
        return
    sources: list[Grant | LenderLoan] = [*group.capital.grants, *group.capital.loans]
    for source in sources:
        day = disbursement_date(group, source)
        if day is not None and day < held:
            add(
                PraStep.CAPITAL,
                group.id,
                "plan.checks.handed_before_workshop",
                group=group.name,
                source=source_name(source),
                day=day,
                held=held,
            )


def _sales_start(group: BusinessGroup, add: Callable[..., None]) -> None:
    """A group with products and activity steps whose analysis does not say when selling
    starts, or chose a step that has no date: its cash flow sells from the plan's first
    month, whatever its steps say."""
    from pra.plan.business import sales_start, undated_sales_step

    if not group.analysis.products or not group.steps or sales_start(group) is not None:
        return
    undated = undated_sales_step(group)
    if undated is not None:
        add(
            PraStep.CALENDAR,
            group.id,
            "plan.checks.sales_step_undated",
            group=group.name,
            title=undated,
        )
        return
    add(
        PraStep.ANALYSIS,
        group.id,
        "plan.checks.sales_start_missing",
        group=group.name,
        steps_step=Notice(f"step.{PraStep.STEPS.value}"),
    )


def _rounds_unpaid(
    ws: Workshop, group: BusinessGroup, names: dict[str, str], add: Callable[..., None]
) -> None:
    """A later round of the fund lent from instalments the group's own cash flow cannot pay
    by then (:mod:`pra.plan.round_cash`)."""
    from pra.plan.business import analysis_start
    from pra.plan.round_cash import unpaid_rounds

    for hit in unpaid_rounds(group, analysis_start(group, ws.info.date)):
        fund_round = hit.round
        add(
            PraStep.ANALYSIS,
            group.id,
            "plan.checks.round_unpaid",
            group=group.name,
            number=fund_round.number,
            date=fund_round.date,
            who=tuple(names.get(m, m) for m in fund_round.member_ids),
            months=hit.months,
            reserve=Notice("plan.business.short_without_reserve") if hit.reserve else "",
            capital_step=Notice(f"step.{PraStep.CAPITAL.value}"),
        )


def _not_carried_on(ws: Workshop, group: BusinessGroup, add: Callable[..., None]) -> None:
    """A budget line paid for some months, with no fixed cost carrying it on after them."""
    from pra.plan.business import analysis_start
    from pra.plan.prepaid import not_carried_on

    for hit in not_carried_on(group, analysis_start(group, ws.info.date)):
        add(
            PraStep.ANALYSIS,
            group.id,
            "plan.checks.budget_months_not_carried_on",
            group=group.name,
            row=hit.row,
            item=hit.item,
            months=hit.months,
            unit=hit.unit,
            cash_flow_months=hit.cash_flow_months,
            capital_step=Notice(f"step.{PraStep.CAPITAL.value}"),
        )


def _steps_budget(group: BusinessGroup, add: Callable[..., None]) -> None:
    """The steps' costs against the budget paid in money, when both are there and differ."""
    from pra.plan.notice import Money
    from pra.plan.reconcile import steps_against_budget

    if not group.capital.budget or not any(s.cost for s in group.steps):
        return
    found = steps_against_budget(group)
    if not found.difference:
        return
    parts = tuple(
        Notice(f"plan.checks.steps_budget_{key}", {"amount": Money(amount)})
        for key, amount in (("in_kind", found.in_kind), ("member_loans", found.member_loans))
        if amount
    )
    add(
        PraStep.CAPITAL,
        group.id,
        "plan.checks.steps_budget_more"
        if found.difference > 0
        else "plan.checks.steps_budget_less",
        group=group.name,
        steps=Money(found.steps),
        budget=Money(found.cash),
        excluded=Notice(
            "plan.checks.steps_budget_excluded", {"total": Money(found.budget), "parts": parts}
        )
        if parts
        else "",
        difference=Money(abs(found.difference)),
        steps_step=Notice(f"step.{PraStep.STEPS.value}"),
    )


def _collection(group: BusinessGroup, add: Callable[..., None]) -> None:
    """The calendar's collection months against the instalment months, one sentence each way."""
    import datetime as dt

    from pra.plan.collection import collection_mismatch
    from pra.plan.periods import Period

    mismatch = collection_mismatch(group)
    if mismatch is None:
        return

    def months(found: tuple[tuple[int, int], ...]) -> tuple[Period, ...]:
        return tuple(Period("month", 0, dt.date(y, m, 1), dt.date(y, m, 1)) for y, m in found)

    if mismatch.uncollected:
        add(
            PraStep.STEPS,
            group.id,
            "plan.checks.collection_uncollected",
            group=group.name,
            months=months(mismatch.uncollected),
        )
    if mismatch.idle:
        add(
            PraStep.STEPS,
            group.id,
            "plan.checks.collection_idle",
            group=group.name,
            months=months(mismatch.idle),
        )


def _rest_days(group: BusinessGroup, add: Callable[..., None]) -> None:
    """Members' due dates in a marked holiday, a monthly lender loan's on a Sunday
    (:mod:`pra.plan.rest_days`)."""
    from pra.plan.rest_days import dues_on_rest_days
    from pra.plan.sources import source_name

    loans = {loan.id: loan for loan in group.capital.loans}
    for hit in dues_on_rest_days(group):
        if hit.loan_id is not None:
            add(
                PraStep.CAPITAL,
                group.id,
                "plan.checks.lender_due_on_sunday",
                group=group.name,
                source=source_name(loans[hit.loan_id]),
                dates=hit.sundays,
            )
            continue
        for holiday, dates in hit.holidays:
            add(
                PraStep.CAPITAL,
                group.id,
                "plan.checks.fund_due_in_holiday",
                group=group.name,
                dates=dates,
                holiday=holiday.label,
                first=holiday.start,
                last=holiday.end,
            )


def _due_dates(group: BusinessGroup, add: Callable[..., None]) -> None:
    """Due dates the calendar contradicts: a lender's instalment in a holiday, instalments due
    after the last collecting meeting with nobody named to collect them, the members' first
    instalments before any meeting collects them."""
    from pra.plan.collection import (
        due_after_collection,
        due_after_parts,
        fund_due_before_collection,
        lender_due_in_holidays,
    )
    from pra.plan.sources import source_name

    loans = {loan.id: loan for loan in group.capital.loans}
    for hit in lender_due_in_holidays(group):
        add(
            PraStep.CAPITAL,
            group.id,
            "plan.checks.lender_due_in_holiday",
            group=group.name,
            source=source_name(loans[hit.loan_id]),
            n=hit.number,
            date=hit.due,
            holiday=hit.holiday,
            first=hit.first,
            last=hit.last,
        )
    _rest_days(group, add)
    late = due_after_collection(group)
    if late is not None and not late.collector_ids:
        add(
            PraStep.STEPS,
            group.id,
            "plan.checks.due_after_collection",
            group=group.name,
            title=late.step_title,
            end=late.step_end,
            dues=due_after_parts(group, late),
        )
    early = fund_due_before_collection(group)
    if early is not None:
        add(
            PraStep.STEPS,
            group.id,
            "plan.checks.fund_due_before_collection",
            group=group.name,
            date=early.first_due,
            title=early.step_title,
            start=early.step_start,
        )
