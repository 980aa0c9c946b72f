"""Recording a meeting by keys during the meeting, as the mentor does at 100x30."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from pra import store
from pra.model import Workshop
from pra.tui.app import PraApp
from pra.tui.followup.screen import FollowUpScreen
from pra.tui.session import Session
from tests.tui.conftest import FROZEN, make_session, palembang
from tests.tui.followup.conftest import SEDAP, by_id, first_meeting, open_meeting
from tests.tui.followup.data import cleared
from tests.tui.pilot import keys, record_notices, screen_text, wait_for_focus, wait_until

SIZE = (100, 30)
ROHANI, YUSNAINI, MASITOH, NURBAYA = "p-01", "p-02", "p-03", "p-04"


def _saved(path: Path) -> Workshop | None:
    try:
        return store.load(path)
    except Exception:
        return None


def _meetings(path: Path) -> int:
    saved = _saved(path)
    group = saved.group(SEDAP) if saved is not None else None
    return len(group.followup.meetings) if group is not None else 0


async def test_a_whole_meeting_recorded_by_keys_is_in_the_saved_file(tmp_path: Path) -> None:
    path = tmp_path / "lokakarya.json"
    store.save(cleared(), path)
    session = Session(store.load(path), path, clock=lambda: FROZEN, debounce=0)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await keys(pilot, "05-09-2003", "enter")
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        # attendance: Rohani, the chair, came (ticked when the meeting is added); Enter on
        # Yusnaini, nothing on Masitoh, the space bar on Nurbaya
        await keys(pilot, "down", "enter", "down", "down", "space")
        # instalments like a spreadsheet: Rohani 50rb, Yusnaini 50.000, Masitoh skipped, Nurbaya 25rb
        await keys(pilot, "up", "up", "up", "right", "right", "right", "right")
        await keys(pilot, "50rb", "enter", "50.000", "enter", "enter", "25rb", "enter", "escape")
        await wait_for_focus(pilot, by_id("fu-members"), what="back on the table")
        # compulsory savings: Rohani 5.000 (two columns to the left, back up to her)
        await keys(pilot, "left", "left", "up", "up", "up", "up", "5.000", "enter", "escape")
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-problem"), what="the problem line")
        await keys(pilot, "Dua anggota belum mengangsur", "enter")
        await keys(pilot, "tab", "Mengunjungi Aisyah, oleh Rohani, 12-09-2003", "enter")
        await keys(pilot, "tab", "1,2jt", "enter", "tab", "800rb", "enter")
        await keys(pilot, "tab", "Ibu-ibu aktif bicara; Syamsul jarang datang", "enter")
        await wait_until(
            pilot,
            lambda: "Syamsul jarang datang" in str(_saved(path)),
            what="the notes in the saved file",
        )
        assert "Pertemuan 1 dari 1: 5 September 2003" in screen_text(app)

    saved = store.load(path)
    meeting = saved.group(SEDAP).followup.meetings[0]  # type: ignore[union-attr]
    assert meeting.date == dt.date(2003, 9, 5)
    assert meeting.kind == "meeting"
    assert meeting.led_by_id == ROHANI
    assert meeting.present_ids() == (ROHANI, YUSNAINI, NURBAYA)
    paid = {r.participant_id: (r.instalment, r.savings_compulsory) for r in meeting.members}
    assert paid[ROHANI] == (50_000, 5_000)
    assert paid[YUSNAINI] == (50_000, 0)
    assert paid[MASITOH] == (0, 0)
    assert paid[NURBAYA] == (25_000, 0)
    assert meeting.problems == ("Dua anggota belum mengangsur",)
    action = meeting.actions[0]
    assert (action.text, action.responsible_ids, action.due) == (
        "Mengunjungi Aisyah",
        (ROHANI,),
        dt.date(2003, 9, 12),
    )
    assert (meeting.sales, meeting.costs) == (1_200_000, 800_000)
    assert meeting.notes == "Ibu-ibu aktif bicara; Syamsul jarang datang"


async def test_a_sentence_typed_on_the_attendance_column_goes_to_the_notes_and_ticks_no_one(
    tmp_path: Path,
) -> None:
    """Space ticks on the attendance column: a sentence typed there would flip a member
    at every space. Its first letter moves it to the meeting's notes line instead."""
    path = tmp_path / "lokakarya.json"
    store.save(cleared(), path)
    session = Session(store.load(path), path, clock=lambda: FROZEN, debounce=0)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await keys(pilot, "05-09-2003", "enter")
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        await keys(pilot, "down", "space")  # Yusnaini came
        await wait_until(pilot, lambda: _present(path) == (ROHANI, YUSNAINI), what="ticked")
        await keys(pilot, "Rapat dimulai jam 3")
        await wait_for_focus(pilot, by_id("fu-notes"), what="the notes line")
        assert app.screen.query_one("#fu-notes", Input).value == "Rapat dimulai jam 3"
        await keys(pilot, "enter")
        await wait_until(
            pilot,
            lambda: "Rapat dimulai jam 3" in str(_saved(path)),
            what="the notes in the saved file",
        )
    saved = store.load(path)
    meeting = saved.group(SEDAP).followup.meetings[0]  # type: ignore[union-attr]
    assert meeting.present_ids() == (ROHANI, YUSNAINI)
    assert meeting.notes == "Rapat dimulai jam 3"


