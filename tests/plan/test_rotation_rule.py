"""When the later rounds of a weekly fund open (rev16-lender 5): the sentence above the rounds'
table said "setiap kali dana bergulir cukup untuk satu pinjaman lagi", while a weekly fund
opens them once a month, on the month's last meeting day, from the month after the hand-over."""

from __future__ import annotations

import datetime as dt

from pra import store
from pra.plan.revolving import group_fund, rotation_intro
from pra.resources import example_path

NB = "\u00a0"


def test_the_weekly_rule_is_the_one_the_rounds_follow() -> None:
    # x_mweek: Sedap Malam weekly on Wednesdays (day 3), Rp 250.000 a member over 12 months,
    # 6 first-round borrowers of 10, Rp 25.000 simpanan pokok kept at hand-over (each receives
    # 225.000), 5.000 principal + 1.000 jasa a week, dues 5.000 a member a month, Rp 500.
    ws = store.load(example_path("palembang"))
    sedap = ws.groups[0]
    capital = sedap.capital.model_copy(update={"repayment_frequency": "weekly", "repayment_day": 3})
    sedap = sedap.model_copy(update={"capital": capital})
    fund = group_fund(sedap)
    # handed over Monday 1 Sep 2003: 6 × 250.000 = 1.500.000 in, 6 × 225.000 = 1.350.000 out;
    # Wednesdays 10, 17, 24 Sep: 3 × 6 × (5.000 + 1.000) = 108.000, dues 10 × 5.000 = 50.000:
    # Rp 308.000 by 24 Sep, more than one loan (225.000) — but no round in September.
    # October's five Wednesdays: 5 × 6 × 6.000 = 180.000 + 50.000 dues → 538.000 on 29 Oct,
    # the month's last Wednesday: two loans (450.000), 88.000 left. Then 26 Nov and 31 Dec,
    # the last Wednesdays of November and December 2003.
    assert fund.rows[0].closing == 308_000
    assert [(r.date, len(r.member_ids)) for r in fund.rounds] == [
        (dt.date(2003, 9, 1), 6),
        (dt.date(2003, 10, 29), 2),
        (dt.date(2003, 11, 26), 1),
        (dt.date(2003, 12, 31), 1),
    ]
    said = rotation_intro(sedap.capital, dt.date(2003, 9, 1)).text("id").replace(NB, " ")
    assert said == (
        "Dana bergulir mulai 1 September 2003. Angsuran masuk setiap minggu, tetapi putaran"
        " berikutnya dibuka sekali sebulan, mulai bulan sesudah dana diserahkan: pada hari Rabu"
        " terakhir bulan itu, sesudah angsurannya masuk, kepada sebanyak mungkin anggota yang"
        " menunggu selama dana bergulir cukup."
    )


def test_a_monthly_fund_keeps_its_sentence() -> None:
    # Sedap Malam as shipped, monthly on the 6th: round 2 on the first due date, 6 Oct 2003
    sedap = store.load(example_path("palembang")).groups[0]
    assert group_fund(sedap).rounds[1].date == dt.date(2003, 10, 6)
    said = rotation_intro(sedap.capital, dt.date(2003, 9, 1)).text("id").replace(NB, " ")
    assert said == (
        "Dana bergulir mulai 1 September 2003. Putaran berikutnya dibuka setiap kali dana"
        " bergulir cukup untuk satu pinjaman lagi."
    )
