"""What the members' loans buy (#13, rev14-lender finding 2: "the members' loans are used
nowhere, yet the business repays them"): the budget lines the members buy with their loans
against the cash they receive, the part lent for no line said and warned about, and those
lines never paid from the group's cash as well."""

from __future__ import annotations

from pra.model import BusinessGroup, Workshop
from pra.plan.business import opening_cash
from pra.plan.capital import capital_summary
from pra.plan.checks import input_checks
from pra.plan.loan_use import loan_use, repaid_from_profit, summary_line
from pra.resources import example_path


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def _keep_member_lines(group: BusinessGroup, keep: int) -> BusinessGroup:
    """``group`` with only its first ``keep`` budget lines bought with the members' loans."""
    lines, seen = [], 0
    for b in group.capital.budget:
        if b.member_loans:
            seen += 1
            if seen > keep:
                continue
        lines.append(b)
    capital = group.capital.model_copy(update={"budget": tuple(lines)})
    return group.model_copy(update={"capital": capital})


def _with(ws: Workshop, index: int, group: BusinessGroup) -> Workshop:
    groups = list(ws.groups)
    groups[index] = group
    return ws.model_copy(update={"groups": tuple(groups)})


def _texts(notices: object) -> list[str]:
    return [n.text("id").replace("\u00a0", " ") for n in notices]  # type: ignore[attr-defined]


def test_jaya_bersama_says_what_its_members_loans_buy_to_the_rupiah() -> None:
    # By hand: 10 borrowers × (500.000 − simpanan pokok 25.000) = 4.750.000 received; the RAB's
    # member lines: 10 × 400.000 (used sewing machines) + 10 × 75.000 (scissors …) = 4.750.000
    jaya = palembang().groups[1]
    use = loan_use(jaya)
    assert use is not None
    assert (use.lent, use.used, use.unassigned) == (4_750_000, 4_750_000, 0)
    assert repaid_from_profit(jaya) is None
    assert (
        "Pinjaman putaran pertama dipakai anggota untuk: Mesin jahit bekas di rumah"
        " Rp 4.000.000; Gunting dan alat jahit sendiri Rp 750.000; jumlah"
        " Rp 4.750.000 dari Rp 4.750.000 yang diterima anggota."
    ) in _texts(capital_summary(jaya).lines)


def test_the_shipped_examples_lend_nothing_without_a_plan_for_its_use() -> None:
    for name in ("palembang", "surabaya", "yogyakarta"):
        ws = Workshop.model_validate_json(example_path(name).read_text(encoding="utf-8"))
        for g in ws.groups:
            use = loan_use(g)
            assert use is None or use.unassigned == 0, (name, g.name)
        found = [c for c in input_checks(ws) if c.notice.key.startswith("plan.checks.loans_un")]
        assert not found


def test_the_part_lent_for_no_line_is_said_and_pra_check_warns() -> None:
    # Only the machines kept: 4.750.000 − 4.000.000 = 750.000 lent for no budget line; the
    # business's cash flow pays the members' instalments, so they come from its profit
    ws = palembang()
    jaya = _keep_member_lines(ws.groups[1], 1)
    use = loan_use(jaya)
    assert use is not None and use.unassigned == 750_000
    lines = _texts(capital_summary(jaya).lines)
    assert (
        "Rp 750.000 dari Rp 4.750.000 yang diterima anggota dipinjamkan tanpa rencana"
        " penggunaan: tidak ada baris RAB yang dibeli anggota dengan uang itu." in lines
    )
    summary = summary_line(jaya)
    assert summary is not None
    assert summary.text("id").replace("\u00a0", " ") == (
        "Pinjaman putaran pertama membeli: Mesin jahit bekas di rumah"
        " (Rp 4.000.000 dari Rp 4.750.000); Rp 750.000 dipinjamkan tanpa rencana penggunaan."
    )
    unused = repaid_from_profit(jaya)
    assert unused is not None
    assert "Rp 750.000 tidak membeli apa pun untuk usaha" in unused.text("id").replace(
        "\u00a0", " "
    )
    [check] = [
        c
        for c in input_checks(_with(ws, 1, jaya))
        if c.notice.key == "plan.checks.loans_unassigned"
    ]
    assert check.group_id == jaya.id
    assert check.notice.text("id").replace("\u00a0", " ") == (
        "Kelompok Jaya Bersama: Rp 750.000 dari pinjaman anggota (Rp 4.750.000) dipinjamkan"
        " tanpa rencana penggunaan — tidak ada baris RAB yang dibeli anggota dengan uang itu."
        " Arus kas usaha membayar angsurannya, jadi angsuran itu datang dari laba usaha, bukan"
        " dari apa yang dibeli pinjaman itu. Tandai baris RAB yang dibeli anggota dengan"
        ' pinjamannya, atau tambahkan barisnya, di langkah "Modal dan dana bergulir".'
    )


