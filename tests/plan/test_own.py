"""The own capital's budget (RAB) lines met by the goods given that are their items (issue 13)."""

from __future__ import annotations

from collections.abc import Sequence

from pra.model import BudgetLine, BusinessGroup, CapitalPlan, OwnCapital, Pledge, Workshop
from pra.plan.ledger import Use, funding_ledger
from pra.plan.own import own_spending, thing_words
from pra.plan.reconcile import steps_against_budget
from pra.resources import example_path

NB = "\u00a0"


def jaya_bersama() -> BusinessGroup:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    group = ws.groups[1]
    assert group.name == "Kelompok Jaya Bersama"
    return group


def test_jaya_bersama_cutting_table_is_paid_in_cash_not_by_the_thread_pledged() -> None:
    # The own capital's RAB lines: the chair's sewing machine 500.000, a member's sewing
    # machine 450.000, the cutting table 100.000 = 1.050.000.
    # Goods given (kept): Zulkifli's sewing machine 500.000, Ismail's sewing machine 450.000,
    # Darmawati's thread, needles and chalk 35.000, Halimah's cloth scraps 25.000 = 1.010.000.
    # Junaidi's "Membuat meja potong dari kayu" (100.000) is not kept: nothing is given yet.
    # By item: machine ← machine 500.000, machine ← machine 450.000; no goods given are a
    # cutting table, so its 100.000 is paid in cash (the own cash: paid-in pledged money
    # 100.000 + 50.000 = 150.000 is enough). The thread and scraps (60.000) stay in kind.
    # By amount (the old rule) the table would have rested on 60.000 of thread and scraps:
    # in kind min(1.050.000, 1.010.000) = 1.010.000, cash 40.000.
    group = jaya_bersama()
    spent = own_spending(group)
    assert (spent.in_kind_lines, spent.cash_lines, spent.by_amount) == (950_000, 100_000, ())
    own = funding_ledger(group).sources[2]
    assert own.kind == "own"
    # 150.000 cash − 100.000 = 50.000 in the till; 1.010.000 − 950.000 = 60.000 in kind
    assert _by_key(own.uses) == [
        ("assets", 1_050_000),
        ("till", 50_000),
        ("in_kind", 60_000),
    ]
    assert own.money_in == own.used == 1_160_000
    assert funding_ledger(group).checks == ()
    # the steps spend in money what the RAB pays in money: 3.000.000 (BMM) + 100.000
    found = steps_against_budget(group)
    assert (found.in_kind, found.cash, found.difference) == (950_000, 3_100_000, 0)


def test_thing_words_leave_out_owners_giving_and_units() -> None:
    assert thing_words("Mesin jahit milik ketua") == {"mesin", "jahit"}
    assert thing_words("Menyumbang mesin jahit") == {"mesin", "jahit"}
    assert thing_words("Meja potong buatan anggota") == {"meja", "potong"}
    assert thing_words("Benang, jarum dan kapur jahit") == {"benang", "jarum", "kapur", "jahit"}
    assert thing_words("Sépeda 2 unit") == {"sepeda"}


def group_with(pledges: tuple[Pledge, ...], lines: tuple[BudgetLine, ...]) -> BusinessGroup:
    return BusinessGroup(
        id="g",
        name="Kelompok Uji",
        member_ids=("p1", "p2", "p3"),
        pledges=pledges,
        capital=CapitalPlan(sources=(OwnCapital(id="own"),), budget=lines),
    )


def line(item: str, price: int) -> BudgetLine:
    return BudgetLine(id=f"b-{len(item)}-{price}", item=item, unit_price=price, source_id="own")


def pledge(n: int, kind: str, description: str, value: int, kept: bool = True) -> Pledge:
    return Pledge(
        id=f"pl{n}",
        participant_id=f"p{n}",
        kind=kind,  # type: ignore[arg-type]
        description=description,
        value=value,
        kept=kept,
    )


def test_goods_that_are_no_line_item_do_not_pay_for_a_line_and_the_ledger_says_so() -> None:
    # The oven line 200.000 is met by the oven given 200.000; the table line 150.000 by no
    # goods: flour given 150.000 is not a table. The own cash is 50.000 (money paid in), so
    # the lines need 150.000 in cash and 100.000 is over: available 50.000 + 200.000 = 250.000
    # against lines 350.000.
    group = group_with(
        (
            pledge(1, "tool", "Oven", 200_000),
            pledge(2, "materials", "Tepung terigu 10 kg", 150_000),
            pledge(3, "money", "Modal tunai", 50_000),
        ),
        (line("Oven milik ketua", 200_000), line("Meja kayu", 150_000)),
    )
    spent = own_spending(group)
    assert (spent.in_kind_lines, spent.cash_lines) == (200_000, 150_000)
    ledger = funding_ledger(group)
    assert ledger.sources[0].over == 100_000
    assert [c.key for c in ledger.checks] == ["plan.ledger.over_own"]
    assert (
        ledger.checks[0]
        .text("id")
        .startswith(f"Anggaran membelanjakan Rp{NB}350.000 dari Modal sendiri (swadaya), padahal ")
    )
    assert f"hanya Rp{NB}250.000." in ledger.checks[0].text("id")


