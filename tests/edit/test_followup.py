"""Edits of a group's follow-up: meetings, money per member, actions, assessments, links."""

from __future__ import annotations

import datetime as dt

import pytest

from pra.edit import followup as fu
from pra.errors import PraError
from pra.model import Workshop
from pra.resources import example_path
from tests.tui.followup.data import cleared

SEDAP = "g-sedap-malam"
ROHANI, YUSNAINI = "p-01", "p-02"


@pytest.fixture
def ws() -> Workshop:
    """Palembang before any follow-up (the shipped example has months of it)."""
    return cleared()


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("50.000", 50_000),
        ("50000", 50_000),
        ("Rp 25.000", 25_000),
        ("50rb", 50_000),
        ("50 ribu", 50_000),
        ("1,5jt", 1_500_000),
        ("2 juta", 2_000_000),
        ("1.500rb", 1_500_000),
        ("", 0),
    ],
)
def test_amounts_are_read_as_typed_in_a_meeting(typed: str, amount: int) -> None:
    assert fu.parse_amount(typed) == amount


@pytest.mark.parametrize("typed", ["50.00", "lima puluh", "5 dolar", "-lima", "-"])
def test_an_amount_not_understood_is_refused_naming_it(typed: str) -> None:
    with pytest.raises(PraError) as caught:
        fu.parse_amount(typed)
    assert caught.value.key == "edit.followup.bad_amount"
    assert f'"{typed}"' in caught.value.message()


@pytest.mark.parametrize("typed", ["-5000", "- 5.000", "Rp -5.000", "-Rp 5.000", "\u221250rb"])
def test_a_negative_amount_is_refused_as_negative_not_as_unknown(typed: str) -> None:
    # before: 'Jumlah "-5000" tidak dikenal', as if the mentor had typed a word
    with pytest.raises(PraError) as caught:
        fu.parse_amount(typed)
    assert caught.value.message() == (
        f'Jumlah tidak boleh negatif ("{typed}"). Tulis yang dibayar atau diterima tanpa tanda '
        "minus, seperti 5.000 atau 50rb."
    )
    assert caught.value.message("en").startswith(f'An amount cannot be negative ("{typed}")')


def test_a_negative_amount_typed_in_a_meeting_leaves_the_meeting_as_it_was(ws: Workshop) -> None:
    ws, mid = _meeting(ws)
    with pytest.raises(PraError) as caught:
        fu.set_amount(ws, SEDAP, mid, ROHANI, "instalment", "-5000")
    assert caught.value.key == "edit.followup.negative_amount"


def test_a_negative_amount_in_the_capital_plan_is_refused_as_negative() -> None:
    from pra.edit.capital import parse_rupiah

    with pytest.raises(PraError) as caught:
        parse_rupiah("-500.000")
    assert caught.value.message() == (
        'Jumlah tidak boleh negatif ("-500.000"). Tulis rupiah tanpa tanda minus, seperti '
        "500.000 atau Rp 25.000."
    )


def _meeting(ws: Workshop) -> tuple[Workshop, str]:
    ws = fu.add_meeting(ws, SEDAP, "05-09-2003")
    return ws, ws.group(SEDAP).followup.meetings[-1].id  # type: ignore[union-attr]


def test_a_new_meeting_lists_every_member_and_the_chair_leads_it_present(ws: Workshop) -> None:
    after, mid = _meeting(ws)
    meeting = after.group(SEDAP).followup.meetings[0]  # type: ignore[union-attr]
    assert meeting.id == mid
    assert meeting.date == dt.date(2003, 9, 5)
    assert meeting.led_by_id == ROHANI
    assert [r.participant_id for r in meeting.members] == list(ws.group(SEDAP).member_ids)  # type: ignore[union-attr]
    assert meeting.present_ids() == (ROHANI,)  # a meeting has someone present
    assert ws.group(SEDAP).followup.meetings == ()  # type: ignore[union-attr]  # input unchanged


