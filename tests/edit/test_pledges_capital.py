"""Pledge and capital-plan edits, and the parsers for numbers typed in the room."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pra.edit import capital, pledges
from pra.errors import PraError
from pra.model import Workshop
from pra.plan.capital import capital_summary
from pra.plan.fund import member_share
from tests.edit.conftest import SEDAP

Fresh = tuple[Workshop, str, list[str]]


@pytest.mark.parametrize(
    ("text", "value"),
    [("500000", 500000), ("Rp 500.000", 500000), ("rp25,000", 25000), ("", None), ("0", 0)],
)
def test_parse_rupiah(text: str, value: int | None) -> None:
    assert capital.parse_rupiah(text) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("lima ribu", "edit.group.bad_money"),
        ("-5000", "edit.group.negative_money"),
        ("1.5", "edit.group.bad_money"),
        ("12.34.567", "edit.group.bad_money"),
    ],
)
def test_parse_rupiah_refuses(text: str, key: str) -> None:
    with pytest.raises(PraError) as caught:
        capital.parse_rupiah(text)
    assert caught.value.key == key


def test_parse_percent_and_whole() -> None:
    assert capital.parse_percent("1,5") == Decimal("1.5")
    assert capital.parse_percent("10 %") == Decimal(10)
    with pytest.raises(PraError):
        capital.parse_percent("120")
    with pytest.raises(PraError):
        capital.parse_percent("banyak")
    assert capital.parse_whole(" 12 ") == 12
    with pytest.raises(PraError):
        capital.parse_whole("2,5")


def test_pledge_add_toggle_cycle_move_remove(fresh: Fresh) -> None:
    ws, gid, members = fresh
    ws = pledges.add_pledge(ws, gid, members[0], kind="tool", description="Oven", value="200.000")
    ws = pledges.add_pledge(ws, gid, members[1], kind="labour", description="Tenaga")
    first, second = (p.id for p in ws.groups[0].pledges)
    assert ws.groups[0].pledges[0].value == 200000
    assert ws.groups[0].pledges[1].value is None
    kept = pledges.toggle_kept(ws, gid, first)
    assert kept.groups[0].pledges[0].kept is True
    cycled = pledges.cycle_kind(ws, gid, second)
    assert cycled.groups[0].pledges[1].kind == "other"
    assert pledges.cycle_kind(cycled, gid, second).groups[0].pledges[1].kind == "money"
    valued = pledges.update_pledge(ws, gid, second, value="Rp 50.000")
    assert valued.groups[0].pledges[1].value == 50000
    moved = pledges.move_pledge(ws, gid, second, -1)
    assert [p.id for p in moved.groups[0].pledges] == [second, first]
    assert [p.id for p in pledges.remove_pledge(ws, gid, first).groups[0].pledges] == [second]
    assert capital_summary(valued.groups[0]).own_total == 250000


def test_pledge_by_a_non_member_is_refused(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    outsider = ws.participants[3].id
    with pytest.raises(PraError) as caught:
        pledges.add_pledge(ws, gid, outsider, description="Uang")
    assert caught.value.key == "edit.group.not_member"


def test_plan_fields_from_typed_text(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    ws = capital.set_plan_field(ws, gid, "stimulus_per_member", "Rp 500.000")
    ws = capital.set_plan_field(ws, gid, "service_fee_percent", "1,5")
    ws = capital.set_plan_field(ws, gid, "loan_term_months", "10")
    ws = capital.set_plan_field(ws, gid, "compulsory_dues", "5.000")
    ws = capital.set_plan_field(ws, gid, "voluntary_savings", "  sukarela  ")
    plan = ws.groups[0].capital
    assert plan.stimulus_per_member == 500000
    assert plan.service_fee_percent == Decimal("1.5")
    assert plan.loan_term_months == 10
    assert plan.compulsory_dues == 5000
    # the dues and the voluntary rule live in the group's own-capital record, made once
    assert [s.kind for s in plan.sources] == ["own"]
    assert plan.own_capital is not None and plan.own_capital.voluntary_savings == "sukarela"
    assert plan.voluntary_savings == "sukarela"
    assert capital.plan_field_text(plan, "service_fee_percent") == "1,5"
    assert capital.plan_field_text(plan, "stimulus_per_member") == "500.000"
    # what a form shows is read back to the same value
    again = capital.set_plan_field(ws, gid, "stimulus_per_member", "500.000")
    assert again.groups[0].capital.stimulus_per_member == 500000
    with pytest.raises(PraError):
        capital.set_plan_field(ws, gid, "loan_term_months", "0")
    with pytest.raises(PraError):
        capital.set_plan_field(ws, gid, "colour", "x")


def test_deductions_percent_or_amount_feed_the_member_share(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    ws = capital.set_plan_field(ws, gid, "stimulus_per_member", "500000")
    ws = capital.add_deduction(ws, gid, "Cadangan", "10%", kind="reserve")
    ws = capital.add_deduction(ws, gid, "Administrasi", "1,5%", kind="admin")
    ws = capital.add_deduction(ws, gid, "Buku", "2.500", frequency="monthly")
    plan = ws.groups[0].capital
    assert [d.percent for d in plan.deductions] == [Decimal(10), Decimal("1.5"), None]
    assert plan.deductions[2].amount == 2500
    assert member_share(plan).received == 500000 - 50000 - 7500
    third = plan.deductions[2].id
    changed = capital.update_deduction(
        ws, gid, third, "Buku kas", "3000", kind="other", frequency="once"
    )
    assert changed.groups[0].capital.deductions[2].amount == 3000
    assert capital.deduction_amount_text(plan.deductions[1]) == "1,5%"
    moved = capital.move_deduction(ws, gid, third, -2)
    assert moved.groups[0].capital.deductions[0].id == third
    assert len(capital.remove_deduction(ws, gid, third).groups[0].capital.deductions) == 2
    with pytest.raises(PraError):
        capital.add_deduction(ws, gid, "Cadangan", "")


def test_budget_lines_rules_and_first_round(ws: Workshop) -> None:
    before = ws.group(SEDAP).capital  # type: ignore[union-attr]
    ws = capital.add_budget_line(
        ws,
        SEDAP,
        "Etalase",
        quantity="2",
        unit="unit",
        unit_price="Rp 150.000",
        source_id="fs-sm-own",
    )
    line = ws.group(SEDAP).capital.budget[-1]  # type: ignore[union-attr]
    assert (line.quantity, line.unit_price, line.source_id) == (2, 150000, "fs-sm-own")
    total = capital_summary(ws.group(SEDAP)).budget_total  # type: ignore[arg-type]
    assert (
        total
        == capital_summary(ws.group(SEDAP).model_copy(update={"capital": before})).budget_total
        + 300000
    )  # type: ignore[union-attr]
    ws2 = capital.update_budget_line(
        ws,
        SEDAP,
        line.id,
        "Etalase kaca",
        quantity="1",
        unit="unit",
        unit_price="200000",
        source_id="fs-sm-stimulan",
    )
    assert ws2.group(SEDAP).capital.budget[-1].item == "Etalase kaca"  # type: ignore[union-attr]
    ws3 = capital.move_budget_line(ws2, SEDAP, line.id, -100)
    assert ws3.group(SEDAP).capital.budget[0].id == line.id  # type: ignore[union-attr]
    assert (
        capital.remove_budget_line(ws3, SEDAP, line.id).group(SEDAP).capital.budget == before.budget
    )  # type: ignore[union-attr]
    ruled = capital.add_rule(ws, SEDAP, "Angsuran tiap minggu")
    rules = ruled.group(SEDAP).capital.rules  # type: ignore[union-attr]
    assert rules[-1] == "Angsuran tiap minggu"
    assert (
        capital.remove_rule(ruled, SEDAP, len(rules) - 1).group(SEDAP).capital.rules == before.rules
    )  # type: ignore[union-attr]
    # Sedap Malam's first round is six of its ten members; the last one borrows later
    member = ws.group(SEDAP).member_ids[-1]  # type: ignore[union-attr]
    first = capital.toggle_first_round(ws, SEDAP, member)
    assert first.group(SEDAP).capital.first_round_ids == (*before.first_round_ids, member)  # type: ignore[union-attr]
    assert (
        capital.toggle_first_round(first, SEDAP, member).group(SEDAP).capital.first_round_ids
        == before.first_round_ids
    )  # type: ignore[union-attr]


def test_cash_unit_from_typed_text(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    # a group made in the tool starts at Rp 500, payable in cash (rev16-lender 7)
    assert ws.groups[0].capital.cash_unit == 500
    ws = capital.set_plan_field(ws, gid, "cash_unit", "Rp 1.000")
    assert ws.groups[0].capital.cash_unit == 1000
    assert capital.plan_field_text(ws.groups[0].capital, "cash_unit") == "1.000"
    ws = capital.set_plan_field(ws, gid, "cash_unit", "500")
    assert ws.groups[0].capital.cash_unit == 500
    with pytest.raises(PraError) as emptied:  # never Rp 1 without a word
        capital.set_plan_field(ws, gid, "cash_unit", "")
    assert emptied.value.message("id") == (
        "Cicilan dibulatkan ke (Rp) belum diisi: ketik angkanya."
    )
    with pytest.raises(PraError) as refused:
        capital.set_plan_field(ws, gid, "cash_unit", "250")
    assert refused.value.message("id") == (
        'Satuan uang "250" tidak dikenal. Pilih 1, 100, 500 atau 1.000 rupiah.'
    )


def test_the_repayment_day_is_typed_as_a_day_or_left_empty(fresh: Fresh) -> None:
    ws, gid, _ = fresh
    ws = capital.set_plan_field(ws, gid, "repayment_day", " 5 ")
    assert ws.groups[0].capital.repayment_day == 5
    # shown with its unit (review10t: "Angsuran jatuh  6"), and read back the same
    assert capital.plan_field_text(ws.groups[0].capital, "repayment_day") == "tanggal 5"
    again = capital.set_plan_field(ws, gid, "repayment_day", "tanggal 5")
    assert again.groups[0].capital.repayment_day == 5
    emptied = capital.set_plan_field(ws, gid, "repayment_day", "")
    assert emptied.groups[0].capital.repayment_day is None  # the hand-over's own day
    assert capital.plan_field_text(emptied.groups[0].capital, "repayment_day") == ""
    for typed in ("0", "32", "5a", "tanggal 32", "mingguan 9", "Kamis 5"):
        with pytest.raises(PraError) as caught:
            capital.set_plan_field(ws, gid, "repayment_day", typed)
        assert caught.value.key == "edit.group.bad_repayment_day"


def test_the_repayment_frequency_and_day_are_typed_as_a_lenders_are(fresh: Fresh) -> None:
    """#13: "mingguan Kamis" (or "setiap Kamis", "Kamis") repays weekly on Thursdays, "tgl 5"
    and "bulanan tgl 5" monthly on the 5th; emptied, the hand-over's day in the same frequency."""
    ws, gid, _ = fresh
    for typed, frequency, day, shown in (
        ("mingguan Kamis", "weekly", 4, "mingguan Kamis"),
        ("setiap Senin", "weekly", 1, "mingguan Senin"),
        ("", "weekly", None, "mingguan"),
        ("Jumat", "weekly", 5, "mingguan Jumat"),
        ("tgl 5", "monthly", 5, "tanggal 5"),
        ("mingguan", "weekly", None, "mingguan"),
        ("bulanan tgl 31", "monthly", 31, "tanggal 31"),
        ("bulanan", "monthly", None, ""),
    ):
        ws = capital.set_plan_field(ws, gid, "repayment_day", typed)
        plan = ws.groups[0].capital
        assert (plan.repayment_frequency, plan.repayment_day) == (frequency, day), typed
        assert capital.plan_field_text(plan, "repayment_day") == shown, typed