def test_no_line_at_all_and_no_business_to_repay_from() -> None:
    ws = palembang()
    jaya = _keep_member_lines(ws.groups[1], 0)
    jaya = jaya.model_copy(update={"analysis": jaya.analysis.model_copy(update={"products": ()})})
    assert (
        _texts(capital_summary(jaya).lines).count(
            "Pinjaman itu dipinjamkan tanpa rencana penggunaan: tidak ada baris RAB yang dibeli"
            " anggota dengan pinjamannya."
        )
        == 1
    )
    assert repaid_from_profit(jaya) is None  # no cash flow pays the instalments
    [check] = [
        c
        for c in input_checks(_with(ws, 1, jaya))
        if c.notice.key == "plan.checks.loans_unassigned_all"
    ]
    text = check.notice.text("id").replace("\u00a0", " ")
    assert text.startswith(
        "Kelompok Jaya Bersama: pinjaman anggota Rp 4.750.000 seluruhnya dipinjamkan tanpa"
        " rencana penggunaan"
    )
    assert "Arus kas usaha" not in text


def test_lines_the_members_buy_are_not_paid_from_the_groups_cash_too() -> None:
    # the opening cash of the business is the same with or without the member lines: they are
    # the members' use of their loans, never the group's money as well
    jaya = palembang().groups[1]
    bare = _keep_member_lines(jaya, 0)
    assert opening_cash(jaya) == opening_cash(bare)
    assert capital_summary(jaya).budget_total - capital_summary(bare).budget_total == 4_750_000


def test_the_later_rounds_loans_are_said_apart_and_repaid_from_the_profit() -> None:
    """rev15-lender 1: Sedap Malam's budget buys Rp 1.350.000 with the first round's loans (6 ×
    Rp 225.000), and "jumlah Rp 1.350.000 dari Rp 1.350.000" read as covering every borrower;
    rounds 2-5 lend 4 × Rp 225.000 = Rp 900.000 more (Herlina, Siti Zubaidah, Aisyah, Syamsul
    Bahri) from the instalments back, and the business's cash flow pays their instalments."""
    from pra.plan.loan_use import use_lines

    sedap = palembang().groups[0]
    use = loan_use(sedap)
    assert use is not None
    assert (use.lent, use.used, use.unassigned) == (1_350_000, 1_350_000, 0)
    assert (use.later, use.later_members) == (900_000, 4)
    said = [n.text("id").replace("\u00a0", " ") for n in use_lines(sedap)]
    assert said[0].startswith("Pinjaman putaran pertama dipakai anggota untuk:")
    assert said[1] == (
        "Putaran berikutnya meminjamkan Rp 900.000 lagi kepada 4 anggota dari angsuran yang"
        " kembali; RAB belum menyebut apa yang dibeli dengan pinjaman itu."
    )
    unused = repaid_from_profit(sedap)
    assert unused is not None
    assert (
        unused.text("id")
        .replace("\u00a0", " ")
        .startswith(
            "Pinjaman putaran berikutnya, Rp 900.000, tidak membeli apa pun untuk usaha menurut RAB,"
        )
    )
    # Jaya Bersama lends everything in its first round: nothing later, nothing said
    jaya = palembang().groups[1]
    jaya_use = loan_use(jaya)
    assert jaya_use is not None and jaya_use.later == 0
    assert [n.key for n in use_lines(jaya)] == ["plan.loan_use.line", "plan.loan_use.own_goods"]


def test_what_the_members_buy_is_said_to_be_theirs_and_repaid_from_their_share() -> None:
    """rev15-lender 2: Jaya Bersama's members buy 10 used home sewing machines (10 × Rp 400.000)
    and scissors (10 × Rp 75.000) with their loans, the sales plan counts only the group's
    machines, and the cash flow pays their instalments: the capital plan and the cash-flow
    page say whose the goods are and where the instalments come from."""
    from pra.plan.loan_use import own_goods, use_lines

    jaya = palembang().groups[1]
    said = own_goods(jaya)
    assert said is not None
    expected = (
        "Yang dibeli anggota dengan pinjamannya (Mesin jahit bekas di rumah; Gunting dan alat"
        " jahit sendiri) adalah milik anggota sendiri: rencana penjualan tidak menghitung"
        " hasilnya, dan angsurannya dibayar dari bagian anggota atas laba usaha kelompok."
    )
    assert said.text("id").replace("\u00a0", " ") == expected
    assert expected in _texts(use_lines(jaya))
    # no line bought by the members: nothing to say; no business plan: no sales plan to name
    assert own_goods(_keep_member_lines(jaya, 0)) is None
    bare = jaya.model_copy(update={"analysis": jaya.analysis.model_copy(update={"products": ()})})
    assert own_goods(bare) is None


