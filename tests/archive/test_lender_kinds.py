"""A lender's kind from the words of its name, and what of it the archive scrubs from free text
(review 10, 6: "Kelompok Mandiri Jaya" and "Bank Keliling" were banks, and "Rentenir" was
replaced by [other] in free text only where it was written with a capital)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pra import store
from pra.archive.lender_kinds import LENDER_KINDS, lender_kind, name_in_copy, personal_part
from pra.archive.scrub import without_names
from pra.model import Workshop
from pra.model.funding import LenderLoan
from pra.resources import example_path


@pytest.mark.parametrize(
    ("name", "kind", "personal"),
    [
        ("Kelompok Mandiri Jaya", "other", "Kelompok Mandiri Jaya"),
        ("Bank Mandiri Cabang Plaju", "bank", ""),
        ("KUR BRI Unit Plaju", "bank", ""),
        ("Bank Keliling", "informal", ""),
        ("bank keliling Pak Darto", "informal", "pak darto"),
        ("Rentenir", "informal", ""),
        ("Tengkulak Pasar", "informal", ""),
        ("Arisan RT 03", "informal", ""),
        ("Juragan Darto", "informal", "darto"),
        ("Haji Darto Sumolang", "other", "Haji Darto Sumolang"),
        ("BMM Sejahtera", "lkm", ""),
        # Review 10r, 1: the everyday names of informal lenders, and the person among them.
        ("Bank Emok", "informal", ""),
        ("Bank plecit", "informal", ""),
        ("Bank titil", "informal", ""),
        ("Bank harian", "informal", ""),
        ("Bank 46", "informal", ""),
        ("Toke getah", "informal", ""),
        ("Tauke sawit Ahong", "informal", "ahong"),
        ("Pengijon", "informal", ""),
        ("Ijon", "informal", ""),
        ("Lintah darat", "informal", ""),
        ("Bank Emok Bu Sumiati", "informal", "bu sumiati"),
        ("Tengkulak karet Pak Darto", "informal", "pak darto"),
        ("Tengkulak karet Darto", "informal", "darto"),
        ("Pinjol", "online", ""),
        ("Pinjaman online Kredit Pintar", "online", ""),
        ("BNI 46", "bank", ""),
    ],
)
def test_the_kind_and_what_may_be_a_persons_name(name: str, kind: str, personal: str) -> None:
    assert lender_kind(name) == kind
    assert personal_part(name) == personal


def test_the_informal_kind_written_in_the_copy_reads_back_as_itself() -> None:
    assert "informal" in LENDER_KINDS
    assert name_in_copy("Rentenir") == "informal"
    assert lender_kind(name_in_copy("Bank Keliling")) == "informal"


def _with_lender(lender: str, notes: str, note: str = "") -> Workshop:
    """Palembang with Jaya Bersama's BMM loan lent by ``lender``, ``notes`` on its problems
    and ``note`` as its first meeting's note."""
    ws = store.load(example_path("palembang"))
    jaya = ws.group("g-jaya-bersama")
    assert jaya is not None
    sources = tuple(
        s.model_copy(update={"lender": lender}) if isinstance(s, LenderLoan) else s
        for s in jaya.capital.sources
    )
    meetings = jaya.followup.meetings
    if note:
        meetings = (meetings[0].model_copy(update={"notes": note}), *meetings[1:])
    jaya = jaya.model_copy(
        update={
            "capital": jaya.capital.model_copy(update={"sources": sources}),
            "followup": jaya.followup.model_copy(update={"meetings": meetings}),
        }
    )
    groups = tuple(jaya if g.id == jaya.id else g for g in ws.groups)
    return ws.model_copy(update={"groups": groups, "notes": {**ws.notes, "problems": notes}})


def test_a_moneylenders_category_word_stays_in_free_text_written_small_or_capitalised() -> None:
    notes = "Rentenir menagih setiap hari. Banyak ibu terjerat rentenir."
    ws = _with_lender("Rentenir", notes)
    codes = {p.id: p.id for p in ws.participants}
    assert without_names(ws, codes).notes["problems"] == notes


def test_the_persons_name_beside_the_category_word_is_still_replaced() -> None:
    ws = _with_lender("Juragan Darto", "Modal dipinjam dari Juragan Darto; juragan lain menolak.")
    codes = {p.id: p.id for p in ws.participants}
    assert without_names(ws, codes).notes["problems"] == (
        "Modal dipinjam dari Juragan [other]; juragan lain menolak."
    )


@pytest.mark.parametrize(
    ("lender", "notes", "expected"),
    [
        (
            "Lintah darat",
            "Banyak anggota terjerat lintah darat; Lintah darat menagih.",
            "Banyak anggota terjerat lintah darat; Lintah darat menagih.",
        ),
        (
            "Toke getah",
            "Toke getah menagih; anggota pinjam ke toke getah lagi.",
            "Toke getah menagih; anggota pinjam ke toke getah lagi.",
        ),
        (
            "Bank Emok Bu Sumiati",
            "Bu Sumiati menagih; Sumiati datang; bank emok.",
            "Bu [other] menagih; [other] datang; bank emok.",
        ),
        (
            "Tengkulak karet Pak Darto",
            "Pak Darto menagih setiap hari; tengkulak karet lain menolak.",
            "Pak [other] menagih setiap hari; tengkulak karet lain menolak.",
        ),
    ],
)
def test_informal_lenders_keep_their_category_words_and_lose_the_persons_name(
    lender: str, notes: str, expected: str
) -> None:
    ws = _with_lender(lender, notes)
    codes = {p.id: p.id for p in ws.participants}
    assert without_names(ws, codes).notes["problems"] == expected


def test_an_informal_lenders_person_is_in_no_byte_of_the_archive(tmp_path: Path) -> None:
    """Review 10r, 1: "Bank Emok Bu Sumiati" was a bank and "Tengkulak karet Pak Darto" was
    looked for as "karet pak darto", so both names stayed in meetings.csv and raw/."""
    from pra.archive.writer import ArchiveOptions, build_archive

    src = tmp_path / "in"
    src.mkdir()
    for i, (lender, note) in enumerate(
        [
            ("Bank Emok Bu Sumiati", "Bu Sumiati menagih; Sumiati datang; bank emok."),
            ("Tengkulak karet Pak Darto", "Pak Darto menagih setiap hari."),
        ]
    ):
        ws = _with_lender(lender, note, note).model_copy(update={"id": f"ws-lender-{i}"})
        store.save(ws, src / f"lender{i}.json")
    out = tmp_path / "out"
    build_archive(sorted(src.glob("*.json")), out, store.load, ArchiveOptions())
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert any(p.name == "meetings.csv" for p in files) and len(files) > 10
    leaks = [
        (p.relative_to(out).as_posix(), name)
        for p in files
        for name in (b"sumiati", b"darto")
        if name in p.read_bytes().lower()
    ]
    assert leaks == []
    meetings = (out / "data" / "meetings.csv").read_text(encoding="utf-8")
    assert "Bu [other] menagih; [other] datang; bank emok." in meetings
    assert "Pak [other] menagih setiap hari." in meetings
    kinds = (out / "data" / "funding_sources.csv").read_text(encoding="utf-8")
    assert kinds.count(",informal,") >= 2 and ",bank," not in kinds
    # Review 10r, 6: both of the README's lists of kinds name informal (and online).
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert readme.count("(lkm, cooperative, bank, ngo, government, informal, online,") == 2