def _present(path: Path) -> tuple[str, ...]:
    saved = _saved(path)
    group = saved.group(SEDAP) if saved is not None else None
    if group is None or not group.followup.meetings:
        return ()
    return group.followup.meetings[0].present_ids()


async def test_removing_a_meeting_says_so_and_ctrl_z_brings_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pra.edit import followup as fu

    ws = fu.add_meeting(cleared(), SEDAP, "05-09-2003")
    mid = ws.group(SEDAP).followup.meetings[0].id  # type: ignore[union-attr]
    ws = fu.set_amount(ws, SEDAP, mid, ROHANI, "instalment", "50rb")
    session = make_session(ws)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot, members=True)
        await keys(pilot, "ctrl+d")
        await wait_until(
            pilot,
            lambda: session.workshop.group(SEDAP).followup.meetings == (),  # type: ignore[union-attr]
            what="the meeting removed",
        )
        assert notices[-1] == (
            "Pertemuan 5 September 2003 dihapus — 1 hadir, uang masuk Rp\u00a050.000."
            " ^z membatalkan."
        )
        await keys(pilot, "ctrl+z")
        await wait_until(
            pilot,
            lambda: len(session.workshop.group(SEDAP).followup.meetings) == 1,  # type: ignore[union-attr]
            what="the meeting back",
        )
        back = session.workshop.group(SEDAP).followup.meetings[0]  # type: ignore[union-attr]
        assert back.members[0].instalment == 50_000


