"""The own capital as a lender reads it (#13, review10p 9): a budget line that is a member's
unkept pledge says so, and a surplus of goods that meet no line is not counted as money."""

from __future__ import annotations

from pra.plan.capital import capital_summary
from pra.plan.ledger import own_line_sources
from tests.export.factory import example

NBSP = "\u00a0"


def _said(group_index: int) -> dict[str, str]:
    ws = example("palembang")
    names = {p.id: p.name for p in ws.participants}
    lines = own_line_sources(ws.groups[group_index], names)
    said = [n.text("id").replace(NBSP, " ") for n in lines]
    return {s.split(":")[0]: s for s in said}


def test_a_line_that_is_an_unkept_pledge_names_it() -> None:
    """Jaya Bersama's "Meja potong buatan anggota" (Rp 100.000, own capital) is Junaidi's labour
    pledge "Membuat meja potong dari kayu" (Rp 100.000, not kept): the line was said paid with
    Suryani's cash and nothing more. Rosidah's unkept "Membersihkan dan menjaga tempat jahit"
    shares only "jahit" with "Mesin jahit milik ketua" and is not named there."""
    said = _said(1)
    assert said["Meja potong buatan anggota"] == (
        "Meja potong buatan anggota: janji hati tunai Suryani Rp 100.000; janji hati Junaidi "
        "(Tenaga: Membuat meja potong dari kayu, Rp 100.000) untuk baris ini belum ditepati "
        "dan tidak dihitung"
    )
    assert said["Mesin jahit milik ketua"] == (
        "Mesin jahit milik ketua: barang janji hati Zulkifli (Menyumbang mesin jahit) Rp 500.000"
    )


def test_the_surplus_is_split_into_cash_and_goods_that_meet_no_line() -> None:
    """Jaya Bersama: own capital Rp 1.160.000 against Rp 1.050.000 of lines; of the Rp 110.000
    left, Ernawati's Rp 50.000 is cash (the till), Darmawati's thread (Rp 35.000) and Halimah's
    cloth scraps (Rp 25.000) are goods that meet no line. Sedap Malam: Rp 212.500 = Masitoh's
    Rp 100.000 cash + Rp 112.500 of flour, stove and wrappings."""
    jb, sm = (capital_summary(g).lines[-1] for g in reversed(example("palembang").groups))
    assert jb.text("id").replace(NBSP, " ") == (
        "Kelebihan modal: Rp 110.000, yaitu kelebihan kas Rp 50.000, barang janji hati yang "
        "tidak memenuhi baris RAB Rp 60.000; yang berupa barang atau tenaga adalah swadaya, "
        "bukan uang."
    )
    assert "kelebihan kas Rp 100.000, barang janji hati yang tidak memenuhi baris RAB " + (
        "Rp 112.500"
    ) in sm.text("id").replace(NBSP, " ")
    assert (
        jb.text("en")
        .replace(NBSP, " ")
        .startswith(
            "Surplus: Rp 110,000, that is cash surplus Rp 50,000, pledged goods that meet no "
            "budget line Rp 60,000;"
        )
    )