def test_attendance_ticks_and_unticks(ws: Workshop) -> None:
    ws, mid = _meeting(ws)
    ws = fu.toggle_present(ws, SEDAP, mid, YUSNAINI)
    assert fu.meeting_of(ws, SEDAP, mid).present_ids() == (ROHANI, YUSNAINI)
    ws = fu.toggle_present(ws, SEDAP, mid, YUSNAINI)
    assert fu.meeting_of(ws, SEDAP, mid).present_ids() == (ROHANI,)
    with pytest.raises(PraError) as caught:  # the last one present cannot be unticked
        fu.toggle_present(ws, SEDAP, mid, ROHANI)
    assert caught.value.message() == (
        "Pertemuan 5 September 2003 tanpa seorang pun yang hadir: centang anggota yang datang."
    )


def test_an_amount_never_changes_attendance(ws: Workshop) -> None:
    """An absent member often sends her savings with a neighbour (titip): she stays absent."""
    ws, mid = _meeting(ws)
    ws = fu.set_amount(ws, SEDAP, mid, YUSNAINI, "instalment", "50rb")
    ws = fu.set_amount(ws, SEDAP, mid, YUSNAINI, "savings_compulsory", "5.000")
    meeting = fu.meeting_of(ws, SEDAP, mid)
    row = meeting.members[1]
    assert (row.participant_id, row.present, row.instalment, row.savings_compulsory) == (
        YUSNAINI,
        False,
        50_000,
        5_000,
    )
    assert row.handed_over() == 55_000
    assert meeting.present_ids() == (ROHANI,), "only the chair, ticked when it was added"


def test_a_non_member_cannot_be_recorded(ws: Workshop) -> None:
    ws, mid = _meeting(ws)
    with pytest.raises(PraError) as caught:
        fu.toggle_present(ws, SEDAP, mid, "p-11")  # Zulkifli, of the other group
    assert caught.value.key == "edit.group.not_member"


def test_problems_actions_notes_sales(ws: Workshop) -> None:
    ws, mid = _meeting(ws)
    ws = fu.add_problem(ws, SEDAP, mid, "Dua anggota belum mengangsur")
    ws = fu.add_action(ws, SEDAP, mid, "Mengunjungi Aisyah", [ROHANI], "12-09-2003")
    ws = fu.update_meeting(ws, SEDAP, mid, notes=" Rapat ramai, ibu-ibu aktif ", sales="1,2jt")
    meeting = fu.meeting_of(ws, SEDAP, mid)
    assert meeting.problems == ("Dua anggota belum mengangsur",)
    assert meeting.notes == "Rapat ramai, ibu-ibu aktif"
    assert meeting.sales == 1_200_000
    action = meeting.actions[0]
    assert (action.text, action.responsible_ids, action.due, action.done) == (
        "Mengunjungi Aisyah",
        (ROHANI,),
        dt.date(2003, 9, 12),
        False,
    )
    ws = fu.toggle_action_done(ws, SEDAP, mid, action.id)
    assert fu.meeting_of(ws, SEDAP, mid).actions[0].done is True
    ws = fu.remove_problem(ws, SEDAP, mid, 0)
    assert fu.meeting_of(ws, SEDAP, mid).problems == ()


def test_removing_a_meeting_keeps_the_earlier_value_whole(ws: Workshop) -> None:
    with_meeting, mid = _meeting(ws)
    with_meeting = fu.set_amount(with_meeting, SEDAP, mid, ROHANI, "instalment", "50.000")
    removed = fu.remove_meeting(with_meeting, SEDAP, mid)
    assert removed.group(SEDAP).followup.meetings == ()  # type: ignore[union-attr]
    # undo is the previous value: it still holds the meeting and its money
    assert fu.meeting_of(with_meeting, SEDAP, mid).members[0].instalment == 50_000


def test_an_assessment_ticks_criteria_and_overrides_only_with_a_reason(ws: Workshop) -> None:
    ws = fu.add_assessment(ws, SEDAP, "01-12-2003", assessor="Bu Ratna")
    aid = ws.group(SEDAP).followup.assessments[-1].id  # type: ignore[union-attr]
    ws = fu.toggle_criterion(ws, SEDAP, aid, "organisation", "regular_meetings")
    ws = fu.toggle_criterion(ws, SEDAP, aid, "capital", "savings_growing")
    ws = fu.toggle_criterion(ws, SEDAP, aid, "organisation", "regular_meetings")
    assessment = ws.group(SEDAP).followup.assessments[0]  # type: ignore[union-attr]
    assert assessment.met == (("capital", "savings_growing"),)
    assert assessment.assessor == "Bu Ratna"
    with pytest.raises(PraError) as caught:
        fu.set_override(ws, SEDAP, aid, "B", "")
    assert caught.value.key == "edit.followup.override_reason"
    with pytest.raises(PraError) as caught:
        fu.set_override(ws, SEDAP, aid, "D", "alasan")
    assert caught.value.key == "edit.followup.bad_grade"
    ws = fu.set_override(ws, SEDAP, aid, "b", "Kas dipegang ketua, belum ada bendahara")
    assessment = ws.group(SEDAP).followup.assessments[0]  # type: ignore[union-attr]
    assert (assessment.grade_override, assessment.override_reason) == (
        "B",
        "Kas dipegang ketua, belum ada bendahara",
    )
    ws = fu.set_override(ws, SEDAP, aid, None)
    assert ws.group(SEDAP).followup.assessments[0].grade_override is None  # type: ignore[union-attr]


