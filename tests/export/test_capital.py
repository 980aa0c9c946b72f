"""The capital and fund pages as the group reads them: sums per source, rotation, no false sentence."""

from __future__ import annotations

from pathlib import Path

from pra.export.files import export_workshop
from pra.model import Workshop

from .factory import example
from .test_docx import text_of


def _with_capital(ws: Workshop, **update: object) -> Workshop:
    group = ws.groups[0]
    capital = group.capital.model_copy(update=update)
    return ws.model_copy(update={"groups": (group.model_copy(update={"capital": capital}),)})


def test_a_fund_too_slow_for_everyone_does_not_say_all_have_repaid(tmp_path: Path) -> None:
    ws = example("palembang")
    first = ws.groups[0].member_ids[:1]
    slow = _with_capital(
        ws,
        loan_term_months=120,
        first_round_ids=first,
        service_fee_percent=0,
        sources=tuple(s for s in ws.groups[0].capital.sources if s.kind != "own"),
        deductions=(),
        # what six borrowers buy with their loans (#13) is more than one borrower receives
        budget=tuple(b for b in ws.groups[0].capital.budget if not b.member_loans),
    )
    text = text_of(export_workshop(slow, source="s", output=tmp_path).documents[0])
    assert "Belum kebagian pinjaman dalam perhitungan" in text
    assert "Setelah semua anggota meminjam dan melunasi" not in text
    normal = text_of(export_workshop(ws, source="p", output=tmp_path / "p").documents[0])
    assert "Setelah semua anggota meminjam dan melunasi" in normal


def test_tri_astha_stimulus_shortfall_is_printed_not_hidden_by_the_total(tmp_path: Path) -> None:
    import docx

    # Tri Astha as shipped until #13: each member's RAB line at the written agreement's
    # 435.000, while the loan hands over 392.500 (the example budgets 392.500 since)
    ws = example("yogyakarta")
    tri = ws.groups[0]
    budget = tuple(
        b.model_copy(update={"unit_price": 435_000}) if b.member_loans else b
        for b in tri.capital.budget
    )
    tri = tri.model_copy(update={"capital": tri.capital.model_copy(update={"budget": budget})})
    ws = ws.model_copy(update={"groups": (tri,)})
    path = export_workshop(ws, source="y", output=tmp_path, drafts=True).documents[0]
    doc = docx.Document(str(path))
    sources = next(tb for tb in doc.tables if tb.rows[0].cells[0].text == "Sumber modal")
    rows = [[c.text.replace("\u00a0", " ") for c in row.cells] for row in sources.rows]
    assert rows == [
        ["Sumber modal", "Modal tersedia", "Dipakai dalam RAB", "Lebih / kurang"],
        # the members' lines against the cash they receive, on the row the RAB's source column
        # names (rev15-lender 9): 10 × 392.500 = 3.925.000 against 10 × 435.000 = 4.350.000
        ["Pinjaman anggota", "Rp 3.925.000", "Rp 4.350.000", "kurang Rp 425.000"],
        # the pledges kept: 8 × 50.000 money paid in + the tool 300.000 = 700.000; two money
        # pledges (100.000) and the labour 25.000 are not kept yet: promised, not counted (#13;
        # it was 825.000, every pledge, and the total read "lebih Rp 40.000")
        # the RAB's own lines: books 60.000, catering for the steps' trainings, rules and
        # reports 315.000 (so the steps cost what the RAB holds, #13), tools 300.000 = 675.000
        ["Swadaya", "Rp 700.000", "Rp 675.000", "lebih Rp 25.000"],
        ["Jumlah", "Rp 4.625.000", "Rp 5.025.000", "kurang Rp 400.000"],
    ]
    text = text_of(path).replace("\u00a0", " ")
    assert "Kelebihan modal" not in text
    assert "Kekurangan modal: Rp 400.000" in text
    # the shipped rule says which amount holds (392.500): no hedge, no contradiction said
    assert "Diterima setiap anggota: Rp 392.500" in text
    assert "hasil hitungan potongan" not in text and "Aturan ke-" not in text


