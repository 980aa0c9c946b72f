"""Properties that hold for any input: money, schedule order, tallies, group placement."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model import (
    BusinessIdea,
    CapitalPlan,
    Deduction,
    DotBallot,
    DotVoting,
    OwnCapital,
    Participant,
    Skill,
    Step,
    Workshop,
)
from pra.plan.formatting import format_rupiah
from pra.plan.fund import member_share, monthly_charges, repayment_schedule
from pra.plan.grouping import suggest_groups
from pra.plan.periods import Unit
from pra.plan.revolving import revolving_fund
from pra.plan.schedule import schedule_steps
from pra.plan.votes import tally_dots

from .factory import people, problems, step

percents = st.decimals(min_value=0, max_value=100, places=1, allow_nan=False)


@st.composite
def deductions(draw: st.DrawFn, stimulus: int) -> tuple[Deduction, ...]:
    """Percent or fixed-amount deductions, once or monthly, together up to beyond the stimulus."""
    out = []
    for i in range(draw(st.integers(0, 4))):
        frequency = draw(st.sampled_from(["once", "monthly"]))
        if draw(st.booleans()):
            out.append(
                Deduction(
                    id=f"d{i}", label=f"potongan {i}", percent=draw(percents), frequency=frequency
                )
            )
        else:
            amount = draw(st.integers(0, 2 * stimulus + 10_000))
            out.append(
                Deduction(id=f"d{i}", label=f"potongan {i}", amount=amount, frequency=frequency)
            )
    return tuple(out)


@st.composite
def capital_plans(draw: st.DrawFn) -> tuple[CapitalPlan, list[str]]:
    n = draw(st.integers(0, 30))
    members = [f"m{i}" for i in range(n)]
    first = draw(st.lists(st.sampled_from(members), unique=True)) if members else []
    stimulus = draw(st.integers(0, 5_000_000))
    plan = CapitalPlan(
        stimulus_per_member=stimulus,
        deductions=draw(deductions(stimulus)),
        sources=(OwnCapital(id="own", compulsory_dues=draw(st.integers(0, 20_000))),),
        service_fee_percent=draw(st.decimals(min_value=0, max_value=5, places=2)),
        loan_term_months=draw(st.integers(1, 24)),
        first_round_ids=tuple(first),
    )
    return plan, members


@settings(max_examples=300, deadline=None)
@given(capital_plans())
def test_money_is_conserved_to_the_rupiah(case: tuple[CapitalPlan, list[str]]) -> None:
    plan, members = case
    loan, term = plan.stimulus_per_member, plan.loan_term_months
    share = member_share(plan)
    once = [d for d in plan.deductions if d.frequency == "once"]
    assert [d.deduction_id for d in share.deductions] == [d.id for d in once]
    assert share.deducted == sum(d.amount for d in share.deductions)
    assert share.received == max(loan - share.deducted, 0)
    assert bool(share.warnings) == (share.deducted > loan)
    # the one-line sum is true arithmetic, also when the deductions exceed the stimulus
    formula = share.formula("id")
    if share.deducted > loan:
        assert f"= {format_rupiah(loan - share.deducted, 'id')}: " in formula
    else:
        assert formula.endswith(f" = {format_rupiah(loan - share.deducted, 'id')}")

    ledger = revolving_fund(plan, members)
    assert ledger.paid_in == ledger.paid_out + ledger.balance
    fees = sum(r.fees_in for r in ledger.rows)
    dues = sum(r.dues_in for r in ledger.rows)
    principal = sum(r.principal_in for r in ledger.rows)
    # nothing leaks: cash plus what borrowers still owe is the stimulus plus everything earned
    assert (
        ledger.balance + ledger.outstanding == ledger.stimulus_total + ledger.retained + fees + dues
    )
    borrowed = [m for r in ledger.rounds for m in r.member_ids]
    assert len(borrowed) == len(set(borrowed)) == len(members) - len(ledger.waiting)
    # the fund keeps what it does not hand over, never more than the loan per borrower
    assert ledger.retained == (loan - share.received) * len(borrowed)
    assert ledger.paid_out == share.received * len(borrowed)
    assert principal + ledger.outstanding == loan * len(borrowed)
    fee, other = monthly_charges(plan)
    assert other == sum(d.amount for d in share.monthly)
    # the ledger runs until every loan handed over is repaid, even past MAX_MONTHS
    assert ledger.outstanding == 0
    assert fees == (fee + other) * term * len(borrowed)
    opening = 0
    for row in ledger.rows:
        assert row.opening == opening + (ledger.stimulus_total if row.month == 0 else 0)
        assert row.closing >= 0
        opening = row.closing

    rep = repayment_schedule(plan)
    assert rep.total_principal == loan
    assert rep.rows[-1].remaining == 0
    assert rep.total_paid == loan + (fee + plan.compulsory_dues + other) * term
    assert all(r.other == other for r in rep.rows)


@st.composite
def step_lists(draw: st.DrawFn, acyclic: bool) -> list[Step]:
    n = draw(st.integers(0, 25))
    steps = []
    for i in range(n):
        pool = list(range(i)) if acyclic else list(range(n))
        deps = draw(st.lists(st.sampled_from(pool), max_size=3, unique=True)) if pool else []
        fixed = draw(st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)))
        steps.append(
            step(
                f"s{i}",
                draw(st.integers(1, 6)),
                [f"s{d}" for d in deps],
                start=fixed,
            )
        )
    return draw(st.permutations(steps))


@settings(max_examples=150, deadline=None)
@given(step_lists(acyclic=True), st.sampled_from(["week", "month"]))
def test_no_step_starts_before_its_dependencies_end(steps: list[Step], unit: Unit) -> None:
    s = schedule_steps(steps, unit, dt.date(2026, 3, 1))
    ends = {x.step_id: x.end for x in s.steps}
    for x, original in zip(s.steps, steps, strict=True):
        assert x.step_id == original.id
        assert set(x.depends_on) == set(original.depends_on)  # acyclic: every link honoured
        assert all(ends[d] <= x.start for d in x.depends_on)
        assert x.end - x.start >= 1 and x.slack >= 0
    assert not any(w.key == "plan.schedule.cycle" for w in s.warnings)


@settings(max_examples=150, deadline=None)
@given(step_lists(acyclic=False))
def test_any_dependency_graph_gets_a_schedule(steps: list[Step]) -> None:
    s = schedule_steps(steps, "month", dt.date(2026, 3, 1))
    assert len(s.steps) == len(steps)
    ends = {x.step_id: x.end for x in s.steps}
    for x in s.steps:
        assert all(ends[d] <= x.start for d in x.depends_on)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, 8),
    st.lists(
        st.dictionaries(st.sampled_from([f"m{i}" for i in range(10)]), st.integers(1, 5)),
        max_size=30,
    ),
)
def test_tallies_never_exceed_dots_cast(n_problems: int, raw: list[dict[str, int]]) -> None:
    ps = problems(*[f"Masalah {i}" for i in range(n_problems)])
    vote = DotVoting(
        dots_per_person=5,
        ballots=tuple(DotBallot(participant_id=f"p{i:02d}", dots=d) for i, d in enumerate(raw)),
    )
    tally = tally_dots(ps, vote, people(len(raw)))
    cast_on_known = sum(n for d in raw for ref, n in d.items() if int(ref[1:]) < n_problems)
    assert tally.dots_cast == cast_on_known == sum(r.score for r in tally.rows)
    assert all(0 <= r.score <= tally.dots_cast for r in tally.rows)
    assert all(0.0 <= r.share <= 1.0 for r in tally.rows)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["01", "02", "05", "10", "11", ""]), st.booleans()), max_size=60
    ),
    st.lists(st.sets(st.integers(0, 59)), min_size=1, max_size=5),
    st.lists(st.sets(st.integers(0, 4), min_size=0, max_size=3), max_size=4),
    st.integers(1, 6),
    st.integers(6, 12),
)
def test_grouping_never_places_a_person_twice(
    rows: list[tuple[str, bool]],
    holders: list[set[int]],
    needs: list[set[int]],
    min_size: int,
    max_size: int,
) -> None:
    ps = tuple(
        Participant(id=f"p{i:02d}", name=f"Orang {i}", rt=rt, present=here)
        for i, (rt, here) in enumerate(rows)
    )
    ws = Workshop(
        id="ws",
        participants=ps,
        skills=tuple(
            Skill(
                id=f"sk{j}",
                name=f"keterampilan {j}",
                holder_ids=tuple(f"p{i:02d}" for i in sorted(h) if i < len(ps)),
            )
            for j, h in enumerate(holders)
        ),
        ideas=tuple(
            BusinessIdea(
                id=f"id{k}",
                name=f"Usaha {k}",
                skill_ids=tuple(f"sk{j}" for j in sorted(n) if j < len(holders)),
            )
            for k, n in enumerate(needs)
        ),
    )
    s = suggest_groups(ws, min_size=min_size, max_size=max_size)
    placed = [m for g in s.groups for m in g.member_ids]
    assert len(placed) == len(set(placed))
    assert not set(placed) & set(s.leftover_ids)
    assert set(placed) | set(s.leftover_ids) == {p.id for p in ps if p.present}
    assert all(min_size <= len(g.member_ids) <= max_size for g in s.groups)
    assert s == suggest_groups(ws, min_size=min_size, max_size=max_size)