def test_a_new_assessment_without_an_assessor_is_the_mentors(ws: Workshop) -> None:
    ws = fu.set_mentor(ws, SEDAP, "Ratna Dewi")
    ws = fu.add_assessment(ws, SEDAP, "01-12-2003")
    ws = fu.add_assessment(ws, SEDAP, "01-03-2004", assessor=" Bu Siti ")
    assessments = ws.group(SEDAP).followup.assessments  # type: ignore[union-attr]
    assert [a.assessor for a in assessments] == ["Ratna Dewi", "Bu Siti"]


def test_only_an_eligible_grade_is_linked_to_an_lkm(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        fu.link_lkm(ws, SEDAP, "BMM Palembang", "15-03-2004")  # never assessed
    assert caught.value.message("id") == (
        "Kelompok ini belum dapat dihubungkan ke LKM pada 15 Maret 2004: belum dinilai; "
        "belum ada angsuran yang jatuh tempo."
    )
    graded_c = fu.add_assessment(ws, SEDAP, "01-03-2004")  # nothing met: C
    with pytest.raises(PraError) as caught:
        fu.link_lkm(graded_c, SEDAP, "BMM Palembang", "15-03-2004")
    assert caught.value.key == "edit.followup.not_eligible"
    assert caught.value.params["reasons"].text("id") == (
        "nilai C; belum ada angsuran yang jatuh tempo"
    )


def test_a_b_group_is_refused_a_link_the_report_would_refuse() -> None:
    """The link edit asks the report's rule (pra.plan.followup.lkm), not the grade alone."""
    shipped = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    # Sedap Malam graded B by hand, no instalment fell due yet: the record is missing
    graded_b = fu.add_assessment(
        cleared(), SEDAP, "01-03-2004", grade_override="B", override_reason="Buku kas rapi"
    )
    with pytest.raises(PraError) as caught:
        fu.link_lkm(graded_b, SEDAP, "BMM Palembang", "15-03-2004")
    assert caught.value.params["reasons"].text("id") == "belum ada angsuran yang jatuh tempo"
    # Jaya Bersama: graded B on 6 December 2003, 95% repaid on time, PAR30 0%; its BMM
    # instalment of 8 December (Rp 274.000) is unpaid on 31 December but only 23 days late
    # (paid at the meeting of 6 January): within the 30 days, the link is made
    linked = fu.link_lkm(shipped, "g-jaya-bersama", "BMM Palembang", "31-12-2003")
    jaya = linked.group("g-jaya-bersama")
    assert jaya is not None and jaya.followup.lkm == "BMM Palembang"
    # graded B, members repay on time, but the BMM's instalment of 10 March 2026 is 36 days
    # late on 15 April (tests.plan.test_followup_lkm.lender_group): refused, as the report
    from tests.plan.test_followup_lkm import lender_group

    with pytest.raises(PraError) as caught:
        fu.link_lkm(lender_group(april_paid=False), "g1", "BMM", "15-04-2026")
    assert caught.value.message("id") == (
        "Kelompok ini belum dapat dihubungkan ke LKM pada 15 April 2026: tunggakan Rp\u00a0348.000 "
        "kepada BMM sejak 10 Maret 2026, terlambat lebih dari 30 hari."
    )
    surabaya = Workshop.model_validate_json(example_path("surabaya").read_text(encoding="utf-8"))
    # Berjualan: graded B on 1 May 2004, 82% repaid on time, PAR30 59,6%
    with pytest.raises(PraError) as caught:
        fu.link_lkm(surabaya, "g-berjualan", "BMM Surabaya", "01-05-2004")
    assert caught.value.params["reasons"].text("id") == "angsuran lancar baru 82%; PAR30 60%"


def test_mentor_lkm_and_mandiri() -> None:
    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    ws = fu.link_lkm(ws, SEDAP, "", None)
    ws = fu.set_mentor(ws, SEDAP, " Ratna Dewi ")
    # graded A on 6 March 2004, every instalment paid on time: ready on 15 March
    ws = fu.link_lkm(ws, SEDAP, "BMM Palembang", "15-03-2004")
    ws = fu.set_independent(ws, SEDAP, "30-06-2004")
    followup = ws.group(SEDAP).followup  # type: ignore[union-attr]
    assert (followup.mentor, followup.lkm, followup.linked_on, followup.independent_on) == (
        "Ratna Dewi",
        "BMM Palembang",
        dt.date(2004, 3, 15),
        dt.date(2004, 6, 30),
    )
    ws = fu.link_lkm(ws, SEDAP, "", None)
    assert ws.group(SEDAP).followup.linked_on is None  # type: ignore[union-attr]


def test_an_action_typed_on_one_line_names_who_and_by_when(ws: Workshop) -> None:
    ws, mid = _meeting(ws)
    ws = fu.add_action_line(ws, SEDAP, mid, "Mengunjungi Aisyah, oleh Rohani dan Yus, 12-09-2003")
    action = fu.meeting_of(ws, SEDAP, mid).actions[0]
    assert (action.text, action.responsible_ids, action.due) == (
        "Mengunjungi Aisyah",
        (ROHANI, YUSNAINI),
        dt.date(2003, 9, 12),
    )
    ws = fu.add_action_line(ws, SEDAP, mid, "Membeli buku kas, tulis rapi")
    assert fu.meeting_of(ws, SEDAP, mid).actions[1].text == "Membeli buku kas, tulis rapi"


def test_every_meeting_action_and_assessment_gets_its_own_id(ws: Workshop) -> None:
    ws, first = _meeting(ws)
    ws = fu.add_meeting(ws, SEDAP, "05-10-2003")
    ws = fu.add_meeting(ws, "g-jaya-bersama", "06-10-2003")
    second = ws.group(SEDAP).followup.meetings[1].id  # type: ignore[union-attr]
    other = ws.group("g-jaya-bersama").followup.meetings[0].id  # type: ignore[union-attr]
    ws = fu.add_action_line(ws, SEDAP, first, "Membeli buku kas")
    ws = fu.add_action_line(ws, SEDAP, second, "Membeli buku kas")
    ws = fu.add_assessment(ws, SEDAP, "01-12-2003")
    ws = fu.add_assessment(ws, SEDAP, "01-03-2004")
    followup = ws.group(SEDAP).followup  # type: ignore[union-attr]
    ids = [first, second, other, *(a.id for m in followup.meetings for a in m.actions)]
    ids += [a.id for a in followup.assessments]
    assert len(set(ids)) == len(ids) == 7
    ws = fu.set_amount(ws, SEDAP, second, ROHANI, "instalment", "47.000")
    assert fu.meeting_of(ws, SEDAP, first).members[0].instalment == 0
    assert fu.meeting_of(ws, SEDAP, second).members[0].instalment == 47_000


def test_a_member_who_left_is_not_listed_at_a_later_meeting() -> None:
    from pra.resources import example_path

    shipped = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    group = shipped.group("g-jaya-bersama")
    assert group is not None
    [left] = group.followup.left  # Marlina moved away on 1 May 2004
    after = fu.add_meeting(shipped, "g-jaya-bersama", "05-07-2004")
    rows = after.group("g-jaya-bersama").followup.meetings[-1].members  # type: ignore[union-attr]
    assert [r.participant_id for r in rows] == [
        m for m in group.member_ids if m != left.participant_id
    ]
    before = fu.add_meeting(shipped, "g-jaya-bersama", "05-04-2004")
    assert len(before.group("g-jaya-bersama").followup.meetings[-1].members) == 10  # type: ignore[union-attr]


def test_a_meeting_after_today_is_refused_when_today_is_given(ws: Workshop) -> None:
    with pytest.raises(PraError) as caught:
        fu.add_meeting(ws, SEDAP, "05-09-2033", today=dt.date(2003, 9, 5))
    assert caught.value.message() == "Tanggal 5 September 2033 belum tiba: periksa tahunnya."
    after = fu.add_meeting(ws, SEDAP, "05-09-2003", today=dt.date(2003, 9, 5))
    assert len(after.group(SEDAP).followup.meetings) == 1  # type: ignore[union-attr]


def test_a_second_meeting_of_the_same_kind_on_the_same_day_is_refused(ws: Workshop) -> None:
    ws, _ = _meeting(ws)  # the group's meeting of 5 September 2003
    with pytest.raises(PraError) as caught:
        fu.add_meeting(ws, SEDAP, "05-09-2003")
    assert caught.value.message() == (
        "Pertemuan kelompok 5 September 2003 sudah ada: buka pertemuan itu dan lanjutkan di "
        "sana (kunjungan pendamping pada hari yang sama boleh dicatat sebagai kunjungan)."
    )
    # the mentor's visit on the meeting's day is another record: kept, and a second one refused
    visited = fu.add_meeting(ws, SEDAP, "05-09-2003", "visit")
    kinds = [(m.date, m.kind) for m in visited.group(SEDAP).followup.meetings]  # type: ignore[union-attr]
    assert kinds == [(dt.date(2003, 9, 5), "meeting"), (dt.date(2003, 9, 5), "visit")]
    with pytest.raises(PraError) as caught:
        fu.add_meeting(visited, SEDAP, "05-09-2003", "visit")
    assert caught.value.key == "edit.followup.visit_twice"


def test_moving_a_meeting_onto_another_of_its_kind_is_refused_with_the_date(
    ws: Workshop,
) -> None:
    ws, _ = _meeting(ws)
    ws = fu.add_meeting(ws, SEDAP, "05-10-2003")
    second = ws.group(SEDAP).followup.meetings[-1].id  # type: ignore[union-attr]
    with pytest.raises(PraError) as caught:
        fu.update_meeting(ws, SEDAP, second, date="05-09-2003")
    assert caught.value.message() == (
        "Pertemuan kelompok 5 September 2003 sudah dicatat sebagai pertemuan 1: satu pertemuan "
        "kelompok sehari (kunjungan pendamping pada hari yang sama boleh); gabungkan catatannya "
        "ke pertemuan yang sudah ada."
    )


def test_a_follow_up_due_before_its_meeting_is_refused_with_both_dates(ws: Workshop) -> None:
    # before: "Cek buku kas, oleh Rohani, 01-01-2003" was kept on a meeting of 5 September 2003
    ws, mid = _meeting(ws)
    with pytest.raises(PraError) as caught:
        fu.add_action_line(ws, SEDAP, mid, "Cek buku kas, oleh Rohani, 01-01-2003")
    assert caught.value.message() == (
        "Batas waktu 1 Januari 2003 sebelum pertemuan ini (5 September 2003): periksa tahunnya."
    )
    assert caught.value.message("en") == (
        "The due date 1 January 2003 is before this meeting (5 September 2003): check the year."
    )
    on_the_day = fu.add_action_line(ws, SEDAP, mid, "Cek buku kas, oleh Rohani, 05-09-2003")
    assert fu.meeting_of(on_the_day, SEDAP, mid).actions[0].due == dt.date(2003, 9, 5)


@pytest.mark.parametrize("how", ["add", "move"])
def test_a_meeting_before_the_workshop_is_refused_in_a_plain_sentence(
    ws: Workshop, how: str
) -> None:
    # before: "Perubahan tidak bisa disimpan: tanggal 1 Agustus 2003 sebelum lokakarya …",
    # as if saving had failed
    with pytest.raises(PraError) as caught:
        if how == "add":
            fu.add_meeting(ws, SEDAP, "01-08-2003")
        else:
            ws, mid = _meeting(ws)
            fu.update_meeting(ws, SEDAP, mid, date="01-08-2003")
    assert caught.value.message() == (
        "Tanggal 1 Agustus 2003 sebelum lokakarya (13 Agustus 2003): pendampingan dimulai "
        "setelah lokakarya."
    )
    assert caught.value.message("en") == (
        "The date 1 August 2003 is before the workshop (13 August 2003): follow-up starts after "
        "the workshop."
    )