def test_a_rule_naming_another_received_amount_is_said_in_bold_by_its_number(
    tmp_path: Path,
) -> None:
    """rev13-lender finding 7: Tri Astha as shipped until #13 printed "Diterima setiap anggota:
    Rp 392.500" (500.000 − 10% 50.000 − 10% 50.000 − 1,5% 7.500) and, a page later, its rule
    "Menurut kesepakatan tertulis, setiap anggota menerima Rp 435.000", with only a hedge
    ("Bila aturan tertulis … menyebut jumlah lain …") between them."""
    import docx

    ws = example("yogyakarta")
    rules = list(ws.groups[0].capital.rules)
    rules[2] = "Menurut kesepakatan tertulis, setiap anggota menerima Rp 435.000."
    ws = _with_capital(ws, rules=tuple(rules))
    path = export_workshop(ws, source="y", output=tmp_path).documents[0]
    said = [
        p for p in docx.Document(str(path)).paragraphs if p.text.startswith("Aturan ke-3 di bawah")
    ]
    assert [p.text.replace("\u00a0", " ") for p in said] == [
        "Aturan ke-3 di bawah menyebut setiap anggota menerima Rp 435.000, padahal potongan di"
        " atas menyisakan Rp 392.500: cocokkan bersama pendamping sebelum dana dibagikan."
    ]
    assert all(run.bold for run in said[0].runs)
    text = text_of(path).replace("\u00a0", " ")
    assert text.index("Diterima setiap anggota: Rp 392.500") < text.index("Aturan ke-3 di bawah")
    assert "hasil hitungan potongan" not in text  # the old hedge


def test_no_sentence_without_written_rules(tmp_path: Path) -> None:
    ws = _with_capital(example("yogyakarta"), rules=())
    text = text_of(export_workshop(ws, source="y", output=tmp_path).documents[0])
    assert "Diterima setiap anggota" in text and "Aturan ke-" not in text


def test_the_voluntary_savings_rule_is_labelled_once(tmp_path: Path) -> None:
    """The group's own words may already start with the term; it is not printed twice."""
    ws = example("palembang")
    assert ws.groups[0].capital.voluntary_savings.startswith("Simpanan sukarela ")
    text = text_of(export_workshop(ws, source="p", output=tmp_path / "p").documents[0])
    assert "Simpanan sukarela setiap pertemuan mingguan" in text
    assert "Simpanan sukarela: Simpanan sukarela" not in text
    own = ws.groups[0].capital.own_capital
    assert own is not None
    rule = own.model_copy(update={"voluntary_savings": "setiap pertemuan, dicatat bendahara"})
    other = _with_capital(ws, sources=(*ws.groups[0].capital.grants, rule))
    text = text_of(export_workshop(other, source="o", output=tmp_path / "o").documents[0])
    assert "Simpanan sukarela: setiap pertemuan, dicatat bendahara" in text


def test_a_grant_all_lent_on_is_not_called_the_groups_purchases() -> None:
    # Tri Astha lends the whole Rp 5.000.000 on (10 × 392.500 = 3.925.000 in hand), and the
    # members buy their own trades with it: the capital sum said "bantuan untuk belanja
    # kelompok Rp 3.925.000" right under "seluruhnya dipinjamkan … tidak untuk belanja kelompok"
    from pra.plan.capital import capital_summary

    ws = example("yogyakarta")
    (group,) = [g for g in ws.groups if g.capital.stimulus_per_member]
    lines = [n.text("id").replace("\u00a0", " ") for n in capital_summary(group).lines]
    assert (
        "Jumlah modal untuk anggaran: Rp 4.625.000 (bantuan yang diterima anggota untuk belanja"
        " usaha masing-masing Rp 3.925.000, swadaya Rp 700.000)" in lines
    )
    assert not [line for line in lines if "bantuan untuk belanja kelompok" in line]