async def test_money_for_an_absent_member_keeps_her_absent_and_says_so_and_the_chair_is_not_left_silently(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pra.edit import followup as fu

    ws = fu.add_meeting(cleared(), SEDAP, "05-09-2003")  # Rohani, the chair, ticked and leading
    session = make_session(ws)
    app = PraApp(session)

    def meeting():  # type: ignore[no-untyped-def]
        return first_meeting(session)

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot, members=True)
        # the space bar on Rohani, ticked when the meeting was made and the only one present
        await keys(pilot, "space")
        await wait_until(pilot, lambda: bool(notices), what="the reason she stays ticked")
        assert notices[-1] == (
            "Rohani dicentang hadir sebagai ketua yang memimpin saat pertemuan dibuat, dan "
            "satu-satunya yang hadir: tetap dicentang. Centang dulu anggota lain yang datang."
        )
        assert meeting().present_ids() == (ROHANI,)
        # Yusnaini's instalment typed while she is not ticked: she sent it with a neighbour
        # (titip), so she stays absent, and the notice says the amount was kept all the same
        await keys(pilot, "down", "right", "right", "right", "right", "right", "50rb", "enter")
        await wait_until(
            pilot, lambda: meeting().members[1].instalment == 50_000, what="her instalment kept"
        )
        assert meeting().present_ids() == (ROHANI,), "an amount never ticks anyone present"
        said = "Yusnaini tidak hadir; angsurannya dicatat (dititipkan)."
        assert notices[-1] == said
        await keys(pilot, "ctrl+z")  # Ctrl+Z takes back the amount; attendance is untouched
        await wait_until(
            pilot, lambda: meeting().members[1].instalment == 0, what="the amount undone"
        )
        assert meeting().present_ids() == (ROHANI,)
        await keys(pilot, "ctrl+y")
        await wait_until(pilot, lambda: meeting().members[1].instalment == 50_000, what="redone")
        # she is ticked present only by the attendance column
        await keys(pilot, "escape", "up", "left", "left", "left", "left", "space")
        await wait_until(
            pilot, lambda: meeting().present_ids() == (ROHANI, YUSNAINI), what="Yusnaini ticked"
        )
        # now Rohani may be unticked: she no longer leads the meeting, and the toast says so
        await keys(pilot, "up", "space")
        await wait_until(
            pilot, lambda: meeting().present_ids() == (YUSNAINI,), what="Rohani unticked"
        )
        assert meeting().led_by_id is None
        assert (
            notices[-1]
            == "Rohani tidak hadir, jadi tidak lagi tercatat memimpin pertemuan. ^z membatalkan."
        )
        # ticked again: said too
        await keys(pilot, "space")
        await wait_until(
            pilot, lambda: ROHANI in meeting().present_ids(), what="Rohani ticked again"
        )
        assert notices[-1] == "Rohani hadir. ^z membatalkan."


async def test_ctrl_k_chooses_who_led_the_meeting_from_the_members_present(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pra.edit import followup as fu

    session = make_session(fu.add_meeting(cleared(), SEDAP, "05-09-2003"))
    app = PraApp(session)

    def meeting():  # type: ignore[no-untyped-def]
        return first_meeting(session)

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot, members=True)
        assert "Rohani (memimpin)" in screen_text(app)  # the chair leads a new meeting
        # Yusnaini is not ticked: refused, said
        await keys(pilot, "down", "ctrl+k")
        await wait_until(pilot, lambda: bool(notices), what="the refusal")
        assert notices[-1] == (
            "Yusnaini tidak hadir: yang memimpin pertemuan dipilih dari yang hadir. "
            "Centang dulu kehadirannya."
        )
        assert meeting().led_by_id == ROHANI
        await keys(pilot, "space", "ctrl+k")
        await wait_until(pilot, lambda: meeting().led_by_id == YUSNAINI, what="Yusnaini leads")
        assert notices[-1] == "Pertemuan dipimpin Yusnaini."
        await wait_until(
            pilot, lambda: "Yusnaini (memimpin)" in screen_text(app), what="the mark moved"
        )
        assert "Rohani (memimpin)" not in screen_text(app)
        # on the leader again: the mentor led it
        await keys(pilot, "ctrl+k")
        await wait_until(pilot, lambda: meeting().led_by_id is None, what="the mentor leads")
        assert notices[-1] == "Pertemuan dipimpin pendamping."


