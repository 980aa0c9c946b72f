"""The plan's risk table, member table NIK, member signatures and approval block (python-docx)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from pra.export.files import export_workshop
from pra.export.plan import new_context
from pra.export.signing import approval_block
from pra.export.template import load_template
from pra.model import Workshop
from tests.export.factory import example

DOTS = ".............................................."
NIK = "1671045203750001"


def plan_of(ws: Workshop, tmp_path: Path, group: int = 0) -> docx.document.Document:
    # drafts: some tests print a plan that must be fixed first (two lenders, no budget line)
    result = export_workshop(ws, source="t", output=tmp_path, minutes=False, drafts=True)
    return docx.Document(str(result.documents[group]))


def table_after(doc: docx.document.Document, heading: str) -> list[list[str]]:
    """The cells of the first table after the paragraph ``heading``."""
    seen = False
    for block in doc.iter_inner_content():  # paragraphs and tables, in document order
        if isinstance(block, docx.text.paragraph.Paragraph) and block.text == heading:
            seen = True
        elif isinstance(block, docx.table.Table) and seen:
            return [[c.text for c in row.cells] for row in block.rows]
    raise AssertionError(f"no table after {heading!r}")


def paragraphs(doc: docx.document.Document) -> list[str]:
    return [p.text for p in doc.paragraphs]


def with_mitigation(ws: Workshop) -> Workshop:
    """The first group's risks with one mitigation only (the example has one for each)."""
    data = ws.model_dump(mode="json")
    swot = data["groups"][0]["swot"]
    for item in [*swot["weaknesses"], *swot["threats"]]:
        item["mitigation"] = ""
    swot["threats"][0]["mitigation"] = "Beli tepung per karung bersama"
    return Workshop.model_validate(data)


def test_risks_are_every_weakness_and_threat_with_its_mitigation_or_a_dotted_gap(
    tmp_path: Path,
) -> None:
    ws = with_mitigation(example("palembang"))
    group = ws.groups[0]
    doc = plan_of(ws, tmp_path)
    rows = table_after(doc, "Risiko dan cara mengatasinya")
    assert rows[0] == ["No", "Risiko", "Dari", "Cara mengatasi"]
    expected = [
        *[(i.text, "Kelemahan") for i in group.swot.weaknesses],
        *[(i.text, "Ancaman") for i in group.swot.threats],
    ]
    assert [(r[1], r[2]) for r in rows[1:]] == expected
    first_threat = rows[1 + len(group.swot.weaknesses)]
    assert first_threat[3] == "Beli tepung per karung bersama"
    gaps = [r for r in rows[1:] if r[3] == DOTS]
    assert len(gaps) == len(expected) - 1  # every risk without a mitigation shows the gap
    note = f"{len(gaps)} risiko belum punya cara mengatasi (baris bertitik)"
    assert any(p.startswith(note) for p in paragraphs(doc))


def test_the_nik_column_appears_only_when_a_member_has_one(tmp_path: Path) -> None:
    ws = example("palembang")
    plain = table_after(plan_of(ws, tmp_path / "a"), "2. Daftar anggota")
    assert "NIK" not in plain[0]
    data = ws.model_dump(mode="json")
    first = data["groups"][0]["member_ids"][0]
    for p in data["participants"]:
        if p["id"] == first:
            p["nik"] = NIK
            name = p["name"]
    rows = table_after(plan_of(Workshop.model_validate(data), tmp_path / "b"), "2. Daftar anggota")
    assert rows[0][-1] == "NIK"
    assert rows[1][1] == name and rows[1][-1] == NIK
    assert all(r[-1] == "" for r in rows[2:])  # the others: an empty cell, nothing made up


def test_every_member_has_a_signature_line_with_the_name_under_it(tmp_path: Path) -> None:
    ws = example("palembang")
    group = ws.groups[0]
    doc = plan_of(ws, tmp_path)
    rows = table_after(doc, "Tanda tangan seluruh anggota")
    names = [ws.participant(m).name for m in group.member_ids]  # type: ignore[union-attr]
    printed = [c for r in rows for c in r if c and not c.startswith("(")]
    # the officers sign once, here, their role after their name (#13: they signed twice,
    # in a grid of officers and again as members)
    assert printed[:3] == [
        "1. Rohani (Ketua)",
        "2. Yusnaini (Sekretaris)",
        "3. Masitoh (Bendahara)",
    ]
    assert printed[3:] == [f"{i}. {n}" for i, n in enumerate(names, start=1)][3:]
    signing = [t.rows[0].cells[0].text for t in doc.tables]
    assert "Ketua" not in signing  # no officers' grid of its own
    # each name sits right under a line in the same column
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell and not cell.startswith("("):
                assert rows[r - 1][c] == "(....................................)", cell


@pytest.mark.parametrize(
    ("lurah", "expected"),
    [
        ("", "(....................................)"),
        ("H. Abdul Rahman", "(....................................)\nH. Abdul Rahman"),
    ],
)
def test_the_approval_block_names_each_role_or_leaves_a_line(
    lurah: str, expected: str, tmp_path: Path
) -> None:
    ws = example("palembang")
    ws = ws.model_copy(update={"info": ws.info.model_copy(update={"lurah": lurah})})
    doc = plan_of(ws, tmp_path)
    assert "Mengetahui / Menyetujui" in paragraphs(doc)
    rows = table_after(doc, "Mengetahui / Menyetujui")
    assert rows[0] == ["Lurah 13 Ilir", "Pendamping"]
    # everyone signs on a line, a known name under it (the mentor had a name and no line)
    assert rows[2] == [
        expected,
        "(....................................)\nHendra Saputra (Yayasan Bina Vitalis)",
    ]
    assert rows[3] == ["", ""]  # a gap: the line above is not read as the next role's
    # the grant's giver, to whom page 1 says the plan is submitted, approves it too
    assert rows[4] == [
        "Untuk Yayasan Bina Vitalis",
        "Untuk Dinas Sosial melalui Yayasan Bina Vitalis (pemberi bantuan)",
    ]
    assert rows[6] == ["(....................................)"] * 2
    assert len(rows) == 7