def test_goods_pledged_without_a_name_meet_a_line_by_value_and_the_plan_names_it() -> None:
    # A tool pledged with no description (100.000): nothing to match, so it meets the line
    # left unmet by value, and the ledger's check sentence (printed on the plan) names it.
    group = group_with(
        (pledge(1, "tool", "", 100_000), pledge(2, "tool", "Kompor", 80_000)),
        (line("Kompor gas", 80_000), line("Rak piring", 100_000)),
    )
    spent = own_spending(group)
    assert (spent.in_kind_lines, spent.cash_lines, spent.by_amount) == (
        180_000,
        0,
        (("Rak piring", 100_000),),
    )
    checks = funding_ledger(group).checks
    assert [c.text("id") for c in checks] == [
        f'Baris RAB "Rak piring" dianggap dipenuhi barang janji hati senilai Rp{NB}100.000 '
        "menurut nilainya saja, karena janji hatinya tidak menyebut barangnya: tulis nama "
        'barangnya di janji hati (langkah "Janji hati").'
    ]


def test_one_line_is_met_by_two_pledges_of_its_item_and_an_unkept_one_counts_nothing() -> None:
    # "Mesin jahit" 950.000 ← machine 500.000 + machine 300.000 given; the machine promised
    # (not kept) 450.000 counts nothing: 150.000 in cash.
    group = group_with(
        (
            pledge(1, "tool", "Mesin jahit", 500_000),
            pledge(2, "tool", "Menyumbang mesin jahit tua", 300_000),
            pledge(3, "tool", "Mesin jahit", 450_000, kept=False),
        ),
        (line("Mesin jahit", 950_000),),
    )
    spent = own_spending(group)
    assert (spent.in_kind_lines, spent.cash_lines) == (800_000, 150_000)


def test_labour_never_pays_for_the_materials_line_and_the_opening_cash_sets_the_money_aside() -> (
    None
):
    # Issue 15 (1). The own capital's RAB: "Bahan kue (tepung, gula, telur)" 150.000, materials
    # paid ahead. Kept pledges: labour "Tenaga membuat kue" 150.000 (shares the word "kue"
    # with the line), labour with no description 80.000, money 200.000.
    # Labour buys no flour: the line is paid in cash, 150.000 of the 200.000. The opening
    # cash: own cash 200.000 − RAB 150.000 + the materials paid ahead kept in the cash
    # 150.000 = 200.000, of which 150.000 is set aside for materials. In kind: the labour
    # 150.000 + 80.000 = 230.000, meeting no line.
    # Before the fix: in_kind_lines 150.000, cash_lines 0, so nothing was set aside.
    from pra.plan.business import opening_cash
    from pra.plan.capital import capital_summary

    materials = BudgetLine(
        id="b-bahan",
        item="Bahan kue (tepung, gula, telur)",
        unit_price=150_000,
        source_id="own",
        prepaid="materials",
    )
    group = group_with(
        (
            pledge(1, "labour", "Tenaga membuat kue", 150_000),
            pledge(2, "labour", "", 80_000),
            pledge(3, "money", "Modal tunai", 200_000),
        ),
        (materials,),
    )
    spent = own_spending(group)
    assert (spent.in_kind_lines, spent.cash_lines, spent.by_amount) == (0, 150_000, ())
    opening = opening_cash(group)
    assert (opening.in_kind, opening.in_kind_lines, opening.prepaid, opening.cash) == (
        230_000,
        0,
        150_000,
        200_000,
    )
    own = funding_ledger(group).sources[0]
    assert _by_key(own.uses) == [
        ("prepaid", 150_000),
        ("till", 50_000),
        ("in_kind", 230_000),
    ]
    assert funding_ledger(group).checks == ()
    # the plan says how labour counts, after the own contribution's line
    keys = [n.key for n in capital_summary(group).lines]
    at = keys.index("plan.capital.line_own")
    assert keys[at + 1] == "plan.capital.line_own_labour"
    assert capital_summary(group).lines[at + 1].text("id") == (
        f"Tenaga janji hati senilai Rp{NB}230.000 dihitung sebagai swadaya, bukan uang: "
        "tenaga tidak membayar barang atau bahan yang dibeli menurut RAB."
    )


def test_a_labour_pledge_without_a_description_meets_no_line_by_value() -> None:
    # Issue 15 (1): a labour pledge with no words used to meet any line by value and be
    # named as goods (by_amount). Now the rack 100.000 is paid in cash; the tool without a
    # name (60.000) still meets what is left of it by value: 60.000 in kind, 40.000 cash.
    group = group_with(
        (pledge(1, "labour", "", 100_000), pledge(2, "tool", "", 60_000)),
        (line("Rak piring", 100_000),),
    )
    spent = own_spending(group)
    assert (spent.in_kind_lines, spent.cash_lines, spent.by_amount) == (
        60_000,
        40_000,
        (("Rak piring", 60_000),),
    )


def _by_key(uses: Sequence[Use]) -> list[tuple[str, int]]:
    """The uses summed by key, runs of one key merged: the own capital says each good and
    each cash pledge on its own row (#13); these tests check the sums per kind of use."""
    merged: list[tuple[str, int]] = []
    for u in uses:
        if merged and merged[-1][0] == u.key:
            merged[-1] = (u.key, merged[-1][1] + u.amount)
        else:
            merged.append((u.key, u.amount))
    return merged