async def test_del_removes_one_problem_or_follow_up_and_ctrl_z_brings_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pra.edit import followup as fu

    ws = fu.add_meeting(cleared(), SEDAP, "05-09-2003")
    mid = ws.group(SEDAP).followup.meetings[0].id  # type: ignore[union-attr]
    ws = fu.add_problem(ws, SEDAP, mid, "Oven kurang besar")
    ws = fu.add_problem(ws, SEDAP, mid, "Dua anggota belum mengangsur")
    ws = fu.add_action_line(ws, SEDAP, mid, "Mengunjungi Aisyah, oleh Rohani, 12-09-2003")
    session = make_session(ws)
    app = PraApp(session)

    def meeting():  # type: ignore[no-untyped-def]
        return first_meeting(session)

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot, members=True)
        for _ in range(7):  # the cell line, problem, follow-up, sales, costs, notes, the list
            await keys(pilot, "tab")
        await wait_for_focus(pilot, by_id("fu-listing"), what="the problems and follow-ups")
        assert "Masalah 2: Dua anggota belum mengangsur" in screen_text(app)
        await keys(pilot, "down", "delete")
        await wait_until(
            pilot, lambda: meeting().problems == ("Oven kurang besar",), what="problem 2 removed"
        )
        assert notices[-1] == ('Masalah "Dua anggota belum mengangsur" dihapus. ^z membatalkan.')
        await keys(pilot, "end", "delete")
        await wait_until(pilot, lambda: meeting().actions == (), what="the follow-up removed")
        assert notices[-1] == 'Tindak lanjut "Mengunjungi Aisyah" dihapus. ^z membatalkan.'
        assert meeting().problems == ("Oven kurang besar",)
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: len(meeting().actions) == 1, what="the follow-up back")
        await keys(pilot, "ctrl+z")
        await wait_until(
            pilot,
            lambda: meeting().problems == ("Oven kurang besar", "Dua anggota belum mengangsur"),
            what="the problem back",
        )


async def test_a_read_only_window_records_nothing() -> None:
    session = make_session(cleared(), read_only=True)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await keys(pilot, "05-09-2003", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, FollowUpScreen), what="follow-up")
        assert session.workshop.group(SEDAP).followup.meetings == ()  # type: ignore[union-attr]
        field = app.screen.query_one("#fu-date", Input)
        assert field.value == "05-09-2003"  # kept, not lost: nothing was recorded
        assert app.screen.query_one("#fu-members", DataTable).row_count == 0


async def test_f4_goes_back_to_the_workshop_on_the_same_group() -> None:
    from pra.tui.screen import WorkshopScreen

    app = PraApp(make_session(palembang()))
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "f4")
        await wait_until(pilot, lambda: isinstance(app.screen, FollowUpScreen), what="follow-up")
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Jaya Bersama" in screen_text(app), what="the next group"
        )
        await keys(pilot, "f4")
        await wait_until(pilot, lambda: isinstance(app.screen, WorkshopScreen), what="workshop")
        assert app.screen.group_id == "g-jaya-bersama"  # type: ignore[attr-defined]


async def test_the_next_group_without_meetings_shows_none_of_the_last_groups_figures() -> None:
    from tests.tui.followup.data import followed

    app = PraApp(make_session(followed()))
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, members=True)
        assert app.screen.query_one("#fu-notes", Input).value.startswith("Ibu-ibu aktif")
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Belum ada pertemuan" in screen_text(app), what="no meeting yet"
        )
        for name in ("sales", "costs", "notes"):
            assert app.screen.query_one(f"#fu-{name}", Input).value == ""


async def test_the_groups_payment_to_its_lender_is_typed_at_the_meeting(tmp_path: Path) -> None:
    """Jaya Bersama owes the BMM: its meeting shows 'Setor BMM' beside sales and costs, and
    what is typed there (274rb, the four weekly instalments of Rp 68.500) is saved as the
    group's payment on the BMM loan; Sedap Malam, without a lender, has no such field."""
    from pra.model.followup import LenderPayment

    path = tmp_path / "lokakarya.json"
    store.save(cleared(), path)
    session = Session(store.load(path), path, clock=lambda: FROZEN, debounce=0)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        assert "Setor" not in screen_text(app)
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Jaya Bersama" in screen_text(app), what="Jaya Bersama"
        )
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "06-11-2003", "enter")
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-problem"), what="the problem line")
        await keys(pilot, "tab", "tab", "tab", "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-lender"), what="the payment to the lender")
        assert "Setor BMM" in screen_text(app)
        await keys(pilot, "274rb", "enter")

        def paid() -> tuple[LenderPayment, ...] | None:
            saved = _saved(path)
            group = saved.group("g-jaya-bersama") if saved is not None else None
            meetings = group.followup.meetings if group is not None else ()
            return meetings[0].lender_payments if meetings else None

        await wait_until(pilot, lambda: bool(paid()), what="the payment in the saved file")
    assert paid() == (LenderPayment(source_id="fs-jb-bmm", amount=274_000),)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_meeting_lines_hints_are_whole_at_100x30(lang: str) -> None:
    """A new meeting of a group with a lender loan: the hints of sales, costs, the lender's
    payment and the notes were cut ("Setor BMM  angsuran ke", "Catatan  kekompakan, konflik,")."""
    from pra import i18n

    i18n.set_language(lang)
    try:
        ws = palembang()
        second = ws.groups[1].id
        app = PraApp(make_session(ws))
        async with app.run_test(size=SIZE) as pilot:
            await keys(pilot, "f3")
            await wait_until(pilot, lambda: app.screen.group_id == second, what="the second group")
            await open_meeting(pilot)
            await keys(pilot, "05-07-2004", "enter")
            fields = [app.screen.query_one(f"#fu-{name}", Input) for name in ("sales", "costs")]
            fields += [app.screen.query_one(f"#fu-{name}", Input) for name in ("lender", "notes")]
            await wait_until(
                pilot,
                lambda: all(f.display and not f.value for f in fields),
                what="the new meeting's empty lines",
            )
            text = screen_text(app)
            for field in fields:
                assert field.placeholder, field.id
                line = next((ln for ln in text.splitlines() if field.placeholder in ln), None)
                assert line is not None, f"{field.id}: {field.placeholder!r} cut: {text}"
    finally:
        i18n.set_language("id")