@pytest.mark.parametrize("typed", ["mingguan tgl 5", "bulanan Kamis", "setiap bulan hari Senin"])
def test_a_repayment_frequency_against_its_day_is_refused(fresh: Fresh, typed: str) -> None:
    """Review 10 (4): "mingguan tgl 5" was kept as weekly on Fridays (the 5th taken as
    weekday 5), "bulanan Kamis" as monthly on the 4th; now refused with a sentence, the plan
    unchanged."""
    ws, gid, _ = fresh
    before = ws.groups[0].capital
    with pytest.raises(PraError) as caught:
        capital.set_plan_field(ws, gid, "repayment_day", typed)
    assert caught.value.key == "edit.funding.day_against_frequency"
    assert caught.value.message("id") == (
        f'"{typed}" tidak cocok: angsuran mingguan jatuh pada hari (mis. mingguan Kamis), '
        "angsuran bulanan pada tanggal (mis. bulanan tgl 5). Tulis hari atau tanggal yang "
        "sesuai dengan jadwalnya."
    )
    assert ws.groups[0].capital == before


def test_the_repayment_day_is_shown_in_english_and_read_back(fresh: Fresh) -> None:
    """Review rev13-code F-f: the English form showed "tanggal 6" and "mingguan Kamis"."""
    from pra import i18n

    ws, gid, _ = fresh
    i18n.set_language("en")
    for typed, shown in (
        ("tgl 6", "day 6"),
        ("mingguan Kamis", "weekly Thursday"),
        ("weekly", "weekly"),
    ):
        ws = capital.set_plan_field(ws, gid, "repayment_day", typed)
        plan = ws.groups[0].capital
        assert capital.plan_field_text(plan, "repayment_day") == shown, typed
        again = capital.set_plan_field(ws, gid, "repayment_day", shown).groups[0].capital
        assert (again.repayment_frequency, again.repayment_day) == (
            plan.repayment_frequency,
            plan.repayment_day,
        )