def test_the_capital_table_has_a_row_for_each_total_of_the_budgets_source_column() -> None:
    """rev15-lender 9: Berjualan's RAB says "Bantuan stimulan" on lines worth Rp 1.745.000 and
    "Pinjaman anggota" on line 8, 6 × Rp 490.000 = Rp 2.940.000; the capital table had only
    "Bantuan stimulan ... Rp 4.685.000". Now each appears on its own row, and a line says the
    members' loans are the grant lent on."""
    ws = Workshop.model_validate_json(example_path("surabaya").read_text(encoding="utf-8"))
    berjualan = next(g for g in ws.groups if g.name == "Kelompok Berjualan")
    summary = capital_summary(berjualan)
    rows = {s.source: (s.available, s.planned) for s in summary.sources}
    # the grant's part for assets 1.745.000 pays lines worth 1.745.000; the members receive
    # 6 × (500.000 − simpanan pokok 10.000) = 2.940.000 and buy line 8 with it
    assert rows["stimulus"] == (1_745_000, 1_745_000)
    assert rows["members"] == (2_940_000, 2_940_000)
    assert (
        "Pinjaman anggota: bagian Bantuan stimulan Yayasan Widya Dharma yang dipinjamkan"
        ' bergilir; diterima tunai 6 anggota × Rp 490.000 = Rp 2.940.000 (baris "Pinjaman'
        ' anggota" di RAB dan di perhitungan modal)'
    ) in _texts(summary.lines)
    # Jaya Bersama lends all its grant: no grant row, the members' row holds 10 × 475.000
    jaya = capital_summary(palembang().groups[1])
    assert [s.source for s in jaya.sources] == ["members", "loan", "own"]


def test_the_members_stock_for_the_groups_products_is_not_said_to_be_theirs() -> None:
    """Tri Astha's sales plan is the members' own trades (shoes, the kiosk, the workshop,
    chickens, sewing): the lines their loans buy are marked as the materials those trades use
    (``prepaid="materials"``), the sales plan counts their output, and nothing is said."""
    from pra.plan.loan_use import own_goods

    ws = Workshop.model_validate_json(example_path("yogyakarta").read_text(encoding="utf-8"))
    tri = ws.groups[0]
    assert tri.analysis.products
    assert own_goods(tri) is None
    # one line no longer marked: that one line is said
    budget = tuple(
        b.model_copy(update={"prepaid": None}) if b.item.startswith("Alat dan suku") else b
        for b in tri.capital.budget
    )
    tri = tri.model_copy(update={"capital": tri.capital.model_copy(update={"budget": budget})})
    said = own_goods(tri)
    assert said is not None
    assert said.text("id").startswith(
        "Yang dibeli anggota dengan pinjamannya (Alat dan suku cadang bengkel) adalah milik"
    )


def _member_quantity(group: BusinessGroup, quantity: int) -> BusinessGroup:
    budget = tuple(
        b.model_copy(update={"quantity": quantity}) if b.member_loans else b
        for b in group.capital.budget
    )
    return group.model_copy(update={"capital": group.capital.model_copy(update={"budget": budget})})


