"""Instalments nobody can pay in cash (rev16-lender 7): a new group's cash unit, Yogyakarta's
example, and the ``pra check`` line for a Rp 1 schedule with amounts not multiples of Rp 100."""

from __future__ import annotations

import json
from pathlib import Path

from pra import store
from pra.edit import groups as group_edits
from pra.model import Workshop
from pra.plan.checks import input_checks
from pra.plan.odd_amounts import odd_amount
from pra.resources import example_path

NB = "\u00a0"


def _odd_checks(ws: Workshop) -> list[str]:
    return [
        c.notice.text("id").replace(NB, " ")
        for c in input_checks(ws)
        if c.notice.key == "plan.checks.odd_amount"
    ]


def _tri_astha(**capital: object) -> Workshop:
    ws = store.load(example_path("yogyakarta"))
    group = ws.groups[0]
    group = group.model_copy(update={"capital": group.capital.model_copy(update=capital)})
    return ws.model_copy(update={"groups": (group, *ws.groups[1:])})


def test_a_rupiah_schedule_with_odd_amounts_is_said() -> None:
    # x_y12: Tri Astha over 12 months at Rp 1: 500.000 ÷ 12 = 41.666,67, rounded up to the
    # rupiah 41.667 (11 ×, the last 41.663) + jasa 1% × 500.000 = 5.000 → Rp 46.667 a month
    ws = _tri_astha(loan_term_months=12, cash_unit=1)
    assert odd_amount(ws.groups[0]) == 46_667
    assert _odd_checks(ws) == [
        'Angsuran KUW "Tri Astha" dihitung sampai rupiah (satuan uang cicilan Rp 1), sehingga'
        " jadwalnya memuat jumlah seperti Rp 46.667 yang sulit dibayar tunai di pertemuan. Isi"
        ' "Cicilan dibulatkan ke (Rp)" dengan 100, 500 atau 1.000 di langkah "Modal dan dana'
        ' bergulir".'
    ]
    # at Rp 500 (what Yogyakarta now ships): 42.000 + 5.000 = 47.000, nothing to say
    assert _odd_checks(_tri_astha(loan_term_months=12, cash_unit=500)) == []
    # at Rp 1 over 10 months: 500.000 ÷ 10 = 50.000 + 5.000 = 55.000, round: nothing either
    assert _odd_checks(_tri_astha(cash_unit=1)) == []


def test_the_examples_ship_a_cash_unit_and_say_nothing() -> None:
    for name in ("palembang", "surabaya", "yogyakarta"):
        ws = store.load(example_path(name))
        assert {g.capital.cash_unit for g in ws.groups} == {500}, name
        assert _odd_checks(ws) == [], name


def test_a_new_group_starts_at_rp_500_and_an_older_file_keeps_its_unit(tmp_path: Path) -> None:
    ws = group_edits.add_group(Workshop(id="ws-20260101-abcd"), "Kelompok Melati")
    assert ws.groups[0].capital.cash_unit == 500
    # a file that never said its unit (older files): to the rupiah, as it was
    doc = json.loads(example_path("yogyakarta").read_text(encoding="utf-8"))
    for group in doc["groups"]:
        del group["capital"]["cash_unit"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert {g.capital.cash_unit for g in store.load(path).groups} == {1}
