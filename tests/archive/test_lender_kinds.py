"""A lender's kind from the words of its name, and what of it the archive scrubs from free text
(review 10, 6: "Kelompok Mandiri Jaya" and "Bank Keliling" were banks, and "Rentenir" was
replaced by [other] in free text only where it was written with a capital)."""

from __future__ import annotations

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
    ],
)
def test_the_kind_and_what_may_be_a_persons_name(name: str, kind: str, personal: str) -> None:
    assert lender_kind(name) == kind
    assert personal_part(name) == personal


def test_the_informal_kind_written_in_the_copy_reads_back_as_itself() -> None:
    assert "informal" in LENDER_KINDS
    assert name_in_copy("Rentenir") == "informal"
    assert lender_kind(name_in_copy("Bank Keliling")) == "informal"


def _with_lender(lender: str, notes: str) -> Workshop:
    """Palembang with Jaya Bersama's BMM loan lent by ``lender`` and ``notes`` on its problems."""
    ws = store.load(example_path("palembang"))
    jaya = ws.group("g-jaya-bersama")
    assert jaya is not None
    sources = tuple(
        s.model_copy(update={"lender": lender}) if isinstance(s, LenderLoan) else s
        for s in jaya.capital.sources
    )
    jaya = jaya.model_copy(update={"capital": jaya.capital.model_copy(update={"sources": sources})})
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
