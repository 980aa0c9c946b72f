"""Funding sources typed on one line: a grant, a lender loan; edited, removed, typed back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pra.edit import funding
from pra.errors import PraError
from pra.model import Workshop
from pra.resources import example_path

NB = "\u00a0"

SEDAP = "g-sedap-malam"
BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


@pytest.fixture
def ws() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def test_a_bmm_loan_on_one_line(ws: Workshop) -> None:
    line = "BMM, 3.000.000, 12 bulan, 1,5%, flat, mingguan, Senin, tenggang 1, renteng, 1-9-2003"
    ws = funding.add_source(ws, SEDAP, "loan", line)
    loan = ws.group(SEDAP).capital.loans[-1]  # type: ignore[union-attr]
    assert (loan.lender, loan.principal, loan.term_months, loan.rate_percent) == (
        "BMM",
        3_000_000,
        12,
        Decimal("1.5"),
    )
    assert (loan.method, loan.frequency, loan.due_day, loan.grace_months) == (
        "flat",
        "weekly",
        1,
        1,
    )
    assert loan.joint_liability and loan.disbursed_on == dt.date(2003, 9, 1)
    # typed back as the same line, so Enter on the row edits what was typed
    assert funding.source_text(loan) == line
    assert funding.parse_loan(funding.source_text(loan)) == funding.parse_loan(line)


def test_a_monthly_declining_loan_and_a_grant_split(ws: Workshop) -> None:
    assert funding.parse_loan("Bank KUR, 6.000.000, 12 bulan, 1%, menurun, tgl 31") == {
        "lender": "Bank KUR",
        "principal": 6_000_000,
        "term_months": 12,
        "rate_percent": Decimal(1),
        "method": "declining",
        "due_day": 31,
        "frequency": "monthly",
    }
    grant = funding.parse_grant("Dinas Sosial, 5.000.000, aset 3.500.000")
    assert (grant["amount"], grant["assets"], grant["revolving"]) == (
        5_000_000,
        3_500_000,
        1_500_000,
    )


def test_refusals_name_what_was_typed(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        funding.add_source(ws, SEDAP, "loan", "BMM")
    assert caught.value.key == "edit.funding.too_short"
    with pytest.raises(PraError) as caught:
        funding.add_source(ws, SEDAP, "loan", "BMM, 3.000.000, setahun")
    assert caught.value.key == "edit.funding.unknown_part"
    with pytest.raises(PraError) as caught:
        funding.add_source(ws, SEDAP, "grant", "Dinsos, 1.000.000, aset 2.000.000")
    assert caught.value.key == "edit.funding.assets_over"


def test_removing_a_source_leaves_its_budget_lines_without_one(ws: Workshop) -> None:
    before = ws.group(SEDAP).capital  # type: ignore[union-attr]
    assert funding.lines_paid_by(ws, SEDAP, "fs-sm-stimulan")[:2] == ["Oven", "Mixer tangan"]
    gone = funding.remove_source(ws, SEDAP, "fs-sm-stimulan").group(SEDAP).capital  # type: ignore[union-attr]
    assert [s.id for s in gone.sources] == ["fs-sm-own"]
    assert all(b.source_id != "fs-sm-stimulan" for b in gone.budget)
    assert len(gone.budget) == len(before.budget)
    # retyping keeps the id, so the budget lines still point at it
    edited = funding.update_source(
        ws, SEDAP, "fs-sm-stimulan", "grant", "Dinas Sosial, 5.000.000, aset 3.600.000"
    )
    grant = edited.group(SEDAP).capital.grants[0]  # type: ignore[union-attr]
    assert (grant.id, grant.assets, grant.revolving) == ("fs-sm-stimulan", 3_600_000, 1_400_000)


def test_a_lender_loan_paid_at_meetings_is_refused_with_the_loan_and_the_dates(
    ws: Workshop,
) -> None:
    # Issue 15 (8): Jaya Bersama's BMM loan (Rp 3.000.000) has payments recorded at its
    # meetings of 6 October 2003 … 6 June 2004; removing it was refused naming the
    # internal id ("setoran untuk "fs-jb-bmm", yang bukan pinjaman …").
    jaya = ws.group("g-jaya-bersama")
    assert jaya is not None
    dates = [
        m.date
        for m in jaya.followup.meetings
        if any(p.source_id == "fs-jb-bmm" for p in m.lender_payments)
    ]
    assert dates[:3] == [dt.date(2003, 10, 6), dt.date(2003, 11, 6), dt.date(2003, 12, 6)]
    # the dates said in the sentence's language (review 10, 13: they were dd-mm-yyyy)
    paid = [f"{d.day} {BULAN[d.month - 1]} {d.year}" for d in dates]
    with pytest.raises(PraError) as caught:
        funding.remove_source(ws, "g-jaya-bersama", "fs-jb-bmm")
    assert caught.value.key == "edit.funding.loan_paid"
    assert caught.value.message("id") == (
        f"Pinjaman BMM sebesar Rp{NB}3.000.000 tidak bisa dihapus: kelompok sudah menyetor "
        f"angsurannya di pertemuan {', '.join(paid)}. Hapus dulu setoran itu (isian Setor di "
        "tab Pertemuan pendampingan), baru pinjamannya."
    )
    assert "fs-jb-bmm" not in caught.value.message("en")
    assert caught.value.message("en").startswith(
        f"Loan from BMM (Rp{NB}3,000,000) cannot be removed: the group has paid its "
        "instalments at the meetings of 6 October 2003, 6 November 2003, 6 December 2003, "
    )
    # retyped as a grant: the same payments would pay nothing, refused alike
    with pytest.raises(PraError) as caught:
        funding.update_source(ws, "g-jaya-bersama", "fs-jb-bmm", "grant", "BMM, 3.000.000")
    assert caught.value.key == "edit.funding.loan_paid_kind"
    # once the payments are gone, the loan goes
    from pra.edit import followup as fu

    for m in jaya.followup.meetings:
        if any(p.source_id == "fs-jb-bmm" for p in m.lender_payments):
            ws = fu.set_lender_payment(ws, "g-jaya-bersama", m.id, "fs-jb-bmm", "")
    gone = funding.remove_source(ws, "g-jaya-bersama", "fs-jb-bmm").group("g-jaya-bersama")
    assert gone is not None and all(s.id != "fs-jb-bmm" for s in gone.capital.sources)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("BMM, 3.000.000, 1%, 12 bulan, mingguan tgl 5", "mingguan tgl 5"),
        ("BMM, 3.000.000, 12 bulan, bulanan Kamis", "bulanan Kamis"),
        ("BMM, 3.000.000, tgl 5, mingguan", "tgl 5, mingguan"),
        ("BMM, 3.000.000, bulanan, 1%, Kamis", "bulanan, Kamis"),
    ],
)
def test_a_loan_frequency_against_its_day_is_refused(line: str, said: str) -> None:
    """Review 10 (4): "mingguan tgl 5" was read as weekly on Fridays (the 5th taken as
    weekday 5) and "bulanan Kamis" as monthly on the 4th; refused, naming the parts."""
    with pytest.raises(PraError) as caught:
        funding.parse_loan(line)
    assert caught.value.key == "edit.funding.day_against_frequency"
    assert caught.value.message("id").startswith(f'"{said}" tidak cocok: angsuran mingguan')
    assert caught.value.message("en").startswith(f'"{said}" does not fit: weekly instalments')


@pytest.mark.parametrize("term", ["0 bulan", "121 bulan"])
def test_a_term_out_of_bounds_is_refused_with_a_sentence(ws: Workshop, term: str) -> None:
    """'Term 0' gave 'Perubahan tidak bisa disimpan: nilai "term_months" tidak sah' (the
    model's field name) on step 11 at 100x30."""
    with pytest.raises(PraError) as refused:
        funding.add_source(ws, SEDAP, "loan", f"BMM Palembang, 3.000.000, {term}, 1,5%")
    said = refused.value.message()
    assert said.startswith(f'"{term}"') and "120" in said and "term_months" not in said


def test_a_loan_without_its_lender_is_refused_naming_the_amount(ws: Workshop) -> None:
    with pytest.raises(PraError) as refused:
        funding.add_source(ws, SEDAP, "loan", "3.000.000, 12 bulan, 1,5%")
    assert "BMM, 3.000.000, 12 bulan" in refused.value.message()


def test_a_grant_s_bare_third_amount_is_its_part_for_assets_as_the_hint_orders() -> None:
    """The hint reads "Bantuan: dari siapa, jumlah, aset Rp (sisanya dipinjamkan), tanggal";
    `Dinas Sosial Kota Yogyakarta, 5.000.000, 3.000.000, 01-02-2027` was refused ("3.000.000"
    tidak dikenali) unless the word "aset" came first (rev17-facil)."""
    import datetime as dt

    from pra.edit.funding import parse_grant

    read = parse_grant("Dinas Sosial Kota Yogyakarta, 5.000.000, 3.000.000, 01-02-2027")
    assert (read["assets"], read["revolving"], read["disbursed_on"]) == (
        3_000_000,
        2_000_000,
        dt.date(2027, 2, 1),
    )
    assert parse_grant("Dinas Koperasi DIY, 4.000.000, 2.000.000")["assets"] == 2_000_000
    # a date third is still the date, "aset" still the assets
    assert parse_grant("Dinas, 5.000.000, 1-9-2003")["assets"] == 0
    assert parse_grant("Dinas, 5.000.000, aset 3.500.000")["revolving"] == 1_500_000