async def test_a_group_with_two_lenders_records_a_payment_to_each(tmp_path: Path) -> None:
    """Jaya Bersama owes the BMM and, here, a koperasi too: the meeting's payment line says
    which loan it records (a choice beside 'Setor ke'), and each loan gets its own payment
    (only the first could be paid: the second then showed arrears that nothing could clear)."""
    from pra.edit.base import replace_group
    from pra.model.followup import LenderPayment

    ws = cleared()
    jaya = ws.group("g-jaya-bersama")
    assert jaya is not None
    bmm = next(x for x in jaya.capital.loans if x.id == "fs-jb-bmm")
    koperasi = bmm.model_copy(update={"id": "fs-jb-kop", "lender": "Koperasi Maju"})
    capital = jaya.capital.model_copy(update={"sources": (*jaya.capital.sources, koperasi)})
    ws = replace_group(ws, "g-jaya-bersama", capital=capital)
    path = tmp_path / "lokakarya.json"
    store.save(ws, path)
    session = Session(store.load(path), path, clock=lambda: FROZEN, debounce=0)
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)
        await keys(pilot, "f3")
        await wait_until(
            pilot, lambda: "Kelompok Jaya Bersama" in screen_text(app), what="Jaya Bersama"
        )
        await wait_for_focus(pilot, by_id("fu-date"), what="the new meeting's date")
        await keys(pilot, "06-11-2003", "enter")
        await wait_for_focus(pilot, by_id("fu-members"), what="the member table")
        await keys(pilot, "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-problem"), what="the problem line")
        await keys(pilot, "tab", "tab", "tab", "tab", "tab")
        await wait_for_focus(pilot, by_id("fu-lender-loan"), what="which loan is paid")
        assert "Setor ke" in screen_text(app)
        await keys(pilot, "tab", "274rb", "enter")
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, by_id("fu-lender-loan"), what="which loan is paid")
        await keys(pilot, "enter", "down", "enter")
        await wait_until(
            pilot,
            lambda: app.screen.query_one("#fu-lender", Input).value == "",
            what="the koperasi's payment, none yet",
        )
        await keys(pilot, "tab", "100rb", "enter")

        def paid() -> tuple[LenderPayment, ...] | None:
            saved = _saved(path)
            group = saved.group("g-jaya-bersama") if saved is not None else None
            meetings = group.followup.meetings if group is not None else ()
            return meetings[0].lender_payments if meetings else None

        await wait_until(
            pilot, lambda: len(paid() or ()) == 2, what="both payments in the saved file"
        )
    assert paid() == (
        LenderPayment(source_id="fs-jb-bmm", amount=274_000),
        LenderPayment(source_id="fs-jb-kop", amount=100_000),
    )
