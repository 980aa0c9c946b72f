"""The assessment form by keys: criteria ticked, the grade live, an override with its reason."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from pra.edit import followup as fu
from pra.tui.app import PraApp
from tests.tui.conftest import make_session
from tests.tui.followup.conftest import open_meeting
from tests.tui.followup.data import SEDAP, followed
from tests.tui.pilot import (
    keys,
    record_notices,
    screen_text,
    wait_for_focus,
    wait_for_text,
    wait_until,
)

SIZE = (100, 30)


def _focus(widget_id: str):  # type: ignore[no-untyped-def]
    return lambda w: w is not None and w.id == widget_id


async def test_ticking_criteria_changes_the_grade_at_once_and_an_override_needs_its_reason() -> (
    None
):
    session = make_session(followed())
    app = PraApp(session)

    def last():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup.assessments[-1]  # type: ignore[union-attr]

    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)  # F4, and the follow-up has its focus before F6
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _focus("fu-criteria"), what="the criteria")
        await wait_for_text(pilot, "Nilai C (41%)")  # 7 of 17 criteria
        # the three criteria of the productive business: Enter, the space bar, Enter
        await keys(pilot, *["down"] * 11, "enter", "down", "space", "down", "enter")
        # 10 of 17: grade B, but on 1 March 2004 the record falls short of the LKM rule (the
        # report's): 81,7% repaid on time, PAR30 41,2%; the header says which figures
        await wait_for_text(pilot, "Nilai B (59%) · belum bisa dihubungkan ke LKM:")
        await wait_for_text(pilot, "angsuran lancar baru 82%; PAR30 41%")
        assert "· bisa dihubungkan" not in screen_text(app)
        assert [pair for pair in last().met if pair[0] == "business"] == [
            ("business", "running"),
            ("business", "profitable"),
            ("business", "sales_recorded"),
        ]
        assert "Usaha produktif 3/3" in screen_text(app)
        # a grade by hand without a reason is refused; with one it holds
        await keys(pilot, "tab")
        await wait_for_focus(pilot, _focus("fu-as-grade"), what="the grade choice")
        await keys(pilot, "enter", "down", "enter", "tab", "enter")
        assert last().grade_override is None
        await keys(pilot, "Sudah dipercaya BMM")
        await keys(pilot, "enter")
        await wait_until(pilot, lambda: last().grade_override == "A", what="the grade set by hand")
        assert last().override_reason == "Sudah dipercaya BMM"
        await wait_for_text(pilot, "Nilai A, diubah dari B (59%): Sudah dipercaya BMM")
        await keys(pilot, "ctrl+z")
        await wait_until(pilot, lambda: last().grade_override is None, what="the override undone")


async def test_a_new_assessment_starts_from_its_date_with_nothing_ticked() -> None:
    session = make_session(followed())
    app = PraApp(session)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)  # F4, and the follow-up has its focus before F6
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _focus("fu-criteria"), what="the criteria")
        await keys(pilot, "shift+tab", "shift+tab")
        await wait_for_focus(pilot, _focus("fu-as-date"), what="the date")
        await keys(pilot, "01-06-2004", "tab", "Ratna Dewi", "enter")
        await wait_for_focus(pilot, _focus("fu-criteria"), what="the new assessment's criteria")
        await wait_for_text(pilot, "Penilaian 3 dari 3: 1 Juni 2004 · Ratna Dewi · Nilai C (0%)")
        group = session.workshop.group(SEDAP)
        assert group is not None
        assert len(group.followup.assessments) == 3
        assert group.followup.assessments[-1].met == ()


async def test_a_grade_set_by_hand_is_shown_and_kept_when_the_tab_is_first_displayed() -> None:
    # The grade choice must not be reset on first display: setting its options again picks
    # the first one ("by the rule"), and that choice would take the override back.
    ws = followed()
    group = ws.group(SEDAP)
    assert group is not None
    aid = group.followup.assessments[-1].id
    ws = fu.set_override(ws, SEDAP, aid, "A", "Sudah dipercaya BMM")
    session = make_session(ws)
    app = PraApp(session)

    def last():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup.assessments[-1]  # type: ignore[union-attr]

    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)  # F4, and the follow-up has its focus before F6
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _focus("fu-criteria"), what="the criteria")
        await wait_for_text(pilot, "Nilai A, diubah dari C (41%): Sudah dipercaya BMM")
        await keys(pilot, "f6", "f5")  # away to the progress tab and back: shown again
        await wait_for_focus(pilot, _focus("fu-criteria"), what="the criteria again")
        grade = app.screen.query_one("#fu-as-grade", Select)
        assert grade.value == "A"
        assert (last().grade_override, last().override_reason) == ("A", "Sudah dipercaya BMM")
        assert "Nilai A, diubah dari C (41%): Sudah dipercaya BMM" in screen_text(app)


async def test_a_sentence_typed_on_the_criteria_ticks_nothing_and_says_the_list_takes_no_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The space bar ticks a criterion; the spaces of a sentence typed there by mistake do not."""
    session = make_session(followed())
    app = PraApp(session)

    def met():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup.assessments[-1].met  # type: ignore[union-attr]

    async with app.run_test(size=SIZE) as pilot:
        notices = record_notices(monkeypatch, app)
        await open_meeting(pilot)  # F4, and the follow-up has its focus before F6
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _focus("fu-criteria"), what="the criteria")
        await wait_for_text(pilot, "Nilai C (41%)")
        before = met()
        await keys(pilot, *["down"] * 11, "Sudah jalan tiga bulan")  # 3 spaces
        assert met() == before
        said = [n for n in notices if n.startswith("Daftar kriteria tidak menerima ketikan")]
        assert len(said) == 1, notices  # once for the sentence, not at every letter
        # after an arrow the space bar ticks again
        await keys(pilot, "down", "up", "space")
        await wait_until(pilot, lambda: met() != before, what="the space bar ticks again")
        assert ("business", "running") in met()


async def test_a_name_alone_changes_the_shown_assessor_and_a_new_one_defaults_to_the_mentor() -> (
    None
):
    session = make_session(fu.set_mentor(followed(), SEDAP, "Hendra Saputra"))
    app = PraApp(session)

    def assessments():  # type: ignore[no-untyped-def]
        return session.workshop.group(SEDAP).followup.assessments  # type: ignore[union-attr]

    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot)  # F4, and the follow-up has its focus before F6
        await keys(pilot, "f6")
        await wait_for_focus(pilot, _focus("fu-criteria"), what="the criteria")
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, _focus("fu-as-assessor"), what="the assessor")
        # no date typed: the name is the shown assessment's (the second, 1 March 2004)
        await keys(pilot, "Siti Aminah", "enter")
        await wait_until(
            pilot, lambda: assessments()[-1].assessor == "Siti Aminah", what="the assessor set"
        )
        assert len(assessments()) == 2
        assert assessments()[0].assessor == "Ratna Dewi"
        await wait_for_text(pilot, "Penilaian 2 dari 2: 1 Maret 2004 · Siti Aminah ·")
        # a new assessment with no assessor typed: the group's mentor assessed it
        await keys(pilot, "shift+tab")
        await wait_for_focus(pilot, _focus("fu-as-date"), what="the date")
        await keys(pilot, "01-06-2004", "enter")
        await wait_until(pilot, lambda: len(assessments()) == 3, what="the new assessment")
        assert assessments()[-1].assessor == "Hendra Saputra"
        await wait_for_text(pilot, "Penilaian 3 dari 3: 1 Juni 2004 · Hendra Saputra · Nilai C")