def test_a_missing_idea_score_prints_as_missing_and_is_said_under_the_matrix(
    tmp_path: Path,
) -> None:
    ws = example("palembang")
    data = ws.model_dump(mode="json")
    criterion = data["criteria"][1]
    del data["ideas"][0]["scores"][criterion["id"]]
    doc = plan_of(Workshop.model_validate(data), tmp_path)
    rows = table_after(doc, "Penilaian gagasan usaha (nilai 1–\u20605 dikali bobot kriteria):")
    chosen = next(r for r in rows if r[1].startswith("Dagang kue"))
    assert chosen[3] == "—"  # K2, not a 0
    said = f'Usaha "Dagang kue" belum dinilai untuk kriteria: {criterion["name"]}.'
    assert said in paragraphs(doc)


def with_lenders(ws: Workshop, names: list[str]) -> Workshop:
    """Jaya Bersama (group 2) borrowing from each lender in ``names`` (its BMM loan copied)."""
    data = ws.model_dump(mode="json")
    sources = data["groups"][1]["capital"]["sources"]
    bmm = next(s for s in sources if s["kind"] == "loan")
    # the first keeps the BMM loan's id: the budget lines it pays refer to it
    ids = [bmm["id"], *(f"fs-loan-{i}" for i in range(1, len(names)))]
    loans = [{**bmm, "id": i, "lender": name} for i, name in zip(ids, names, strict=True)]
    data["groups"][1]["capital"]["sources"] = [s for s in sources if s["kind"] != "loan"] + loans
    return Workshop.model_validate(data)


def test_the_lender_of_a_group_loan_signs_in_the_approval_block(tmp_path: Path) -> None:
    ws = example("palembang")
    assert [s.lender for s in ws.groups[1].capital.loans] == ["BMM"]
    rows = table_after(plan_of(ws, tmp_path, group=1), "Mengetahui / Menyetujui")
    assert rows[0] == ["Lurah 13 Ilir", "Pendamping"]
    assert rows[8] == ["Untuk BMM (pemberi pinjaman)", ""]
    assert rows[10] == ["(....................................)", ""]  # room for the name
    assert len(rows) == 11
    # a group without a loan has no lender's place
    plain = table_after(plan_of(ws, tmp_path / "a", group=0), "Mengetahui / Menyetujui")
    assert not any("pemberi pinjaman" in c for r in plain for c in r)


def test_each_lender_signs_once_and_an_unnamed_one_still_has_a_place(tmp_path: Path) -> None:
    ws = with_lenders(example("palembang"), ["BMM Amanah", "bmm  amanah", "", "Bank BRI (KUR)"])
    # a loan without a lender (or that no budget line uses) must be fixed first: the plan
    # prints only as a draft, which has no places to sign, so the block is built on its own
    ctx = new_context(ws, load_template(), "id")
    ctx.group = ws.groups[1]
    approval_block(ctx, "Mengetahui / Menyetujui")
    rows = table_after(ctx.writer.doc, "Mengetahui / Menyetujui")
    roles = [c for r in rows[0::4] for c in r if c]
    assert roles == [
        "Lurah 13 Ilir",
        "Pendamping",
        "Untuk Yayasan Bina Vitalis",
        "Untuk Dinas Sosial melalui Yayasan Bina Vitalis (pemberi bantuan)",
        "Untuk BMM Amanah (pemberi pinjaman)",
        "Lembaga pemberi pinjaman",
        "Untuk Bank BRI (KUR) (pemberi pinjaman)",
    ]


def _kept_rows(doc: docx.document.Document, heading: str) -> list[bool]:
    """Per row of the first table after ``heading``: does it keep with the next (keepNext on
    its paragraphs)?"""
    from docx.oxml.ns import qn

    seen = False
    for block in doc.iter_inner_content():
        if isinstance(block, docx.text.paragraph.Paragraph) and block.text == heading:
            seen = True
        elif isinstance(block, docx.table.Table) and seen:
            return [
                all(
                    p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
                    for p in tr.iter(qn("w:p"))
                )
                for tr in block._tbl.tr_lst
            ]
    raise AssertionError(heading)


def test_the_members_signatures_are_kept_on_one_page(tmp_path: Path) -> None:
    """rev13-lender 13: Jaya Bersama's members signed 1–8 on one page and 9–10 on the next
    (each row of signatures kept whole, a page free to break between two rows). Ten members
    sign on 4 rows (3, 3, 2, 2) of 3 table lines: all 12 keep with the next, the last with the
    approval heading. The approval block's pairs (lurah and mentor, Yayasan and Dinas Sosial,
    BMM) may still part between two pairs, but the last two keep together: BMM's pair never
    alone on the last page."""
    doc = plan_of(example("palembang"), tmp_path, 1)
    members = _kept_rows(doc, "Tanda tangan seluruh anggota")
    assert len(members) == 12
    assert all(members)
    approval = _kept_rows(doc, "Mengetahui / Menyetujui")
    # 3 pairs of 4 lines (roles, room to sign, line and name, gap), the last gap dropped
    assert len(approval) == 11
    assert approval[3] is False  # a page may break after the first pair
    assert all(approval[4:10]) and approval[10] is False