def test_lines_for_every_rounds_borrowers_are_accepted_and_said_round_by_round() -> None:
    """rev15-lender 1: Sedap Malam's member lines for all ten borrowers (6 → 10 paket) were
    refused, 'kurang Rp 900.000 ... tidak bisa dicetak'. By hand: each borrower receives
    250.000 − simpanan pokok 25.000 = 225.000 = one dandang paket 125.000 + one rantang paket
    100.000; round 1: 6 × 225.000 = 1.350.000; rounds 2-5 lend 4 × 225.000 = 900.000 from
    the instalments back; the lines 10 × 125.000 + 10 × 100.000 = 2.250.000 = 1.350.000 +
    900.000: nothing short, nothing lent without a line."""
    from pra.plan.ledger import funding_ledger
    from pra.plan.loan_use import use_lines

    sedap = _member_quantity(palembang().groups[0], 10)
    assert not [c for c in funding_ledger(sedap).checks if "over_member" in c.key]
    use = loan_use(sedap)
    assert use is not None
    assert (use.used, use.used_later, use.later_unassigned) == (2_250_000, 900_000, 0)
    said = _texts(use_lines(sedap))
    assert said[:2] == [
        "Pinjaman semua putaran dipakai anggota untuk: Dandang dan kukusan di rumah"
        " Rp 1.250.000; Rantang dan keranjang antar Rp 1.000.000; jumlah Rp 2.250.000 dari"
        " Rp 2.250.000 yang dipinjamkan kepada anggota di semua putaran.",
        "Putaran pertama, 6 anggota: Dandang dan kukusan di rumah 6 paket; Rantang dan"
        " keranjang antar 6 paket (Rp 1.350.000); putaran berikutnya, 4 anggota, dari"
        " angsuran yang kembali: Dandang dan kukusan di rumah 4 paket; Rantang dan keranjang"
        " antar 4 paket (Rp 900.000).",
    ]
    assert repaid_from_profit(sedap) is None  # every round's loan buys a line
    summary = summary_line(sedap)
    assert summary is not None and summary.text("id").replace("\u00a0", " ") == (
        "Pinjaman semua putaran membeli: Dandang dan kukusan di rumah; Rantang dan keranjang"
        " antar (putaran pertama Rp 1.350.000, putaran berikutnya Rp 900.000)."
    )
    # the capital table: the grant's part the first round receives, 1.350.000, and the later
    # rounds' 900.000 lent from the instalments back, each its own row (rev17-lender 1: one
    # row of 2.250.000 read as Rp 5.750.000 of a Rp 5.000.000 grant: 3.500.000 for assets +
    # 1.350.000 received + 6 × 25.000 simpanan pokok kept in the fund = 5.000.000)
    summary = capital_summary(sedap)
    rows = {s.source: (s.available, s.planned) for s in summary.sources}
    assert rows["stimulus"] == (3_500_000, 3_500_000)
    assert rows["members"] == (1_350_000, 1_350_000)
    assert rows["returned"] == (900_000, 900_000)
    assert 3_500_000 + 1_350_000 + 6 * 25_000 == 5_000_000
    parts = next(t for t in _texts(summary.lines) if t.startswith("Jumlah modal untuk anggaran"))
    assert "angsuran yang kembali dan dipinjamkan lagi pada putaran berikutnya Rp 900.000" in parts


def test_lines_beyond_all_that_is_lent_are_still_refused_with_both_rounds_said() -> None:
    # 11 paket each: 11 × 225.000 = 2.475.000 > 1.350.000 + 900.000 = 2.250.000: 225.000 short
    from pra.plan.ledger import funding_ledger

    sedap = _member_quantity(palembang().groups[0], 11)
    [check] = [c for c in funding_ledger(sedap).checks if c.key == "plan.ledger.over_member_loans"]
    text = check.text("id").replace("\u00a0", " ")
    assert "hanya Rp 2.250.000 (6 × Rp 225.000 pada putaran pertama dan Rp 900.000 pada" in text
    assert text.endswith(
        "kurang Rp 225.000. Kurangi anggaran itu sampai sebesar yang diterima, atau cocokkan"
        " potongan dan jumlah yang diterima setiap anggota bersama pendamping."
    )


def test_a_line_between_the_rounds_is_filled_in_the_budgets_order() -> None:
    # 8 paket each (not one per borrower of all 10): 8 × 225.000 = 1.800.000; the first
    # round's 1.350.000 buys dandang 8 × 125.000 = 1.000.000 and rantang 350.000, the later
    # rounds' loans the rantang's other 450.000; 900.000 − 450.000 = 450.000 buys no line
    from pra.plan.loan_use import use_lines

    sedap = _member_quantity(palembang().groups[0], 8)
    said = _texts(use_lines(sedap))
    assert said[1] == (
        "Putaran pertama, 6 anggota: Dandang dan kukusan di rumah Rp 1.000.000; Rantang dan"
        " keranjang antar Rp 350.000 (Rp 1.350.000); putaran berikutnya, 4 anggota, dari"
        " angsuran yang kembali: Rantang dan keranjang antar Rp 450.000 (Rp 450.000)."
    )
    assert said[2] == (
        "Dari pinjaman putaran berikutnya, Rp 450.000 belum disebut RAB apa yang dibelinya."
    )
    unused = repaid_from_profit(sedap)
    assert unused is not None and "Rp 450.000" in unused.text("id").replace("\u00a0", " ")
