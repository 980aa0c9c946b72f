"""Monthly due dates on a rest day: the members' in a marked holiday, a lender's on a Sunday."""

from __future__ import annotations

import datetime as dt

from pra.model import Blackout, BusinessGroup, PraStep, Workshop
from pra.plan.checks import input_checks
from pra.plan.lender import group_lender_schedule
from pra.plan.rest_days import dues_on_rest_days
from pra.resources import example_path

NB = "\u00a0"
KEYS = ("plan.checks.fund_due_in_holiday", "plan.checks.lender_due_on_sunday")


def palembang() -> Workshop:
    return Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))


def with_groups(ws: Workshop, *groups: BusinessGroup) -> Workshop:
    return Workshop.model_validate(ws.model_copy(update={"groups": groups}).model_dump())


def test_the_examples_have_no_monthly_due_date_on_a_rest_day() -> None:
    for name in ("palembang", "surabaya", "yogyakarta"):
        ws = Workshop.model_validate_json(example_path(name).read_text(encoding="utf-8"))
        assert [g.name for g in ws.groups if dues_on_rest_days(g)] == []


def test_members_instalment_within_a_marked_holiday_is_named() -> None:
    # Sedap Malam's members repay on the 6th from 6 October 2003; a flood week marked on the
    # calendar from 1 to 10 February 2004 holds the 5th instalment, 6 February 2004
    ws = palembang()
    sedap, jaya = ws.groups
    flood = Blackout(
        id="bo-banjir", label="Banjir", start=dt.date(2004, 2, 1), end=dt.date(2004, 2, 10)
    )
    calendar = sedap.calendar.model_copy(update={"blackouts": (*sedap.calendar.blackouts, flood)})
    ws = with_groups(ws, sedap.model_copy(update={"calendar": calendar}), jaya)
    found = [c for c in input_checks(ws) if c.notice.key in KEYS]
    assert [(c.step, c.group_id) for c in found] == [(PraStep.CAPITAL, sedap.id)]
    assert found[0].notice.text("id") == (
        "Angsuran anggota Kelompok Sedap Malam ke dana bergulir jatuh tempo 6 Februari 2004, "
        "di dalam masa Banjir (1 Februari 2004 – 10 Februari 2004) yang ditandai di kalender: "
        "sepakati siapa yang menariknya dan kapan, atau pilih tanggal angsuran lain (langkah "
        '"Modal dan dana bergulir").'
    )


def test_a_monthly_lender_instalment_on_a_sunday_is_named() -> None:
    # Jaya Bersama's BMM loan paid monthly on the 6th instead of weekly on Mondays: handed over
    # 1 September 2003, one month's grace to 1 October, 12 instalments on the 6th from the first
    # on or after it, 6 October 2003, to 6 September 2004; of those days only 6 June 2004 is a
    # Sunday (weekday 6)
    ws = palembang()
    sedap, jaya = ws.groups
    bmm = jaya.capital.loans[0].model_copy(update={"frequency": "monthly", "due_day": 6})
    sources = tuple(bmm if s.id == bmm.id else s for s in jaya.capital.sources)
    capital = jaya.capital.model_copy(update={"sources": sources})
    ws = with_groups(ws, sedap, jaya.model_copy(update={"capital": capital}))
    jaya = ws.groups[1]
    dues = [i.due for i in group_lender_schedule(jaya, jaya.capital.loans[0]).instalments]
    expected = [dt.date(2003, m, 6) for m in (10, 11, 12)] + [
        dt.date(2004, m, 6) for m in range(1, 10)
    ]
    assert dues == expected
    assert [d for d in expected if d.weekday() == 6] == [dt.date(2004, 6, 6)]
    found = [c for c in input_checks(ws) if c.notice.key in KEYS]
    assert [c.notice.text("id") for c in found] == [
        "Angsuran Pinjaman BMM Kelompok Jaya Bersama jatuh tempo pada hari Minggu: 6 Juni "
        "2004. Sepakati siapa yang menyetor sehari sebelumnya, atau minta tanggal lain kepada "
        'pemberi pinjaman (langkah "Modal dan dana bergulir").'
    ]
