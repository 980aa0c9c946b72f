"""The group's written fund rules against the fund's repayment day (#13, BMM review, weekly
variant p.10: "Angsuran setiap minggu pada hari Kamis" printed above the group's own rule
"Angsuran pokok dan jasa jatuh setiap tanggal 6 …")."""

from __future__ import annotations

from pra import store
from pra.model import BusinessGroup, Workshop
from pra.plan.checks import input_checks
from pra.plan.rule_days import RuleDayConflict, rule_day_conflicts
from pra.resources import example_path

NB = "\u00a0"


def _palembang(**capital: object) -> tuple[Workshop, BusinessGroup]:
    """Palembang with Sedap Malam's capital plan changed by ``capital``."""
    ws = store.load(example_path("palembang"))
    sedap = ws.groups[0]
    sedap = sedap.model_copy(update={"capital": sedap.capital.model_copy(update=capital)})
    return ws.model_copy(update={"groups": (sedap, *ws.groups[1:])}), sedap


def _rule_checks(ws: Workshop) -> list[str]:
    return [
        c.notice.text("id").replace(NB, " ")
        for c in input_checks(ws)
        if c.notice.key == "plan.checks.rule_day"
    ]


def test_a_weekly_fund_under_a_rule_naming_a_day_of_the_month_is_flagged() -> None:
    # Sedap Malam's rule 3: "Angsuran pokok dan jasa jatuh setiap tanggal 6 dan dibayar pada
    # pertemuan mingguan kelompok minggu itu; …" ("minggu itu" is "that week", no weekday)
    ws, sedap = _palembang(repayment_frequency="weekly", repayment_day=4)
    assert rule_day_conflicts(sedap) == (RuleDayConflict(3, 6, None),)
    assert _rule_checks(ws) == [
        "Aturan dana ke-3 Kelompok Sedap Malam menyebut angsuran pada tanggal 6 setiap bulan,"
        " padahal angsuran dana bergulir jatuh setiap minggu pada hari Kamis: rencana yang"
        " dicetak akan memuat dua hari angsuran yang bertentangan. Samakan aturan itu, atau"
        ' ubah hari angsurannya, di langkah "Modal dan dana bergulir".'
    ]


def test_the_shipped_plans_agree_with_their_rules() -> None:
    # both groups repay the fund on the 6th, as rule 3 says; Jaya Bersama's "diangsur
    # kelompok setiap Senin" is the BMM loan's rule, not the fund's
    ws = store.load(example_path("palembang"))
    assert [rule_day_conflicts(g) for g in ws.groups] == [(), ()]
    assert _rule_checks(ws) == []


def test_another_day_or_weekday_is_flagged() -> None:
    # monthly on the 10th: the rule's "tanggal 6" is another day
    _, sedap = _palembang(repayment_day=10)
    assert rule_day_conflicts(sedap) == (RuleDayConflict(3, 6, None),)
    # weekly on Thursdays, a rule saying Mondays; "setiap minggu" (every week) is no weekday
    rules = ("Angsuran dibayar setiap minggu pada hari Senin.",)
    _, sedap = _palembang(repayment_frequency="weekly", repayment_day=4, rules=rules)
    assert rule_day_conflicts(sedap) == (RuleDayConflict(1, None, 1),)
    rules = ("Angsuran dibayar setiap minggu pada hari Kamis.",)
    _, sedap = _palembang(repayment_frequency="weekly", repayment_day=4, rules=rules)
    assert rule_day_conflicts(sedap) == ()


def test_a_penalty_deadline_or_a_start_date_beside_the_funds_day_is_no_conflict() -> None:
    """Review 10 (5): every "tanggal N" in a rule about instalments was taken as the
    repayment day, so a penalty deadline (the 10th) or a start date (5 October 2003) beside
    the fund's own 5th printed a "perlu dilihat lagi" line."""
    rules = (
        "Angsuran jatuh tanggal 5; yang terlambat lebih dari tanggal 10 kena denda Rp 1.000.",
        "Angsuran pertama dimulai tanggal 5 Oktober 2003.",
        "Angsuran pertama dimulai tanggal 20 Oktober 2003, lalu setiap tanggal 5.",
        "Angsuran dibayar mulai tanggal 12-10-2003.",
    )
    ws, sedap = _palembang(repayment_frequency="monthly", repayment_day=5, rules=rules)
    assert rule_day_conflicts(sedap) == ()
    assert _rule_checks(ws) == []
    # a rule naming only other days of the month still disagrees with the 5th
    rules = ("Angsuran jatuh tanggal 10; yang terlambat lebih dari tanggal 15 kena denda.",)
    _, sedap = _palembang(repayment_frequency="monthly", repayment_day=5, rules=rules)
    assert rule_day_conflicts(sedap) == (RuleDayConflict(1, 10, None),)
    # weekly on Thursdays: a rule naming Thursday and a penalty date agrees
    rules = ("Angsuran setiap hari Kamis; yang belum bayar sampai tanggal 30 kena denda.",)
    _, sedap = _palembang(repayment_frequency="weekly", repayment_day=4, rules=rules)
    assert rule_day_conflicts(sedap) == ()
