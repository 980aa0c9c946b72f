"""The activity steps' costs against the budget (RAB), worked on the examples (issue 13)."""

from __future__ import annotations

import pytest

from pra.model import PraStep, Workshop
from pra.plan.checks import input_checks
from pra.plan.reconcile import steps_against_budget
from pra.resources import example_path

NB = "\u00a0"


def example(name: str) -> Workshop:
    return Workshop.model_validate_json(example_path(name).read_text(encoding="utf-8"))


def with_step_cost(ws: Workshop, group_index: int, step_id: str, cost: int) -> Workshop:
    groups = list(ws.groups)
    group = groups[group_index]
    steps = tuple(
        s.model_copy(update={"cost": cost}) if s.id == step_id else s for s in group.steps
    )
    groups[group_index] = group.model_copy(update={"steps": steps})
    return ws.model_copy(update={"groups": tuple(groups)})


@pytest.mark.parametrize("name", ["palembang", "surabaya", "yogyakarta"])
def test_every_example_group_spends_in_its_steps_what_its_budget_holds(name: str) -> None:
    for group in example(name).groups:
        found = steps_against_budget(group)
        assert (group.name, found.difference) == (group.name, 0)


def test_sedap_malam_as_the_lender_read_it_is_named_with_both_totals() -> None:
    ws = example("palembang")
    sedap = ws.groups[0]
    assert sedap.name == "Kelompok Sedap Malam"
    # The lender's reading: the working capital step cost nothing, so the steps added up to
    # 50.000 + 1.470.000 + 870.000 + 100.000 + 300.000 + 10.000 = 2.800.000. The RAB is
    # 3.500.000 from the grant (oven 700.000, mixer 250.000, loyang 250.000, baskom 120.000,
    # kompor 150.000, materials 720.000, packaging 150.000, working capital 2 × 580.000) and
    # 500.000 from the own capital (the chair's oven 200.000, a bicycle 300.000): 4.000.000.
    # The own lines are met by the goods pledged and given (612.500 ≥ 500.000), so the RAB in
    # money is 4.000.000 − 500.000 = 3.500.000, and 700.000 of it is spent by no step.
    # Since #13 the RAB also has what the members buy with their loans, 6 × 125.000 + 6 ×
    # 100.000 = 1.350.000 (all they receive): 5.350.000 − 500.000 − 1.350.000 = 3.500.000.
    ws = with_step_cost(ws, 0, "st-sm-7", 0)
    found = steps_against_budget(ws.groups[0])
    assert (found.steps, found.budget, found.in_kind, found.cash, found.difference) == (
        2_800_000,
        5_350_000,
        500_000,
        3_500_000,
        -700_000,
    )
    checks = [c for c in input_checks(ws) if c.notice.key.startswith("plan.checks.steps_budget")]
    assert [(c.step, c.group_id) for c in checks] == [(PraStep.CAPITAL, sedap.id)]
    assert checks[0].notice.text("id") == (
        f"Biaya langkah kegiatan Kelompok Sedap Malam berjumlah Rp{NB}2.800.000, lebih kecil "
        f"daripada belanja tunai di RAB Rp{NB}3.500.000 (RAB Rp{NB}5.350.000 tanpa barang dan "
        f"tenaga janji hati Rp{NB}500.000, barang yang dibeli anggota dengan pinjamannya "
        f"Rp{NB}1.350.000): selisih Rp{NB}700.000 di RAB tidak dibelanjakan oleh "
        "langkah mana pun. Tambahkan biaya itu pada langkah yang membelanjakannya (langkah "
        '"Langkah kegiatan"), atau perbaiki RAB (langkah "Modal dan dana bergulir").'
    )


def test_tri_astha_leaves_out_what_the_members_buy_with_their_loans() -> None:
    ws = example("yogyakarta")
    # A training's cost raised from 150.000 to 200.000: the steps cost 10.000 + 60.000 +
    # 200.000 + 150.000 + 5.000 = 425.000. The RAB is 3.925.000 the members buy with their
    # loans (10 × 392.500, what each receives since #13), 60.000 books, 315.000 catering and
    # 300.000 of workshop tools given in kind: 4.600.000; in money 4.600.000 − 300.000 −
    # 3.925.000 = 375.000, so the steps cost 50.000 more than any source pays.
    ws = with_step_cost(ws, 0, "st-ta-5", 200_000)
    found = steps_against_budget(ws.groups[0])
    assert (found.steps, found.budget, found.member_loans, found.in_kind, found.cash) == (
        425_000,
        4_600_000,
        3_925_000,
        300_000,
        375_000,
    )
    (check,) = [c for c in input_checks(ws) if c.notice.key.startswith("plan.checks.steps_")]
    assert check.notice.text("en") == (
        f'The activity steps of KUW "Tri Astha" cost Rp{NB}425,000, more than the budget paid '
        f"in money, Rp{NB}375,000 (budget Rp{NB}4,600,000 without goods and labour pledged "
        f"Rp{NB}300,000, goods the members buy with their loans Rp{NB}3,925,000): the difference "
        f"of Rp{NB}50,000 has no funding source. Put that cost in the budget with its source "
        '(step "Capital and revolving fund"), or correct the steps\' costs (step "Activity '
        'steps").'
    )


def test_a_group_without_a_budget_or_without_step_costs_is_not_compared() -> None:
    ws = example("surabaya")
    groups = list(ws.groups)
    groups[0] = groups[0].model_copy(
        update={"capital": groups[0].capital.model_copy(update={"budget": ()})}
    )
    groups[1] = groups[1].model_copy(
        update={"steps": tuple(s.model_copy(update={"cost": 0}) for s in groups[1].steps)}
    )
    ws = ws.model_copy(update={"groups": tuple(groups)})
    assert not [c for c in input_checks(ws) if c.notice.key.startswith("plan.checks.steps_")]
