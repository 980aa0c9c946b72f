"""Worked examples: savings against dues, attendance, the grade by the rule, mandiri, warnings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pra.model.followup import (
    CRITERIA,
    RESULT_AREAS,
    Assessment,
    GradeBand,
    GradingRule,
    MemberLeft,
)
from pra.plan.followup import (
    attendance_by_meeting,
    criterion_text,
    early_warnings,
    group_progress,
    member_attendance,
    savings_status,
    score,
)

from .followup_factory import START, meeting, workshop


def _met(n: int) -> tuple[tuple[str, str], ...]:
    """The first ``n`` criteria, area by area."""
    every = [(area, key) for area in RESULT_AREAS for key in CRITERIA[area]]
    return tuple(every[:n])


def test_savings_against_the_agreed_dues_stop_when_a_member_leaves() -> None:
    ws = workshop(
        [
            meeting(
                "t1", dt.date(2026, 2, 5), {m: {"savings_compulsory": 10_000} for m in ("p1", "p4")}
            ),
            meeting(
                "t2",
                dt.date(2026, 3, 5),
                {"p1": {"savings_compulsory": 20_000, "savings_voluntary": 5_000}},
            ),
        ],
        left=(MemberLeft(participant_id="p4", date=dt.date(2026, 3, 1)),),
    )
    g = ws.groups[0]
    on = dt.date(2026, 4, 30)
    # Dues of 10.000 fall on 5 Feb, 5 Mar, 5 Apr: 30.000 agreed; p1 saved 10.000 + 20.000.
    p1 = savings_status(ws, g, "p1", on)
    assert (p1.agreed, p1.compulsory, p1.voluntary, p1.behind) == (30_000, 30_000, 5_000, 0)
    # p4 left on 1 March: only February's 10.000 was agreed, and paid.
    p4 = savings_status(ws, g, "p4", on)
    assert (p4.agreed, p4.behind) == (10_000, 0)
    # p2 saved nothing: 30.000 behind.
    assert savings_status(ws, g, "p2", on).behind == 30_000


def test_attendance_per_meeting_and_per_member_leaves_out_who_left_and_the_mentors_visits() -> None:
    ws = workshop(
        [
            meeting("t1", dt.date(2026, 2, 5), {"p1": {}, "p2": {}, "p4": {}}),
            meeting("v1", dt.date(2026, 2, 20), {"p1": {}}, kind="visit"),
            meeting("t2", dt.date(2026, 3, 5), {"p1": {}, "p2": {}}),
            meeting("t3", dt.date(2026, 4, 5), {"p1": {}}),
        ],
        left=(MemberLeft(participant_id="p4", date=dt.date(2026, 3, 1)),),
    )
    g = ws.groups[0]
    on = dt.date(2026, 4, 30)
    rows = [(a.meeting_id, a.present, a.expected) for a in attendance_by_meeting(g, on)]
    # From March p4 is no longer expected: 3 members.
    assert rows == [("t1", 3, 4), ("v1", 1, 4), ("t2", 2, 3), ("t3", 1, 3)]
    # p2 came to 2 of the 3 group meetings (the visit does not count); p4 to 1 of 1.
    p2 = member_attendance(g, "p2", on)
    assert (p2.attended, p2.held, p2.rate) == (2, 3, Decimal(200) / 3)
    p4 = member_attendance(g, "p4", on)
    assert (p4.attended, p4.held) == (1, 1)
    # Last three meetings: 3 + 2 + 1 present of 4 + 3 + 3 expected = 6/10 = 60%: not below 60%.
    assert not [w for w in early_warnings(ws, g, on) if w.key.endswith("attendance_low")]
    # Two meetings later nobody else came: 2 + 1 + 1 of 3 + 3 + 3 = 4/9 = 44%.
    more = workshop(
        [
            *g.followup.meetings,
            meeting("t4", dt.date(2026, 5, 5), {"p1": {}}),
        ],
        left=g.followup.left,
    )
    warnings = early_warnings(more, more.groups[0], dt.date(2026, 5, 5))
    low = [w.text("id") for w in warnings if w.key.endswith("attendance_low")]
    assert low == ["kehadiran di bawah 60% dalam 3 pertemuan terakhir (44%)"]


def test_the_grade_follows_the_share_of_criteria_met_and_an_override_wins() -> None:
    rule = GradingRule()
    # 17 criteria in all: 13 met = 76,5% → A (from 75%); 12 = 70,6% → B; 8 = 47,1% → C.
    assert sum(len(keys) for keys in CRITERIA.values()) == 17
    day = dt.date(2026, 6, 1)
    assert score(Assessment(id="a1", date=day, met=_met(13)), rule).grade == "A"
    b = score(Assessment(id="a2", date=day, met=_met(12)), rule)
    assert (b.grade, b.eligible) == ("B", True)
    c = score(Assessment(id="a3", date=day, met=_met(8)), rule)
    assert (c.grade, c.eligible, c.by_rule) == ("C", False, "C")
    # organisation has 4 criteria, all met among the first 8; administration 4 of 4; capital 0.
    assert [len(a.met) for a in c.areas] == [4, 4, 0, 0, 0]
    raised = score(
        Assessment(
            id="a4", date=day, met=_met(8), grade_override="B", override_reason="buku kas baru"
        ),
        rule,
    )
    assert (raised.by_rule, raised.grade, raised.reason, raised.eligible) == (
        "C",
        "B",
        "buku kas baru",
        True,
    )


def test_a_programs_own_scale_grades_by_its_bands() -> None:
    rule = GradingRule(
        bands=(
            GradeBand(grade="Mandiri", min_percent=90),
            GradeBand(grade="Tumbuh", min_percent=0),
        ),
        eligible=("Mandiri",),
    )
    day = dt.date(2026, 6, 1)
    # 16 of 17 = 94,1% → Mandiri; 15 of 17 = 88,2% → Tumbuh.
    assert score(Assessment(id="a1", date=day, met=_met(16)), rule).grade == "Mandiri"
    assert score(Assessment(id="a1", date=day, met=_met(15)), rule).grade == "Tumbuh"


def test_every_criterion_has_a_sentence_in_both_languages() -> None:
    assert criterion_text("administration", "loan_book", "id") == "Buku simpan pinjam diisi"
    assert criterion_text("administration", "loan_book", "en") == (
        "The savings and loans book is kept"
    )
    for area in RESULT_AREAS:
        for key in CRITERIA[area]:
            assert criterion_text(area, key, "id") != criterion_text(area, key, "en")


def test_a_grade_falling_is_a_warning_and_the_mandiri_criteria_say_what_is_missing() -> None:
    ws = workshop(
        [
            meeting(f"t{k}", dt.date(2026, k + 1, 5), {"p1": {}, "p2": {}, "p3": {}, "p4": {}})
            for k in range(1, 5)
        ],
        assessments=(
            Assessment(id="a1", date=dt.date(2026, 3, 1), met=_met(12)),
            Assessment(id="a2", date=dt.date(2026, 5, 1), met=_met(8)),
        ),
    )
    g = ws.groups[0]
    on = dt.date(2026, 5, 5)
    texts = [w.text("id") for w in early_warnings(ws, g, on)]
    assert "klasifikasi turun dari B ke C" in texts
    progress = group_progress(ws, g, on)
    assert [g.grade for g in progress.grades] == ["B", "C"]
    met = {m.key: m.met for m in progress.mandiri}
    # Meetings on 5 Feb, Mar, Apr, May: one in each of the last 3 months. No loans: nothing due.
    assert met == {
        "top_grade": False,
        "all_areas": False,
        "repayment": True,
        "no_par30": True,
        "meets_monthly": True,
        "savings": False,
    }
    assert progress.start == START
