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


def _jaya_bersama(**loan: object) -> tuple[Workshop, BusinessGroup]:
    """Palembang with Jaya Bersama's BMM loan changed by ``loan``."""
    ws = store.load(example_path("palembang"))
    jb = ws.groups[1]
    sources = tuple(
        s.model_copy(update=loan) if s.id == "fs-jb-bmm" else s for s in jb.capital.sources
    )
    capital = jb.capital.model_copy(update={"sources": sources})
    jb = jb.model_copy(update={"capital": capital})
    return ws.model_copy(update={"groups": (ws.groups[0], jb)}), jb


def test_a_rule_naming_the_lender_is_compared_with_that_loans_day() -> None:
    """rev16-lender 2: Jaya Bersama's rule 6 "Mesin dan bahan dibeli dengan pinjaman BMM
    Rp 3.000.000 yang diangsur kelompok setiap Senin …" was compared only with the revolving
    fund's day (the 6th) — so a BMM moved to Tuesdays (x_tue) or to the 10th of the month
    (x_long) drew nothing while the plan printed two days for the BMM loan."""
    ws, jb = _jaya_bersama(due_day=2)  # weekly, Tuesday
    bmm = jb.capital.loans[0]
    assert rule_day_conflicts(jb) == (RuleDayConflict(6, None, 1, (bmm,), False),)
    assert _rule_checks(ws) == [
        "Aturan dana ke-6 Kelompok Jaya Bersama menyebut angsuran pada hari Senin, padahal"
        " angsuran pinjaman BMM jatuh setiap minggu pada hari Selasa: rencana yang dicetak"
        " akan memuat dua hari angsuran yang bertentangan. Samakan aturan itu, atau ubah hari"
        ' angsurannya, di langkah "Modal dan dana bergulir".'
    ]
    ws, jb = _jaya_bersama(frequency="monthly", due_day=10, term_months=36)
    assert [c.split(", padahal ")[1].split(":")[0] for c in _rule_checks(ws)] == [
        "angsuran pinjaman BMM jatuh setiap tanggal 10"
    ]
    # the BMM on Mondays, as shipped: the rule agrees (and the fund's 6th is not asked of it)
    ws, jb = _jaya_bersama(due_day=1)
    assert rule_day_conflicts(jb) == ()


def test_a_rule_naming_no_lender_names_every_schedules_day() -> None:
    """rev16-lender 2, v_decl: the BMM became "Bank BRI (KUR)" on the 31st; rule 6 still
    says "pinjaman BMM … setiap Senin". It names no lender of the plan, so it is compared with
    every schedule, and the message names the fund's day and the bank loan's."""
    ws, jb = _jaya_bersama(lender="Bank BRI (KUR)", frequency="monthly", due_day=31)
    assert _rule_checks(ws) == [
        "Aturan dana ke-6 Kelompok Jaya Bersama menyebut angsuran pada hari Senin, padahal"
        " angsuran dana bergulir jatuh setiap tanggal 6 dan angsuran pinjaman Bank BRI (KUR)"
        " jatuh setiap tanggal 31: rencana yang dicetak akan memuat dua hari angsuran yang"
        ' bertentangan. Samakan aturan itu, atau ubah hari angsurannya, di langkah "Modal dan'
        ' dana bergulir".'
    ]
    # a rule naming no lender that names the bank loan's day agrees
    rules = (*jb.capital.rules[:5], "Pinjaman bank diangsur setiap tanggal 31.")
    jb = jb.model_copy(update={"capital": jb.capital.model_copy(update={"rules": rules})})
    assert rule_day_conflicts(jb) == ()
